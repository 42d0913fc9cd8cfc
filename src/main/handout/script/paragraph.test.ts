import { describe, expect, it } from 'vitest';
import { breakOpportunities } from './breaks.ts';
import { layoutParagraph, splitParagraph, type PlacedLine } from './paragraph.ts';

/** The line's runs (each in one font and direction) from left to right, as typed, spaces trimmed. */
const visualRuns = (line: PlacedLine | undefined) =>
  (line?.runs ?? []).map((r) => r.text.trim()).filter((t) => t !== '');

describe('layoutParagraph', () => {
  it('orders an Arabic sentence right to left with the English name and numbers reading left to right', () => {
    const laid = layoutParagraph('البسي جبيرة Futuro Wrist ليلاً 8 ساعات', { size: 12 }, 1000);
    expect(laid.rtl).toBe(true);
    expect(laid.lines).toHaveLength(1);
    // Read from the left: the last Arabic words with the number between them, the English
    // name (in English order), then the first Arabic words at the right.
    expect(visualRuns(laid.lines[0])).toEqual([
      'ساعات',
      '8',
      'ليلاً',
      'Futuro Wrist',
      'البسي جبيرة',
    ]);
  });

  it('right-aligns right-to-left paragraphs and left-aligns the others', () => {
    const rtl = layoutParagraph('שעות (יד ימין)', { size: 12 }, 400);
    const line = rtl.lines[0];
    expect(line && line.x + line.width).toBeCloseTo(400, 6);
    expect(layoutParagraph('Wear it at night', { size: 12 }, 400).lines[0]?.x).toBe(0);
    expect(
      layoutParagraph('Wear it at night', { size: 12, align: 'center' }, 400).lines[0]?.x,
    ).toBeGreaterThan(0);
  });

  it('mirrors brackets in right-to-left text and keeps what was typed', () => {
    const laid = layoutParagraph('יד (ימין)', { size: 12 }, 400);
    const brackets = laid.lines[0]?.runs.filter((r) => r.mirrored) ?? [];
    // Left to right on the page: the typed ")" (drawn as "(") comes first.
    expect(brackets.map((r) => r.text)).toEqual([')', '(']);
    expect(
      brackets.map((r) => String.fromCodePoint(...(r.shaped.glyphs[0]?.codePoints ?? []))),
    ).toEqual([')', '(']);
  });

  it('wraps onto lines no wider than the width, keeping every word', () => {
    const text = 'Wear the resting splint at night and take it off if your fingers feel cold';
    const laid = layoutParagraph(text, { size: 14 }, 150);
    expect(laid.lines.length).toBeGreaterThan(2);
    for (const line of laid.lines) expect(line.width).toBeLessThanOrEqual(150);
    expect(laid.lines.map((l) => l.text).join(' ')).toBe(text);
  });

  it('cuts a word wider than the line between letters, never inside one', () => {
    const laid = layoutParagraph('ग्रीवाग्रीवाग्रीवाग्रीवाग्रीवा', { size: 20 }, 40);
    expect(laid.lines.length).toBeGreaterThan(1);
    for (const line of laid.lines) expect(line.text.startsWith('्')).toBe(false);
  });
});

describe('breakOpportunities', () => {
  it('breaks Thai between words, not inside them', () => {
    const text = 'สวมเฝือกข้อมือตอนกลางคืน';
    const breaks = breakOpportunities(text);
    expect(breaks.length).toBeGreaterThan(1);
    // Every break falls between dictionary words.
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map(
      (s) => s.index,
    );
    for (const at of breaks) expect(words).toContain(at);
  });

  it('breaks Chinese between any two characters but never before closing punctuation', () => {
    const text = '每晚佩戴。王小明';
    const breaks = breakOpportunities(text);
    expect(breaks).toContain(1);
    expect(breaks).not.toContain(text.indexOf('。'));
  });

  it('breaks after spaces and hyphens only in spaced scripts', () => {
    expect(breakOpportunities('well-known splint (night)')).toEqual([5, 11, 18]);
  });
});

describe('CJK glyph forms', () => {
  const glyphOf = (text: string, language?: string) =>
    layoutParagraph(text, { size: 12, ...(language ? { language } : {}) }, 500).lines[0]?.runs[0]
      ?.shaped.glyphs[0]?.id;

  it('draws Han characters in Japanese forms for Japanese text and Chinese forms otherwise', () => {
    // 直 differs between Chinese and Japanese typefaces.
    expect(glyphOf('直', 'ja')).not.toBe(glyphOf('直', 'zh-Hans'));
    expect(glyphOf('直す', undefined)).toBe(glyphOf('直', 'ja'));
    expect(glyphOf('直', undefined)).toBe(glyphOf('直', 'zh-Hans'));
  });
});

describe('splitParagraph', () => {
  const laid = layoutParagraph(
    'Wear the resting splint at night and take it off if your fingers feel cold or look pale',
    { size: 14 },
    120,
  );

  it('keeps the lines that fit and starts the rest at the top of the next page', () => {
    const [first, second] = laid.lines;
    if (!first || !second) throw new Error('expected several lines');
    const [head, tail] = splitParagraph(laid, second.bottom - 1);
    expect(head.lines.map((l) => l.text)).toEqual([first.text]);
    expect(head.height).toBeCloseTo(first.bottom, 6);
    expect(tail?.lines.map((l) => l.text)).toEqual(laid.lines.slice(1).map((l) => l.text));
    // The rest starts as a paragraph of its own would: its first line at the top.
    expect(tail?.lines[0]?.top).toBe(0);
    expect(tail?.lines[0]?.baseline).toBeCloseTo(first.baseline, 6);
    expect(tail?.height).toBeCloseTo(laid.height - second.top, 6);
  });

  it('moves nothing when everything fits, and everything when nothing does', () => {
    expect(splitParagraph(laid, laid.height)).toEqual([laid, null]);
    const [head, tail] = splitParagraph(laid, 1);
    expect(head.lines).toEqual([]);
    expect(tail?.lines).toHaveLength(laid.lines.length);
  });
});
