import { z } from 'zod';

/** Where a visit takes place. */
export const VISIT_PLACES = ['clinic', 'home', 'video'] as const;
export type VisitPlace = (typeof VISIT_PLACES)[number];
export const VISIT_PLACE_LABELS: Record<VisitPlace, string> = {
  clinic: 'Clinic',
  home: 'Home visit',
  video: 'Video',
};

export const VISIT_DURATION = { min: 5, max: 480, default: 45 } as const;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** When a visit starts, how long it lasts, and where: what the day and week views show. */
export const visitSlotSchema = z.strictObject({
  startTime: z
    .string({ error: 'Time must be a time of day, like 09:30' })
    .regex(TIME_OF_DAY, 'Time must be a time of day, like 09:30'),
  durationMinutes: z
    .int({ error: 'Duration must be a whole number of minutes' })
    .min(
      VISIT_DURATION.min,
      `Duration must be from ${VISIT_DURATION.min} to ${VISIT_DURATION.max} minutes`,
    )
    .max(
      VISIT_DURATION.max,
      `Duration must be from ${VISIT_DURATION.min} to ${VISIT_DURATION.max} minutes`,
    ),
  place: z.enum(VISIT_PLACES, { error: 'Choose where the visit takes place' }),
});
export type VisitSlot = z.output<typeof visitSlotSchema>;

/** A slot as stored: shape only. */
export const storedVisitSlotSchema = z.object({
  startTime: z.string(),
  durationMinutes: z.number(),
  place: z.enum(VISIT_PLACES),
}) satisfies z.ZodType<VisitSlot>;

/** Minutes since midnight of "HH:MM". */
export function minutesOfDay(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** "09:30–10:15". */
export function slotText(slot: VisitSlot): string {
  const end = minutesOfDay(slot.startTime) + slot.durationMinutes;
  const hh = String(Math.floor(end / 60) % 24).padStart(2, '0');
  const mm = String(end % 60).padStart(2, '0');
  return `${slot.startTime}–${hh}:${mm}`;
}

/** A visit as clash detection sees it. */
export interface TimedVisit {
  id: string;
  sessionDate: string;
  slot: VisitSlot | null;
}

/**
 * The first visit on the same day whose time overlaps the new one's (a visit ending at 10:00
 * and one starting at 10:00 do not clash). A visit with no time (planned before visits had
 * times) clashes with nothing: its time is unknown, and the old one-a-day rule still holds.
 */
export function findClash<T extends TimedVisit>(visit: TimedVisit, others: readonly T[]): T | null {
  if (!visit.slot) return null;
  const start = minutesOfDay(visit.slot.startTime);
  const end = start + visit.slot.durationMinutes;
  for (const other of others) {
    if (other.id === visit.id || other.sessionDate !== visit.sessionDate || !other.slot) continue;
    const otherStart = minutesOfDay(other.slot.startTime);
    const otherEnd = otherStart + other.slot.durationMinutes;
    if (start < otherEnd && otherStart < end) return other;
  }
  return null;
}
