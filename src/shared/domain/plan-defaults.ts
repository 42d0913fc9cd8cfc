import { isCalendarDate } from './dates.ts';
import { jointById, type AffectedJoint } from './joints.ts';
import type { DiseaseStage } from './patient.ts';
import type { PLAN_SIDES } from './plan.ts';

type PlanSide = (typeof PLAN_SIDES)[number];

/**
 * The side a splint just added to a plan starts on: the side (or both sides) on which the
 * patient has affected joints that the splint fits. Null when none of them is affected, so the
 * therapist chooses rather than the plan guessing a hand.
 */
export function splintSideFromJoints(
  fitsJoints: readonly string[],
  affected: readonly AffectedJoint[],
): PlanSide | null {
  const fits = new Set(fitsJoints);
  const sides = new Set(
    affected.filter((j) => fits.has(jointById(j.joint).family)).map((j) => j.side),
  );
  if (sides.size === 2) return 'both';
  const [only] = sides;
  return only ?? null;
}

/** How long after its plan date a plan is reviewed, in the unit the therapist chose it in. */
export interface ReviewInterval {
  unit: 'months' | 'weeks' | 'days';
  count: number;
}

const DAY_MS = 86_400_000;
const toUtc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d, ms: Date.UTC(y, m - 1, d) };
};
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The interval between a plan's date and its review date: whole months when both fall on the
 * same day of the month ("3 months"), else whole weeks, else days. Null without a review date.
 */
export function reviewIntervalOf(
  planDate: string,
  reviewDate: string | null,
): ReviewInterval | null {
  if (reviewDate === null || !isCalendarDate(planDate) || !isCalendarDate(reviewDate)) return null;
  const from = toUtc(planDate);
  const to = toUtc(reviewDate);
  const days = Math.round((to.ms - from.ms) / DAY_MS);
  if (days <= 0) return null;
  const months = (to.y - from.y) * 12 + (to.m - from.m);
  if (from.d === to.d && months > 0) return { unit: 'months', count: months };
  if (days % 7 === 0) return { unit: 'weeks', count: days / 7 };
  return { unit: 'days', count: days };
}

/** A date moved on by an interval; a month past its last day ends on the month's last day. */
export function addInterval(date: string, interval: ReviewInterval): string {
  const { y, m, d, ms } = toUtc(date);
  if (interval.unit === 'days') return iso(ms + interval.count * DAY_MS);
  if (interval.unit === 'weeks') return iso(ms + interval.count * 7 * DAY_MS);
  const lastDay = new Date(Date.UTC(y, m - 1 + interval.count + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m - 1 + interval.count, Math.min(d, lastDay)));
}

/** "3 months", "1 week", "10 days". */
export function describeInterval({ unit, count }: ReviewInterval): string {
  return `${count} ${count === 1 ? unit.slice(0, -1) : unit}`;
}

/** A new version's review date: its own plan date plus the interval of the version before. */
export function proposedReviewDate(
  previous: { planDate: string; reviewDate: string | null },
  planDate: string,
): string | null {
  const interval = reviewIntervalOf(previous.planDate, previous.reviewDate);
  return interval ? addInterval(planDate, interval) : null;
}

/** The built-in template written for each disease stage. */
const TEMPLATE_FOR_STAGE: Record<DiseaseStage, string> = {
  'active-flare': 'template.ra-hand-flare',
  stable: 'template.ra-hand-stable',
  'established-deformity': 'template.ra-hand-deformity',
};

/** The template a new plan starts on for a patient at this stage, if the clinic still has it. */
export function templateForStage(
  stage: DiseaseStage | null,
  templateIds: readonly string[],
): string | null {
  if (stage === null) return null;
  const id = TEMPLATE_FOR_STAGE[stage];
  return templateIds.includes(id) ? id : null;
}
