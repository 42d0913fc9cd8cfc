import { z } from 'zod';
import { optionalLine } from './text-fields.ts';

/**
 * When to wear an orthosis. Clinics tick one of these boxes today; here each is structured
 * so a handout can print it as a table and a later version can be compared with this one.
 */
export const wearingPatternSchema = z.discriminatedUnion('type', [
  /** Day and night; off only for washing, skin checks and exercises. */
  z.strictObject({ type: z.literal('continuous') }),
  z.strictObject({ type: z.literal('night') }),
  z.strictObject({
    type: z.literal('activities'),
    activities: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'Name the activity')
          .max(80, 'Keep each activity under 80 characters'),
      )
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
    text: z
      .string()
      .trim()
      .min(1, 'Describe when to wear it')
      .max(300, 'Keep the description under 300 characters'),
  }),
]);
export type WearingPattern = z.infer<typeof wearingPatternSchema>;
export type WearingPatternType = WearingPattern['type'];

export const WEARING_PATTERN_LABELS: Record<WearingPatternType, string> = {
  continuous: 'All day and night',
  night: 'Night only',
  activities: 'During listed activities',
  hours: 'Hours on and off',
  custom: 'Custom',
};

/** The stages a schedule can differ by. */
export const SCHEDULE_STAGES = ['flare', 'stable'] as const;

/** A pattern for every day, with an optional different pattern during a flare or when stable. */
export const wearingScheduleSchema = z
  .strictObject({
    usual: wearingPatternSchema,
    flare: wearingPatternSchema.nullable().default(null),
    stable: wearingPatternSchema.nullable().default(null),
    hoursPerDay: z.number().min(0.5).max(24).nullable().default(null),
    startDate: optionalLine('Start date', 10).default(null),
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

function hours(n: number): string {
  return `${n} ${n === 1 ? 'hour' : 'hours'}`;
}

/** Plain words for the patient: "Wear it at night while you sleep." */
export function describePattern(p: WearingPattern): string {
  switch (p.type) {
    case 'continuous':
      return 'Wear it day and night. Take it off only to wash, check your skin, or do your exercises.';
    case 'night':
      return 'Wear it at night while you sleep.';
    case 'activities':
      return `Wear it when you ${listInWords(p.activities.map((a) => a.toLowerCase()))}.`;
    case 'hours':
      return p.hoursOff === 0
        ? `Wear it for ${hours(p.hoursOn)} at a time.`
        : `Wear it for ${hours(p.hoursOn)}, then take it off for ${hours(p.hoursOff)}.`;
    case 'custom':
      return p.text;
  }
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
