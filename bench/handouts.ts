/**
 * Handout rendering: PDFKit (what the app does) on a typical two-page plan and on a 40-item
 * plan, and, in the same run, Chromium's page.pdf() printing the same handout as HTML (what
 * most Electron apps do) for the typical plan; the HTML is read from the PDFKit handout's
 * own text (handout-html.ts), so the two print the same words. Plans are made and finalised
 * through the app API on a fresh database, so the snapshots are the real thing.
 *
 * HANDOUT_BENCH_KEEP=/tmp/x writes /tmp/x-pdfkit.pdf, /tmp/x-pdfkit-large.pdf,
 * /tmp/x-chromium.pdf and /tmp/x-chromium.html, to look at what was timed (pdfinfo, a viewer),
 * and /tmp/x-snapshots.json (the typical, 40-item and photo plans), to profile the same plans.
 */
import { call, benchApi } from './api.ts';
import { fortyItemRefs, planContent } from './forty-item-plan.ts';
import { existsSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import type { HandoutOptions } from '../src/main/handout/options.ts';
import { renderHandout } from '../src/main/handout/render.ts';
import { workerRenderer } from '../src/main/handout/render-in-worker.ts';
import { SAMPLE_OPTIONS } from '../src/test-support/sample-snapshot.ts';
import { photoFile } from '../src/test-support/photos.ts';
import type { AppApi } from '../src/shared/api.ts';
import type { PlanContentInput } from '../src/shared/domain/plan.ts';
import type { PlanSnapshot } from '../src/shared/domain/plan-snapshot.ts';
import { handoutHtmlFromPdf } from './handout-html.ts';
import { builtHandoutWorker } from './built-worker.ts';
import { ARABIC_WORDS, CHINESE_WORDS, inScript, type ScriptPlanWords } from './script-plans.ts';
import { median, round2, seededRandom, sized, time, type BenchSuite } from './lib.ts';
import { sealSnapshot } from '../src/main/plans/snapshot.ts';

const KEEP = process.env.HANDOUT_BENCH_KEEP;

/** How many warm-up and timed runs of each kind; a handful under --quick. */
function counts(quick: boolean) {
  return {
    typicalWarmUp: sized(quick, 10, 1),
    typicalRenders: sized(quick, 40, 3),
    largeWarmUp: sized(quick, 5, 1),
    largeRenders: sized(quick, 25, 3),
    photoRenders: sized(quick, 40, 3),
    chromiumWarmUp: sized(quick, 5, 1),
    chromiumPrints: sized(quick, 25, 3),
  };
}
type Counts = ReturnType<typeof counts>;

const PLAN_DATE = '2026-03-02';
const REVIEW_DATE = '2026-04-13';

/** Standard print on A4, no wear-log page: the handout most therapists print. */
const OPTIONS: HandoutOptions = {
  ...SAMPLE_OPTIONS,
  paper: 'A4',
  largePrint: false,
  wearLog: false,
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** 1 splint, 3 pieces of equipment, a break rule, 2 principles and 1 goal. */
function typicalContent(): PlanContentInput {
  return {
    title: 'Your joint protection plan',
    planDate: PLAN_DATE,
    therapist: 'Priya Shah, Hand Therapist',
    affectedJoints: [
      { joint: 'wrist', side: 'right' },
      { joint: 'mcp2', side: 'right' },
      { joint: 'mcp3', side: 'right' },
    ],
    goals: [{ text: 'Open jars and make a cup of tea without wrist pain', icfCode: 'd630' }],
    reviewDate: REVIEW_DATE,
    orthoses: [
      {
        catalogueId: 'orthosis.resting-hand',
        side: 'right',
        joints: ['wrist', 'mcp2', 'mcp3'],
        schedule: {
          usual: { type: 'night' },
          flare: { type: 'continuous' },
          stable: null,
          hoursPerDay: 8,
          startDate: PLAN_DATE,
        },
        precautions: 'Take it off if your fingers feel cold or look pale.',
        notes: 'Loosen the middle strap if your hand swells in the night.',
      },
    ],
    equipment: [
      {
        catalogueId: 'equipment.jar-opener',
        reason: 'You told us opening jars is the hardest job in your kitchen.',
      },
      { catalogueId: 'equipment.kettle-tipper', reason: null },
      { catalogueId: 'equipment.built-up-cutlery', reason: null },
    ],
    rest: {
      breakRule: { restMinutes: 5, everyMinutes: 30 },
      timetable: [],
      strategies: [],
      energyPs: 'four-ps',
    },
    principles: [
      {
        catalogueId: 'principle.respect-pain',
        example: 'Stop gardening when your wrist starts to ache.',
      },
      { catalogueId: 'principle.spread-the-load', example: null },
    ],
  };
}

/**
 * The typical plan with two 1-megapixel camera photos chosen through the app: this patient's
 * splint on their hand, and the clinic's own photo of the jar opener (stored print-sized).
 */
async function photoContent(api: AppApi): Promise<PlanContentInput> {
  const photo = async (description: string) => ({
    ...(await call(api, 'photos.prepare', {
      dataBase64: (await photoFile(1000, 1000)).toString('base64'),
    })),
    description,
  });
  const jar = (await call(api, 'catalogue.get', { id: 'equipment.jar-opener' })).content;
  if (jar.kind !== 'equipment') throw new Error('the jar opener is a piece of equipment');
  await call(api, 'catalogue.update', {
    id: 'equipment.jar-opener',
    content: { ...jar, photo: await photo('A jar opener fixed under a shelf.') },
  });
  const onHand = await photo('Your splint on, with the straps done up snugly.');
  const content = typicalContent();
  return { ...content, orthoses: content.orthoses.map((o) => ({ ...o, photo: onHand })) };
}

/** The 40-item plan of bench/plans.ts. */
async function largeContent(api: AppApi): Promise<PlanContentInput> {
  return planContent(await fortyItemRefs(api), 0);
}

/** Creates, saves and finalises a plan, and reads back the snapshot it froze. */
async function finalisedSnapshot(
  api: AppApi,
  db: Awaited<ReturnType<typeof openAppDatabase>>,
  patientId: string,
  content: PlanContentInput,
): Promise<PlanSnapshot> {
  const draft = await call(api, 'plans.createDraft', { patientId, source: { from: 'blank' } });
  await call(api, 'plans.saveDraft', { id: draft.id, content });
  const plan = await call(api, 'plans.finalise', { id: draft.id });
  if (!plan.snapshot) throw new Error(`plan ${plan.id} has no snapshot`);
  return plan.snapshot;
}

/** Pages in a PDF: its page objects (PDFKit and Chromium both write them uncompressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}

async function samples(warmUp: number, count: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < warmUp; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < count; i++) ms.push(await time(fn));
  return ms;
}

function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/** Median ms of setContent + pdf() for the typical handout's HTML, or null without Chromium. */
async function chromiumMedian(
  pdfkitHandout: Uint8Array,
  log: (message: string) => void,
  n: Counts,
): Promise<number | null> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error(
      '[handouts] Chromium not found (set CHROMIUM_PATH or install /usr/bin/chromium): chromium figures are null',
    );
    return null;
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    console.error(
      `[handouts] Chromium at ${executablePath} would not start, chromium figures are null: ${String(error).split('\n')[0]}`,
    );
    return null;
  }
  try {
    const page = await browser.newPage();
    const { html, size } = await handoutHtmlFromPdf(pdfkitHandout);
    let pdf: Buffer = Buffer.alloc(0);
    const print = async () => {
      await page.setContent(html);
      pdf = await page.pdf({
        width: `${size.width / 72}in`,
        height: `${size.height / 72}in`,
        printBackground: true,
        margin: { top: '0', bottom: '0', left: '0', right: '0' },
        preferCSSPageSize: true,
      });
    };
    log(`printing the typical plan's HTML with Chromium ${n.chromiumPrints} times…`);
    const ms = await samples(n.chromiumWarmUp, n.chromiumPrints, print);
    if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error('Chromium made no PDF');
    const pages = pdfPageCount(pdf);
    if (pages !== pdfPageCount(pdfkitHandout))
      throw new Error(
        `Chromium printed ${pages} pages of a ${pdfPageCount(pdfkitHandout)}-page handout`,
      );
    log(`Chromium's typical handout: ${pages} pages, ${pdf.length} bytes`);
    if (KEEP) {
      writeFileSync(`${KEEP}-chromium.pdf`, pdf);
      writeFileSync(`${KEEP}-chromium.html`, html);
    }
    return median(ms);
  } finally {
    await browser.close();
  }
}

