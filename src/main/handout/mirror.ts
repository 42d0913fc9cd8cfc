import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** Documents drawing something that places itself (an icon's own paths): not mirrored. */
const suspended = new WeakMap<Doc, number>();

/** Whether `doc`'s drawing is being mirrored right now (see mirrorDrawing). */
function isMirroring(doc: Doc): boolean {
  return mirrored.has(doc) && !suspended.get(doc);
}

const mirrored = new WeakSet<Doc>();

/** Runs `draw` with `doc`'s own coordinates: for paths already placed (an icon in its box). */
export function unmirrored(doc: Doc, draw: () => void): void {
  suspended.set(doc, (suspended.get(doc) ?? 0) + 1);
  try {
    draw();
  } finally {
    suspended.set(doc, (suspended.get(doc) ?? 1) - 1);
  }
}

/** The left edge of a box `width` wide at `x`, mirrored about the page's centre when mirroring. */
export function mirrorX(doc: Doc, x: number, width: number): number {
  return isMirroring(doc) ? doc.page.width - x - width : x;
}

/**
 * A right-to-left handout: every box, rule, bullet and picture a section places at x is
 * drawn at the mirror image of x, so each section is written once, left to right, and reads
 * from the right in Arabic, Hebrew or Urdu (tables' first column and the wear log's first day
 * on the right, icons and bullets right of their text). Text is mirrored where it is laid
 * out (script-text.ts), icons where they are placed (Layout.icon); neither is drawn backwards.
 */
export function mirrorDrawing(doc: Doc): void {
  mirrored.add(doc);
  const d = doc as unknown as Record<string, (...args: number[]) => Doc>;
  const wrap = (name: string, place: (args: number[]) => number[]) => {
    const original = (d[name] as (...args: number[]) => Doc).bind(doc);
    // pdfkit draws a circle or rounded box with its own moveTo and curves: those are placed
    // already, so the shape is drawn unmirrored at its mirrored place.
    d[name] = (...args: number[]): Doc => {
      if (!isMirroring(doc)) return original(...args);
      let out = doc;
      unmirrored(doc, () => {
        out = original(...place(args));
      });
      return out;
    };
  };
  const w = () => doc.page.width;
  wrap('rect', ([x = 0, y = 0, width = 0, height = 0]) => [w() - x - width, y, width, height]);
  wrap('roundedRect', ([x = 0, y = 0, width = 0, height = 0, r = 0]) => [
    w() - x - width,
    y,
    width,
    height,
    r,
  ]);
  wrap('circle', ([x = 0, y = 0, r = 0]) => [w() - x, y, r]);
  wrap('moveTo', ([x = 0, y = 0]) => [w() - x, y]);
  wrap('lineTo', ([x = 0, y = 0]) => [w() - x, y]);
  const image = (doc.image as (...args: unknown[]) => Doc).bind(doc);
  (doc as { image: unknown }).image = (src: unknown, x: unknown, y: unknown, options?: unknown) => {
    if (!isMirroring(doc) || typeof x !== 'number') return image(src, x, y, options);
    const o = (options ?? {}) as { width?: number; fit?: [number, number] };
    const width = o.width ?? o.fit?.[0] ?? 0;
    return image(src, w() - x - width, y, options);
  };
}
