import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rs from 'text-readability';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_KINDS,
  DAILY_ACTIVITIES,
  ENERGY_PS,
  catalogueContentSchema,
  type CatalogueContent,
  type CatalogueKind,
} from '../../shared/domain/catalogue.ts';
import type { WearingPattern } from '../../shared/domain/schedule.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SEED_DIR = join(ROOT, 'resources', 'catalogue');
const ICON_DIR = join(ROOT, 'node_modules', 'lucide-static', 'icons');

const FILES: Record<CatalogueKind, string> = {
  orthosis: 'orthoses.json',
  equipment: 'equipment.json',
  principle: 'principles.json',
  strategy: 'strategies.json',
  pacing: 'pacing.json',
};

/** The highest Flesch–Kincaid grade a patient-facing text may have (the review's plain-language bar). */
const MAX_GRADE = 6;
/**
 * Texts shorter than this many words (as text-readability counts them: hyphenated words count
 * once) are names and fragments, not sentences. Flesch–Kincaid is a formula for sentences; on one
 * to three words it measures only syllables per word, which the library also rounds to one
 * decimal. "Jar opener" scores 8.8 and "Electric can opener" 12.7, though any 12-year-old reads
 * both. For these fragments we check what actually makes a short label hard, long words, instead.
 */
const FRAGMENT_WORDS = 4;
/** The longest word a fragment may hold; "metacarpophalangeal" (7) and "orthosis" (3+) are jargon. */
const FRAGMENT_MAX_SYLLABLES = 3;
/** Upper-case words allowed in patient text: everything else in capitals reads as shouting. */
const ALLOWED_CAPITALS = new Set(['TV']);

interface SeedItem {
  seedId: string;
  content: CatalogueContent;
}

interface SeedFile {
  version: number;
  items: { seedId: unknown; content: unknown }[];
}

function loadRaw(kind: CatalogueKind): SeedFile {
  return JSON.parse(readFileSync(join(SEED_DIR, FILES[kind]), 'utf8')) as SeedFile;
}

function loadItems(kind: CatalogueKind): SeedItem[] {
  return loadRaw(kind).items.map((item) => ({
    seedId: String(item.seedId),
    content: catalogueContentSchema.parse(item.content),
  }));
}

const ALL = CATALOGUE_KINDS.flatMap((kind) => loadItems(kind).map((item) => ({ kind, ...item })));

interface PatientText {
  field: string;
  text: string;
}

function patternTexts(stage: string, pattern: WearingPattern | null): PatientText[] {
  if (pattern?.type === 'activities') {
    return pattern.activities.map((text, i) => ({
      field: `defaultSchedule.${stage}.activities[${i}]`,
      text,
    }));
  }
  if (pattern?.type === 'custom')
    return [{ field: `defaultSchedule.${stage}.text`, text: pattern.text }];
  return [];
}

/** Every text a patient reads on a handout, with the field it came from. */
function patientTexts(content: CatalogueContent): PatientText[] {
  const lines = (field: string, list: readonly string[]) =>
    list.map((text, i) => ({ field: `${field}[${i}]`, text }));
  switch (content.kind) {
    case 'orthosis':
      return [
        // The clinical name in brackets ("Thumb splint (thumb spica)") is for the therapist and
        // for matching what the clinic calls it; the plain name before it is what is graded.
        { field: 'name', text: content.name.replace(/\s*\([^)]*\)/g, '') },
        { field: 'purpose', text: content.purpose },
        ...patternTexts('usual', content.defaultSchedule.usual),
        ...patternTexts('flare', content.defaultSchedule.flare),
        ...patternTexts('stable', content.defaultSchedule.stable),
        ...lines('care', content.care),
        ...lines('warningSigns', content.warningSigns),
      ];
    case 'equipment':
      return [
        { field: 'name', text: content.name },
        { field: 'helpsWith', text: content.helpsWith },
        { field: 'howTo', text: content.howTo },
      ];
    case 'principle':
      return [
        { field: 'title', text: content.title },
        { field: 'explanation', text: content.explanation },
        ...Object.entries(content.examples).map(([region, text]) => ({
          field: `examples.${region}`,
          text: text ?? '',
        })),
      ];
    case 'strategy':
      return [
        { field: 'title', text: content.title },
        { field: 'explanation', text: content.explanation },
      ];
    case 'pacing':
      return [
        { field: 'name', text: content.name },
        { field: 'description', text: content.description },
      ];
  }
}

