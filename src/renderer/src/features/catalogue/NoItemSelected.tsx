export function NoItemSelected() {
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h1 id="empty-heading">No item selected</h1>
      <p>
        Choose an item from the list to read or edit its wording, or add your own. Plans are built
        from what is here.
      </p>
    </section>
  );
}
