import { z } from 'zod';
import { isCalendarDate } from './dates.ts';
import { PRINTED, requiredLine, wellFormed } from './text-fields.ts';

/** An optional real date, as the form's date field gives it: empty means none. */
const startDateSchema = wellFormed(
  z.string({ error: 'Start date must be a date' }).trim(),
  'Start date',
)
  .refine(
    (v) => v === '' || isCalendarDate(v),
    'Start date must be a real date, such as 2026-03-14',
  )
  .nullable()
  .transform((v) => v || null);

/**
 * When to wear an orthosis. Clinics tick one of these boxes today; here each is structured
 * so a handout can print it as a table and a later version can be compared with this one.
 */
export const wearingPatternSchema = z.discriminatedUnion('type', [
  /** Day and night; off only for washing, skin checks and exercises. */
  z.strictObject({ type: z.literal('continuous') }),
  z.strictObject({ type: z.literal('night') }),
  /** A pair of night splints, one hand a night, so the other hand is free (NHS practice). */
  z.strictObject({
    type: z.literal('alternate-nights'),
    first: z.enum(['left', 'right']).default('left'),
  }),
  z.strictObject({
    type: z.literal('activities'),
    activities: z
      // Printed on the handout ("Wear it when you …"), so only what it can print.
      .array(requiredLine('Activity', 80, PRINTED))
      .min(1, 'List at least one activity')
      .max(12, 'List at most 12 activities'),
  }),
  z.strictObject({
    type: z.literal('hours'),
    hoursOn: z
      .number()
      .min(0.5, 'Hours on must be at least half an hour')
      .max(24, 'Hours on cannot exceed 24'),
    hoursOff: z
      .number()
      .min(0, 'Hours off cannot be negative')
      .max(24, 'Hours off cannot exceed 24'),
  }),
  z.strictObject({
    type: z.literal('custom'),
    // Printed on the handout as the therapist wrote it.
    text: requiredLine('When to wear it', 300, PRINTED),
  }),
  /**
   * Not chosen yet: items whose right schedule depends on assessment ship with this, so the
   * therapist must choose before the plan can be finalised (see planContentSchema).
   */
  z.strictObject({ type: z.literal('unset') }),
]);
export type WearingPattern = z.infer<typeof wearingPatternSchema>;
export type WearingPatternType = WearingPattern['type'];

export const WEARING_PATTERN_LABELS: Record<WearingPatternType, string> = {
  continuous: 'All day and night',
  night: 'Night only',
  'alternate-nights': 'Alternate nights (one hand a night)',
  activities: 'During listed activities',
  hours: 'Hours on and off',
  custom: 'Custom',
  unset: 'Not chosen yet',
};

/** The stages a schedule can differ by. */
export const SCHEDULE_STAGES = ['flare', 'stable'] as const;
export type ScheduleStage = (typeof SCHEDULE_STAGES)[number];

/** A pattern for every day, with an optional different pattern during a flare or when stable. */
export const wearingScheduleSchema = z
  .strictObject({
    usual: wearingPatternSchema,
    flare: wearingPatternSchema.nullable().default(null),
    stable: wearingPatternSchema.nullable().default(null),
    hoursPerDay: z.number().min(0.5).max(24).nullable().default(null),
    startDate: startDateSchema.default(null),
  })
  .superRefine((s, ctx) => {
    if (s.usual.type === 'hours' && s.usual.hoursOn + s.usual.hoursOff > 24) {
      ctx.addIssue({
        code: 'custom',
        path: ['usual', 'hoursOff'],
        message: 'Hours on and off together cannot exceed 24',
      });
    }
    if (s.hoursPerDay !== null && s.usual.type === 'night' && s.hoursPerDay > 14) {
      ctx.addIssue({
        code: 'custom',
        path: ['hoursPerDay'],
        message: 'A night-only splint cannot be worn more than 14 hours a day',
      });
    }
  });
export type WearingSchedule = z.output<typeof wearingScheduleSchema>;

/**
 * A wearing schedule as stored (in a plan, a template or a catalogue item), for reading it
 * back: types and structure only. The rules above are for what is typed now; an activity or
 * start date written under an earlier version's looser rules is still what was prescribed.
 */
const storedWearingPatternSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('continuous') }),
  z.object({ type: z.literal('night') }),
  z.object({ type: z.literal('alternate-nights'), first: z.enum(['left', 'right']) }),
  z.object({ type: z.literal('activities'), activities: z.array(z.string()) }),
  z.object({ type: z.literal('hours'), hoursOn: z.number(), hoursOff: z.number() }),
  z.object({ type: z.literal('custom'), text: z.string() }),
  z.object({ type: z.literal('unset') }),
]) satisfies z.ZodType<WearingPattern>;

export const storedWearingScheduleSchema = z.object({
  usual: storedWearingPatternSchema,
  flare: storedWearingPatternSchema.nullable(),
  stable: storedWearingPatternSchema.nullable(),
  hoursPerDay: z.number().nullable(),
  // Before 86803b6 any short text was accepted here, not only a real date.
  startDate: z.string().nullable(),
}) satisfies z.ZodType<WearingSchedule>;

// The schedule in words lives in its own schema-free module (the handout worker loads it).
export {
  describePattern,
  listInWords,
  patternFor,
  stageRowMeanings,
  stageRows,
  type StageRow,
} from './schedule-words.ts';
