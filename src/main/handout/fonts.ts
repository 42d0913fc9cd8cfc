import * as fontkit from 'fontkit';
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
  const parsed = [regular, bold].map((b) => withLayoutCache(fontkit.create(b) as fontkit.Font));
  const fonts = { regular, bold, parsed };
  cached.set(set, fonts);
  return fonts;
}
