/** Placeholder: the plan editor is being built. */
export function PlanPage() {
  return <h1>Plan</h1>;
}
