import { graphemeBoundaries } from './breaks.ts';
import { scriptFont, type ScriptFontKey } from './script-fonts.ts';
import { relabel, shape, type ShapedRun } from './shape.ts';
import { analyse, firstStrongDirection, openTypeLanguage, reorder } from './text-analysis.ts';

export interface ParagraphStyle {
  /** Font size in points. */
  size: number;
  bold?: boolean;
  /** The paragraph's base direction; 'auto' takes it from its first strong letter (UAX #9 P2). */
  direction?: 'ltr' | 'rtl' | 'auto';
  /** 'start' is left in a left-to-right paragraph and right in a right-to-left one. */
  align?: 'start' | 'end' | 'left' | 'right' | 'center';
  /**
   * The text's language (BCP 47), for glyph forms that differ by region: Japanese and
   * Traditional Chinese Han characters. Without it, text with kana is taken as Japanese
   * and text with hangul as Korean.
   */
  language?: string;
  /** Distance between baselines as a multiple of size, at least (taller scripts get more). */
  lineHeight?: number;
  /**
   * The first this many UTF-16 units are bold whatever `bold` says: a bold label run into its
   * text ("From your therapist: …"), as pdfkit's continued text draws it.
   */
  boldUntil?: number;
}

/** One run of glyphs on a line, in one font, at x from the line's left edge. */
export interface PlacedRun {
  font: ScriptFontKey;
  bold: boolean;
  size: number;
  x: number;
  width: number;
  shaped: ShapedRun;
  /** The run's text in logical order (what it says, for tests and tagging). */
  text: string;
  rtl: boolean;
  /** A mirrored bracket: drawn with its own copy of the font (see draw.ts). */
  mirrored: boolean;
}

export interface PlacedLine {
  /** The line's text in logical order, without the spaces it broke at. */
  text: string;
  /** From the paragraph's left edge to the line's first glyph (alignment). */
  x: number;
  /** From the paragraph's top to the top of this line's tallest glyphs' font box. */
  top: number;
  /** From the paragraph's top to the bottom of its font box (its descent below the baseline). */
  bottom: number;
  /** From the paragraph's top to this line's baseline. */
  baseline: number;
  width: number;
  runs: PlacedRun[];
}

export interface ParagraphLayout {
  lines: PlacedLine[];
  height: number;
  width: number;
  rtl: boolean;
}

/** A stretch of one piece in one font and one bidi level. */
interface Fragment {
  start: number;
  end: number;
  font: ScriptFontKey;
  level: number;
  width: number;
  shaped: ShapedRun;
  /** A bracket drawn as its mirror image (right-to-left text). */
  mirrored: boolean;
  bold: boolean;
}

/** Text between two break opportunities: its content, then the spaces after it. */
interface Piece {
  start: number;
  end: number;
  content: Fragment[];
  trailing: Fragment[];
  contentWidth: number;
  trailingWidth: number;
}

const DEFAULT_LINE_HEIGHT = 1.3;

/**
 * Lays out one paragraph of logical text (what the user typed) into lines no wider than
 * width: the Unicode bidi algorithm (bidi-js) for direction, a font per script, line breaks
 * that follow each script, fontkit shaping, then each line reordered for display. Line
 * breaks in the text ("\n") start new lines in the same paragraph.
 */
export function layoutParagraph(
  text: string,
  style: ParagraphStyle,
  width: number,
): ParagraphLayout {
  const lines: PlacedLine[] = [];
  let top = 0;
  const hardLines = text.split(/\r\n|\r|\n|\u2029|\u2028/u);
  let first = true;
  let offset = 0;
  // The paragraph's direction comes from its whole text, so every line aligns the same way.
  const base =
    style.direction === 'ltr' || style.direction === 'rtl'
      ? style.direction
      : firstStrongDirection(text);
  const rtl = base === 'rtl';
  for (const hard of hardLines) {
    const start = text.indexOf(hard, offset);
    offset = start + hard.length;
    const boldUntil = Math.max(0, (style.boldUntil ?? 0) - start);
    const placed = layoutLines(hard, { ...style, boldUntil }, width, base);
    for (const line of placed) {
      const metrics = lineMetrics(line.runs, style);
      line.baseline = top + (first ? metrics.ascent : metrics.advance - metrics.descent);
      line.top = line.baseline - metrics.ascent;
      line.bottom = line.baseline + metrics.descent;
      top = line.bottom;
      first = false;
      lines.push(line);
    }
  }
  return { lines, height: top, width, rtl };
}

