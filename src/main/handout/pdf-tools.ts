/** Test helpers: qpdf and poppler on PDF bytes (CI installs them with apt). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs a poppler or qpdf tool on PDF bytes; returns its exit code and output. */
export function runOnPdf(
  tool: string,
  args: string[],
  pdf: Uint8Array,
): { code: number; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-handout-'));
  try {
    const file = path.join(dir, 'handout.pdf');
    writeFileSync(file, pdf);
    const r = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
    });
    if (r.error) throw r.error;
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const qpdfCheck = (pdf: Uint8Array) => runOnPdf('qpdf', ['--check'], pdf);
export const pdfText = (pdf: Uint8Array) => runOnPdf('pdftotext', [], pdf).out;
export const pdfFonts = (pdf: Uint8Array) => runOnPdf('pdffonts', [], pdf).out;

export function pdfInfo(pdf: Uint8Array): { pages: number; size: string } {
  const out = runOnPdf('pdfinfo', [], pdf).out;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0),
    size: /Page size:\s+(.*)/.exec(out)?.[1]?.trim() ?? '',
  };
}

/** The tools the tests need are installed by CI's apt step; fail loudly if one is missing. */
export function requireTools(): void {
  for (const tool of ['qpdf', 'pdftotext', 'pdffonts', 'pdfinfo']) execFileSync('which', [tool]);
}

/** The PDF uncompressed (qpdf --qdf), as latin1 text, to read its content streams. */
export function uncompressed(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-corpus-'));
  try {
    const file = path.join(dir, 'in.pdf');
    const out = path.join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
    return readFileSync(out, 'latin1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ActualText of every marked span: what readers take a line for whatever its glyph order. */
export function actualTexts(qdf: string): string[] {
  return [...qdf.matchAll(/\/ActualText\s*<feff([0-9a-f]*)>/giu)].map((m) =>
    Buffer.from(m[1] ?? '', 'hex')
      .swap16()
      .toString('utf16le'),
  );
}

/** Every glyph id drawn: pdfkit writes each text run as 4-hex-digit glyph ids of a subset font. */
export function drawnGlyphIds(qdf: string): number[] {
  const ids: number[] = [];
  for (const array of qdf.matchAll(/\[([^\]]*)\]\s*TJ/gu))
    for (const hex of (array[1] ?? '').matchAll(/<([0-9a-f]*)>/giu))
      for (const id of (hex[1] ?? '').match(/.{4}/gu) ?? []) ids.push(parseInt(id, 16));
  return ids;
}
