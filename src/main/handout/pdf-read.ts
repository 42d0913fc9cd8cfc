/**
 * Reads a handout back as a reader would (for tests): each page's lines of text with their
 * position and size, and the tagged structure tree, through pdf.js.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PageLine {
  text: string;
  /** Distance from the top of the page to the top of the line, in points. */
  top: number;
  /** The largest font size on the line. */
  size: number;
  /** From the left edge of the page to the line's first and past its last glyph, in points. */
  left: number;
  right: number;
  /** Each piece of text on the line, in drawing order, with where it starts. */
  items: { text: string; left: number }[];
}

export interface StructNode {
  role?: string;
  alt?: string;
  children?: (StructNode | { type: string })[];
}

export interface ReadPage {
  height: number;
  lines: PageLine[];
  structure: StructNode | null;
}

export async function readPdf(pdf: Uint8Array): Promise<ReadPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: ReadPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      const byLine = new Map<number, PageLine>();
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const size = Math.abs(item.transform[3] ?? 0);
        const baseline = height - (item.transform[5] ?? 0);
        const top = Math.round(baseline - size * 0.8);
        const x = item.transform[4] ?? 0;
        const line: PageLine = byLine.get(top) ?? {
          text: '',
          top,
          size: 0,
          left: x,
          right: x,
          items: [],
        };
        line.items.push({ text: item.str, left: x });
        line.text = `${line.text} ${item.str}`.trim();
        line.size = Math.max(line.size, size);
        line.left = Math.min(line.left, x);
        line.right = Math.max(line.right, x + item.width);
        byLine.set(top, line);
      }
      pages.push({
        height,
        lines: [...byLine.values()].sort((a, b) => a.top - b.top),
        structure: (await page.getStructTree()) as StructNode | null,
      });
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

/** Every structure element under `node`, depth first (the reading order). */
export function structElements(node: StructNode | null): StructNode[] {
  if (!node) return [];
  const out: StructNode[] = [];
  const walk = (n: StructNode) => {
    if (n.role) out.push(n);
    for (const c of n.children ?? []) if ('role' in c || 'children' in c) walk(c as StructNode);
  };
  walk(node);
  return out;
}
