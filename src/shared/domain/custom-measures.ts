import { z } from 'zod';
import { requiredLine } from './text-fields.ts';

export const MAX_CUSTOM_MEASURES = 20;

/**
 * A measure a clinic adds for itself (licensed questionnaires are not built in): a name, a
 * unit, the range a value must fall in, and which way is better, so charts read right.
 */
export const customMeasureSchema = z
  .strictObject({
    id: z.uuid({ error: 'Measure id must be a UUID' }),
    name: requiredLine('Measure name', 60),
    unit: z
      .string({ error: 'Unit must be text' })
      .trim()
      .max(20, 'Unit must be 20 characters or fewer'),
    min: z.number({ error: 'Lowest value must be a number' }),
    max: z.number({ error: 'Highest value must be a number' }),
    higherIsBetter: z.boolean({ error: 'Choose whether a higher value is better' }),
  })
  .refine((m) => m.min < m.max, {
    path: ['max'],
    message: 'Highest value must be more than the lowest value',
  });
export type CustomMeasure = z.output<typeof customMeasureSchema>;

export const customMeasuresSchema = z
  .array(customMeasureSchema)
  .max(MAX_CUSTOM_MEASURES, `Add at most ${MAX_CUSTOM_MEASURES} measures`)
  .default([]);

export const storedCustomMeasuresSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    min: z.number(),
    max: z.number(),
    higherIsBetter: z.boolean(),
  }),
) satisfies z.ZodType<CustomMeasure[]>;

/** "Pinch strength (kg)" or "Pinch strength" for a measure with no unit. */
export function measureLabel(m: Pick<CustomMeasure, 'name' | 'unit'>): string {
  return m.unit ? `${m.name} (${m.unit})` : m.name;
}
