import type * as fontkit from 'fontkit';
import { scriptFont, type ScriptFontKey } from './script-fonts.ts';

/** A run of text in one font and one direction, shaped: glyphs in visual (left-to-right) order. */
export interface ShapedRun {
  glyphs: fontkit.Glyph[];
  /** In font units, as fontkit returns them; never mutated (drawing hands out copies). */
  positions: fontkit.GlyphPosition[];
  /** Sum of the advances, in font units. */
  advance: number;
  unitsPerEm: number;
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, ShapedRun>();

/**
 * Shapes text with fontkit: Arabic joining and lam-alef ligatures, Indic reordering and
 * conjuncts, Thai and Hebrew marks, kerning. fontkit returns right-to-left runs already
 * reversed into visual order. The same words recur across handouts, so runs are
 * remembered (fontkit glyph objects are immutable once made).
 */
export function shape(
  text: string,
  key: ScriptFontKey,
  bold: boolean,
  rtl: boolean,
  language?: string,
): ShapedRun {
  const id = `${key}${bold ? 'b' : 'r'}${rtl ? '<' : '>'}${language ?? ''}\u0000${text}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const font = scriptFont(key, bold);
  // Script left to fontkit (it reads it from the text: one script per run); direction from
  // the bidi level, so neutral characters inside right-to-left text run right to left too;
  // the OpenType language picks regional glyph forms (Japanese kanji in the CJK font).
  const run = font.layout(text, [], undefined, language, rtl ? 'rtl' : 'ltr');
  const glyphs = [...run.glyphs];
  const positions = run.positions.map((p) => ({ ...p }));
  if (rtl) marksAfterTheirBase(glyphs, positions);
  const shaped: ShapedRun = {
    glyphs,
    positions,
    advance: positions.reduce((sum, p) => sum + p.xAdvance, 0),
    unitsPerEm: font.unitsPerEm,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, shaped);
  return shaped;
}

const MARK = /^\p{M}+$/u;

/**
 * fontkit reverses a right-to-left run whole, so a vowel mark (Arabic harakat, Hebrew
 * points) comes before the letter it sits on. Text extraction (pdftotext, copy and paste)
 * attaches a mark to the letter drawn just before it, so each mark is moved to just after
 * its letter, its offset corrected by the letter's advance: the page looks the same.
 */
function marksAfterTheirBase(glyphs: fontkit.Glyph[], positions: fontkit.GlyphPosition[]): void {
  let i = 0;
  while (i < glyphs.length) {
    let j = i;
    while (j < glyphs.length && isMark(glyphs[j], positions[j])) j++;
    const base = glyphs[j];
    const basePosition = positions[j];
    if (j > i && base && basePosition) {
      const marks = glyphs.slice(i, j);
      const markPositions = positions.slice(i, j);
      for (const p of markPositions) p.xOffset -= basePosition.xAdvance;
      glyphs.splice(i, j - i + 1, base, ...marks);
      positions.splice(i, j - i + 1, basePosition, ...markPositions);
    }
    i = j + 1;
  }
}

function isMark(
  glyph: fontkit.Glyph | undefined,
  position: fontkit.GlyphPosition | undefined,
): boolean {
  if (!glyph || !position || position.xAdvance !== 0 || glyph.codePoints.length === 0) return false;
  return MARK.test(String.fromCodePoint(...glyph.codePoints));
}

/**
 * A bracket drawn mirrored in right-to-left text is the glyph of its mirror image (")" for
 * "("); its glyphs are relabelled with the character that was typed, so the PDF's text
 * says what the patient's text says.
 */
export function relabel(run: ShapedRun, typed: string): ShapedRun {
  const codePoints = [...typed].map((ch) => ch.codePointAt(0) ?? 0);
  return {
    ...run,
    glyphs: run.glyphs.map(
      (glyph) =>
        Object.create(glyph, {
          codePoints: { value: codePoints, enumerable: true },
        }) as fontkit.Glyph,
    ),
  };
}