/**
 * ms from starting the handout worker (and warming it) to the first PDF, asked at once. The
 * worker is the app's own bundle (built-worker.ts), not worker.ts run from source.
 */
async function firstHandoutAfterStart(
  snapshot: PlanSnapshot,
  log: (message: string) => void,
): Promise<number> {
  const workerFile = builtHandoutWorker(log);
  const frozen = sealSnapshot(snapshot);
  const started = performance.now();
  const renderer = workerRenderer(workerFile);
  try {
    renderer.warm();
    const pdf = await renderer(frozen, OPTIONS);
    const ms = performance.now() - started;
    log(
      `first handout after start (worker start-up included): ${ms.toFixed(1)} ms, ${pdf.length} bytes`,
    );
    return ms;
  } finally {
    await renderer.close();
  }
}

export const handoutsBench: BenchSuite = {
  name: 'handouts',
  targets: {
    'handout.typical_median_ms': { max: 10, label: '≤ 10 ms' },
    'handout.with_photos_median_ms': { max: 40, label: '≤ 40 ms' },
    // Asked for the moment the app has started: the worker's start-up and warm-up included.
    'handout.first_after_start_ms': { max: 300, label: '≤ 300 ms' },
    // Chromium's median over PDFKit's: PDFKit should be at least 5 times faster.
    'handout.chromium_ratio': { min: 5, label: '≥ 5×' },
    // The typical plan for a patient whose name and notes are in Arabic or Chinese (script engine).
    'handout.arabic_median_ms': { max: 40, label: '≤ 40 ms' },
    'handout.cjk_median_ms': { max: 40, label: '≤ 40 ms' },
  },
  async run({ dir, log, quick }) {
    const n = counts(quick);
    const random = seededRandom(0x48414e44);
    const clock = () => new Date('2026-03-02T09:30:00.000Z');
    const db = await openAppDatabase(dir, clock);
    let typical: PlanSnapshot;
    let large: PlanSnapshot;
    let withPhotos: PlanSnapshot;
    let arabic: PlanSnapshot;
    let chinese: PlanSnapshot;
    try {
      const api = benchApi(db, dir, clock, random);
      const patient = await call(api, 'patients.create', {
        patient: {
          givenName: 'Margaret',
          familyName: 'Ellis',
          preferredName: '',
          dateOfBirth: '1958-11-20',
          chartNumber: 'MRN-HANDOUT-1',
          diagnosis: 'Rheumatoid arthritis',
          diseaseStage: null,
          affectedJoints: [{ joint: 'wrist', side: 'right' }],
          phone: '',
          notes: '',
        },
      });
      typical = await finalisedSnapshot(api, db, patient.id, typicalContent());
      // Made before the photo plan, which gives the catalogue's jar opener a photo.
      const inWords = async (words: ScriptPlanWords, chart: string) => {
        const p = await call(api, 'patients.create', {
          patient: {
            givenName: words.givenName,
            familyName: words.familyName,
            preferredName: '',
            dateOfBirth: '1958-11-20',
            chartNumber: chart,
            diagnosis: 'Rheumatoid arthritis',
            diseaseStage: null,
            affectedJoints: [{ joint: 'wrist', side: 'right' }],
            phone: '',
            notes: '',
          },
        });
        return finalisedSnapshot(api, db, p.id, inScript(typicalContent(), words));
      };
      arabic = await inWords(ARABIC_WORDS, 'MRN-HANDOUT-AR');
      chinese = await inWords(CHINESE_WORDS, 'MRN-HANDOUT-ZH');
      large = await finalisedSnapshot(api, db, patient.id, await largeContent(api));
      withPhotos = await finalisedSnapshot(api, db, patient.id, await photoContent(api));
    } finally {
      db.close();
    }
    const items = (s: PlanSnapshot) => {
      const c = s.plan.content;
      return (
        c.orthoses.length + c.equipment.length + c.principles.length + c.rest.strategies.length
      );
    };
    if (KEEP)
      writeFileSync(`${KEEP}-snapshots.json`, JSON.stringify({ typical, large, withPhotos }));
    if (items(large) !== 40) throw new Error(`expected a 40-item plan, made ${items(large)}`);

    // The first handout after the app starts, as the app makes it: a new worker, warmed as the
    // app warms it when the window opens, asked at once (the worst case: no time to warm).
    const firstAfterStart = await firstHandoutAfterStart(typical, log);

    // Sealed once, outside the timing: the app reads a plan's canonical JSON and its SHA-256
    // from the database (plans.findSnapshot) and never re-seals it to print it. Sealing here
    // on every render timed hashing the photos' base64 text, not the handout.
    const typicalFrozen = sealSnapshot(typical);
    const largeFrozen = sealSnapshot(large);
    const photosFrozen = sealSnapshot(withPhotos);

    // The first render also pays for reading and parsing the fonts (cached by loadHandoutFonts),
    // the icons (cached by iconParts), shaping and wrapping its words the first time (remembered
    // by fonts.ts and measure.ts for the life of the app) and JIT warm-up; the warm-up renders
    // absorb that.
    let pdf: Buffer = Buffer.alloc(0);
    const first = await time(async () => (pdf = await renderHandout(typicalFrozen, OPTIONS)));
    log(
      `first (cold) typical render: ${first.toFixed(1)} ms, ${pdfPageCount(pdf)} pages, ${pdf.length} bytes`,
    );
    if (KEEP) {
      writeFileSync(`${KEEP}-pdfkit.pdf`, pdf);
      writeFileSync(`${KEEP}-pdfkit-large.pdf`, await renderHandout(sealSnapshot(large), OPTIONS));
    }

    log(`rendering the typical plan ${n.typicalRenders} times…`);
    const typicalMs = await samples(n.typicalWarmUp, n.typicalRenders, () =>
      renderHandout(typicalFrozen, OPTIONS),
    );
    log(`rendering the 40-item plan ${n.largeRenders} times…`);
    let largePdf: Buffer = Buffer.alloc(0);
    const largeMs = await samples(
      n.largeWarmUp,
      n.largeRenders,
      async () => (largePdf = await renderHandout(largeFrozen, OPTIONS)),
    );
    log(`40-item handout: ${pdfPageCount(largePdf)} pages, ${largePdf.length} bytes`);

    log(`rendering the typical plan with two photos ${n.photoRenders} times…`);
    let photoPdf: Buffer = Buffer.alloc(0);
    const photoMs = await samples(
      n.typicalWarmUp,
      n.photoRenders,
      async () => (photoPdf = await renderHandout(photosFrozen, OPTIONS)),
    );
    log(`typical handout with photos: ${pdfPageCount(photoPdf)} pages, ${photoPdf.length} bytes`);
    if (KEEP) writeFileSync(`${KEEP}-pdfkit-photos.pdf`, photoPdf);

    // The same plan with the patient's own words in Arabic, then in Chinese: the first render
    // in a script also parses its font (cached for the life of the app).
    const scriptFigures: Record<string, number> = {};
    for (const [name, snapshot] of [
      ['arabic', arabic],
      ['cjk', chinese],
    ] as const) {
      let scriptPdf: Buffer = Buffer.alloc(0);
      // Sealed once, as the app reads a frozen plan's sealed JSON rather than sealing it anew.
      const frozen = sealSnapshot(snapshot);
      const firstMs = await time(async () => (scriptPdf = await renderHandout(frozen, OPTIONS)));
      log(`rendering the typical plan in ${name} ${n.typicalRenders} times…`);
      const ms = await samples(n.typicalWarmUp, n.typicalRenders, () =>
        renderHandout(frozen, OPTIONS),
      );
      scriptFigures[`handout.${name}_median_ms`] = round2(median(ms));
      scriptFigures[`handout.${name}_first_ms`] = round2(firstMs);
      // What the script's subset fonts add to a handout, over the same plan in English.
      scriptFigures[`handout.${name}_added_kb`] = round2((scriptPdf.length - pdf.length) / 1024);
      log(`${name} handout: ${pdfPageCount(scriptPdf)} pages, ${scriptPdf.length} bytes`);
      if (KEEP) writeFileSync(`${KEEP}-pdfkit-${name}.pdf`, scriptPdf);
    }

    const typicalMedian = median(typicalMs);
    const chromiumMs = await chromiumMedian(
      await renderHandout(sealSnapshot(typical), OPTIONS),
      log,
      n,
    );
    const ratio = chromiumMs === null ? null : Math.round((chromiumMs / typicalMedian) * 100) / 100;
    if (ratio !== null) log(`Chromium / PDFKit: ${ratio.toFixed(2)}× (target ≥ 5×)`);
    return {
      'handout.typical_median_ms': round2(typicalMedian),
      'handout.first_after_start_ms': round2(firstAfterStart),
      'handout.large40_median_ms': round2(median(largeMs)),
      'handout.with_photos_median_ms': round2(median(photoMs)),
      'handout.chromium_median_ms': chromiumMs === null ? null : round2(chromiumMs),
      'handout.chromium_ratio': ratio,
      ...scriptFigures,
    };
  },
};
