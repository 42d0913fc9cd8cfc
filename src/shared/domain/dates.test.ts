import { expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates.ts';

it('shows dates and moments one way everywhere: day, short month, year, and a 24-hour time', () => {
  expect(formatDate('1956-03-03')).toBe('3 Mar 1956');
  expect(formatDateTime('2026-11-24T22:45:55.000Z')).toMatch(
    /^\d{1,2} [A-Z][a-z]{2} 2026, \d{2}:\d{2}$/,
  );
});

it('gives back text that is not a date or moment as it is, rather than "Invalid Date"', () => {
  expect(formatDate('soon')).toBe('soon');
  expect(formatDateTime('not a time')).toBe('not a time');
});
