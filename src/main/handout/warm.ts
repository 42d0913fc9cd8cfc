import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, loadHandoutFonts, rememberMeasures } from './fonts.ts';
import { drawIcon } from './icons.ts';
import { measuredHeight } from './measure.ts';
import type { HandoutOptions } from './options.ts';
import { renderHandout } from './render.ts';
import { WARM_PLAN } from './warm-plan.ts';

/** Words most handouts print, shaped ahead so the first handout finds them measured. */
const COMMON =
  'Your joint protection plan at a glance. Wear it at night while you sleep, and during ' +
  'the day when your joints are painful or swollen. Take it off if your fingers feel cold, ' +
  'numb or tingly. Call us if your skin is red or sore. Rest for 5 minutes every 30 minutes. ' +
  'Phone: 0123456789 Page 1 of 2 Monday Tuesday Wednesday Thursday Friday Saturday Sunday';

/** Options for the throwaway handout: standard print, with the wear log. */
const WARM_OPTIONS: HandoutOptions = {
  paper: 'A4',
  largePrint: false,
  clinic: { name: 'Clinic', address: 'Address', phone: '0123456789', logo: null },
  redMarkMinutes: 30,
  wearLog: true,
};

/**
 * The steps that ready a renderer for its first handout while the window opens: read and parse
 * the current fonts (cached), shape common words (cached), parse the common icons (cached),
 * and draw a throwaway tagged page so pdfkit's and fontkit's code is compiled before a
 * therapist asks for a handout.
 */
const STEPS: (() => void | Promise<unknown>)[] = [
  () => loadHandoutFonts(),
  () => {
    const doc = warmDoc();
    for (const [font, size] of [
      [FONT_REGULAR, 14],
      [FONT_BOLD, 14],
      [FONT_REGULAR, 18],
      [FONT_BOLD, 18],
    ] as const)
      measuredHeight(doc.font(font).fontSize(size), COMMON, 400, 3);
  },
  () => {
    const doc = warmDoc();
    const root = doc.struct('Document');
    doc.addStructure(root);
    const p = doc.struct('P');
    root.add(p);
    p.add(() => {
      doc.font(FONT_BOLD).fontSize(20).text('Your plan at a glance', { width: 400 });
      doc.font(FONT_REGULAR).fontSize(14).text(COMMON, { width: 400, lineGap: 3 });
    });
    p.end();
    root.end();
    for (const icon of ['hand', 'clock', 'shield', 'triangle-alert', 'check', 'list-checks'])
      drawIcon(doc, icon, 10, 10, 20, '#000000');
    doc.on('data', () => undefined);
    doc.end();
  },
  // A whole handout, wear log included: the first real one otherwise still paid for compiling
  // the layout passes, tables, structure tree, subsetting and compression (hundreds of ms).
  () => renderHandout({ snapshot: WARM_PLAN, sha256: '0'.repeat(64) }, WARM_OPTIONS),
];

function warmDoc(): PDFKit.PDFDocument {
  const fonts = loadHandoutFonts();
  const doc = new PDFDocument({ tagged: true, pdfVersion: '1.7', font: null as unknown as string });
  doc.registerFont(FONT_REGULAR, fonts.parsed[0] as unknown as Buffer);
  doc.registerFont(FONT_BOLD, fonts.parsed[1] as unknown as Buffer);
  doc.font(FONT_REGULAR);
  rememberMeasures(doc);
  return doc;
}

/**
 * Readies a renderer for its first handout (see STEPS), a step at a time, giving way to a handout asked for meanwhile: `stop` says when
 * one is (a handout asked for at once would otherwise wait for the whole warm-up first).
 * A step that fails costs nothing: the first handout reports the real error.
 */
export function warmUpInSteps(stop: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    const run = () => {
      const step = STEPS[next++];
      if (!step || stop()) return resolve();
      try {
        Promise.resolve(step()).then(
          () => setImmediate(run),
          () => resolve(),
        );
      } catch {
        return resolve();
      }
    };
    setImmediate(run);
  });
}
