import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** pdfkit's insides that measuring needs (pdfkit 0.20). */
interface DocInternals {
  _font: { font: object };
  _fontSize: number;
  _lineGap?: number;
  _fillColor?: unknown[];
  _wrapper?: unknown;
  _textOptions?: unknown;
  _initOptions(options: object): PDFKit.Mixins.TextOptions;
  _text(
    text: string,
    x: number,
    y: number,
    options: PDFKit.Mixins.TextOptions,
    lineCallback: () => void,
  ): void;
  continueOnNewPage(): void;
  fillColor(...args: unknown[]): unknown;
}

/** How a text wraps at a width: its lines, and whether every word fits on a line whole. */
interface Wrapped {
  lines: number;
  wordsFit: boolean;
}

/**
 * Wrapped texts by font (the parsed fontkit font), then size and width, then text (the texts
 * are the same strings pass after pass, so their hashes are already worked out).
 */
const wrappedTexts = new WeakMap<object, Map<string, Map<string, Wrapped>>>();
const LIMIT = 20_000;

/**
 * How `text` wraps at `width` in the current font and size. That depends only on those and
 * the words, so it is worked out once, by pdfkit's own wrapping, and remembered for the life of
 * the app: every pass over a handout, and every handout, measures the same catalogue wording.
 */
function wrapped(doc: Doc, text: string, width: number): Wrapped {
  const d = doc as unknown as DocInternals;
  let bySize = wrappedTexts.get(d._font.font);
  if (!bySize) {
    bySize = new Map();
    wrappedTexts.set(d._font.font, bySize);
  }
  const sizeAndWidth = `${d._fontSize}|${width}`;
  let texts = bySize.get(sizeAndWidth);
  if (!texts) {
    texts = new Map();
    bySize.set(sizeAndWidth, texts);
  }
  let found = texts.get(text);
  if (found) return found;
  // heightOfString's own steps (pdfkit 0.20), counting the lines and noting the widest word.
  const { x, y } = doc;
  const options = d._initOptions({ width });
  options.height = Infinity;
  let lines = 0;
  let widest = 0;
  // Kept as it was: the script path (script-text.ts) may have its own widthOfString here.
  const own = Object.getOwnPropertyDescriptor(doc, 'widthOfString');
  const widthOfString = doc.widthOfString.bind(doc);
  doc.widthOfString = (s, o) => {
    const w = widthOfString(s, o);
    widest = Math.max(widest, w);
    return w;
  };
  try {
    d._text(text, x, y, options, () => {
      lines++;
      doc.y += doc.currentLineHeight(true);
    });
  } finally {
    if (own) Object.defineProperty(doc, 'widthOfString', own);
    else delete (doc as { widthOfString?: unknown }).widthOfString;
    doc.x = x;
    doc.y = y;
  }
  if (texts.size >= LIMIT) texts.clear();
  found = { lines, wordsFit: widest < width - 1 };
  texts.set(text, found);
  return found;
}

/**
 * Exactly what `doc.heightOfString(text, { width, lineGap })` returns, without wrapping the
 * same text again (see wrapped): the height is added up line by line from the cursor, as pdfkit
 * adds it, so even its last rounding is the same.
 */
export function measuredHeight(doc: Doc, text: string, width: number, lineGap: number): number {
  const d = doc as unknown as DocInternals;
  const { lines } = wrapped(doc, text, width);
  const step = doc.currentLineHeight(true) + (lineGap || d._lineGap || 0);
  let bottom = doc.y;
  for (let i = 0; i < lines; i++) bottom += step;
  return bottom - doc.y;
}

/** The line breaks that end a line whatever its width (Unicode line-break classes BK, CR, LF, NL). */
const HARD_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

/** pdfkit's PDFNumber: the nearest single-precision number not above `n`. */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  f32[0] = n;
  if (n <= 0) u32[0] = (u32[0] ?? 0) + 1;
  else u32[0] = (u32[0] ?? 0) - 1;
  return f32[0] ?? n;
}

/**
 * For a pass that only measures (it draws nothing): `doc.text` places a plain wrapped paragraph
 * without wrapping it again, from the lines remembered for it, moving the cursor and starting
 * new pages exactly as pdfkit's line wrapper does (pdfkit 0.20: a page check before the first
 * line and after each line but the last). Anything else (continued text, hard line breaks, a
 * word wider than the line, other options) goes to pdfkit as it is.
 */
export function placeWithoutWrapping(doc: Doc): void {
  const d = doc as unknown as DocInternals;
  const text = doc.text.bind(doc) as (...args: unknown[]) => Doc;
  (doc as { text: unknown }).text = (...args: unknown[]): Doc => {
    const [value, x, y, options] = args as [unknown, unknown, unknown, Record<string, unknown>];
    if (
      typeof value !== 'string' ||
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      typeof options?.width !== 'number' ||
      Object.keys(options).some((k) => k !== 'width' && k !== 'lineGap') ||
      d._wrapper ||
      d._textOptions ||
      HARD_BREAK.test(value)
    )
      return text(...args);
    const width = options.width;
    const { lines, wordsFit } = wrapped(doc, value, width);
    if (!wordsFit) return text(...args);
    const gap = (options.lineGap as number | undefined) || d._lineGap || 0;
    const newPage = () => {
      d.continueOnNewPage();
      if (d._fillColor) d.fillColor(...d._fillColor);
      return doc.page.maxY();
    };
    doc.x = x;
    doc.y = y;
    let maxY = pdfNumber(doc.page.maxY());
    // The font and size stay as they are: every line is as high as the first.
    const lh = doc.currentLineHeight(true);
    const step = lh + gap;
    if (doc.y > maxY || doc.y + lh > maxY) maxY = newPage();
    for (let i = 0; i < lines; i++) {
      doc.y += step;
      if (i < lines - 1 && pdfNumber(doc.y + lh) > maxY) maxY = newPage();
    }
    doc.x = x;
    d._wrapper = null;
    d._textOptions = null;
    return doc;
  };
}
