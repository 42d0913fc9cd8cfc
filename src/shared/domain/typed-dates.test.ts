import { describe, expect, it } from 'vitest';
import { dateOrderOf, typedDateToIso, withIsoDates } from './typed-dates.ts';

describe('dates typed as the locale writes them', () => {
  it('knows each locale’s order', () => {
    expect(dateOrderOf('en-GB')).toEqual(['day', 'month', 'year']);
    expect(dateOrderOf('en-US')).toEqual(['month', 'day', 'year']);
  });

  it('reads day-month-year in en-GB and month-day-year in en-US', () => {
    expect(typedDateToIso('03/04/1956', 'en-GB')).toBe('1956-04-03');
    expect(typedDateToIso('3/4/1956', 'en-GB')).toBe('1956-04-03');
    expect(typedDateToIso('03/04/1956', 'en-US')).toBe('1956-03-04');
    expect(typedDateToIso('3.4.1956', 'de-DE')).toBe('1956-04-03');
  });

  it('reads ISO dates in any locale', () => {
    expect(typedDateToIso('1956-04-03', 'en-US')).toBe('1956-04-03');
    expect(typedDateToIso('1956/4/3', 'en-GB')).toBe('1956-04-03');
  });

  it('refuses what is not a whole, real date', () => {
    expect(typedDateToIso('31/02/1956', 'en-GB')).toBeNull();
    expect(typedDateToIso('03/04/56', 'en-GB')).toBeNull();
    expect(typedDateToIso('MRN-1007', 'en-GB')).toBeNull();
    expect(typedDateToIso('1956', 'en-GB')).toBeNull();
  });

  it('turns only the date words of a query', () => {
    expect(withIsoDates('Smith 03/04/1956', 'en-GB')).toBe('Smith 1956-04-03');
    expect(withIsoDates('Ann Smith', 'en-GB')).toBe('Ann Smith');
  });
});
