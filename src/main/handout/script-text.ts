import type PDFDocument from 'pdfkit';
import { FONT_BOLD } from './fonts.ts';
import { mirrorX } from './mirror.ts';
import { drawParagraph } from './script/draw.ts';
import { layoutParagraph, splitParagraph, type ParagraphLayout } from './script/paragraph.ts';
import { scriptFont } from './script/script-fonts.ts';

type Doc = InstanceType<typeof PDFDocument>;

/** Which way a handout reads: its headings, bullets, tables and wear log follow it. */
export type HandoutDirection = 'ltr' | 'rtl';

/** pdfkit's insides the script path reads and restores (pdfkit 0.20). */
interface DocInternals {
  _font: unknown;
  _fontSize: number;
  _fontFamilies: Record<string, unknown>;
  _lineGap?: number;
  _fillColor?: unknown[];
  _wrapper?: unknown;
  continueOnNewPage(): void;
  fillColor(...args: unknown[]): unknown;
}

/** Scripts the handout's own Latin fonts draw as pdfkit does (with its kerning and wrapping). */
const OTHER_SCRIPT =
  /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;
const ASCII = /^[\u0020-\u007e\n]*$/u;
/** Format characters (bidi marks, joiners): only the engine gives them meaning. */
const FORMAT = /\p{Cf}/u;

const LIMIT = 20_000;
const routed = new Map<string, boolean>();

/**
 * Whether a text needs the script engine: letters of another script (Arabic, Hebrew, CJK,
 * Indic, Thai…), bidi or joining controls, or characters the Latin fonts lack. Everything
 * else (all English and the Latin languages) keeps pdfkit's own path, byte for byte.
 */
export function needsScriptEngine(text: string): boolean {
  if (ASCII.test(text)) return false;
  let found = routed.get(text);
  if (found === undefined) {
    found = OTHER_SCRIPT.test(text) || FORMAT.test(text) || !latinCovers(text);
    if (routed.size >= LIMIT) routed.clear();
    routed.set(text, found);
  }
  return found;
}

