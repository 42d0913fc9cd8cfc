import { expect, it } from 'vitest';
import { unlockLanguage } from './unlock-language.ts';

it("speaks the computer's first language the app has, else English", () => {
  expect(unlockLanguage(['es-MX', 'en-US'])).toBe('es');
  expect(unlockLanguage(['pl-PL', 'es'])).toBe('es');
  expect(unlockLanguage(['ES'])).toBe('es');
  expect(unlockLanguage(['fr-FR', 'de'])).toBe('en');
  expect(unlockLanguage([])).toBe('en');
});
