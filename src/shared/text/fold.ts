/**
 * Folds text for matching: case- and accent-insensitive, so "jose" finds "José" and
 * "muller" finds "Müller". Letters that do not decompose (ø, ł, ß …) are spelled out.
 * Names in every script keep their letters: only marks that are accents are dropped
 * (Latin, Greek and Cyrillic accents, Arabic vowel signs, Hebrew points), never the vowel
 * signs Indic, Thai and other scripts spell with (ਗੁਰਪ੍ਰੀਤ stays ਗੁਰਪ੍ਰੀਤ), nor the kana
 * voicing marks (ガ is not カ); Korean syllables stay syllables.
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

/** Scripts whose combining marks are letters of the word, not accents on it. */
const SPELLED_WITH_MARKS =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Tibetan}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const ANY_MARK = /\p{M}/u;
const LEADING_MARKS = /^\p{M}+/u;
const MARKED_LETTER = /(\P{M})(\p{M}+)/gu;
const HANGUL_JAMO = /[\u1100-\u11ff]/u;

export function foldForSearch(text: string): string {
  let folded = text.normalize('NFKD');
  let recompose = HANGUL_JAMO.test(folded);
  // Most names are Latin: skip the per-mark work when there is none.
  if (ANY_MARK.test(folded)) {
    folded = folded
      .replace(LEADING_MARKS, '')
      .replace(MARKED_LETTER, (_, base: string, marks: string) => {
        if (!SPELLED_WITH_MARKS.test(base)) return base;
        recompose = true;
        return base + marks;
      });
  }
  // Marks kept, and Korean syllables NFKD took apart, are put back together.
  if (recompose) folded = folded.normalize('NFKC');
  return folded
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