/**
 * Splits a laid-out paragraph where a page ends: the lines that fit in `height`, and the
 * rest as a paragraph of its own starting at 0 (null when everything fits). The head may
 * have no lines: then nothing fits and the whole paragraph goes on the next page.
 */
export function splitParagraph(
  layout: ParagraphLayout,
  height: number,
): [ParagraphLayout, ParagraphLayout | null] {
  const cut = layout.lines.findIndex((line) => line.bottom > height);
  if (cut === -1) return [layout, null];
  const head = layout.lines.slice(0, cut);
  const shift = layout.lines[cut]?.top ?? 0;
  const tail = layout.lines.slice(cut).map((line) => ({
    ...line,
    top: line.top - shift,
    bottom: line.bottom - shift,
    baseline: line.baseline - shift,
  }));
  return [
    { ...layout, lines: head, height: head.at(-1)?.bottom ?? 0 },
    { ...layout, lines: tail, height: layout.height - shift },
  ];
}

/** Ascent, descent and baseline-to-baseline advance of a line, from the fonts it uses. */
function lineMetrics(runs: PlacedRun[], style: ParagraphStyle) {
  const size = style.size;
  let ascent = 0;
  let descent = 0;
  const used = runs.length > 0 ? runs : [{ font: 'latin' as const, bold: style.bold ?? false }];
  for (const run of used) {
    const font = scriptFont(run.font, run.bold);
    ascent = Math.max(ascent, (font.ascent / font.unitsPerEm) * size);
    descent = Math.max(descent, (-font.descent / font.unitsPerEm) * size);
  }
  const advance = Math.max(size * (style.lineHeight ?? DEFAULT_LINE_HEIGHT), ascent + descent);
  return { ascent, descent, advance };
}

function layoutLines(
  text: string,
  style: ParagraphStyle,
  width: number,
  base: 'ltr' | 'rtl',
): PlacedLine[] {
  if (text.trim() === '') return [];
  const bold = style.bold ?? false;
  const boldUntil = style.boldUntil ?? 0;
  const isBold = (i: number) => bold || i < boldUntil;
  const { levels, mirrored, fonts, cuts } = analyse(text, bold, base);
  const cjkLanguage = openTypeLanguage(style.language, text);
  const scale = style.size;
  const makeFragments = (start: number, end: number): Fragment[] => {
    const out: Fragment[] = [];
    let from = start;
    for (let i = start + 1; i <= end; i++) {
      if (
        i === end ||
        fonts[i] !== fonts[from] ||
        levels[i] !== levels[from] ||
        // A mirrored bracket is a run of its own: its glyph says another character.
        mirrored.has(i) ||
        mirrored.has(i - 1) ||
        isBold(i) !== isBold(from) ||
        // Shape spaces apart, as pdfkit does: they never join or reorder.
        isSpace(text[i]) !== isSpace(text[from])
      ) {
        const font = fonts[from] ?? 'latin';
        const level = levels[from] ?? 0;
        const typed = text.slice(from, i);
        const mirror = mirrored.get(from);
        const fragmentBold = isBold(from);
        const shaped = mirror
          ? relabel(shape(mirror, font, fragmentBold, true), typed)
          : shape(
              typed,
              font,
              fragmentBold,
              level % 2 === 1,
              font === 'cjk' ? cjkLanguage : undefined,
            );
        out.push({
          start: from,
          end: i,
          font,
          level,
          shaped,
          mirrored: mirror !== undefined,
          bold: fragmentBold,
          width: (shaped.advance / shaped.unitsPerEm) * scale,
        });
        from = i;
      }
    }
    return out;
  };

  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    let contentEnd = end;
    while (contentEnd > start && isSpace(text[contentEnd - 1])) contentEnd--;
    const content = makeFragments(start, contentEnd);
    const trailing = makeFragments(contentEnd, end);
    pieces.push({
      start,
      end,
      content,
      trailing,
      contentWidth: sum(content),
      trailingWidth: sum(trailing),
    });
  }

  // Greedy filling; a piece wider than a whole line is cut between grapheme clusters.
  // `width` is often a sum of shares of the page (a table column made just wide enough for
  // its word): a shortfall of rounding must not cut that word in two.
  const fits = (w: number) => w <= width + FIT_TOLERANCE;
  const lineRanges: Piece[][] = [];
  let current: Piece[] = [];
  let used = 0;
  const queue = [...pieces];
  while (queue.length > 0) {
    const piece = queue.shift() as Piece;
    if (current.length > 0 && !fits(used + piece.contentWidth)) {
      lineRanges.push(current);
      current = [];
      used = 0;
    }
    if (current.length === 0 && !fits(piece.contentWidth)) {
      const [head, tail] = cutPiece(text, piece, width, makeFragments);
      if (tail) queue.unshift(tail);
      lineRanges.push([head]);
      continue;
    }
    current.push(piece);
    used += piece.contentWidth + piece.trailingWidth;
  }
  if (current.length > 0) lineRanges.push(current);

  return lineRanges.map((range) => placeLine(text, range, style, width, base));
}

