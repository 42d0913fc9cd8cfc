import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { en, type MessageId } from './en.ts';
import { handoutLanguage, type HandoutLanguage } from './languages.ts';

const cache = createIntlCache();
const made = new Map<string, IntlShape<string>>();

/**
 * A formatter for one handout language: its messages with ICU plurals and the language's
 * own dates and numbers (Intl). A message a catalogue lacks falls back to English rather than
 * printing its id, and the fallback is reported through onError (the tests make it fail).
 */
export function handoutIntl(tag: string, onError?: (error: Error) => void): IntlShape<string> {
  const language = handoutLanguage(tag);
  if (onError) return make(language, onError);
  let intl = made.get(tag);
  if (!intl) {
    intl = make(language, () => undefined);
    made.set(tag, intl);
  }
  return intl;
}

function make(language: HandoutLanguage, onError: (error: Error) => void): IntlShape<string> {
  return createIntl(
    {
      locale: language.locale,
      defaultLocale: 'en-GB',
      messages: language.messages,
      // Handout dates are calendar dates: never shifted by the computer's time zone.
      timeZone: 'UTC',
      onError,
    },
    cache,
  );
}

/**
 * One of the handout's own messages in the intl's language; should a catalogue lack it (the
 * completeness test forbids that), the English words rather than the message's id.
 */
export function sayIn(
  intl: IntlShape<string>,
  id: MessageId,
  values?: Record<string, string | number>,
): string {
  return intl.formatMessage({ id, defaultMessage: en[id] }, values);
}
