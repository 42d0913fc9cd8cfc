import * as fontkit from 'fontkit';
import { withSubsetCache } from './subset-cache.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontSet } from '../../shared/domain/handout.ts';

/** The names the renderer registers the fonts under (never written into the PDF). */
export const FONT_REGULAR = 'AtkinsonHyperlegible-Regular';
export const FONT_BOLD = 'AtkinsonHyperlegible-Bold';

/**
 * The font files of each set (FontSet, in shared/domain/handout.ts):
 * - atkinson-1: Atkinson Hyperlegible alone (Western and Central European Latin).
 * - jointplan-sans-1: Atkinson Hyperlegible merged with Noto Sans for Greek, Cyrillic and
 *   the rest of Latin (scripts/fonts/build-handout-fonts.py).
 */
export const FONT_SETS: Record<FontSet, { regular: string; bold: string }> = {
  'atkinson-1': { regular: 'AtkinsonHyperlegible-Regular', bold: 'AtkinsonHyperlegible-Bold' },
  'jointplan-sans-1': { regular: 'JointPlanSans-Regular', bold: 'JointPlanSans-Bold' },
};
/** What new handouts are drawn with. */
export const CURRENT_FONT_SET: FontSet = 'jointplan-sans-1';

export interface HandoutFonts {
  regular: Buffer;
  bold: Buffer;
  /**
   * Parsed once for the life of the app and handed to pdfkit as they are, so no handout pays
   * for decoding the fonts again; also used to check glyph coverage before anything is drawn.
   */
  parsed: fontkit.Font[];
}

const LAYOUT_CACHE_LIMIT = 50_000;

/**
 * A font whose layout() remembers what it shaped. pdfkit only remembers words within one
 * document, so without this every handout shapes the same words again. pdfkit scales the
 * positions it gets in place, so each call returns fresh copies. The cached layout is set on
 * the font itself (ours alone, parsed here): a Proxy would put every one of fontkit's own
 * property reads (subsetting, glyph lookups) through a trap.
 */
function withLayoutCache(font: fontkit.Font): fontkit.Font {
  const cache = new Map<string, { glyphs: fontkit.Glyph[]; positions: fontkit.GlyphPosition[] }>();
  const shape = font.layout.bind(font);
  const layout = (text: string, features?: unknown) => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = cache.get(key);
    if (!run) {
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      const shaped = shape(text, features as never);
      run = { glyphs: shaped.glyphs, positions: shaped.positions.map((p) => ({ ...p })) };
      cache.set(key, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      // As fontkit's GlyphRun: the sum of the (possibly rescaled) advances.
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
  Object.defineProperty(font, 'layout', { value: layout });
  return font;
}

/** A run of glyphs as pdfkit's font layout() gives it (pdfkit 0.20). */
interface Run {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

/** pdfkit's embedded font and document insides that rememberMeasures needs (pdfkit 0.20). */
interface EmbeddedFont {
  font?: object;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
  [REMEMBERS]?: true;
}
interface DocInternals {
  _font?: EmbeddedFont;
  _fontSize: number;
  font(...args: unknown[]): unknown;
  widthOfString(text: string, options?: PDFKit.Mixins.TextOptions): number;
}

const REMEMBERS = Symbol('remembers measures');

/** Per parsed fontkit font: widths of strings (unscaled) and shaped lines, by their text. */
const advances = new WeakMap<object, Map<string, number>>();
const runs = new WeakMap<object, Map<string, Run>>();

/** Shaped lines hold every glyph's position: a few handouts' worth at most (some MB). */
const RUN_CACHE_LIMIT = 5_000;

function cacheFor<T>(
  caches: WeakMap<object, Map<string, T>>,
  font: object,
  limit = LAYOUT_CACHE_LIMIT,
): Map<string, T> {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  if (cache.size >= limit) cache.clear();
  return cache;
}

/**
 * pdfkit lays out a line of text twice over (its width, word by word, to wrap it; then its
 * glyphs, to write it) and remembers neither beyond one document, so every pass over a handout
 * and every handout shaped the same catalogue words again. This remembers both for the life of
 * the app, by font and text, worked out by pdfkit's own code in the same order of operations,
 * so not a byte of the PDF moves. Runs are shared: pdfkit only reads them once laid out (it
 * shares them between the lines of one document already).
 */
function remember(font: EmbeddedFont): void {
  const parsed = font.font;
  if (font[REMEMBERS] || !parsed) return;
  const layout = font.layout.bind(font);
  font.layout = (text, features, onlyWidth) => {
    if (features) return layout(text, features, onlyWidth);
    if (onlyWidth) {
      const widths = cacheFor(advances, parsed);
      let advanceWidth = widths.get(text);
      if (advanceWidth === undefined) {
        advanceWidth = layout(text, features, true).advanceWidth;
        widths.set(text, advanceWidth);
      }
      return { glyphs: null, positions: null, advanceWidth };
    }
    const shaped = cacheFor(runs, parsed, RUN_CACHE_LIMIT);
    let run = shaped.get(text);
    if (!run) {
      run = layout(text, features, false);
      shaped.set(text, run);
    }
    return run;
  };
  font[REMEMBERS] = true;
}

/** Makes `doc`'s fonts remember what they measure and shape (see remember). */
export function rememberMeasures(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as DocInternals;
  const font = d.font.bind(doc);
  d.font = (...args) => {
    font(...args);
    if (d._font) remember(d._font);
    return doc;
  };
  if (d._font) remember(d._font);
}

/** resources/fonts from the source tree, or beside the packaged app's resources. */
function fontDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.resolve(here, '../../../resources/fonts'),
    path.resolve(here, '../../resources/fonts'),
    ...(typeof process.resourcesPath === 'string'
      ? [
          path.join(process.resourcesPath, 'fonts'),
          path.join(process.resourcesPath, 'resources/fonts'),
        ]
      : []),
  ];
  const found = candidates.find((d) => existsSync(path.join(d, `${FONT_REGULAR}.ttf`)));
  if (!found) throw new Error(`The handout fonts are missing (looked in ${candidates.join(', ')})`);
  return found;
}

const cached = new Map<FontSet, HandoutFonts>();

/** A font set's regular and bold faces (SIL Open Font License, resources/fonts/OFL.txt). */
export function loadHandoutFonts(set: FontSet = CURRENT_FONT_SET): HandoutFonts {
  const hit = cached.get(set);
  if (hit) return hit;
  const dir = fontDir();
  const files = FONT_SETS[set];
  const regular = readFileSync(path.join(dir, `${files.regular}.ttf`));
  const bold = readFileSync(path.join(dir, `${files.bold}.ttf`));
  const parsed = [regular, bold].map((b) =>
    withSubsetCache(withLayoutCache(fontkit.create(b) as fontkit.Font)),
  );
  const fonts = { regular, bold, parsed };
  cached.set(set, fonts);
  return fonts;
}
