/**
 * The handout as HTML, for the Chromium comparison in bench/handouts.ts, read from the PDFKit
 * handout itself: every piece of text it printed, in its font, size and place, on pages of
 * the same size. Made from the PDF, it cannot drift from what src/main/handout draws (a
 * hand-written second renderer did, silently, whenever a section changed).
 *
 * Rules, boxes and icons are left out, so Chromium has less to lay out and paint than a
 * handout of its own would give it: the Chromium / PDFKit ratio is a lower bound.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CURRENT_FONT_SET, FONT_SETS } from '../src/main/handout/fonts.ts';

const FONT_DIR = path.resolve(import.meta.dirname, '../resources/fonts');
const FAMILY = 'Handout';

/** The page size of the PDF, in points, for page.pdf(). */
export interface PageSize {
  width: number;
  height: number;
}

/** The handout fonts as @font-face rules, each a base64 data: URL (no file access needed). */
function fontCss(): string {
  const face = (file: string, weight: number) => {
    const data = readFileSync(path.join(FONT_DIR, `${file}.ttf`)).toString('base64');
    return `@font-face{font-family:'${FAMILY}';font-weight:${weight};src:url(data:font/ttf;base64,${data}) format('truetype');}`;
  };
  const files = FONT_SETS[CURRENT_FONT_SET];
  return face(files.regular, 400) + face(files.bold, 700);
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** One absolutely placed line of text per text run of the PDF, page by page. */
export async function handoutHtmlFromPdf(
  pdf: Uint8Array,
): Promise<{ html: string; size: PageSize }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  let size: PageSize = { width: 0, height: 0 };
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      size = { width: viewport.width, height: viewport.height };
      // The operator list loads the page's fonts, whose names tell bold from regular.
      await page.getOperatorList();
      const spans: string[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        const fontSize = Math.hypot(a, b);
        const font: unknown = page.commonObjs.has(item.fontName)
          ? page.commonObjs.get(item.fontName)
          : null;
        const name =
          font !== null && typeof font === 'object' && 'name' in font ? String(font.name) : '';
        const weight = /bold/i.test(name) ? 700 : 400;
        // PDF y runs up from the baseline; CSS top runs down to the box's top.
        const top = viewport.height - y - fontSize;
        spans.push(
          `<span style="left:${x.toFixed(2)}pt;top:${top.toFixed(2)}pt;font-size:${fontSize.toFixed(2)}pt;font-weight:${weight}">${escapeHtml(item.str)}</span>`,
        );
      }
      pages.push(`<div class="page">${spans.join('')}</div>`);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const css =
    `${fontCss()}@page{size:${size.width}pt ${size.height}pt;margin:0}` +
    `body{margin:0;font-family:'${FAMILY}'}` +
    `.page{position:relative;width:${size.width}pt;height:${size.height}pt;overflow:hidden;break-after:page}` +
    `.page span{position:absolute;white-space:pre;line-height:1}`;
  return {
    html: `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${pages.join('')}</body></html>`,
    size,
  };
}
