import { APP_LANGUAGES, type AppLanguage } from '../../../shared/domain/settings.ts';

/**
 * The unlock page shows before the data, and the language setting kept in it, can be read:
 * it speaks the computer's language when the app has it (a Spanish system, Spanish), else
 * English.
 */
export function unlockLanguage(preferred: readonly string[]): AppLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = APP_LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}
