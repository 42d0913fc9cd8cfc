import type { AppLanguage } from '../../../shared/domain/settings.ts';
import en from './en.json';
import es from './es.json';

/**
 * The locale each app language formats with, and its messages. English is British English
 * (dates as "3 Mar 2026", as the app always showed them); en.json is extracted from the
 * source's default messages (`npm run i18n:extract`), es.json is translated from it.
 */
export const UI_LOCALES: Record<AppLanguage, { locale: string; messages: Record<string, string> }> =
  {
    en: { locale: 'en-GB', messages: en },
    es: { locale: 'es', messages: es },
  };

/** The locale English messages are written in: what `defaultMessage` holds. */
export const SOURCE_LOCALE = 'en-GB';
