/** Calendar arithmetic on YYYY-MM-DD days, in UTC so no clock change shifts a day. */
const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7));
}

/** "Monday 9 March 2026". */
export function longDay(day: string, locale = 'en-GB'): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
