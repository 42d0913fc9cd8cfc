import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { HANDOUT_LANGUAGES } from './languages.ts';

const cache = createIntlCache();
const made = new Map<string, IntlShape<string>>();

/**
 * A formatter for one handout language: its messages with ICU plurals and the language's
 * own dates and numbers (Intl). A message a catalogue lacks falls back to English rather than
 * printing its id, and the fallback is reported through onError (the tests make it fail).
 */
export function handoutIntl(tag: string, onError?: (error: Error) => void): IntlShape<string> {
  const language = HANDOUT_LANGUAGES.find((l) => l.tag === tag);
  if (!language) throw new Error(`No handout language "${tag}"`);
  if (onError) return make(language.tag, onError);
  let intl = made.get(tag);
  if (!intl) {
    intl = make(language.tag, () => undefined);
    made.set(tag, intl);
  }
  return intl;
}

function make(tag: string, onError: (error: Error) => void): IntlShape<string> {
  const language = HANDOUT_LANGUAGES.find((l) => l.tag === tag);
  return createIntl(
    {
      locale: tag,
      defaultLocale: 'en',
      messages: language?.messages ?? {},
      // Handout dates are calendar dates: never shifted by the computer's time zone.
      timeZone: 'UTC',
      onError,
    },
    cache,
  );
}
