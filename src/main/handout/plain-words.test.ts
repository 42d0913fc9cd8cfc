import rs from 'text-readability';
import { beforeAll, describe, expect, it } from 'vitest';
import { clinicalWordsIn } from '../../shared/domain/clinical-words.ts';
import {
  buildHandoutTestSet,
  therapistTexts,
  type HandoutCase,
} from '../../test-support/handout-test-set.ts';
import { SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { requireTools, runOnPdf } from './pdf-tools.ts';
import { renderHandout } from './render.ts';

/** The plain-language bar: Flesch–Kincaid grade 6 (as the seed catalogue's own test). */
const MAX_GRADE = 6;
/**
 * Flesch–Kincaid is a formula for sentences: a heading or label ("Looking after your insoles")
 * that ends in no full stop and is this short is checked, as the seed catalogue's fragments are,
 * for long words instead.
 */
const LABEL_WORDS = 8;
const LABEL_MAX_SYLLABLES = 3;
/** Long words every reader knows, allowed in a label ("Activity" in the day's timetable). */
const EVERYDAY_LONG_WORDS = new Set(['activity', 'activities']);

interface Rendered extends HandoutCase {
  text: string;
}
let rendered: Rendered[] = [];

beforeAll(async () => {
  requireTools();
  const cases = await buildHandoutTestSet();
  rendered = await Promise.all(
    cases.map(async (c) => ({
      ...c,
      // -raw: in drawing order, so a table reads cell by cell, not across its columns.
      text: runOnPdf(
        'pdftotext',
        ['-raw'],
        await renderHandout(sealSnapshot(c.snapshot), { ...SAMPLE_OPTIONS, wearLog: true }),
      ).out,
    })),
  );
}, 120_000);

/**
 * The handout's text as sentences. pdftotext gives one line per printed line: a line that
 * starts in lower case (or with a digit) carries on the one before; any other starts anew, as
 * a bullet, a heading or a table cell does. Sentences end at . ! ? and at the colon after a
 * label ("Where:") or a name ("Night hand splint, in a flare:").
 */
function sentencesOf(text: string): string[] {
  const blocks: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const last = blocks.length - 1;
    if (last >= 0 && /^[a-z0-9(–]/.test(line) && !/[.!?:]$/.test(blocks[last] ?? ''))
      blocks[last] = `${blocks[last]} ${line}`;
    else blocks.push(line);
  }
  return blocks
    .flatMap((b) => b.split(/(?<=[.!?:])\s+(?=[A-Z0-9"“])/))
    .map((s) => s.trim())
    .filter((s) => rs.lexiconCount(s) > 0);
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every string in a value (a catalogue entry, the safety box), however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Whether a sentence holds (or is part of) one of `texts`. */
function isFrom(sentence: string, texts: readonly string[]): boolean {
  const s = fold(sentence).replace(/[.:!?]$/, '');
  return texts.some((t) => {
    const f = fold(t);
    return f.length > 0 && (f.includes(s) || (f.length >= 12 && s.includes(f)));
  });
}

/** Why a generated sentence or label is too hard, or null. Brackets hold a clinical name. */
function readingProblem(sentence: string): string | null {
  const text = sentence.replace(/\s*\([^)]*\)/g, '');
  if (!/[.!?]$/.test(text) && rs.lexiconCount(text) < LABEL_WORDS) {
    const long = text
      .split(/[\s,/:]+/)
      .filter(
        (w) =>
          rs.syllableCount(w) > LABEL_MAX_SYLLABLES && !EVERYDAY_LONG_WORDS.has(w.toLowerCase()),
      );
    return long.length > 0 ? `long words: ${long.join(', ')}` : null;
  }
  const grade = rs.fleschKincaidGrade(text);
  return grade > MAX_GRADE ? `grade ${grade}` : null;
}

describe('handout words a patient can follow', () => {
  it('covers the set: every case rendered', () => {
    expect(rendered.length).toBeGreaterThanOrEqual(8);
    for (const r of rendered) expect(r.text.length).toBeGreaterThan(1000);
  });

  it('prints no clinical abbreviation or code in any handout of the set', () => {
    const found = rendered.flatMap((r) =>
      clinicalWordsIn(r.text).map((word) => `${r.name}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it('writes every generated sentence at grade 6 or below, and reports the rest', () => {
    const hard = new Set<string>();
    const theirs = new Set<string>();
    for (const r of rendered) {
      // The therapist's words, the clinic's, and the catalogue's and safety box's (which the
      // clinic can edit; as shipped they pass seed-content.test.ts and safety-wording.test.ts).
      const own = [...therapistTexts(r.snapshot), ...stringsIn(SAMPLE_OPTIONS.clinic)];
      const content = [...stringsIn(r.snapshot.catalogue), ...stringsIn(r.snapshot.safety)];
      for (const s of sentencesOf(r.text)) {
        if (isFrom(s, own) || isFrom(s, content)) {
          const problem = readingProblem(s);
          if (problem) theirs.add(`${problem}: ${s}`);
          continue;
        }
        const problem = readingProblem(s);
        if (problem) hard.add(`${problem}: ${s}`);
      }
    }
    // Measured, not refused: the therapist and the clinic may have reasons for their wording.
    const report = [...theirs].join('\n');
    console.info(
      `In the therapist's and clinic's own words, above grade ${MAX_GRADE} or with long words:\n${report}`,
    );
    expect([...hard]).toEqual([]);
  });

  it('says a recorded flare first: the flare schedule now, the usual one when it settles', () => {
    const flare = rendered.find((r) => r.name.includes('in a flare'));
    const text = fold(flare?.text ?? '');
    expect(text).toContain('now, during this flare: wear it day and night');
    expect(text).toContain('when the flare settles: wear it at night while you sleep');
    expect(text).not.toContain('see left');
    expect(text).not.toContain('read the words');
  });

  it('leads with the settled schedule for a patient whose joints have settled', () => {
    const stable = rendered.find((r) => r.name.includes('settled'));
    const text = fold(stable?.text ?? '');
    expect(text).toContain('now, while your joints are settled');
    expect(text).toContain('if your joints get worse again');
  });
});
