import type { Font } from 'fontkit';
import type { HandoutLanguage } from './languages.ts';

/** A handout language whose words the handout's fonts cannot draw. */
export class HandoutLanguageError extends Error {
  constructor(language: HandoutLanguage, missing: readonly string[]) {
    super(
      `A handout in ${language.name} (${language.tag}) cannot be printed yet: the handout's fonts ` +
        `cannot draw its script (${missing.slice(0, 5).join(' ')}…). Choose another language.`,
    );
    this.name = 'HandoutLanguageError';
  }
}

const printable = new WeakMap<readonly Font[], Map<string, readonly string[]>>();

/** The characters of a language's messages that some font of the set lacks. */
export function missingCharacters(language: HandoutLanguage, fonts: readonly Font[]): string[] {
  let known = printable.get(fonts);
  if (!known) {
    known = new Map();
    printable.set(fonts, known);
  }
  let missing = known.get(language.tag);
  if (!missing) {
    const chars = new Set<string>();
    for (const message of Object.values(language.messages))
      for (const ch of message.normalize('NFC'))
        if (!/\s/.test(ch) && !fonts.every((f) => f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)))
          chars.add(ch);
    missing = [...chars];
    known.set(language.tag, missing);
  }
  return [...missing];
}

/**
 * Refuses, naming the language, a handout whose own words the fonts cannot draw: a page of
 * empty boxes is worse than no handout. (Arabic, Urdu, Chinese and Panjabi until the handout
 * draws their scripts; weekday and month names from Intl are in the same script.)
 */
export function assertPrintable(language: HandoutLanguage, fonts: readonly Font[]): void {
  const missing = missingCharacters(language, fonts);
  if (missing.length > 0) throw new HandoutLanguageError(language, missing);
}
