import { describe, expect, it } from 'vitest';
import { defaultGetHelp, emergencyNumberFor } from './handout-safety.ts';

describe('the emergency number in the default "Get help quickly" box', () => {
  it('follows the region of the computer’s locale', () => {
    expect(emergencyNumberFor('en-GB')).toBe('999');
    expect(emergencyNumberFor('en-US')).toBe('911');
    expect(emergencyNumberFor('fr-CA')).toBe('911');
    expect(emergencyNumberFor('pl-PL')).toBe('112');
    expect(emergencyNumberFor('en-AU')).toBe('000');
  });

  it('is left out where the region’s number is not known, never guessed', () => {
    expect(emergencyNumberFor('ja-JP')).toBeNull();
    expect(emergencyNumberFor('not a locale')).toBeNull();
    const [emergency] = defaultGetHelp(null);
    expect(emergency).toMatchObject({ urgency: 'emergency', phone: null });
    expect(emergency?.action).toBe('Call an ambulance now.');
  });
});
