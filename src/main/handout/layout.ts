import { FIRST_PASS, type LayoutPlan, type PlacedBlock } from './page-breaks.ts';
import type PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import { drawIcon } from './icons.ts';
import { mirrorDrawing, mirrorX, unmirrored } from './mirror.ts';
import { measuredHeight } from './measure.ts';
import {
  needsScriptEngine,
  routeScripts,
  scriptHeight,
  scriptText,
  type HandoutDirection,
} from './script-text.ts';
import { COLORS, type Theme } from './theme.ts';

type Doc = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;
type StructOptions = { alt?: string; title?: string; lang?: string };

export interface TextStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  indent?: number;
  width?: number;
  /** The structure tag the text is read as (P unless said; H1 for the title size). */
  tag?: 'P' | 'H1' | 'H2' | 'H3' | 'Lbl';
}

/**
 * A cursor over the page with the few building blocks every section uses. Each block is
 * recorded as it is placed, so a second pass can move a stranded heading to the next page;
 * each is also tagged (headings, paragraphs, lists, tables, figures) for screen readers, with
 * icons and rules marked as artifacts, in the order they are read.
 */
export class Layout {
  readonly doc: Doc;
  readonly theme: Theme;
  readonly blocks: PlacedBlock[] = [];
  /**
   * False for a pass that only finds where the blocks fall (see measuring in render.ts): it
   * places everything as drawing would, but builds no structure tree and draws no decoration.
   */
  readonly drawing: boolean;
  private readonly plan: LayoutPlan;
  private readonly root: Struct | null = null;
  private section: Struct | null = null;
  private readonly parents: Struct[] = [];

  /** Which way the handout reads (see mirror). */
  readonly direction: HandoutDirection;

  constructor(
    doc: Doc,
    theme: Theme,
    plan: LayoutPlan = FIRST_PASS,
    drawing = true,
    direction: HandoutDirection = 'ltr',
  ) {
    this.doc = doc;
    this.theme = theme;
    this.plan = plan;
    this.drawing = drawing;
    this.direction = direction;
    // Text in other scripts (and all text of a right-to-left handout) is drawn and measured
    // by the script engine, wherever a section draws it.
    routeScripts(doc, drawing, direction);
    if (direction === 'rtl') mirrorDrawing(doc);
    if (!drawing) return;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
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
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get pageBodyHeight(): number {
    return this.bottom - this.top;
  }
  /** The page being drawn on (pages are drawn in order until the footers). */
  get page(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top + 1) this.newPage();
  }

  space(points: number): void {
    const scaled = points * this.plan.squeeze;
    if (this.y + scaled <= this.bottom) this.y += scaled;
  }

  /**
   * Records the start of a block (after a new page, when an earlier pass found it stranded);
   * `sticky` ones must share their page with the block that follows.
   */
  block(sticky: boolean, height = 0, section = false): void {
    if (this.plan.breakBefore.has(this.blocks.length) && this.y > this.top + 1) this.newPage();
    if (height > 0) this.ensure(height);
    const at = (this.y - this.top) / this.pageBodyHeight;
    this.blocks.push({ sticky, page: this.page, at, section });
  }

  // ---- structure (tagged PDF) ----

  private get parent(): Struct | null {
    return this.parents.at(-1) ?? this.section ?? this.root;
  }

  /** Draws `draw` as the content of a new structure element of `type`. */
  tag(type: string, draw: () => void, options: StructOptions = {}): void {
    const parent = this.parent;
    if (!parent) return draw();
    const element = this.doc.struct(type, options);
    parent.add(element);
    element.add(draw);
    element.end();
  }

