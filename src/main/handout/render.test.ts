import { deflateSync, crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { patientItemName } from '../../shared/domain/clinical-words.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import type { HandoutOptions } from './options.ts';
import { pdfFonts, pdfInfo, pdfText, qpdfCheck, requireTools, runOnPdf } from './pdf-tools.ts';
import { renderHandout } from './render.ts';
import { readPdf } from './pdf-read.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { sealSnapshot } from '../plans/snapshot.ts';

let snapshot: PlanSnapshot;
let pdf: Buffer;
let text: string;

const options: HandoutOptions = { ...SAMPLE_OPTIONS, wearLog: false };

/** pdftotext keeps line breaks and layout spaces: compare on single-spaced text. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  requireTools();
  snapshot = await buildSampleSnapshot();
  pdf = await renderHandout(sealSnapshot(snapshot), options);
  text = flat(pdfText(pdf));
}, 60_000);

function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 15, 53, 87, 200, 60, 40, 0, 200, 60, 40, 15, 53, 87]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the handout of a real finalised plan', () => {
  it('is a valid PDF of a sensible length', () => {
    expect(qpdfCheck(pdf).code).toBe(0);
    const { pages } = pdfInfo(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(14);
  });

  it('names the patient, the clinic, every item, the schedule words and the review date', () => {
    expect(text).toContain('Margaret Ellis');
    expect(text).toContain('Riverside Hand Therapy');
    expect(text).toContain('01603 555 0192');
    for (const item of Object.values(snapshot.catalogue))
      expect(text).toContain(patientItemName(item));
    // The sample patient is in a flare: the flare schedule first, the usual one after it.
    for (const words of [
      'When to wear it',
      // Table labels wrap within their cell: these words stay on one line.
      'Now, during this',
      'When the flare',
      'settled',
      'Day',
      'Night',
    ])
      expect(text).toContain(words);
    expect(text).toContain(
      'Wear it on one hand each night: the left hand one night, the right hand the next.',
    );
    expect(text).toContain('Monday 13 April 2026');
    expect(text).toContain('Priya Shah, Hand Therapist');
  });

  it('keeps the order of the sections', () => {
    const order = [
      'Your plan at a glance',
      'Your splints',
      'Equipment to make daily jobs easier',
      'Rest and pacing',
      'Ways to protect your joints',
      'Your goals',
      'Your next check:',
    ].map((h) => text.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('completes the red-mark warning with the clinic’s minutes and boxes the warnings', () => {
    expect(text).toContain('A red mark that is still there 30 minutes after you take it off');
    expect(text).toContain('Call us if you have any of these');
  });

  it('lists equipment and energy ideas as short checklists, energy ideas in the order of the Ps', () => {
    // A card is the item's name and the therapist's reason: no how-to tip on paper.
    expect(text).not.toContain('Tip:');
    expect(text).toContain('You told us opening jars is the hardest job in your kitchen.');
    expect(text).toContain('We use the 4 Ps: plan, pace, prioritise, position.');
    const ideas = [
      'Plan your day and week',
      'Pace yourself',
      'Do the most important jobs first',
      'Sit down and keep things in reach',
    ].map((idea) => text.indexOf(idea));
    expect(ideas.every((at) => at >= 0)).toBe(true);
    expect([...ideas].sort((a, b) => a - b)).toEqual(ideas);
    expect(text).toContain('Stop gardening when your wrist starts to ache.');
    expect(text).toContain('Sit with a cup of tea');
  });

  it('puts the patient’s name and the page number on every page', () => {
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBe(pdfInfo(pdf).pages);
    pages.forEach((page, i) => {
      expect(page).toContain('Margaret Ellis');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('embeds every font it uses, and none of the standard 14', () => {
    const rows = pdfFonts(pdf)
      .split('\n')
      .slice(2)
      .filter((r) => r.trim());
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/JointPlanSans-(Regular|Bold)/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    }
    expect(pdfFonts(pdf)).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/);
  });

  it('gives the same bytes for the same snapshot and options', async () => {
    const again = await renderHandout(sealSnapshot(structuredClone(snapshot)), options);
    expect(Buffer.compare(again, pdf)).toBe(0);
    const withLog = {
      ...options,
      wearLog: true,
      clinic: { ...options.clinic, logo: tinyPng() },
    };
    const [a, b] = await Promise.all([
      renderHandout(sealSnapshot(snapshot), withLog),
      renderHandout(sealSnapshot(snapshot), withLog),
    ]);
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('dates the PDF from the finalising time and takes its ID from the snapshot', async () => {
    expect(runOnPdf('pdfinfo', ['-isodates'], pdf).out).toMatch(
      /CreationDate:\s+2026-03-02T09:30:00Z[\s\S]*ModDate:\s+2026-03-02T09:30:00Z/,
    );
    const other = await renderHandout(
      sealSnapshot({ ...snapshot, plan: { ...snapshot.plan, id: 'another' } }),
      options,
    );
    const id = (b: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(b.toString('latin1'))?.[1];
    expect(id(pdf)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(other)).not.toBe(id(pdf));
  });

  it('prints on A4 or Letter', async () => {
    expect(pdfInfo(pdf).size).toContain('595.28 x 841.89');
    const letter = await renderHandout(sealSnapshot(snapshot), { ...options, paper: 'Letter' });
    expect(pdfInfo(letter).size).toContain('612 x 792');
  });

  it('runs to more pages in large print', async () => {
    const large = await renderHandout(sealSnapshot(snapshot), { ...options, largePrint: true });
    expect(qpdfCheck(large).code).toBe(0);
    expect(pdfInfo(large).pages).toBeGreaterThan(pdfInfo(pdf).pages);
  });

  it('prints the next check in the body type, in large print too (the clinic line may be small)', async () => {
    for (const [largePrint, body] of [
      [false, 14],
      [true, 18],
    ] as const) {
      const pages = await readPdf(
        await renderHandout(sealSnapshot(snapshot), { ...options, largePrint }),
      );
      const line = pages.flatMap((p) => p.lines).find((l) => l.text.startsWith('Your next check:'));
      expect(line?.size).toBeCloseTo(body, 0);
    }
  });

  it('adds a weekly wear log and a logo when asked', async () => {
    const withLog = await renderHandout(sealSnapshot(snapshot), {
      ...options,
      wearLog: true,
      clinic: { ...options.clinic, logo: tinyPng() },
    });
    expect(qpdfCheck(withLog).code).toBe(0);
    const logText = flat(pdfText(withLog));
    expect(logText).toContain('My splint week');
    expect(logText).toMatch(/Mon Tue Wed Thu Fri Sat Sun/);
    // The sample is a flare plan: the working splint's rows are the jobs it is worn for,
    // each naming the splint.
    const log = logText.slice(logText.indexOf('My splint week'));
    expect(log).toMatch(/Cook[\s\S]*Carry shopping[\s\S]*Do housework/);
    expect(log.split('Wrist splint for tasks').length - 1).toBe(3);
    expect(withLog.toString('latin1')).toContain('/Subtype /Image');
  });

  it('refuses a logo that is not a PNG, saying so', async () => {
    const bad = {
      ...options,
      clinic: { ...options.clinic, logo: new Uint8Array([1, 2, 3, 4]) },
    };
    await expect(renderHandout(sealSnapshot(snapshot), bad)).rejects.toThrow(/clinic logo/);
  });
});
