import PDFDocument from 'pdfkit';
import type { SealedSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { createContext, patientName, type RenderContext } from './context.ts';
import { FONT_BOLD, FONT_REGULAR, loadHandoutFonts, rememberMeasures } from './fonts.ts';
import { batchPageContent } from './page-content.ts';
import { placeWithoutWrapping } from './measure.ts';
import { Layout } from './layout.ts';
import {
  balancingBreak,
  strandedBlocks,
  type LayoutPlan,
  type PlacedBlock,
} from './page-breaks.ts';
import type { HandoutOptions } from './options.ts';
import { drawAtAGlance, drawHeader } from './sections/header.ts';
import { drawEquipment } from './sections/equipment.ts';
import { drawGetHelp } from './sections/get-help.ts';
import { drawClinicFooter, drawGoals, drawPrinciples } from './sections/principles.ts';
import { drawOnePage } from './one-page.ts';
import { drawRest } from './sections/rest.ts';
import { drawSplints } from './sections/splints.ts';
import { drawWearLog } from './sections/wear-log.ts';
import { TextChecker } from './text-check.ts';
import { handoutIntl, sayIn } from './messages/intl.ts';
import { handoutLanguage } from './messages/languages.ts';
import { assertPrintable } from './messages/printable.ts';
import { COLORS, themeFor } from './theme.ts';
import { CURRENT_LAYOUT } from './options.ts';
import { handoutDirection } from './options.ts';

/**
 * The patient's handout as PDF bytes, drawn by the layout it records: a handout made under an
 * earlier layout is reprinted by that layout's frozen renderer (layout-1/, layout-2/), so its bytes never
 * change however the current layout moves on.
 */
export function renderHandout(frozen: SealedSnapshot, options: HandoutOptions): Promise<Buffer> {
  const layout = options.layout ?? CURRENT_LAYOUT;
  // Loaded when first reprinted: a new handout's worker starts without the frozen layout.
  if (layout === 1)
    return import('./layout-1/render.ts').then((m) => m.renderHandoutLayout1(frozen, options));
  if (layout === 2)
    return import('./layout-2/render.ts').then((m) => m.renderHandoutLayout2(frozen, options));
  if (layout === CURRENT_LAYOUT) return renderCurrentLayout(frozen, options);
  return Promise.reject(new Error(`This handout was made with an unknown layout (${layout}).`));
}

/**
 * The handout in the current layout. The same snapshot and options always give the same bytes:
 * the PDF's dates come from the plan's finalising time and its ID from the snapshot's hash.
 * Throws HandoutTextError, naming each field, when text holds characters the fonts cannot print.
 */
function renderCurrentLayout(frozen: SealedSnapshot, options: HandoutOptions): Promise<Buffer> {
  try {
    return drawPass(frozen, options, measureHandout(frozen, options).plan, true).finish();
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/** Where a current-layout handout's blocks fall, as measured before it is drawn. */
export interface MeasuredHandout {
  plan: LayoutPlan;
  blocks: readonly PlacedBlock[];
  /** Pages of the plan itself (the wear log's page not counted). */
  pages: number;
}

/**
 * Finds the layout of the handout without drawing it. Each pass places the whole handout
 * (wrapping and measuring every line, adding pages) but writes nothing; the next one only moves
 * stranded headings to a new page, balances the last two pages or tightens the spacing: one or
 * two passes are usual, six the most. The best of them is what is drawn (the same one every
 * time, for the same input), and drawing places every block where it was measured.
 */
export function measureHandout(frozen: SealedSnapshot, options: HandoutOptions): MeasuredHandout {
  let plan: LayoutPlan = { breakBefore: new Set(), squeeze: 1 };
  let best: { pass: Pass; plan: LayoutPlan } | null = null;
  for (let pass = 1; ; pass++) {
    const attempt = drawPass(frozen, options, plan, false);
    if (!best || penalty(attempt) < penalty(best.pass)) best = { pass: attempt, plan };
    const next = pass < 6 ? nextPlan(attempt, plan) : null;
    if (!next) return { plan: best.plan, blocks: best.pass.l.blocks, pages: best.pass.pages };
    plan = next;
  }
}

/** What is wrong with a pass: a stranded heading, then a near-empty last page, then length. */
function penalty(pass: Pass): number {
  return strandedBlocks(pass.l.blocks).length * 1000 + (pass.lastFill < 0.2 ? 100 : 0) + pass.pages;
}

interface Pass {
  l: Layout;
  /** How full the last page of the plan itself is (before the wear log), 0 to 1. */
  lastFill: number;
  pages: number;
  finish(): Promise<Buffer>;
}

/** What the next pass should do differently, or null when this one is good. */
function nextPlan(pass: Pass, plan: LayoutPlan): LayoutPlan | null {
  const stranded = strandedBlocks(pass.l.blocks).filter((i) => !plan.breakBefore.has(i));
  if (stranded.length > 0)
    return { ...plan, breakBefore: new Set([...plan.breakBefore, ...stranded]) };
  if (pass.pages > 1 && pass.lastFill < 0.2) {
    // A last page holding only a few lines: give it the whole last section from the page
    // before (one more pass), or else take the lines back by tightening the spacing.
    const balance = plan.balanced ? null : balancingBreak(pass.l.blocks, pass.pages - 1);
    if (balance !== null)
      return { ...plan, balanced: true, breakBefore: new Set([...plan.breakBefore, balance]) };
    // Tighter, then free to balance again.
    if (plan.squeeze === 1) return { breakBefore: new Set(), squeeze: 0.45 };
  }
  return null;
}

function drawPass(
  { snapshot, sha256: snapshotHash }: SealedSnapshot,
  options: HandoutOptions,
  plan: LayoutPlan,
  draw = true,
): Pass {
  const fonts = loadHandoutFonts(options.fontSet);
  const theme = themeFor(options.largePrint || options.sheet === 'one-page');
  const finalised = new Date(snapshot.plan.finalisedAt);
  const when = Number.isNaN(finalised.getTime()) ? new Date(0) : finalised;
  const checker = new TextChecker(fonts.parsed, true);
  const onePage = options.sheet === 'one-page';
  const language = handoutLanguage(options.language ?? 'en');
  const intl = handoutIntl(language.tag);
  assertPrintable(language, fonts.parsed);
  const title = sayIn(intl, onePage ? 'onePage.title' : 'plan.title');

  const doc = new PDFDocument({
    size: options.paper === 'Letter' ? 'LETTER' : 'A4',
    margins: {
      top: theme.margin.top,
      bottom: theme.margin.bottom,
      left: theme.margin.side,
      right: theme.margin.side,
    },
    bufferPages: true,
    autoFirstPage: true,
    // No default font: the standard 14 are never loaded, let alone used for user text.
    font: null as unknown as string,
    // Tagged, with its title shown and its language set, and marked PDF/UA (XMP pdfuaid).
    pdfVersion: '1.7',
    tagged: true,
    // pdfkit supports PDF/UA; its types list only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: language.locale,
    displayTitle: true,
    info: {
      Title: title,
      Subject: `Plan ${snapshot.plan.id} version ${snapshot.plan.version}`,
      Creator: 'JointPlan',
      Producer: 'JointPlan',
      CreationDate: when,
      ModDate: when,
      // PDFKit derives the file ID from these entries: this makes it the snapshot's own.
      Keywords: `snapshot-sha256:${snapshotHash}; ${options.paper}${options.largePrint ? '; large print' : ''}${onePage ? '; one page' : ''}`,
    },
  });
  // pdfkit takes a parsed fontkit font as it is (see HandoutFonts.parsed).
  doc.registerFont(FONT_REGULAR, fonts.parsed[0] as unknown as Buffer);
  doc.registerFont(FONT_BOLD, fonts.parsed[1] as unknown as Buffer);
  doc.font(FONT_REGULAR);
  rememberMeasures(doc);
  if (draw) batchPageContent(doc);
  else {
    // Measuring only: lines are wrapped and placed, pages added, but nothing is written.
    const internals = doc as unknown as Record<string, unknown>;
    internals._fragment = () => undefined;
    internals.addContent = () => doc;
    placeWithoutWrapping(doc);
  }

  const chunks: Buffer[] = [];
  const l = new Layout(doc, theme, plan, draw, handoutDirection(options));
  const ctx = createContext(l, snapshot, options, checker, intl);
  let lastFill = 1;
  let lastPage = 0;
  const fail = (error: unknown): never => {
    doc.removeAllListeners('data');
    doc.end();
    throw error;
  };
  // A plan frozen before the safety review is reprinted with the English words of its day.
  if (!ctx.safety && language.tag !== 'en')
    fail(
      new Error(
        `This plan was finalised before handouts had languages: it prints in English only, not in ${language.name}.`,
      ),
    );
  try {
    if (onePage) drawOnePage(ctx);
    else {
      drawHeader(ctx);
      drawAtAGlance(ctx);
      drawGetHelp(ctx);
      drawSplints(ctx);
      drawEquipment(ctx);
      drawRest(ctx);
      drawPrinciples(ctx);
      drawGoals(ctx);
      const page = l.page;
      const fill = (l.y - l.top) / l.pageBodyHeight;
      drawClinicFooter(ctx);
      // The clinic's lines alone on a page of their own make it an empty page.
      lastPage = l.page;
      lastFill = l.page === page ? fill : 0;
      if (options.wearLog) drawWearLog(ctx);
    }
    l.finish();
    drawFooters(ctx);
    checker.throwIfAny();
  } catch (error) {
    fail(error);
  }
  return {
    l,
    lastFill,
    pages: lastPage + 1,
    finish() {
      const done = new Promise<Buffer>((resolve, reject) => {
        doc.on('data', (chunk: Buffer) => chunks.push(chunk));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
      });
      doc.end();
      return done;
    },
  };
}

/** The patient's name and "Page N of M" at the foot of every page, skipped by screen readers. */
function drawFooters(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const doc = l.doc;
  const name = ctx.user('Patient name', patientName(snapshot));
  const range = doc.bufferedPageRange();
  const size = l.theme.small;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const y = doc.page.height - bottom + 22;
    doc
      .moveTo(l.left, y - 8)
      .lineTo(l.right, y - 8)
      .lineWidth(0.75)
      .strokeColor(COLORS.rule)
      .stroke();
    const page = ctx.say('footer.page', { page: i + 1, pages: range.count });
    l.use({ size, color: COLORS.muted });
    const pageWidth = doc.widthOfString(page);
    doc.text(fitOneLine(doc, name, l.width - pageWidth - 20), l.left, y, { lineBreak: false });
    doc.text(page, l.right - pageWidth, y, { lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** The text cut to one line of `width` points, ending in an ellipsis when cut. */
function fitOneLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
