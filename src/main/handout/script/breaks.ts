/**
 * Where a line may break, following each script: after spaces (and hyphens) for scripts
 * that separate words with spaces; between words for Thai, which does not (Intl.Segmenter
 * finds them with ICU's dictionary); between any two characters of Chinese and Japanese;
 * never inside a grapheme cluster (a letter with its marks, an Indic conjunct). Closing
 * punctuation never starts a line and opening punctuation never ends one (the Japanese
 * kinsoku rule, which also keeps "word," and "(word" whole).
 */
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Scripts written without spaces, broken between words or characters. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Chinese and Japanese: every character is a break opportunity. */
const PER_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const NO_START =
  /^[\s)\]}.,;:!?%‰’”»›、。，．：；！？）］｝〕〉》」』】〙〗〟｠ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥・\-‐–—/]/u;
const NO_END = /[([{‘“«‹（［｛〔〈《「『【〘〖〝｟]$/u;
const BREAK_AFTER = /[\s\-‐–—/\u200B]$/u;

/** Offsets (into text, in UTF-16 units) of every grapheme cluster boundary, 0 and length included. */
export function graphemeBoundaries(text: string): number[] {
  const out = [0];
  for (const { index, segment } of graphemes.segment(text)) out.push(index + segment.length);
  return out;
}

/**
 * The offsets where a new line may start, in increasing order; 0 and text.length are not
 * included.
 */
export function breakOpportunities(text: string): number[] {
  const candidates = new Set<number>();
  const segments = [...words.segment(text)];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) continue;
    const end = segment.index + segment.segment.length;
    if (PER_CHARACTER.test(segment.segment)) {
      for (const b of graphemeBoundaries(segment.segment)) {
        if (b > 0 && b < segment.segment.length) candidates.add(segment.index + b);
      }
    }
    const next = segments[i + 1];
    if (!next) continue;
    if (
      BREAK_AFTER.test(segment.segment) ||
      UNSPACED.test(lastChar(segment.segment)) ||
      UNSPACED.test(firstChar(next.segment))
    ) {
      candidates.add(end);
    }
  }
  return [...candidates]
    .filter((at) => {
      const before = text.slice(0, at);
      const after = text.slice(at);
      if (NO_START.test(after) && !/\s$/u.test(before)) return false;
      if (NO_END.test(before)) return false;
      return true;
    })
    .sort((a, b) => a - b);
}

function lastChar(text: string): string {
  return [...text].at(-1) ?? '';
}

function firstChar(text: string): string {
  return text.codePointAt(0) === undefined ? '' : String.fromCodePoint(text.codePointAt(0) ?? 0);
}
