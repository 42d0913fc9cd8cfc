import bidiFactory from 'bidi-js';
import { breakOpportunities, graphemeBoundaries } from './breaks.ts';
import { fontKeyFor, type ScriptFontKey } from './script-fonts.ts';

/**
 * What a paragraph's text says about its own layout, before any width is known: its base
 * direction, bidi levels and mirrored brackets, the font of each cluster, where lines may
 * break, and the order runs are drawn in (UAX #9).
 */
const bidi = bidiFactory();

/** UAX #9 P2–P3: the direction of the first strong letter, left to right if none. */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return 'ltr';
}

export interface Analysis {
  levels: Uint8Array;
  mirrored: Map<number, string>;
  fonts: ScriptFontKey[];
  cuts: number[];
}

const ANALYSIS_LIMIT = 5_000;
const analyses = new Map<string, Analysis>();

/**
 * What depends on the text alone (bidi levels, fonts, break opportunities), remembered: the
 * same sentences (catalogue text, headings) recur in handout after handout.
 */
export function analyse(text: string, bold: boolean, base: 'ltr' | 'rtl'): Analysis {
  const key = `${bold ? 'b' : 'r'}${base}\u0000${text}`;
  let found = analyses.get(key);
  if (!found) {
    const levels = bidi.getEmbeddingLevels(text, base).levels;
    found = {
      levels,
      mirrored: bidi.getMirroredCharactersMap(text, levels),
      fonts: fontsByCluster(text, bold),
      cuts: [0, ...breakOpportunities(text), text.length],
    };
    if (analyses.size >= ANALYSIS_LIMIT) analyses.clear();
    analyses.set(key, found);
  }
  return found;
}

/** The font of each UTF-16 unit, chosen per grapheme cluster. */
function fontsByCluster(text: string, bold: boolean): ScriptFontKey[] {
  const out: ScriptFontKey[] = new Array<ScriptFontKey>(text.length);
  const bounds = graphemeBoundaries(text);
  let previous: ScriptFontKey | null = null;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const end = bounds[i + 1] ?? text.length;
    const cluster = text.slice(start, end);
    const key = fontKeyFor(cluster, previous, bold);
    out.fill(key, start, end);
    previous = key;
  }
  return out;
}

/** The OpenType language system whose CJK glyph forms suit the text (undefined: Simplified Chinese). */
export function openTypeLanguage(language: string | undefined, text: string): string | undefined {
  const tag = language?.toLowerCase() ?? '';
  if (tag.startsWith('ja')) return 'JAN';
  if (tag.startsWith('ko')) return 'KOR';
  if (/^zh-(hant|tw|hk|mo)/u.test(tag)) return 'ZHT';
  if (tag !== '') return undefined;
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'JAN';
  if (/\p{Script=Hangul}/u.test(text)) return 'KOR';
  return undefined;
}

/** UAX #9 L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above. */
export function reorder<T extends { level: number }>(fragments: readonly T[]): T[] {
  const out = [...fragments];
  if (out.length === 0) return out;
  const levels = out.map((f) => f.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.map((l) => (l % 2 === 1 ? l : l + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < out.length) {
      if ((out[i]?.level ?? 0) >= level) {
        let j = i;
        while (j < out.length && (out[j]?.level ?? 0) >= level) j++;
        const reversed = out.slice(i, j).reverse();
        out.splice(i, j - i, ...reversed);
        i = j;
      } else {
        i++;
      }
    }
  }
  return out;
}
