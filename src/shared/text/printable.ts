import { PRINTABLE_RANGES } from './printable-ranges.ts';

/**
 * Control, invisible-format (bidi marks, zero-width joiners, soft hyphens) and private-use
 * characters, but not the line break multi-line fields keep: the handout drops them before
 * printing, so they are never printed wrongly.
 */
export const DROPPED_WHEN_PRINTED = /(?![\n])[\p{Cc}\p{Cf}\p{Co}]/gu;

const dropped = new RegExp(DROPPED_WHEN_PRINTED.source, 'u');
// Printable ASCII and the whitespace the handout lays out: nothing here needs looking up.
const PLAIN = /^[\x20-\x7e\n\r\t]*$/;
// Whitespace the handout lays out itself.
const LAID_OUT = /[\n\r\t ]/;

function isPrintable(codePoint: number): boolean {
  let low = 0;
  let high = PRINTABLE_RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = PRINTABLE_RANGES[mid] ?? [0, -1];
    if (codePoint < first) high = mid - 1;
    else if (codePoint > last) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The distinct characters of `text` that a handout cannot print, in order of first appearance:
 * those no font it ships has (emoji, scripts it has no font for yet, code points Unicode has
 * not assigned). Its fonts print Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese,
 * Korean, Devanagari, Gurmukhi, Bengali, Tamil and Thai.
 * Text is composed first (NFC), as the handout does, so "e" + a combining accent counts as "é".
 */
export function unprintableCharacters(text: string, limit = 8): string[] {
  // Most text is plain ASCII, which every handout font prints: answer it without the search.
  if (PLAIN.test(text)) return [];
  const found: string[] = [];
  for (const ch of text.normalize('NFC')) {
    if (LAID_OUT.test(ch) || dropped.test(ch) || isPrintable(ch.codePointAt(0) ?? 0)) continue;
    if (!found.includes(ch)) found.push(ch);
    if (found.length === limit) break;
  }
  return found;
}

/** "U+674E": how a character is named in messages. */
export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `Given name has characters a handout cannot print: "李" (U+674E). …` */
export function unprintableMessage(label: string, characters: readonly string[]): string {
  const listed = characters.map((ch) => `"${ch}" (${codePointLabel(ch)})`).join(', ');
  return `${label} has characters a handout cannot print: ${listed}. No font of the handout has them (emoji, some symbols, and a few scripts); remove them or write them another way.`;
}
