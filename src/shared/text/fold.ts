/**
 * Folds text for matching: case- and accent-insensitive, so "jose" finds "José" and
 * "muller" finds "Müller". Letters that do not decompose (ø, ł, ß …) are spelled out.
 */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (ch) => SPELLED_OUT[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a query into folded words; every word must match somewhere. */
export function searchTerms(query: string, maxTerms = 5): string[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  return [...new Set(folded.split(' '))].slice(0, maxTerms);
}