function latinCovers(text: string): boolean {
  const regular = scriptFont('latin', false);
  const bold = scriptFont('latin', true);
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    if (!regular.hasGlyphForCodePoint(cp) || !bold.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}

export interface ScriptTextOptions {
  width?: number;
  lineGap?: number;
  lineBreak?: boolean;
  align?: string;
}

const layouts = new Map<string, ParagraphLayout>();

/** A paragraph laid out by the engine, remembered: every measuring pass lays out the same text. */
function laidOut(
  doc: Doc,
  text: string,
  width: number,
  lineGap: number,
  direction: HandoutDirection,
  boldUntil = 0,
): ParagraphLayout {
  const d = doc as unknown as DocInternals;
  const size = d._fontSize;
  const bold = d._font === d._fontFamilies[FONT_BOLD];
  // Lines as far apart as pdfkit sets them (taller scripts take more, see lineMetrics).
  const lineHeight = (doc.currentLineHeight(true) + lineGap) / size;
  const key = `${size}|${bold ? 'b' : 'r'}|${lineHeight}|${width}|${direction}|${boldUntil}\u0000${text}`;
  let found = layouts.get(key);
  if (!found) {
    // A paragraph takes its own direction from its first letter (an Arabic name in an
    // English handout is right-aligned); a right-to-left handout reads every one from the right.
    found = layoutParagraph(
      text,
      { size, bold, lineHeight, boldUntil, direction: direction === 'rtl' ? 'rtl' : 'auto' },
      width,
    );
    if (layouts.size >= LIMIT) layouts.clear();
    layouts.set(key, found);
  }
  return found;
}

/** Height of a wrapped paragraph as the script path places it (what heightOfString is to pdfkit). */
export function scriptHeight(
  doc: Doc,
  text: string,
  width: number,
  lineGap: number,
  direction: HandoutDirection,
  boldUntil = 0,
): number {
  return laidOut(doc, text, width, lineGap, direction, boldUntil).height + lineGap;
}

/** Width of the text on one line, in the current font and size. */
export function scriptWidth(doc: Doc, text: string, direction: HandoutDirection): number {
  return laidOut(doc, text, ONE_LINE, 0, direction).lines[0]?.width ?? 0;
}

const ONE_LINE = 1e6;

/** Documents the engine is drawing into: its own doc.text calls go straight to pdfkit. */
const engineDrawing = new WeakSet<Doc>();

function drawLaidOut(doc: Doc, layout: ParagraphLayout, x: number, top: number): void {
  engineDrawing.add(doc);
  try {
    drawParagraph(doc, layout, x, top);
  } finally {
    engineDrawing.delete(doc);
  }
}

/**
 * Draws (or, measuring, only places) `text` at (x, y) as pdfkit's `doc.text` would: wrapped to
 * `width` and carried onto new pages, or on one line with `lineBreak: false`, leaving the
 * cursor where pdfkit leaves it. `boldUntil`: a bold label run into the text.
 */
export function scriptText(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: ScriptTextOptions,
  draw: boolean,
  direction: HandoutDirection,
  boldUntil = 0,
): void {
  const d = doc as unknown as DocInternals;
  const gap = options.lineGap ?? d._lineGap ?? 0;
  const oneLine = options.lineBreak === false;
  const width = oneLine ? ONE_LINE : (options.width ?? doc.page.width - doc.page.margins.right - x);
  const layout = laidOut(doc, text, width, gap, direction, boldUntil);
  const font = d._font;
  const size = d._fontSize;
  if (oneLine) {
    // On one line it is as wide as its glyphs: laid out from the left, whatever its direction.
    const line = layout.lines[0];
    const shift = line ? -line.x : 0;
    const at = mirrorX(doc, x, line?.width ?? 0);
    if (draw && line) drawLaidOut(doc, { ...layout, lines: [shifted(line, shift)] }, at, y);
    d._font = font;
    d._fontSize = size;
    doc.x = x + (line?.width ?? 0);
    doc.y = y;
    return;
  }
  // A right-to-left handout draws the box at its mirror image (see mirror.ts).
  const at = mirrorX(doc, x, width);
  let rest: ParagraphLayout | null = layout;
  let top = y;
  while (rest) {
    const room = doc.page.maxY() - top;
    let [head, tail] = splitParagraph(rest, room);
    // A line taller than a whole page still goes on it.
    if (head.lines.length === 0 && top <= doc.page.margins.top + 1) [head, tail] = [rest, null];
    if (draw && head.lines.length > 0) drawLaidOut(doc, head, at, top);
    d._font = font;
    d._fontSize = size;
    top += head.lines.length > 0 ? head.height + gap : 0;
    rest = tail;
    if (rest) {
      d.continueOnNewPage();
      if (d._fillColor) d.fillColor(...d._fillColor);
      top = doc.y;
    }
  }
  doc.x = x;
  doc.y = top;
}

function shifted<T extends { x: number; runs: { x: number }[] }>(line: T, by: number): T {
  return { ...line, x: line.x + by, runs: line.runs.map((r) => ({ ...r, x: r.x + by })) };
}

/**
 * Sends every `doc.text` and `doc.widthOfString` of a text that needs the script engine (see
 * needsScriptEngine) to it, so each section's drawing and measuring of a patient's name or a
 * note in any script goes through one place; all other text goes to pdfkit untouched.
 * Continued text (a bold label run into its text) is the callers' to route (Layout.labelled).
 */
export function routeScripts(doc: Doc, draw: boolean, direction: HandoutDirection): void {
  const d = doc as unknown as DocInternals;
  const text = doc.text.bind(doc) as (...args: unknown[]) => Doc;
  const widthOfString = doc.widthOfString.bind(doc);
  (doc as { text: unknown }).text = (...args: unknown[]): Doc => {
    const [value] = args;
    if (engineDrawing.has(doc) || typeof value !== 'string' || d._wrapper) return text(...args);
    const routedHere = direction === 'rtl' || needsScriptEngine(value);
    if (!routedHere) return text(...args);
    const [x, y, options] =
      typeof args[1] === 'number'
        ? [
            args[1],
            args[2] as number,
            (args[3] ?? {}) as ScriptTextOptions & { continued?: boolean },
          ]
        : [doc.x, doc.y, (args[1] ?? {}) as ScriptTextOptions & { continued?: boolean }];
    if (options.continued) return text(...args);
    scriptText(doc, value, x, y, options, draw, direction);
    return doc;
  };
  doc.widthOfString = (value, options) =>
    !engineDrawing.has(doc) && (direction === 'rtl' || needsScriptEngine(value))
      ? scriptWidth(doc, value, direction)
      : widthOfString(value, options);
}
