import type { Font } from 'fontkit';
import { unprintableCharacters } from '../../../shared/text/printable.ts';
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

/**
 * The characters of a language's messages the handout cannot draw: neither every font of the
 * Latin set has them (pdfkit's own path) nor a shipped script font (the script engine, which
 * layout 3 sends any other script to: script-text.ts).
 */
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
        if (
          !/\s/.test(ch) &&
          !fonts.every((f) => f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) &&
          unprintableCharacters(ch).length > 0
        )
          chars.add(ch);
    missing = [...chars];
    known.set(language.tag, missing);
  }
  return [...missing];
}

/**
 * Refuses, naming the language, a handout whose own words the fonts cannot draw: a page of
 * empty boxes is worse than no handout. (Weekday and month names from Intl are in the same
 * script as the catalogue, so the catalogue's characters stand for them.)
 */
export function assertPrintable(language: HandoutLanguage, fonts: readonly Font[]): void {
  const missing = missingCharacters(language, fonts);
  if (missing.length > 0) throw new HandoutLanguageError(language, missing);
}
