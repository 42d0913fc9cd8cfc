import { AppError } from '../../shared/app-error.ts';
import { catalogueItemName } from '../../shared/domain/catalogue.ts';
import { measureLabel, type CustomMeasure } from '../../shared/domain/custom-measures.ts';
import { formatDate } from '../../shared/domain/dates.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import type { Session } from '../../shared/domain/session.ts';
import {
  gripRecord,
  type VisitMeasures,
  type VisitMeasuresInput,
} from '../../shared/domain/visit-measures.ts';
import { findClash, slotText, type VisitSlot } from '../../shared/domain/visit-slot.ts';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import * as sessions from '../db/repositories/sessions.ts';

const SIDE = { right: 'right', left: 'left', both: 'both sides' } as const;

/** "Resting hand splint (right)": how a splint of the plan is named where adherence is asked. */
export function planSplints(snapshot: PlanSnapshot): string[] {
  return snapshot.plan.content.orthoses.map((o) => {
    const item = snapshot.catalogue[o.catalogueId];
    const name = item ? catalogueItemName(item) : 'Splint';
    return o.side ? `${name} (${SIDE[o.side]})` : name;
  });
}

export const planGoals = (snapshot: PlanSnapshot): string[] =>
  snapshot.plan.content.goals.map((g) => g.text);

/**
 * The measures as stored: empty entries dropped, grip means worked out, each clinic measure
 * checked against its range in Settings and kept with its name and unit, so the record still
 * reads right if the measure is later renamed or removed.
 */
export function measuresToStore(
  input: VisitMeasuresInput,
  clinicMeasures: readonly CustomMeasure[],
): VisitMeasures {
  const custom: VisitMeasures['custom'] = [];
  input.custom.forEach((entry, index) => {
    if (entry.value === null) return;
    const measure = clinicMeasures.find((m) => m.id === entry.measureId);
    const field = `outcome.measures.custom.${index}.value`;
    if (!measure) {
      const message = 'This measure is no longer in Settings. Leave it empty.';
      throw new AppError('invalid-input', message, { [field]: message });
    }
    if (entry.value < measure.min || entry.value > measure.max) {
      const message = `${measureLabel(measure)} must be from ${measure.min} to ${measure.max}`;
      throw new AppError('invalid-input', message, { [field]: message });
    }
    custom.push({
      measureId: measure.id,
      name: measure.name,
      unit: measure.unit,
      higherIsBetter: measure.higherIsBetter,
      value: entry.value,
    });
  });
  return {
    painNow: input.painNow,
    morningStiffnessMinutes: input.morningStiffnessMinutes,
    gripLeft: gripRecord(input.gripLeftKg),
    gripRight: gripRecord(input.gripRightKg),
    splintAdherence: input.splintAdherence.flatMap((s) =>
      s.days === null ? [] : [{ splint: s.splint, days: s.days }],
    ),
    activities: input.activities.map((a) => ({ activity: a.activity, score: a.score })),
    goals: input.goals.flatMap((g) => (g.score === null ? [] : [{ goal: g.goal, score: g.score }])),
    custom,
  };
}

/**
 * Refuses a visit whose time overlaps another planned visit of the same patient or the same
 * therapist (one person cannot be in two places), naming the other visit. A visit with no
 * time clashes with nothing.
 */
export function assertNoClash(
  db: Database,
  visit: { id: string | null; patientId: string; sessionDate: string; slot: VisitSlot | null },
  therapist: string,
  today: string,
  /** Where the time sits in the request: `slot.startTime`, or `plan.slot.startTime`. */
  field: string,
): void {
  if (!visit.slot) return;
  const sameDay = sessions
    .listPlannedBetween(db, { from: visit.sessionDate, to: visit.sessionDate, today })
    .filter((s) => s.patientId === visit.patientId || s.therapist === therapist);
  const clash = findClash({ ...visit, id: visit.id ?? '' }, sameDay);
  if (!clash?.slot) return;
  const whose = clash.patientId === visit.patientId ? 'this patient' : clash.patientName;
  const message = `This time clashes with the visit for ${whose} on ${formatDate(clash.sessionDate)}, ${slotText(clash.slot)}. Choose another time.`;
  throw new AppError('conflict', message, { [field]: message });
}

/** Activities the patient named at their latest recorded visit before this one, to rate again. */
export function carriedActivities(history: readonly Session[], visit: Session): string[] {
  const earlier = history
    .filter((s) => s.id !== visit.id && s.status === 'recorded' && s.outcome?.measures)
    .filter((s) => s.sessionDate <= visit.sessionDate)
    .sort((a, b) => b.sessionDate.localeCompare(a.sessionDate));
  return earlier[0]?.outcome?.measures?.activities.map((a) => a.activity) ?? [];
}
