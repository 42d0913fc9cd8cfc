import PDFDocument from 'pdfkit';
import type { SealedSnapshot } from '../../../shared/domain/plan-snapshot.ts';
import { createContext, patientName, type RenderContext } from './context.ts';
import { FONT_BOLD, FONT_REGULAR, loadHandoutFonts } from '../fonts.ts';
import { Layout } from './layout.ts';
import type { HandoutOptions } from '../options.ts';
import { drawAtAGlance, drawHeader } from './sections/header.ts';
import { drawEquipment } from './sections/equipment.ts';
import { drawGetHelp } from './sections/get-help.ts';
import { drawClosing, drawGoals, drawPrinciples } from './sections/principles.ts';
import { drawRest } from './sections/rest.ts';
import { drawSplints } from './sections/splints.ts';
import { drawWearLog } from './sections/wear-log.ts';
import { TextChecker } from '../text-check.ts';
import { COLORS, themeFor } from './theme.ts';

/**
 * The patient's handout as PDF bytes. The same snapshot and options always give the same bytes:
 * the PDF's dates come from the plan's finalising time and its ID from the snapshot's hash.
 * Throws HandoutTextError, naming each field, when text holds characters the fonts cannot print.
 */
export async function renderHandoutLayout1(
  { snapshot, sha256: snapshotHash }: SealedSnapshot,
  options: HandoutOptions,
): Promise<Buffer> {
  const fonts = loadHandoutFonts(options.fontSet);
  const theme = themeFor(options.largePrint);
  const finalised = new Date(snapshot.plan.finalisedAt);
  const when = Number.isNaN(finalised.getTime()) ? new Date(0) : finalised;
  const checker = new TextChecker(fonts.parsed);

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
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: 'Your joint protection plan',
      Subject: `Plan ${snapshot.plan.id} version ${snapshot.plan.version}`,
      Creator: 'JointPlan',
      Producer: 'JointPlan',
      CreationDate: when,
      ModDate: when,
      // PDFKit derives the file ID from these entries: this makes it the snapshot's own.
      Keywords: `snapshot-sha256:${snapshotHash}; ${options.paper}${options.largePrint ? '; large print' : ''}`,
    },
  });
  // pdfkit takes a parsed fontkit font as it is (see HandoutFonts.parsed).
  doc.registerFont(FONT_REGULAR, fonts.parsed[0] as unknown as Buffer);
  doc.registerFont(FONT_BOLD, fonts.parsed[1] as unknown as Buffer);
  doc.font(FONT_REGULAR);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const l = new Layout(doc, theme);
  const ctx = createContext(l, snapshot, options, checker);
  try {
    drawHeader(ctx);
    drawAtAGlance(ctx);
    drawGetHelp(ctx);
    drawSplints(ctx);
    drawEquipment(ctx);
    drawRest(ctx);
    drawPrinciples(ctx);
    drawGoals(ctx);
    drawClosing(ctx);
    if (options.wearLog) drawWearLog(ctx);
    drawFooters(ctx);
    checker.throwIfAny();
  } catch (error) {
    doc.removeAllListeners('data');
    doc.end();
    throw error;
  }
  doc.end();
  return done;
}

/** The patient's name and "Page N of M" at the foot of every page. */
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
    const y = doc.page.height - bottom + 22;
    doc
      .moveTo(l.left, y - 8)
      .lineTo(l.right, y - 8)
      .lineWidth(0.75)
      .strokeColor(COLORS.rule)
      .stroke();
    const page = `Page ${i + 1} of ${range.count}`;
    l.use({ size, color: COLORS.muted });
    const pageWidth = doc.widthOfString(page);
    doc.text(fitOneLine(doc, name, l.width - pageWidth - 20), l.left, y, { lineBreak: false });
    doc.text(page, l.right - pageWidth, y, { lineBreak: false });
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
