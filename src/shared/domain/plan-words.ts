import { jointById, summarizeJoints, type JointId, type Side } from './joint-list.ts';
import { summarizeJointsPlainly } from './joints-plain.ts';
import type { PlanContent } from './plan.ts';

type PlanOrthosis = PlanContent['orthoses'][number];
type BreakRule = NonNullable<PlanContent['rest']['breakRule']>;

/** "1 hour", "3 hours": a count with the word that fits it. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Where a splint is worn: "Right wrist", "Both sides", "Both wrists and right MCP 2–3". */
export function orthosisPlace(o: Pick<PlanOrthosis, 'side' | 'joints'>): string {
  if (o.side === null) return 'Side not chosen yet';
  const sides = o.side === 'both' ? (['right', 'left'] as const) : ([o.side] as const);
  if (o.joints.length === 0)
    return o.side === 'both' ? 'Both sides' : `${o.side === 'right' ? 'Right' : 'Left'} side`;
  return summarizeJoints(sides.flatMap((side) => o.joints.map((joint) => ({ joint, side }))));
}

/**
 * Where a splint is worn, in the patient's words, naming on each side only the joints that
 * are affected on that side ("Both wrists and the knuckles of your right index finger"),
 * instead of one joint list copied to both sides. With no joints chosen: the affected joints
 * the splint fits on its side, else the side alone.
 */
export function orthosisPlaceForPatient(
  o: Pick<PlanOrthosis, 'side' | 'joints'>,
  affected: readonly { joint: JointId; side: Side }[],
  /** The joint families the splint fits: with no joints chosen, the affected ones it covers. */
  fits: readonly string[] = [],
): string {
  if (o.side === null) return 'Side not chosen yet';
  const sides = o.side === 'both' ? (['right', 'left'] as const) : ([o.side] as const);
  if (o.joints.length === 0) {
    const covered = affected.filter(
      (a) => sides.includes(a.side) && fits.includes(jointById(a.joint).family),
    );
    if (covered.length > 0) return summarizeJointsPlainly(covered);
    return o.side === 'both' ? 'Both sides' : o.side === 'right' ? 'Right side' : 'Left side';
  }
  const all = sides.flatMap((side) => o.joints.map((joint) => ({ joint, side })));
  const own = all.filter((j) => affected.some((a) => a.joint === j.joint && a.side === j.side));
  return summarizeJointsPlainly(own.length > 0 ? own : all);
}

/** "a break of 5 minutes after every 30 minutes of activity" (the handout's own words). */
export function breakRuleInWords(rule: BreakRule): string {
  return `a break of ${plural(rule.restMinutes, 'minute', 'minutes')} after every ${plural(
    rule.everyMinutes,
    'minute',
    'minutes',
  )} of activity`;
}