/** Why a text is too hard to read, or null when it is fine. */
function readingProblem(text: string): string | null {
  if (rs.lexiconCount(text) < FRAGMENT_WORDS) {
    const long = text
      .split(/[\s,/]+/)
      .filter((word) => rs.syllableCount(word) > FRAGMENT_MAX_SYLLABLES);
    return long.length > 0 ? `short text with long words: ${long.join(', ')}` : null;
  }
  const grade = rs.fleschKincaidGrade(text);
  return grade > MAX_GRADE ? `grade ${grade}` : null;
}

describe('seed catalogue files', () => {
  it.each(CATALOGUE_KINDS)('%s: a version, every item valid and of its kind', (kind) => {
    const raw = loadRaw(kind);
    expect(raw.version).toBeGreaterThanOrEqual(1);
    expect(raw.items.length).toBeGreaterThan(0);
    for (const item of raw.items) {
      expect(Object.keys(item).sort(), String(item.seedId)).toEqual(['content', 'seedId']);
      const parsed = catalogueContentSchema.safeParse(item.content);
      expect(parsed.error?.issues ?? [], String(item.seedId)).toEqual([]);
      expect(parsed.data?.kind, String(item.seedId)).toBe(kind);
    }
  });

  it('has well-formed seed ids, unique across files, prefixed with their kind', () => {
    const ids = ALL.map((item) => item.seedId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of ALL) {
      expect(item.seedId).toMatch(new RegExp(`^${item.kind}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it('has equipment for every daily activity', () => {
    const covered = new Set(
      ALL.flatMap(({ content }) => (content.kind === 'equipment' ? [content.activity] : [])),
    );
    expect(DAILY_ACTIVITIES.filter((a) => !covered.has(a))).toEqual([]);
  });

  it('has a strategy for every energy-conservation P', () => {
    const covered = new Set(
      ALL.flatMap(({ content }) => (content.kind === 'strategy' ? [content.p] : [])),
    );
    expect(ENERGY_PS.filter((p) => !covered.has(p))).toEqual([]);
  });

  it('uses only icons that exist in lucide-static', () => {
    const missing = ALL.filter(({ content }) => !existsSync(join(ICON_DIR, `${content.icon}.svg`)));
    expect(missing.map(({ seedId, content }) => `${seedId}: ${content.icon}`)).toEqual([]);
  });

  it('leaves the time a red mark may last to the clinic setting', () => {
    const timed = ALL.flatMap(({ seedId, content }) =>
      content.kind === 'orthosis'
        ? content.warningSigns
            .filter((line) => /\d|second|minute|hour/i.test(line))
            .map((line) => `${seedId}: ${line}`)
        : [],
    );
    expect(timed).toEqual([]);
  });
});

describe('patient-facing text', () => {
  const texts = ALL.flatMap(({ seedId, content }) =>
    patientTexts(content).map((t) => ({ seedId, ...t })),
  );

  it('finds the texts to check', () => {
    expect(texts.length).toBeGreaterThan(ALL.length * 2);
    expect(texts.every((t) => t.text.trim().length > 0)).toBe(true);
  });

  it(`reads at grade ${MAX_GRADE} or below`, () => {
    const hard = texts.flatMap(({ seedId, field, text }) => {
      const problem = readingProblem(text);
      return problem ? [`${seedId} ${field}: ${problem}: "${text}"`] : [];
    });
    expect(hard).toEqual([]);
  });

  it('uses no capitals or marks for emphasis', () => {
    const shouting = texts.flatMap(({ seedId, field, text }) => {
      const caps = (text.match(/\b[A-Z]{2,}\b/g) ?? []).filter((w) => !ALLOWED_CAPITALS.has(w));
      const marks = /[*_]/.test(text);
      return caps.length > 0 || marks ? [`${seedId} ${field}: "${text}"`] : [];
    });
    expect(shouting).toEqual([]);
  });

  it('fails a hard sentence and a jargon label, passes plain ones', () => {
    const hard =
      'Thermoplastic orthoses necessitate meticulous maintenance, particularly avoidance of elevated temperatures, which compromise structural integrity.';
    expect(rs.fleschKincaidGrade(hard)).toBeGreaterThan(MAX_GRADE);
    expect(readingProblem(hard)).toMatch(/^grade /);
    expect(readingProblem('Metacarpophalangeal orthosis')).toMatch(/metacarpophalangeal/i);
    expect(readingProblem('Wash it with mild soap and lukewarm water. Dry it well.')).toBeNull();
    expect(readingProblem('Electric can opener')).toBeNull();
  });
});
