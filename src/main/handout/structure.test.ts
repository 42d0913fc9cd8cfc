import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { pdfInfo, requireTools, runOnPdf } from './pdf-tools.ts';
import { readPdf, structElements, type StructNode } from './pdf-read.ts';
import { renderHandout } from './render.ts';

/** The tagged structure a screen reader or a reflowing reader gets (issue 12, part 7). */
let pdf: Buffer;
let elements: StructNode[];

beforeAll(async () => {
  requireTools();
  const snapshot = await buildSampleSnapshot();
  pdf = await renderHandout(sealSnapshot(snapshot), { ...SAMPLE_OPTIONS, wearLog: true });
  const pages = await readPdf(pdf);
  // The whole tree hangs off every page's view of it; the first page's holds the Document.
  elements = pages.flatMap((p) => structElements(p.structure));
}, 120_000);

describe('an accessible handout', () => {
  it('is tagged, titled, in English, and says it is PDF/UA', () => {
    const info = runOnPdf('pdfinfo', [], pdf).out;
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Your joint protection plan/);
    expect(pdfInfo(pdf).pages).toBeGreaterThan(1);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(raw).toMatch(/%PDF-1\.7/);
  });

  it('has a title (H1), section headings (H2) and item headings (H3), in reading order', () => {
    const roles = elements.map((e) => e.role);
    expect(roles).toContain('Document');
    expect(roles.filter((r) => r === 'H1').length).toBe(1);
    expect(roles.filter((r) => r === 'H2').length).toBeGreaterThanOrEqual(7);
    expect(roles.filter((r) => r === 'H3').length).toBeGreaterThanOrEqual(5);
    // The title comes before the first section heading.
    expect(roles.indexOf('H1')).toBeLessThan(roles.indexOf('H2'));
    expect(roles.filter((r) => r === 'Sect').length).toBeGreaterThanOrEqual(7);
  });

  it('marks lists as lists, each item with its label and body', () => {
    const lists = elements.filter((e) => e.role === 'L');
    expect(lists.length).toBeGreaterThanOrEqual(5);
    for (const list of lists) {
      const items = (list.children ?? []).filter((c): c is StructNode => 'role' in c);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.role).toBe('LI');
        const parts = (item.children ?? []).map((c) => ('role' in c ? c.role : ''));
        expect(parts).toEqual(['Lbl', 'LBody']);
      }
    }
  });

  it('marks tables with rows of header and data cells', () => {
    const tables = elements.filter((e) => e.role === 'Table');
    // Two splint schedules and the wear log.
    expect(tables.length).toBe(3);
    for (const table of tables) {
      const rows = (table.children ?? []).filter((c): c is StructNode => 'role' in c);
      expect(rows.every((r) => r.role === 'TR')).toBe(true);
      const first = (rows[0]?.children ?? []) as StructNode[];
      expect(first.length).toBeGreaterThan(1);
      expect(first.every((c) => c.role === 'TH')).toBe(true);
      expect(
        rows.slice(1).some((r) => (r.children as StructNode[]).some((c) => c.role === 'TD')),
      ).toBe(true);
    }
  });

  it('gives the day’s time line a text alternative', () => {
    const figures = elements.filter((e) => e.role === 'Figure');
    expect(figures.length).toBe(1);
    expect(figures[0]?.alt).toMatch(
      /^Your day on a time line from 08:00 to 14:00: 5 activities and 6 rests, listed below\.$/,
    );
  });
});
