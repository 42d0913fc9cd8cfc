import type { PlanMarker, ProgressChart } from '../../shared/domain/progress.ts';
import { FONT_REGULAR } from '../handout/fonts.ts';

type Doc = PDFKit.PDFDocument;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draws a marker shape centred on (x, y). */
type Mark = (doc: Doc, x: number, y: number) => void;

const circle: Mark = (doc, x, y) => void doc.circle(x, y, 2.2).fill();
const square: Mark = (doc, x, y) => void doc.rect(x - 2, y - 2, 4, 4).fill();
const triangle: Mark = (doc, x, y) =>
  void doc.polygon([x, y - 2.6], [x + 2.6, y + 2], [x - 2.6, y + 2]).fill();
const diamond: Mark = (doc, x, y) =>
  void doc.polygon([x, y - 2.8], [x + 2.8, y], [x, y + 2.8], [x - 2.8, y]).fill();
const cross: Mark = (doc, x, y) =>
  void doc
    .moveTo(x - 2.2, y - 2.2)
    .lineTo(x + 2.2, y + 2.2)
    .moveTo(x + 2.2, y - 2.2)
    .lineTo(x - 2.2, y + 2.2)
    .lineWidth(1)
    .stroke();

interface LineStyle {
  color: string;
  dash: number[] | null;
  mark: Mark;
  /** The legend's key: a short stretch of the line with its marker. */
  key(doc: Doc, x: number, y: number): void;
}

/**
 * Each line differs in dash and marker as well as colour (dark enough to print in grey),
 * so a chart reads on a black-and-white printer and to someone who cannot tell the colours.
 */
const BASE: Omit<LineStyle, 'key'>[] = [
  { color: '#1D5C8C', dash: null, mark: circle },
  { color: '#A1221B', dash: [4, 2], mark: square },
  { color: '#2E7D4F', dash: [1, 2], mark: triangle },
  { color: '#5B3A8C', dash: [6, 2, 1, 2], mark: diamond },
  { color: '#6B4E16', dash: [8, 3], mark: cross },
];

function stroke(doc: Doc, style: Omit<LineStyle, 'key'>): void {
  if (style.dash) doc.dash(style.dash[0] ?? 1, { space: style.dash[1] ?? 1 });
  else doc.undash();
  doc.strokeColor(style.color).lineWidth(1.2).stroke();
  doc.undash();
}

export const LINE_STYLES: LineStyle[] = BASE.map((style) => ({
  ...style,
  key(doc, x, y) {
    doc.moveTo(x - 5, y).lineTo(x + 5, y);
    stroke(doc, style);
    doc.fillColor(style.color).strokeColor(style.color);
    style.mark(doc, x, y);
  },
}));

/** A line chart of one measure over the visits, with plan versions as dashed uprights. */
export function drawChart(doc: Doc, chart: ProgressChart, markers: PlanMarker[], box: Box): void {
  const left = box.x + 22;
  const right = box.x + box.width - 4;
  const top = box.y + 2;
  const bottom = box.y + box.height - 10;
  const span = chart.max - chart.min || 1;
  const yOf = (v: number) => bottom - ((v - chart.min) / span) * (bottom - top);
  const first = chart.dates[0] ?? '';
  const last = chart.dates[chart.dates.length - 1] ?? first;
  const days = (d: string) => Date.parse(d) / 86_400_000;
  const range = days(last) - days(first) || 1;
  const xOf = (d: string) =>
    chart.dates.length === 1
      ? (left + right) / 2
      : left + ((days(d) - days(first)) / range) * (right - left);

  // Axes, with the lowest and highest value and the first and last visit written on them.
  doc.moveTo(left, top).lineTo(left, bottom).lineTo(right, bottom);
  doc.strokeColor('#4F6173').lineWidth(0.6).stroke();
  doc.font(FONT_REGULAR).fontSize(6).fillColor('#3A3A3A');
  doc.text(String(chart.max), box.x, top - 2, { width: 19, align: 'right', lineBreak: false });
  doc.text(String(chart.min), box.x, bottom - 4, { width: 19, align: 'right', lineBreak: false });

  for (const marker of markers) {
    if (marker.date < first || marker.date > last || chart.dates.length < 2) continue;
    const x = xOf(marker.date);
    doc.moveTo(x, top).lineTo(x, bottom).dash(2, { space: 2 });
    doc.strokeColor('#3A3A3A').lineWidth(0.6).stroke();
    doc.undash();
    doc.fillColor('#3A3A3A').text(`v${marker.version}`, x + 1, top, { lineBreak: false });
  }

  chart.series.forEach((series, index) => {
    const style = BASE[index % BASE.length];
    if (!style) return;
    const points = chart.dates.flatMap((d, i) => {
      const v = series.values[i];
      return v === null || v === undefined ? [] : [[xOf(d), yOf(v)] as const];
    });
    points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
    if (points.length > 1) stroke(doc, style);
    doc.fillColor(style.color).strokeColor(style.color);
    for (const [x, y] of points) style.mark(doc, x, y);
  });
}
