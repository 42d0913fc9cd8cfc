import { codePointLabel } from './printable.ts';

// In a `u` regex a surrogate pair is one code point, so this matches only a half with no partner.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/**
 * The first unpaired UTF-16 surrogate in `text`, or null. Such a half-character is not text:
 * SQLite, JSON files and PDFs would silently turn it into "�" (U+FFFD), so it is refused
 * where it arrives instead of being stored changed.
 */
export function loneSurrogate(text: string): string | null {
  return LONE_SURROGATE.exec(text)?.[0] ?? null;
}

/** `Family name has invalid text: …`, naming the broken character's code. */
export function invalidTextMessage(label: string, surrogate: string): string {
  return `${label} has invalid text: a broken character (${codePointLabel(surrogate)}, half of a pair) that cannot be saved. Type that part again.`;
}
