import type { Session } from '../../../../../shared/domain/session.ts';
import {
  GRIP_TRIES,
  type RecordingContext,
  type VisitMeasuresInput,
} from '../../../../../shared/domain/visit-measures.ts';

/** Three try boxes a hand, filled from a record's tries. */
const triesOf = (tries: readonly number[] | undefined): (number | null)[] =>
  Array.from({ length: GRIP_TRIES }, (_, i) => tries?.[i] ?? null);

/**
 * The measures part of the record form: the plan's splints and goals and the clinic's own
 * measures, each with what this record already holds; for a first record, the activities the
 * patient named last time, to rate again.
 */
export function measureDefaults(session: Session, context: RecordingContext): VisitMeasuresInput {
  const m = session.outcome?.measures;
  const splints = [
    ...new Set([...context.splints, ...(m?.splintAdherence.map((s) => s.splint) ?? [])]),
  ];
  const goals = [...new Set([...context.goals, ...(m?.goals.map((g) => g.goal) ?? [])])];
  return {
    painNow: m?.painNow ?? null,
    morningStiffnessMinutes: m?.morningStiffnessMinutes ?? null,
    gripLeftKg: triesOf(m?.gripLeft?.tries),
    gripRightKg: triesOf(m?.gripRight?.tries),
    splintAdherence: splints.map((splint) => ({
      splint,
      days: m?.splintAdherence.find((s) => s.splint === splint)?.days ?? null,
    })),
    activities: m
      ? m.activities.map((a) => ({ ...a }))
      : context.carriedActivities.map((activity) => ({ activity, score: null })),
    goals: goals.map((goal) => ({
      goal,
      score: m?.goals.find((g) => g.goal === goal)?.score ?? null,
    })),
    custom: context.customMeasures.map((c) => ({
      measureId: c.id,
      value: m?.custom.find((x) => x.measureId === c.id)?.value ?? null,
    })),
  };
}
