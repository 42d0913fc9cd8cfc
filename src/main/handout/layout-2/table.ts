import type { Layout } from './layout.ts';
import { COLORS } from './theme.ts';

export type Cell =
  { text: string; bold?: boolean } | { tick: boolean; yes?: string; no?: string } | { box: true };

export interface Column {
  header: string;
  /** A share of the table's width; the shares are scaled to add up to it. */
  share: number;
  center?: boolean;
}

function cellText(cell: Cell): { text: string; bold: boolean } {
  if ('text' in cell) return { text: cell.text, bold: cell.bold ?? false };
  if ('tick' in cell)
    return { text: cell.tick ? (cell.yes ?? 'Yes') : (cell.no ?? 'No'), bold: cell.tick };
  return { text: '', bold: false };
}

/**
 * A bordered table, kept on one page when it fits there (with its caption, a bold line above
 * it); otherwise a row that will not fit starts a new page, with the header again. Read as a
 * table: header cells (TH) over data cells (TD).
 */
export function drawTable(
  l: Layout,
  columns: readonly Column[],
  rows: readonly Cell[][],
  size?: number,
  PAD = 6,
  { caption = '', evenRows = false }: { caption?: string; evenRows?: boolean } = {},
): void {
  const doc = l.doc;
  const fontSize = size ?? l.theme.body;
  const total = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * l.width);
  const xs = widths.map((_, i) => l.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const tickSize = fontSize * 1.1;

  const naturalHeight = (cells: readonly Cell[], bold: boolean) =>
    Math.max(
      fontSize * 1.2,
      ...cells.map((c, i) => {
        if ('box' in c) return fontSize * 1.4;
        const { text, bold: b } = cellText(c);
        const extra = 'tick' in c && c.tick ? tickSize + 4 : 0;
        return l.heightOf(text, {
          bold: bold || b,
          size: fontSize,
          width: (widths[i] ?? 0) - 2 * PAD - extra,
        });
      }),
    ) +
    2 * PAD;
  // Even rows: every body row as tall as the tallest, so a chart's boxes line up.
  const tallest = evenRows ? Math.max(0, ...rows.map((r) => naturalHeight(r, false))) : 0;
  const heightOf = (cells: readonly Cell[], bold: boolean) =>
    bold ? naturalHeight(cells, true) : Math.max(naturalHeight(cells, false), tallest);

  const drawRow = (cells: readonly Cell[], header: boolean) => {
    const h = heightOf(cells, header);
    const top = l.y;
    l.artifact(() =>
      cells.forEach((_, i) => {
        const x = xs[i] ?? l.left;
        const w = widths[i] ?? 0;
        if (header) doc.rect(x, top, w, h).fill(COLORS.tableHead);
        doc.rect(x, top, w, h).lineWidth(1).strokeColor(COLORS.tableBorder).stroke();
      }),
    );
    l.group('TR', () => cells.forEach((cell, i) => drawCell(cell, i, top, h, header)));
    l.y = top + h;
  };

  const drawCell = (cell: Cell, i: number, top: number, h: number, header: boolean) => {
    const x = xs[i] ?? l.left;
    const w = widths[i] ?? 0;
    const column = columns[i];
    // A header cell with no words (the row-label column) is still a header, for the grid.
    const type = header || (i === 0 && 'text' in cell && cell.bold) ? 'TH' : 'TD';
    if ('box' in cell) {
      const s = fontSize * 0.95;
      l.tag(type, () =>
        doc
          .rect(x + (w - s) / 2, top + (h - s) / 2, s, s)
          .lineWidth(1.2)
          .strokeColor(COLORS.text)
          .stroke(),
      );
      return;
    }
    const { text, bold } = cellText(cell);
    const tick = 'tick' in cell && cell.tick;
    const textWidth = w - 2 * PAD - (tick ? tickSize + 4 : 0);
    let tx = x + PAD;
    if (column?.center) {
      l.use({ bold: header || bold, size: fontSize });
      const used = Math.min(doc.widthOfString(text), textWidth) + (tick ? tickSize + 4 : 0);
      tx = x + (w - used) / 2;
    }
    if (tick) {
      l.icon('check', tx, top + PAD, tickSize, COLORS.rest);
      tx += tickSize + 4;
    }
    const color = 'tick' in cell && !cell.tick ? COLORS.muted : COLORS.text;
    l.tag(type, () =>
      l.use({ bold: header || bold, size: fontSize, color }).text(text, tx, top + PAD, {
        width: textWidth,
        lineGap: l.theme.lineGap,
      }),
    );
  };

  const header: Cell[] = columns.map((c) => ({ text: c.header, bold: true }));
  const headerHeight = heightOf(header, true);
  // Keep a table that fits on one page together; a longer one at least starts with a row.
  const captionHeight = caption ? l.heightOf(caption, { bold: true }) + 3 : 0;
  const whole =
    captionHeight + headerHeight + rows.reduce((sum, row) => sum + heightOf(row, false), 0);
  l.block(
    false,
    whole <= l.pageBodyHeight
      ? whole
      : captionHeight + headerHeight + (rows[0] ? heightOf(rows[0], false) : 0),
  );
  if (caption) {
    l.tag('P', () =>
      l.use({ bold: true }).text(caption, l.left, l.y, {
        width: l.width,
        lineGap: l.theme.lineGap,
      }),
    );
    l.y += 3;
  }
  l.group('Table', () => {
    drawRow(header, true);
    for (const row of rows) {
      const h = heightOf(row, false);
      if (l.y + h > l.bottom) {
        // A long table goes on over the page with its header again.
        l.newPage();
        drawRow(header, true);
      }
      drawRow(row, false);
    }
  });
  l.space(l.theme.body * 0.5);
}
