import { summarizeJoints } from './joints.ts';
import type { PlanContent } from './plan.ts';

type PlanOrthosis = PlanContent['orthoses'][number];
type BreakRule = NonNullable<PlanContent['rest']['breakRule']>;

/** "1 hour", "3 hours": a count with the word that fits it. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Where a splint is worn: "Right wrist", "Both sides", "Both wrists and right MCP 2–3". */
export function orthosisPlace(o: Pick<PlanOrthosis, 'side' | 'joints'>): string {
  const sides = o.side === 'both' ? (['right', 'left'] as const) : ([o.side] as const);
  if (o.joints.length === 0)
    return o.side === 'both' ? 'Both sides' : `${o.side === 'right' ? 'Right' : 'Left'} side`;
  return summarizeJoints(sides.flatMap((side) => o.joints.map((joint) => ({ joint, side }))));
}

/** "a break of 5 minutes after every 30 minutes of activity" (the handout's own words). */
export function breakRuleInWords(rule: BreakRule): string {
  return `a break of ${plural(rule.restMinutes, 'minute', 'minutes')} after every ${plural(
    rule.everyMinutes,
    'minute',
    'minutes',
  )} of activity`;
}
