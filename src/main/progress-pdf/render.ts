import PDFDocument from 'pdfkit';
import { formatDate } from '../../shared/domain/dates.ts';
import { valueText, type PlanMarker, type ProgressChart } from '../../shared/domain/progress.ts';
import { FONT_BOLD, FONT_REGULAR, loadHandoutFonts } from '../handout/fonts.ts';
import { drawChart, LINE_STYLES } from './chart.ts';

export type ProgressAudience = 'patient' | 'doctor';

export interface ProgressPdfInput {
  patientName: string;
  dateOfBirth: string | null;
  audience: ProgressAudience;
  clinicName: string;
  paper: 'A4' | 'Letter';
  /** The day it is printed (YYYY-MM-DD): the one date not taken from the record. */
  printedOn: string;
  charts: ProgressChart[];
  markers: PlanMarker[];
}

/** At most this many visits fit one page's axes and tables; older ones are left out. */
export const PDF_VISITS = 8;
const MARGIN = 36;
const GAP = 14;
const TABLE_ROW = 9;
const FONT_SIZE = { title: 16, heading: 10, body: 8, table: 7 } as const;

const INTRO: Record<ProgressAudience, string> = {
  patient:
    'How you have been doing at your visits. Each line shows one thing we measured. Dashed upright lines show when your plan changed.',
  doctor:
    'Measures recorded at occupational therapy visits. Dashed vertical lines mark new versions of the joint-protection plan.',
};

/** Keeps the last `n` visits of a chart (dates and values alike). */
function lastVisits(chart: ProgressChart, n: number): ProgressChart {
  const from = Math.max(0, chart.dates.length - n);
  return {
    ...chart,
    dates: chart.dates.slice(from),
    series: chart.series
      .map((s) => ({ ...s, values: s.values.slice(from) }))
      .filter((s) => s.values.some((v) => v !== null)),
  };
}

/**
 * A one-page "Progress" PDF: each chart drawn as vector lines (each line with its own dash
 * and marker shape, so nothing depends on colour) with its values table beneath.
 */
export function renderProgressPdf(input: ProgressPdfInput): Promise<Buffer> {
  const fonts = loadHandoutFonts();
  const when = new Date(`${input.printedOn}T12:00:00Z`);
  const doc = new PDFDocument({
    size: input.paper === 'Letter' ? 'LETTER' : 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    autoFirstPage: true,
    font: null as unknown as string,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `Progress: ${input.patientName}`,
      Creator: 'JointPlan',
      Producer: 'JointPlan',
      CreationDate: when,
      ModDate: when,
    },
  });
  doc.registerFont(FONT_REGULAR, fonts.parsed[0] as unknown as Buffer);
  doc.registerFont(FONT_BOLD, fonts.parsed[1] as unknown as Buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.font(FONT_BOLD).fontSize(FONT_SIZE.title).fillColor('#0F3557');
  doc.text(`Progress: ${input.patientName}`, MARGIN, MARGIN, { width });
  doc.font(FONT_REGULAR).fontSize(FONT_SIZE.body).fillColor('#111111');
  const born = input.dateOfBirth ? `Born ${formatDate(input.dateOfBirth)} · ` : '';
  doc.text(
    `${born}${input.clinicName ? `${input.clinicName} · ` : ''}Printed ${formatDate(input.printedOn)}`,
    { width },
  );
  doc.text(INTRO[input.audience], { width });
  const charts = input.charts.map((c) => lastVisits(c, PDF_VISITS));
  if (charts.length === 0) {
    doc.moveDown().text('No measures have been recorded at a visit yet.', { width });
  }
  const y = doc.y + 8;
  const columnWidth = (width - GAP) / 2;
  const rows = Math.ceil(charts.length / 2);
  const room = doc.page.height - MARGIN - y;
  const slot = rows > 0 ? room / rows : room;
  charts.forEach((chart, index) => {
    const x = MARGIN + (index % 2) * (columnWidth + GAP);
    const top = y + Math.floor(index / 2) * slot;
    const tableHeight = (chart.series.length + 1) * TABLE_ROW + 4;
    const chartHeight = Math.max(50, slot - tableHeight - GAP - 14);
    doc.font(FONT_BOLD).fontSize(FONT_SIZE.heading).fillColor('#0F3557');
    doc.text(`${chart.title} (${chart.unit})`, x, top, { width: columnWidth, lineBreak: false });
    drawChart(doc, chart, input.markers, {
      x,
      y: top + 14,
      width: columnWidth,
      height: chartHeight,
    });
    drawTable(doc, chart, { x, y: top + 14 + chartHeight + 2, width: columnWidth });
  });
  doc.end();
  return done;
}

/** The values beneath a chart: a row per line (with its legend mark), a column per visit. */
function drawTable(
  doc: PDFKit.PDFDocument,
  chart: ProgressChart,
  box: { x: number; y: number; width: number },
): void {
  const labelWidth = box.width * 0.38;
  const cell = (box.width - labelWidth) / Math.max(1, chart.dates.length);
  doc.font(FONT_BOLD).fontSize(FONT_SIZE.table).fillColor('#111111');
  chart.dates.forEach((date, i) => {
    doc.text(formatDate(date).replace(/ \d{4}$/, ''), box.x + labelWidth + i * cell, box.y, {
      width: cell,
      align: 'center',
      lineBreak: false,
    });
  });
  doc.font(FONT_REGULAR);
  chart.series.forEach((series, row) => {
    const y = box.y + (row + 1) * TABLE_ROW;
    const style = LINE_STYLES[row % LINE_STYLES.length];
    if (style) style.key(doc, box.x + 5, y + 3.5);
    doc.fillColor('#111111').text(series.label, box.x + 12, y, {
      width: labelWidth - 14,
      height: TABLE_ROW,
      ellipsis: true,
      lineBreak: false,
    });
    series.values.forEach((value, i) => {
      doc.text(valueText(chart.id, value), box.x + labelWidth + i * cell, y, {
        width: cell,
        align: 'center',
        lineBreak: false,
      });
    });
  });
}
