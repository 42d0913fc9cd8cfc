import type { ScheduleStage } from '../../../shared/domain/schedule.ts';
import type { RenderContext } from '../context.ts';

/**
 * The stage the plan is for: a flare plan's splints are shown with their flare schedule. The
 * snapshot records no stage yet (handout-words adds it); until then a plan whose title says
 * it is for a flare is one.
 */
export function planStage(ctx: RenderContext): ScheduleStage | null {
  const recorded = (ctx.snapshot as { stage?: unknown }).stage;
  if (recorded === 'flare' || recorded === 'stable') return recorded;
  return /\bflare\b/i.test(ctx.snapshot.plan.content.title) ? 'flare' : null;
}
