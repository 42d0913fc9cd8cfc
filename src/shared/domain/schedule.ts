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

function hours(n: number): string {
  return `${n} ${n === 1 ? 'hour' : 'hours'}`;
}

/** Plain words for the patient: "Wear it at night while you sleep." */
export function describePattern(p: WearingPattern): string {
  switch (p.type) {
    case 'continuous':
      // Not "do your exercises": a patient may never have been given any (review 1.23).
      return 'Wear it day and night. Take it off only to wash, to check your skin, and to move your joints gently a few times a day.';
    case 'night':
      return 'Wear it at night while you sleep.';
    case 'alternate-nights':
      return p.first === 'left'
        ? 'Wear it on one hand each night: the left hand one night, the right hand the next.'
        : 'Wear it on one hand each night: the right hand one night, the left hand the next.';
    case 'activities':
      return `Wear it when you ${listInWords(p.activities.map((a) => a.toLowerCase()))}.`;
    case 'hours':
      return p.hoursOff === 0
        ? `Wear it for ${hours(p.hoursOn)} at a time.`
        : `Wear it for ${hours(p.hoursOn)}, then take it off for ${hours(p.hoursOff)}.`;
    case 'custom':
      return p.text;
    case 'unset':
      return 'We will tell you when to wear it.';
  }
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The pattern a stage asks for: its own variant, or the usual one when it has none. */
export function patternFor(schedule: WearingSchedule, stage: ScheduleStage | null): WearingPattern {
  return (stage && schedule[stage]) ?? schedule.usual;
}

/** One row of a splint's schedule on the handout: when, in the patient's words, and what. */
export interface StageRow {
  /** The table's label: "Now, during this flare", "When the flare settles", "Most days". */
  label: string;
  /** The same, after the splint's name on page 1 ("…, in a flare:"); '' for the plain row. */
  after: string;
  pattern: WearingPattern;
  /** What the patient is to do now, by their recorded stage. */
  now: boolean;
  /** Which of the schedule's patterns this is. */
  stage: 'usual' | ScheduleStage;
}

const SETTLED = 'When your joints have settled';

/**
 * A schedule's rows, led by what to do now: in a flare with a flare schedule, that schedule
 * first and "When the flare settles" the usual one; likewise when settled with a settled
 * schedule. Otherwise the usual one first, then the flare and settled ones it has.
 */
export function stageRows(schedule: WearingSchedule, stage: ScheduleStage | null): StageRow[] {
  const { usual, flare, stable } = schedule;
  const row = (
    label: string,
    after: string,
    pattern: WearingPattern | null,
    which: StageRow['stage'],
    now = false,
  ): StageRow[] => (pattern ? [{ label, after, pattern, now, stage: which }] : []);
  if (stage === 'flare' && flare)
    return [
      ...row('Now, during this flare', 'now, during this flare', flare, 'flare', true),
      ...row('When the flare settles', 'when the flare settles', usual, 'usual'),
      ...row(SETTLED, 'when your joints have settled', stable, 'stable'),
    ];
  if (stage === 'stable' && stable)
    return [
      ...row('Now, while your joints are settled', 'now', stable, 'stable', true),
      ...row('If your joints get worse again', 'if your joints get worse again', usual, 'usual'),
      ...row('In a flare', 'in a flare', flare, 'flare'),
    ];
  const only = !flare && !stable;
  return [
    ...row(only ? 'Every day' : 'Most days', '', usual, 'usual', stage !== null),
    ...row('In a flare', 'in a flare', flare, 'flare'),
    ...row(SETTLED, 'when your joints have settled', stable, 'stable'),
  ];
}

/** What each row's label means, when the table has more than one row to choose from. */
export function stageRowMeanings(rows: readonly StageRow[]): string[] {
  if (rows.length < 2) return [];
  const meanings: Record<string, string> = {
    'Most days': 'Most days means when you are not in a flare.',
    'In a flare':
      'A flare is when your joints are more sore, swollen and stiff than usual for more than a day or two.',
    'When the flare settles':
      'The flare has settled when your joints are no more sore or stiff than usual.',
    [SETTLED]: 'Your joints have settled when we tell you they have.',
  };
  // "Most days" means something only beside a flare row.
  const flare = rows.some((r) => r.stage === 'flare');
  return rows.flatMap((r) =>
    meanings[r.label] && (flare || r.label !== 'Most days') ? [meanings[r.label] as string] : [],
  );
}
