import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../shared/domain/plan-snapshot.ts';
import { sealSnapshot } from '../../plans/snapshot.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../../test-support/sample-snapshot.ts';
import { corpusName, withCorpusText } from '../../../test-support/script-snapshot.ts';
import { readPdf } from '../pdf-read.ts';
import {
  actualTexts,
  drawnGlyphIds,
  pdfFonts,
  pdfText,
  qpdfCheck,
  requireTools,
  uncompressed,
} from '../pdf-tools.ts';
import { renderHandout } from '../render.ts';
import { CORPUS, type CorpusEntry } from './corpus.ts';

/**
 * The corpus in a real handout, where a therapist types it: the patient's name (header and
 * every page's footer), a goal and a splint's note from the therapist. Read back by poppler
 * and pdf.js: what it says, which glyphs and fonts draw it, and where right-to-left text sits.
 */

const squeeze = (text: string) => text.replace(/[\s\u2066-\u2069\u200e\u200f]+/gu, '');
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

let base: PlanSnapshot;
const pdfs = new Map<string, Buffer>();

beforeAll(async () => {
  requireTools();
  base = await buildSampleSnapshot();
  for (const entry of CORPUS)
    pdfs.set(
      entry.label,
      await renderHandout(sealSnapshot(withCorpusText(base, entry)), SAMPLE_OPTIONS),
    );
}, 120_000);

const pdfOf = (entry: CorpusEntry) => pdfs.get(entry.label) ?? Buffer.alloc(0);

describe('a handout with a name, a goal and a note in each script', () => {
  it.each(CORPUS)('is a valid PDF ($label)', (entry) => {
    expect(qpdfCheck(pdfOf(entry)).code).toBe(0);
  });

  it.each(CORPUS.filter((e) => e.direction === 'ltr'))(
    'extracts with pdftotext to the text as typed ($label)',
    (entry) => {
      const text = squeeze(pdfText(pdfOf(entry)));
      expect(text).toContain(squeeze(entry.text));
      expect(text).toContain(squeeze(corpusName(entry)));
      // The English around it is untouched.
      expect(text).toContain(squeeze('Your plan at a glance'));
    },
  );

  it.each(CORPUS.filter((e) => e.direction === 'rtl'))(
    'carries right-to-left text as typed, line by line, in its ActualText ($label)',
    (entry) => {
      // pdftotext (poppler 22) lays ActualText out left to right and then reverses
      // right-to-left words again, so for these the PDF's own ActualText is what is read.
      const spans = actualTexts(uncompressed(pdfOf(entry)));
      const joined = squeeze(spans.join(''));
      expect(joined).toContain(squeeze(entry.text));
      expect(spans.map(squeeze)).toContain(squeeze(corpusName(entry)));
      // The splint's English name inside the Arabic stays in its order.
      if (entry.label === 'Arabic')
        expect(pdfText(pdfOf(entry))).toContain('Futuro Night Wrist Splint');
    },
  );

  it.each(CORPUS)('draws no missing glyph, only from embedded subset fonts ($label)', (entry) => {
    const qdf = uncompressed(pdfOf(entry));
    const ids = drawnGlyphIds(qdf);
    expect(ids.length).toBeGreaterThan(1000);
    // Glyph 0 is .notdef, the empty box of a character the font lacks.
    expect(ids).not.toContain(0);
    const rows = pdfFonts(pdfOf(entry))
      .split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/u);
    if (entry.label !== 'Vietnamese') expect(rows.length).toBeGreaterThan(2);
  });

  it.each(CORPUS.filter((e) => e.direction === 'rtl'))(
    'sets a right-to-left goal against the right margin ($label)',
    async (entry) => {
      const pages = await readPdf(pdfOf(entry));
      const right = 595.28 - SIDE_MARGIN;
      const lines = pages.flatMap((p) => p.lines).filter((l) => RIGHT_TO_LEFT.test(l.text));
      // The goal and the note wrap; a full right-to-left line ends at the right margin and a
      // short last one starts well in from the left (the footer's name is left, as its line is).
      const ending = lines.filter((l) => Math.abs(l.right - right) < 3);
      expect(ending.length, entry.label).toBeGreaterThan(0);
      expect(ending.some((l) => l.left > SIDE_MARGIN + 40)).toBe(true);
    },
  );
});

/** The handout's side margin at standard print (theme.ts). */
const SIDE_MARGIN = 28;

describe('a right-to-left handout', () => {
  it('mirrors the layout: text from the right margin, the wear log read from the right', async () => {
    const arabic = CORPUS[0] as CorpusEntry;
    const snapshot = sealSnapshot(withCorpusText(base, arabic));
    const [ltr, rtl] = await Promise.all([
      renderHandout(snapshot, SAMPLE_OPTIONS).then(readPdf),
      renderHandout(snapshot, { ...SAMPLE_OPTIONS, direction: 'rtl' }).then(readPdf),
    ]);
    const right = 595.28 - SIDE_MARGIN;
    const find = (pages: typeof ltr, text: string) => {
      const line = pages.flatMap((p) => p.lines).find((l) => l.text.startsWith(text));
      if (!line) throw new Error(`No line "${text}"`);
      return line;
    };
    const title = 'Looking after your hands during a flare';
    expect(find(ltr, title).left).toBeCloseTo(SIDE_MARGIN, 0);
    expect(Math.abs(find(rtl, title).right - right)).toBeLessThan(3);
    expect(find(rtl, title).left).toBeGreaterThan(SIDE_MARGIN + 40);
    // The wear log's header row, read from left to right on the page.
    const leftToRight = (pages: typeof ltr) => {
      const row = pages.flatMap((p) => p.lines).find((l) => /\bSplint\b.*\bSun\b/u.test(l.text));
      if (!row) throw new Error('No wear log');
      return [...row.items]
        .sort((a, b) => a.left - b.left)
        .map((i) => i.text.trim())
        .join(' ');
    };
    expect(leftToRight(ltr)).toBe('Splint When Mon Tue Wed Thu Fri Sat Sun');
    expect(leftToRight(rtl)).toBe('Sun Sat Fri Thu Wed Tue Mon When Splint');
  });
});

describe('in large print', () => {
  it.each([
    ['Arabic', 'rtl'],
    ['Chinese', 'ltr'],
  ] as const)('prints %s whole, every glyph real, read %s', async (label, direction) => {
    const entry = CORPUS.find((e) => e.label === label) as CorpusEntry;
    const pdf = await renderHandout(sealSnapshot(withCorpusText(base, entry)), {
      ...SAMPLE_OPTIONS,
      largePrint: true,
      direction,
    });
    expect(qpdfCheck(pdf).code).toBe(0);
    const qdf = uncompressed(pdf);
    expect(drawnGlyphIds(qdf)).not.toContain(0);
    expect(squeeze(actualTexts(qdf).join(''))).toContain(squeeze(entry.text));
    const pages = await readPdf(pdf);
    // Every line stays inside the page's margins.
    for (const line of pages.flatMap((p) => p.lines)) {
      expect(line.left).toBeGreaterThan(SIDE_MARGIN - 1);
      expect(line.right).toBeLessThan(595.28 - SIDE_MARGIN + 1);
    }
  });
});
