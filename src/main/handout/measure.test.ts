import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { measuredHeight } from './measure.ts';
import type { HandoutOptions } from './options.ts';
import { readPdf, structElements } from './pdf-read.ts';
import { measureHandout, renderHandout } from './render.ts';
import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, loadHandoutFonts, rememberMeasures } from './fonts.ts';

/**
 * A handout is laid out by passes that only measure, then drawn once: what is drawn must fall
 * where it was measured, or a heading measured at the top of a page could be printed at the
 * foot of the one before. The section headings' pages, as measured, are checked against the
 * pages their H2 elements are printed on, read back from the PDF.
 */
const longText = 'Loosen the straps a little if your fingers swell, then check them again. ';

const plans = new Map<string, PlanSnapshot>();
beforeAll(async () => {
  plans.set('sample', await buildSampleSnapshot());
  plans.set(
    'long texts',
    await buildSampleSnapshot((c) => ({
      ...c,
      orthoses: c.orthoses.map((o) => ({ ...o, notes: longText.repeat(26).slice(0, 1900) })),
      goals: c.goals.map((g) => ({ ...g, text: longText.repeat(4).slice(0, 290) })),
    })),
  );
}, 60_000);

const VARIANTS: [string, Partial<HandoutOptions>][] = [
  ['A4', { wearLog: false }],
  ['Letter large print', { paper: 'Letter', largePrint: true, wearLog: false }],
];

describe('a handout drawn where it was measured', () => {
  for (const plan of ['sample', 'long texts'])
    for (const [name, variant] of VARIANTS)
      it(`${plan}, ${name}: each section heading is printed on the page it was measured on`, async () => {
        const snapshot = plans.get(plan);
        if (!snapshot) throw new Error(`no plan ${plan}`);
        const frozen = sealSnapshot(snapshot);
        const options = { ...SAMPLE_OPTIONS, ...variant };
        const measured = measureHandout(frozen, options);
        const pages = await readPdf(await renderHandout(frozen, options));

        const measuredHeadings = measured.blocks.filter((b) => b.section).map((b) => b.page);
        const printedHeadings = pages.flatMap((page, i) =>
          structElements(page.structure)
            .filter((e) => e.role === 'H2')
            .map(() => i),
        );
        expect(printedHeadings.length).toBeGreaterThanOrEqual(5);
        expect(printedHeadings).toEqual(measuredHeadings);
        expect(pages).toHaveLength(measured.pages);
      });
});

describe('measuredHeight', () => {
  it('gives what pdfkit’s heightOfString gives, at any cursor, asked once or again', () => {
    const fonts = loadHandoutFonts();
    const doc = new PDFDocument({ font: null as unknown as string });
    doc.registerFont(FONT_REGULAR, fonts.parsed[0] as unknown as Buffer);
    doc.registerFont(FONT_BOLD, fonts.parsed[1] as unknown as Buffer);
    doc.font(FONT_REGULAR).fontSize(14);
    rememberMeasures(doc);
    const texts = ['', 'One line.', longText.repeat(5), `${longText}\n\nA new paragraph.\n`];
    for (const y of [40, 123.456789, 700.1])
      for (const text of texts)
        for (const width of [120, 507.28])
          for (const font of [FONT_REGULAR, FONT_BOLD]) {
            doc.font(font).fontSize(font === FONT_BOLD ? 18 : 14);
            doc.y = y;
            const expected = doc.heightOfString(text, { width, lineGap: 3 });
            expect(measuredHeight(doc, text, width, 3)).toBe(expected);
            expect(measuredHeight(doc, text, width, 3)).toBe(expected);
            expect(doc.y).toBe(y);
          }
  });
});
