import type { Layout } from './layout.ts';
import { COLORS } from './theme.ts';

const PAD = 12;

/**
 * A boxed warning list ("Call us if"): a tinted box with a thick red border and an icon.
 * Each line is measured first, so the box is drawn behind the text and closes before a page
 * break, starting again on the next page.
 */
export function alertBox(
  l: Layout,
  title: string,
  lines: readonly string[],
  footer: string,
  /** Starts a new page rather than split the box, when the whole box fits on one. */
  keepTogether = false,
): void {
  const doc = l.doc;
  const t = l.theme;
  const inner = l.width - 2 * PAD;
  const bulletIndent = 20;
  const titleHeight = Math.max(t.h3 * 1.3, t.icon) + 6;
  const heights = lines.map((line) => l.heightOf(line, { width: inner - bulletIndent }) + 4);
  const footerHeight = footer ? l.heightOf(footer, { bold: true, width: inner }) + 6 : 0;

  const whole = titleHeight + heights.reduce((a, b) => a + b, 0) + footerHeight + 3 * PAD;
  // A short box is never split; a long one keeps its title with its first line.
  const keep = keepTogether || whole < l.pageBodyHeight / 3;
  l.block(false, keep && whole < l.pageBodyHeight ? whole + t.body * 0.4 : 0);
  l.ensure(titleHeight + (heights[0] ?? 0) + (heights[1] ?? 0) + 2 * PAD);
  l.space(t.body * 0.4);
  let boxTop = l.y;
  const close = (bottom: number) => {
    l.artifact(() =>
      doc
        .rect(l.left, boxTop, l.width, bottom - boxTop)
        .lineWidth(2.5)
        .strokeColor(COLORS.alert)
        .stroke(),
    );
  };
  const fill = (top: number, height: number) => {
    l.artifact(() => doc.rect(l.left, top, l.width, height).fill(COLORS.alertFill));
  };

  fill(boxTop, titleHeight + PAD);
  l.icon('triangle-alert', l.left + PAD, boxTop + PAD, t.icon, COLORS.alert);
  l.tag('H3', () =>
    l
      .use({ bold: true, size: t.h3, color: COLORS.alert })
      .text(title, l.left + PAD + t.icon + 10, boxTop + PAD + 1, {
        width: inner - t.icon - 10,
      }),
  );
  l.y = boxTop + PAD + titleHeight;

  l.group('L', () =>
    lines.forEach((line, i) => {
      const h = heights[i] ?? 0;
      if (l.y + h + PAD > l.bottom && h + 2 * PAD < l.pageBodyHeight) {
        fill(l.y, PAD);
        close(l.y + PAD);
        l.newPage();
        boxTop = l.y;
        fill(boxTop, PAD);
        l.y += PAD;
      }
      fill(l.y, h);
      const top = l.y;
      l.group('LI', () => {
        l.tag('Lbl', () =>
          doc.circle(l.left + PAD + 6, top + t.body * 0.55, t.body * 0.2).fill(COLORS.alert),
        );
        l.tag('LBody', () =>
          l.use().text(line, l.left + PAD + bulletIndent, top, {
            width: inner - bulletIndent,
            lineGap: t.lineGap,
          }),
        );
      });
      l.y = Math.max(l.y, top + h);
    }),
  );
  if (footer) {
    if (l.y + footerHeight + PAD > l.bottom) {
      fill(l.y, PAD);
      close(l.y + PAD);
      l.newPage();
      boxTop = l.y;
    }
    fill(l.y, footerHeight + PAD);
    l.y += 4;
    l.tag('P', () =>
      l.use({ bold: true }).text(footer, l.left + PAD, l.y, { width: inner, lineGap: t.lineGap }),
    );
  }
  fill(l.y, PAD);
  close(l.y + PAD);
  l.y += PAD + t.body * 0.6;
}
