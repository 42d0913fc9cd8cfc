import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Today's date on the user's own calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A moment (ISO timestamp) on the user's own clock, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(iso: string, locale = 'en-GB'): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(when);
}

/** Formats YYYY-MM-DD as a date a therapist reads at a glance, e.g. "3 Mar 1956". */
export function formatDate(value: string, locale = 'en-GB'): string {
  if (!isCalendarDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export const dateOfBirthSchema = z
  .string({ error: 'Date of birth must be a date' })
  .trim()
  .nullable()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isCalendarDate(v), 'Enter the date of birth as a real date')
  .refine((v) => v === null || v >= '1900-01-01', 'Date of birth must be in 1900 or later')
  .refine((v) => v === null || v <= localToday(), 'Date of birth cannot be in the future');
