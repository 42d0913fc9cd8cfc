import { isCalendarDate } from './dates.ts';

type Part = 'day' | 'month' | 'year';

/** The order a locale writes day, month and year in: en-GB day-month-year, en-US month-day-year. */
export function dateOrderOf(locale: string): Part[] {
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2001, 1, 3)));
  const order = parts
    .map((p) => p.type)
    .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;

/**
 * A date typed as the locale writes it ("03/04/1956" in en-GB, "4/3/1956" in en-US, "3.4.1956"
 * in de) or in ISO form ("1956-04-03"), as YYYY-MM-DD; null for anything else or a date that
 * does not exist. Years must have four digits: "03/04/56" could be 1956 or 2056.
 */
export function typedDateToIso(typed: string, locale: string): string | null {
  const match = NUMERIC_DATE.exec(typed.trim());
  if (!match) return null;
  const numbers = [match[1], match[2], match[3]] as [string, string, string];
  const order: Part[] = numbers[0].length === 4 ? ['year', 'month', 'day'] : dateOrderOf(locale);
  const value: Partial<Record<Part, string>> = {};
  order.forEach((part, i) => (value[part] = numbers[i] ?? ''));
  const { year, month, day } = value;
  if (year?.length !== 4 || !month || !day || month.length > 2 || day.length > 2) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** A search query with each word that is a typed date turned into YYYY-MM-DD. */
export function withIsoDates(query: string, locale: string): string {
  return query
    .split(/(\s+)/)
    .map((word) => typedDateToIso(word, locale) ?? word)
    .join('');
}