function placeLine(
  text: string,
  range: Piece[],
  style: ParagraphStyle,
  width: number,
  base: 'ltr' | 'rtl',
): PlacedLine {
  // Spaces a line breaks at are not drawn (UAX #9 L1 gives them the paragraph's level).
  const fragments = range.flatMap((p, i) =>
    i === range.length - 1 ? p.content : [...p.content, ...p.trailing],
  );
  const visual = reorder(fragments);
  let x = 0;
  const runs: PlacedRun[] = [];
  for (const f of visual) {
    const rtl = f.level % 2 === 1;
    const previous = runs.at(-1);
    const typed = text.slice(f.start, f.end);
    // Neighbours in one font and direction are drawn as one run: a line of Chinese is a
    // run per character until here, and each run costs pdfkit a text object.
    if (
      previous &&
      previous.font === f.font &&
      previous.bold === f.bold &&
      previous.rtl === rtl &&
      !previous.mirrored &&
      !f.mirrored
    ) {
      previous.shaped = joinRuns(previous.shaped, f.shaped);
      previous.width += f.width;
      previous.text = rtl ? typed + previous.text : previous.text + typed;
    } else {
      runs.push({
        font: f.font,
        bold: f.bold,
        size: style.size,
        x,
        width: f.width,
        shaped: f.shaped,
        text: typed,
        rtl,
        mirrored: f.mirrored,
      });
    }
    x += f.width;
  }
  const lineWidth = x;
  const first = range[0]?.start ?? 0;
  const last = range.at(-1);
  const logical = text.slice(first, last ? last.end : first).trim();
  const align = style.align ?? 'start';
  const right =
    align === 'right' ||
    (align === 'start' && base === 'rtl') ||
    (align === 'end' && base === 'ltr');
  const offset = align === 'center' ? (width - lineWidth) / 2 : right ? width - lineWidth : 0;
  for (const run of runs) run.x += offset;
  return { text: logical, x: offset, top: 0, bottom: 0, baseline: 0, width: lineWidth, runs };
}

function joinRuns(a: ShapedRun, b: ShapedRun): ShapedRun {
  return {
    glyphs: [...a.glyphs, ...b.glyphs],
    positions: [...a.positions, ...b.positions],
    advance: a.advance + b.advance,
    unitsPerEm: a.unitsPerEm,
  };
}

/** A hundredth of a point (0.004 mm): what floating-point sums of widths may fall short by. */
const FIT_TOLERANCE = 0.01;

/** Cuts an over-long piece after as many grapheme clusters as fit (at least one). */
function cutPiece(
  text: string,
  piece: Piece,
  width: number,
  makeFragments: (start: number, end: number) => Fragment[],
): [Piece, Piece | null] {
  const bounds = graphemeBoundaries(text.slice(piece.start, piece.end)).map((b) => b + piece.start);
  let best = bounds[1] ?? piece.end;
  for (const b of bounds.slice(2)) {
    if (b >= piece.end) break;
    if (sum(makeFragments(piece.start, b)) > width + FIT_TOLERANCE) break;
    best = b;
  }
  const make = (start: number, end: number): Piece => {
    let contentEnd = end;
    while (contentEnd > start && isSpace(text[contentEnd - 1])) contentEnd--;
    const content = makeFragments(start, contentEnd);
    const trailing = makeFragments(contentEnd, end);
    return {
      start,
      end,
      content,
      trailing,
      contentWidth: sum(content),
      trailingWidth: sum(trailing),
    };
  };
  if (best >= piece.end) return [piece, null];
  return [make(piece.start, best), make(best, piece.end)];
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

function sum(fragments: Fragment[]): number {
  return fragments.reduce((total, f) => total + f.width, 0);
}
