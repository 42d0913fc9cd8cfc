import type * as fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';
import type { ParagraphLayout } from './paragraph.ts';
import { scriptFont, type ScriptFontKey } from './script-fonts.ts';
import type { ShapedRun } from './shape.ts';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * pdfkit draws a run with `doc.text(…, { features })`, asking its font's layout() for the
 * glyphs. The fonts registered here answer with the run this engine already shaped, passed
 * in that features option, so pdfkit writes our glyphs at our positions (its subsetting,
 * widths and ToUnicode map stay pdfkit's own) and never shapes or reorders anything again.
 */
const SHAPED = Symbol('shaped run');
interface ShapedFeatures {
  [SHAPED]: ShapedRun;
}

const ISOLATES = /[\u2066-\u2069]/gu;

const drawingFonts = new Map<string, fontkit.Font>();

function drawingFont(key: ScriptFontKey, bold: boolean, mirrored: boolean): fontkit.Font {
  const name = fontName(key, bold, mirrored);
  let font = drawingFonts.get(name);
  if (!font) {
    const layout = (text: string, features?: unknown): fontkit.GlyphRun => {
      const run = (features as Partial<ShapedFeatures> | undefined)?.[SHAPED];
      if (!run) throw new Error(`Script font ${name} asked to shape "${text}" itself`);
      // pdfkit scales positions in place: hand out copies.
      const positions = run.positions.map((p) => ({ ...p }));
      return {
        glyphs: run.glyphs,
        positions,
        get advanceWidth() {
          return positions.reduce((total, p) => total + p.xAdvance, 0);
        },
      } as unknown as fontkit.GlyphRun;
    };
    font = new Proxy(scriptFont(key, bold), {
      get: (target, property, receiver) =>
        property === 'layout' ? layout : (Reflect.get(target, property, receiver) as unknown),
    });
    drawingFonts.set(name, font);
  }
  return font;
}

/**
 * pdfkit maps each glyph of a font to one text (its ToUnicode map); a mirrored bracket's
 * glyph must say the other bracket, so mirrored brackets get a second copy of the font.
 */
function fontName(key: ScriptFontKey, bold: boolean, mirrored: boolean): string {
  return `jointplan-script-${key}-${bold ? 'bold' : 'regular'}${mirrored ? '-mirrored' : ''}`;
}

const registered = new WeakMap<Doc, Set<string>>();

function useFont(doc: Doc, key: ScriptFontKey, bold: boolean, mirrored: boolean): void {
  const name = fontName(key, bold, mirrored);
  let names = registered.get(doc);
  if (!names) {
    names = new Set();
    registered.set(doc, names);
  }
  if (!names.has(name)) {
    doc.registerFont(name, drawingFont(key, bold, mirrored) as unknown as Buffer);
    names.add(name);
  }
  doc.font(name);
}

/**
 * Draws a laid-out paragraph with its top-left corner at (x, top), in the document's
 * current fill colour. Each line is marked with its logical text (PDF ActualText), so
 * copying, searching and screen readers get the words in the order they were written,
 * whatever order the glyphs are drawn in (right-to-left lines, Indic vowel signs drawn
 * before their consonant, mirrored brackets). Leaves doc.x and doc.y as they were.
 */
export function drawParagraph(doc: Doc, layout: ParagraphLayout, x: number, top: number): void {
  const { x: savedX, y: savedY } = doc;
  for (const line of layout.lines) {
    // Isolates only order the text: what it says is the text between them.
    doc.markContent('Span', { actual: line.text.replace(ISOLATES, '') });
    for (const run of line.runs) {
      useFont(doc, run.font, run.bold, run.mirrored);
      doc.fontSize(run.size);
      const features = { [SHAPED]: run.shaped } satisfies ShapedFeatures;
      // pdfkit needs some text for the run; its glyphs come from `features`.
      doc.text(run.text.replace(/\s/gu, ' ') || ' ', x + run.x, top + line.baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        features: features as unknown as PDFKit.Mixins.OpenTypeFeatures[],
      });
    }
    doc.endMarkedContent();
  }
  doc.x = savedX;
  doc.y = savedY;
}