  /** Structure elements drawn by `fill` go inside a new element of `type` (L, Table, TR…). */
  group(type: string, fill: () => void, options: StructOptions = {}): void {
    const parent = this.parent;
    if (!parent) return fill();
    const element = this.doc.struct(type, options);
    parent.add(element);
    this.parents.push(element);
    try {
      fill();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** Decoration a screen reader skips: icons, rules, fills. */
  artifact(draw: () => void): void {
    // Decoration moves nothing: a measuring pass leaves it out.
    if (!this.drawing) return;
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /** An icon, as decoration. */
  icon(name: string, x: number, y: number, size: number, color: string): void {
    // Placed in its mirrored box, drawn the right way round (an icon's paths place themselves).
    const at = mirrorX(this.doc, x, size);
    this.artifact(() => unmirrored(this.doc, () => drawIcon(this.doc, name, at, y, size, color)));
  }

  /** A new part of the handout (each heading starts one), read as a section. */
  private startSection(): void {
    if (!this.root) return;
    this.section?.end();
    this.section = this.doc.struct('Sect');
    this.root.add(this.section);
  }

  /** Ends the structure tree; call once, after the last block. */
  finish(): void {
    this.section?.end();
    this.root?.end();
  }

  // ---- text ----

  use(style: TextStyle = {}): Doc {
    const doc = this.doc
      .font(style.bold ? FONT_BOLD : FONT_REGULAR)
      .fontSize(style.size ?? this.theme.body);
    // Colour places nothing: a measuring pass leaves it as it is.
    return this.drawing ? doc.fillColor(style.color ?? COLORS.text) : doc;
  }

  /** The width `text` takes on one line. Sets no colour, so asking it while drawing writes nothing. */
  widthOf(text: string, style: TextStyle = {}): number {
    return this.doc
      .font(style.bold ? FONT_BOLD : FONT_REGULAR)
      .fontSize(style.size ?? this.theme.body)
      .widthOfString(text);
  }

  /** The height `text` takes wrapped (pdfkit's heightOfString, with its lines counted once). */
  heightOf(text: string, style: TextStyle = {}): number {
    this.use(style);
    const width = style.width ?? this.width - (style.indent ?? 0);
    if (this.scripted(text))
      return scriptHeight(this.doc, text, width, this.theme.lineGap, this.direction);
    return measuredHeight(this.doc, text, width, this.theme.lineGap);
  }

  /** Whether `text` is drawn by the script engine rather than pdfkit's own text. */
  scripted(text: string): boolean {
    return this.direction === 'rtl' || needsScriptEngine(text);
  }

  private lineHeight(style: TextStyle): number {
    this.use(style);
    return this.doc.currentLineHeight(true) + this.theme.lineGap;
  }

  /** Draws wrapped text as one structure element; no block is recorded. */
  private write(text: string, style: TextStyle, type: string): void {
    const indent = style.indent ?? 0;
    this.tag(type, () => {
      this.use(style).text(text, this.left + indent, this.y, {
        width: style.width ?? this.width - indent,
        lineGap: this.theme.lineGap,
      });
    });
  }

  /**
   * Wrapped text from the cursor; long text carries on over new pages by itself. A short
   * bold line ("When to wear it") is a label for what follows and stays with it.
   */
  text(text: string, style: TextStyle = {}): void {
    if (!text) return;
    const lines = this.heightOf(text, style) / this.lineHeight(style);
    this.block(Boolean(style.bold) && lines < 1.5, this.lineHeight(style));
    const size = style.size ?? this.theme.body;
    this.write(text, style, style.tag ?? (size >= this.theme.h1 ? 'H1' : 'P'));
  }

  /** A line in bold followed by plain text, kept together when short. */
  labelled(label: string, text: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    this.block(false, this.lineHeight(style));
    const both = `${label} ${text}`;
    if (this.scripted(both)) {
      this.tag('P', () => this.runIn(label, text, this.left + indent, this.width - indent, style));
      return;
    }
    this.tag('P', () => {
      this.use({ ...style, bold: true }).text(`${label} `, this.left + indent, this.y, {
        width: this.width - indent,
        lineGap: this.theme.lineGap,
        continued: true,
      });
      this.use(style).text(text, { lineGap: this.theme.lineGap });
    });
  }

  /**
   * A bold label run into its text as one paragraph drawn by the script engine (what pdfkit's
   * continued text does for Latin text), from the cursor.
   */
  runIn(label: string, text: string, x: number, width: number, style: TextStyle = {}): void {
    this.use(style);
    scriptText(
      this.doc,
      `${label} ${text}`,
      x,
      this.y,
      { width, lineGap: this.theme.lineGap },
      this.drawing,
      this.direction,
      label.length + 1,
    );
  }

  /** A section heading with its icon, kept with what follows. */
  heading(icon: string, text: string): void {
    const t = this.theme;
    this.startSection();
    this.block(true, t.h2 * 1.4 + t.body * 3, true);
    this.space(t.body * 0.6);
    const top = this.y;
    const size = t.h2 * 1.1;
    this.icon(icon, this.left, top + 1, size, COLORS.heading);
    this.write(text, { bold: true, size: t.h2, color: COLORS.heading, indent: size + 10 }, 'H2');
    const ruleY = Math.max(this.y, top + size) + 3;
    this.artifact(() =>
      this.doc
        .moveTo(this.left, ruleY)
        .lineTo(this.right, ruleY)
        .lineWidth(1.5)
        .strokeColor(COLORS.rule)
        .stroke(),
    );
    this.y = ruleY + t.body * 0.4 * this.plan.squeeze;
  }

  subheading(text: string, icon: string | null = null): void {
    const t = this.theme;
    this.block(true, t.h3 * 1.4 + t.body * 2);
    this.space(t.body * 0.3);
    const top = this.y;
    if (icon) this.icon(icon, this.left, top, t.h3 * 1.2, COLORS.accent);
    const indent = icon ? t.h3 * 1.2 + 8 : 0;
    this.write(text, { bold: true, size: t.h3, color: COLORS.heading, indent }, 'H3');
    this.y = Math.max(this.y, top + t.h3 * 1.2) + 3;
  }

  /** An item with its icon at the left and its name in bold beside it. */
  item(icon: string, name: string, indent = 0): void {
    const t = this.theme;
    this.block(true, t.h3 * 1.4 + t.body * 2);
    this.space(t.body * 0.2);
    const top = this.y;
    const size = t.icon;
    this.icon(icon, this.left + indent, top, size, COLORS.accent);
    this.write(name, { bold: true, size: t.h3, indent: indent + size + 10 }, 'H3');
    this.y = Math.max(this.y, top + size) + 2;
  }

  /**
   * Cards side by side, `columns` to a row, each drawn by `draw` into its column (it gets its
   * left edge and width, and draws from the cursor). A row is measured first by drawing
   * nothing: `measure` gives each card's height, so a row is never split over a page.
   */
  grid<T>(
    cards: readonly T[],
    columns: number,
    measure: (card: T, width: number) => number,
    draw: (card: T, x: number, width: number) => void,
  ): void {
    const gap = this.theme.body;
    const width = (this.width - gap * (columns - 1)) / columns;
    for (let i = 0; i < cards.length; i += columns) {
      const row = cards.slice(i, i + columns);
      const height = Math.max(...row.map((c) => measure(c, width)));
      this.block(false, height);
      const top = this.y;
      // Left to right, then down: the reading order of the cards.
      row.forEach((card, k) => {
        this.y = top;
        draw(card, this.left + k * (width + gap), width);
      });
      this.y = top + height;
      this.space(this.theme.body * 0.5);
    }
  }

  /** Wrapped text at `x`, `width` wide, as one paragraph (for grid cards); no block recorded. */
  textAt(text: string, x: number, width: number, style: TextStyle = {}): void {
    if (!text) return;
    this.tag(style.tag ?? 'P', () =>
      this.use(style).text(text, x, this.y, { width, lineGap: this.theme.lineGap }),
    );
  }

  /** Bulleted lines, each bullet a small filled circle, read as a list. */
  bullets(lines: readonly string[], style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    const t = this.theme;
    const shown = lines.filter(Boolean);
    if (shown.length === 0) return;
    // A short list is never split: it moves whole to the next page when it does not fit.
    const whole = shown.reduce(
      (sum, line) => sum + this.heightOf(line, { ...style, indent: indent + 18 }) + t.lineGap,
      0,
    );
    if (shown.length <= 4 && whole < this.pageBodyHeight / 3) this.ensure(whole);
    this.group('L', () => {
      for (const line of shown) {
        const first = Math.min(this.heightOf(line, { ...style, indent: indent + 18 }), t.body * 3);
        this.block(false, first);
        const top = this.y;
        this.group('LI', () => {
          // The bullet is the item's label, as a screen reader announces it.
          this.tag('Lbl', () => this.bullet(indent, top, style.color));
          this.write(line, { ...style, indent: indent + 18 }, 'LBody');
        });
        this.space(t.lineGap * 0.5);
      }
    });
  }

  private bullet(indent: number, top: number, color = COLORS.text as string): void {
    const t = this.theme;
    this.doc.circle(this.left + indent + 5, top + t.body * 0.55, t.body * 0.18).fill(color);
  }
}
