import { z } from 'zod';
import type { CustomMeasure } from './custom-measures.ts';
import { requiredLine } from './text-fields.ts';

/** Grip above this is implausible for people with RA (a hand dynamometer reads to ~90 kg). */
export const GRIP_MAX_KG = 90;
export const STIFFNESS_MAX_MINUTES = 1440;
export const MAX_ACTIVITIES = 5;
export const GRIP_TRIES = 3;

const wholeFromTo = (label: string, min: number, max: number, unit = '') => {
  const range = `${label} must be from ${min} to ${max}${unit}`;
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, range)
    .max(max, range);
};

/** A 0–10 numeric rating scale score. */
const nrs = (label: string) => wholeFromTo(label, 0, 10);

const gripTry = (hand: string) =>
  z
    .number({ error: `Grip strength, ${hand} hand must be a number of kg` })
    .min(0, `Grip strength, ${hand} hand must be from 0 to ${GRIP_MAX_KG} kg`)
    .max(GRIP_MAX_KG, `Grip strength, ${hand} hand must be from 0 to ${GRIP_MAX_KG} kg`)
    .nullable();

/** What the therapist types: up to three tries a hand, any of them left empty. */
const gripTriesSchema = (hand: string) => z.array(gripTry(hand)).max(GRIP_TRIES);

/** The measures a visit's record may hold, each optional (null or empty when not asked). */
export const visitMeasuresSchema = z.strictObject({
  painNow: nrs('Pain now').nullable(),
  morningStiffnessMinutes: wholeFromTo(
    'Morning stiffness',
    0,
    STIFFNESS_MAX_MINUTES,
    ' minutes',
  ).nullable(),
  gripLeftKg: gripTriesSchema('left'),
  gripRightKg: gripTriesSchema('right'),
  splintAdherence: z
    .array(
      z.strictObject({
        splint: requiredLine('Splint', 200),
        days: wholeFromTo('Days worn as planned', 0, 7, ' days').nullable(),
      }),
    )
    .max(40),
  activities: z
    .array(
      z.strictObject({
        activity: requiredLine('Activity', 120),
        score: nrs('Activity rating').nullable(),
      }),
    )
    .max(MAX_ACTIVITIES, `At most ${MAX_ACTIVITIES} activities`),
  goals: z
    .array(
      z.strictObject({
        goal: requiredLine('Goal', 500),
        score: wholeFromTo('Goal attainment', -2, 2).nullable(),
      }),
    )
    .max(40),
  custom: z
    .array(
      z.strictObject({
        measureId: z.uuid({ error: 'Measure must be one from Settings' }),
        value: z.number({ error: 'The measure must be a number' }).nullable(),
      }),
    )
    .max(40),
});
export type VisitMeasuresInput = z.input<typeof visitMeasuresSchema>;

export interface GripRecord {
  tries: number[];
  meanKg: number;
}

/** A measure a clinic added, as recorded at the visit (its name and unit kept with the value). */
export interface CustomMeasureValue {
  measureId: string;
  name: string;
  unit: string;
  higherIsBetter: boolean;
  value: number;
}

/** The measures as stored with a visit's record: empty entries dropped, grip means worked out. */
export interface VisitMeasures {
  painNow: number | null;
  morningStiffnessMinutes: number | null;
  gripLeft: GripRecord | null;
  gripRight: GripRecord | null;
  splintAdherence: { splint: string; days: number }[];
  activities: { activity: string; score: number | null }[];
  goals: { goal: string; score: number }[];
  custom: CustomMeasureValue[];
}

const storedGrip = z.object({ tries: z.array(z.number()), meanKg: z.number() }).nullable();

/** Measures as stored: shape only, so what an earlier version wrote reads as written. */
export const storedVisitMeasuresSchema = z.object({
  painNow: z.number().nullable(),
  morningStiffnessMinutes: z.number().nullable(),
  gripLeft: storedGrip,
  gripRight: storedGrip,
  splintAdherence: z.array(z.object({ splint: z.string(), days: z.number() })),
  activities: z.array(z.object({ activity: z.string(), score: z.number().nullable() })),
  goals: z.array(z.object({ goal: z.string(), score: z.number() })),
  custom: z.array(
    z.object({
      measureId: z.string(),
      name: z.string(),
      unit: z.string(),
      higherIsBetter: z.boolean(),
      value: z.number(),
    }),
  ),
}) satisfies z.ZodType<VisitMeasures>;

/** Mean of the tries, to one decimal place; null when no try was entered. */
export function gripRecord(tries: readonly (number | null)[]): GripRecord | null {
  const kept = tries.filter((t): t is number => t !== null);
  if (kept.length === 0) return null;
  const mean = kept.reduce((a, b) => a + b, 0) / kept.length;
  return { tries: kept, meanKg: Math.round(mean * 10) / 10 };
}

/** What the record form needs beyond the session: the plan's splints and goals, and so on. */
export interface RecordingContext {
  /** The splints of the plan the visit follows, named as adherence is asked about them. */
  splints: string[];
  goals: string[];
  /** Activities the patient named at their last recorded visit, to rate again. */
  carriedActivities: string[];
  customMeasures: CustomMeasure[];
}
