import { PRINTABLE_RANGES } from './printable-ranges.ts';

// Whitespace the handout lays out itself, and invisible characters it drops before printing.
const LAID_OUT_OR_DROPPED = /[\n\r\t \u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

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
 * The distinct characters of `text` that a handout cannot print (its fonts have Latin, Greek
 * and Cyrillic letters, not Arabic, Hebrew, CJK or emoji), in order of first appearance.
 * Text is composed first (NFC), as the handout does, so "e" + a combining accent counts as "é".
 */
export function unprintableCharacters(text: string, limit = 8): string[] {
  const found: string[] = [];
  for (const ch of text.normalize('NFC')) {
    if (LAID_OUT_OR_DROPPED.test(ch) || isPrintable(ch.codePointAt(0) ?? 0)) continue;
    if (!found.includes(ch)) found.push(ch);
    if (found.length === limit) break;
  }
  return found;
}

const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `Given name has characters a handout cannot print: "李" (U+674E). …` */
export function unprintableMessage(label: string, characters: readonly string[]): string {
  const listed = characters.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ');
  return `${label} has characters a handout cannot print: ${listed}. Handouts print Latin, Greek and Cyrillic letters; use those, or remove the characters.`;
}
