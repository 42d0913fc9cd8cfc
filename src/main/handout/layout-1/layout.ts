import type PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR } from '../fonts.ts';
import { drawIcon } from '../icons.ts';
import { COLORS, type Theme } from './theme.ts';

type Doc = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  indent?: number;
  width?: number;
}

/** A cursor over the page with the few building blocks every section uses. */
export class Layout {
  readonly doc: Doc;
  readonly theme: Theme;

  constructor(doc: Doc, theme: Theme) {
    this.doc = doc;
    this.theme = theme;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get pageBodyHeight(): number {
    return this.bottom - this.doc.page.margins.top;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.doc.page.margins.top + 1) this.newPage();
  }

  space(points: number): void {
    if (this.y + points <= this.bottom) this.y += points;
  }

  use(style: TextStyle = {}): Doc {
    return this.doc
      .font(style.bold ? FONT_BOLD : FONT_REGULAR)
      .fontSize(style.size ?? this.theme.body)
      .fillColor(style.color ?? COLORS.text);
  }

  heightOf(text: string, style: TextStyle = {}): number {
    this.use(style);
    const width = style.width ?? this.width - (style.indent ?? 0);
    return this.doc.heightOfString(text, { width, lineGap: this.theme.lineGap });
  }

  /** Wrapped text from the cursor; long text carries on over new pages by itself. */
  text(text: string, style: TextStyle = {}): void {
    if (!text) return;
    const indent = style.indent ?? 0;
    this.use(style).text(text, this.left + indent, this.y, {
      width: style.width ?? this.width - indent,
      lineGap: this.theme.lineGap,
    });
  }

  /** A line in bold followed by plain text, kept together when short. */
  labelled(label: string, text: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    this.use({ ...style, bold: true }).text(`${label} `, this.left + indent, this.y, {
      width: this.width - indent,
      lineGap: this.theme.lineGap,
      continued: true,
    });
    this.use(style).text(text, { lineGap: this.theme.lineGap });
  }

  /** A section heading with its icon, kept with at least a few lines of what follows. */
  heading(icon: string, text: string): void {
    const t = this.theme;
    this.ensure(t.h2 * 1.4 + t.body * 5);
    this.space(t.body * 0.8);
    const top = this.y;
    const size = t.h2 * 1.1;
    drawIcon(this.doc, icon, this.left, top + 1, size, COLORS.heading);
    this.text(text, { bold: true, size: t.h2, color: COLORS.heading, indent: size + 10 });
    const ruleY = Math.max(this.y, top + size) + 4;
    this.doc
      .moveTo(this.left, ruleY)
      .lineTo(this.right, ruleY)
      .lineWidth(1.5)
      .strokeColor(COLORS.rule)
      .stroke();
    this.y = ruleY + t.body * 0.6;
  }

  subheading(text: string, icon: string | null = null): void {
    const t = this.theme;
    this.ensure(t.h3 * 1.4 + t.body * 3);
    this.space(t.body * 0.4);
    const top = this.y;
    if (icon) drawIcon(this.doc, icon, this.left, top, t.h3 * 1.2, COLORS.accent);
    this.text(text, {
      bold: true,
      size: t.h3,
      color: COLORS.heading,
      indent: icon ? t.h3 * 1.2 + 8 : 0,
    });
    this.y = Math.max(this.y, top + t.h3 * 1.2) + 4;
  }

  /** An item with its icon at the left and its name in bold beside it. */
  item(icon: string, name: string, indent = 0): void {
    const t = this.theme;
    this.ensure(t.h3 * 1.4 + t.body * 3);
    this.space(t.body * 0.3);
    const top = this.y;
    const size = t.icon;
    drawIcon(this.doc, icon, this.left + indent, top, size, COLORS.accent);
    this.text(name, { bold: true, size: t.h3, indent: indent + size + 10 });
    this.y = Math.max(this.y, top + size) + 3;
  }

  /** Bulleted lines, each bullet a small filled circle. */
  bullets(lines: readonly string[], style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    const t = this.theme;
    for (const line of lines) {
      if (!line) continue;
      this.ensure(Math.min(this.heightOf(line, { ...style, indent: indent + 18 }), t.body * 3));
      const top = this.y;
      this.doc
        .circle(this.left + indent + 5, top + t.body * 0.55, t.body * 0.18)
        .fill(style.color ?? COLORS.text);
      this.text(line, { ...style, indent: indent + 18 });
      this.space(t.lineGap * 0.5);
    }
  }
}
