import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, requireTools, runOnPdf } from '../pdf-tools.ts';
import { CORPUS, CORPUS_MARGIN, renderCorpus } from './corpus.ts';
import { layoutParagraph } from './paragraph.ts';

/**
 * The corpus drawn by the engine into a real PDF, read back by poppler: what a patient's
 * copy of the handout says when copied, searched or read aloud, where it is drawn, and
 * which fonts it uses.
 */
/**
 * The ActualText of every marked line, in document order: the text PDF readers (Acrobat,
 * screen readers) take for a line whatever order its glyphs are drawn in.
 */
function actualTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-script-'));
  try {
    const file = path.join(dir, 'in.pdf');
    const out = path.join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
    const text = readFileSync(out, 'latin1');
    return [...text.matchAll(/\/ActualText\s*<feff([0-9a-f]*)>/giu)].map((m) =>
      Buffer.from(m[1] ?? '', 'hex')
        .swap16()
        .toString('utf16le'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** The leftmost and rightmost inked columns of each page, in points (rendered at 72 dpi). */
function inkPerPage(pdf: Buffer, pages: number): { left: number; right: number }[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-script-'));
  try {
    const file = path.join(dir, 'corpus.pdf');
    writeFileSync(file, pdf);
    return Array.from({ length: pages }, (_, i) => {
      const pgm = execFileSync('pdftoppm', [
        '-gray',
        '-r',
        '72',
        '-f',
        `${i + 1}`,
        '-l',
        `${i + 1}`,
        file,
      ]);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
      if (!header) throw new Error('pdftoppm wrote no PGM');
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = pgm.subarray(header[0].length);
      let left = width;
      let right = -1;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if ((pixels[y * width + x] ?? 255) < 128) {
            left = Math.min(left, x);
            right = Math.max(right, x + 1);
          }
        }
      }
      return { left, right };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the script corpus in a PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    requireTools();
    pdf = await renderCorpus({ size: 18, onePage: false });
  });

  it("carries each line's text as typed (ActualText), right-to-left lines included", () => {
    expect(squeeze(actualTexts(pdf).join(''))).toBe(squeeze(CORPUS.map((e) => e.text).join('')));
  });

  it('extracts left-to-right scripts to the text as typed with pdftotext', () => {
    const pages = runOnPdf('pdftotext', [], pdf).out.split('\f');
    CORPUS.forEach((entry, i) => {
      // pdftotext (poppler 22) reads ActualText as if it were in drawing order and
      // reverses right-to-left runs in it again, and splits lines at Arabic marks drawn
      // over overlapping letters: its output for right-to-left pages is not a faithful
      // test of the PDF (the test above reads what the PDF says instead).
      if (entry.direction === 'rtl') return;
      expect(squeeze(pages[i] ?? ''), entry.label).toBe(squeeze(entry.text));
    });
  });

  it('embeds every font it draws with', () => {
    const rows = pdfFonts(pdf)
      .split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/u);
  });

  it('aligns right-to-left paragraphs to the right and the others to the left', () => {
    // Glyphs' side bearings keep ink a point or two inside the text box.
    const right = 595.28 - CORPUS_MARGIN;
    inkPerPage(pdf, CORPUS.length).forEach((ink, i) => {
      const entry = CORPUS[i];
      if (!entry) return;
      if (entry.direction === 'rtl') {
        expect(right - ink.right, entry.label).toBeLessThan(3);
        expect(ink.right - right, entry.label).toBeLessThan(1);
        expect(ink.left, entry.label).toBeGreaterThan(CORPUS_MARGIN + 3);
      } else {
        expect(ink.left - CORPUS_MARGIN, entry.label).toBeLessThan(3);
        expect(CORPUS_MARGIN - ink.left, entry.label).toBeLessThan(1);
      }
    });
  });
});

describe('the corpus laid out', () => {
  it.each(CORPUS)('draws $label with real glyphs only (no glyph 0)', (entry) => {
    const laid = layoutParagraph(entry.text, { size: 18 }, 300);
    const ids = laid.lines.flatMap((l) => l.runs.flatMap((r) => r.shaped.glyphs.map((g) => g.id)));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(0);
    expect(laid.rtl).toBe(entry.direction === 'rtl');
  });

  it.each(CORPUS)('keeps every character of $label, in order, across lines', (entry) => {
    const laid = layoutParagraph(entry.text, { size: 18 }, 120);
    expect(squeeze(laid.lines.map((l) => l.text).join(''))).toBe(squeeze(entry.text));
    for (const line of laid.lines) expect(line.width).toBeLessThanOrEqual(120 + 0.01);
  });
});
