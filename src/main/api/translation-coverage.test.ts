import { beforeAll, describe, expect, it } from 'vitest';
import {
  catalogueSourceTexts,
  TRANSLATION_LANGUAGES,
} from '../../shared/domain/content-translation.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { buildSampleSnapshot } from '../../test-support/sample-snapshot.ts';
import type { StoredTranslation } from '../db/repositories/content-translations.ts';
import { HANDOUT_LANGUAGES } from '../handout/messages/languages.ts';
import { printedFromSnapshot, translationCoverage } from './translation-coverage.ts';
import { stampFields } from './translation-state.ts';

let snapshot: PlanSnapshot;
beforeAll(async () => (snapshot = await buildSampleSnapshot()), 60_000);

/** A Spanish translation of every text of `id` as the snapshot froze it. */
function fullTranslation(id: string, check: { by: string; on: string } | null = null) {
  const english = snapshot.catalogue[id];
  if (!english) throw new Error(`The sample plan has no ${id}`);
  const sources = catalogueSourceTexts(english);
  const texts = Object.fromEntries(Object.keys(sources).map((path) => [path, `ES ${path}`]));
  return {
    owner: 'catalogue',
    ownerId: id,
    language: 'es',
    fields: stampFields(texts, sources),
    checkedBy: check?.by ?? null,
    checkedOn: check?.on ?? null,
    writtenBy: 'Sam Lee',
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
  } satisfies StoredTranslation;
}

it('offers every handout language but English, in the handout’s order', () => {
  expect(TRANSLATION_LANGUAGES).toEqual(
    HANDOUT_LANGUAGES.map((l) => l.tag).filter((tag) => tag !== 'en'),
  );
});

describe('translationCoverage', () => {
  it('lists each printed item once, in handout order, then the plan’s own text', () => {
    const lines = translationCoverage(printedFromSnapshot(snapshot), 'es', []);
    const items = lines.filter((l) => l.source === 'catalogue');
    const { content } = snapshot.plan;
    expect(items.map((l) => l.id)).toEqual([
      ...new Set(
        [
          ...content.orthoses,
          ...content.equipment,
          ...content.principles,
          ...content.rest.strategies,
        ].map((e) => e.catalogueId),
      ),
    ]);
    expect(lines.every((l) => l.status === 'missing')).toBe(true);
    expect(lines.find((l) => l.id === 'title')).toMatchObject({
      source: 'plan',
      label: content.title,
    });
    expect(lines.filter((l) => l.id.startsWith('goals.'))).toHaveLength(content.goals.length);
  });

  it('tells checked, draft, out-of-date and missing translations apart', () => {
    const [splint, wrist, equipment] = [
      'orthosis.resting-hand',
      'orthosis.working-wrist',
      snapshot.plan.content.equipment[0]?.catalogueId ?? '',
    ];
    const checked = fullTranslation(splint, { by: 'Ana García', on: '2026-03-01' });
    const draft = fullTranslation(wrist);
    const stale = fullTranslation(equipment);
    const firstField = Object.keys(stale.fields)[0] ?? '';
    stale.fields[firstField] = { text: 'viejo', sourceSha256: '0'.repeat(64) };

    const lines = translationCoverage(printedFromSnapshot(snapshot), 'es', [
      checked,
      draft,
      stale,
      {
        ...fullTranslation(snapshot.plan.content.principles[0]?.catalogueId ?? ''),
        language: 'pl',
      },
    ]);
    const status = (id: string) => lines.find((l) => l.id === id);
    expect(status(splint)).toMatchObject({
      status: 'checked',
      checkedBy: 'Ana García',
      checkedOn: '2026-03-01',
    });
    expect(status(wrist)).toMatchObject({ status: 'draft', checkedBy: null });
    expect(status(equipment)?.status).toBe('stale');
    // A Polish translation is not a Spanish one.
    expect(status(snapshot.plan.content.principles[0]?.catalogueId ?? '')?.status).toBe('missing');
  });

  it('counts a translation lacking some of the English (a new care line) as out of date', () => {
    const partial = fullTranslation('orthosis.resting-hand');
    delete partial.fields['care.0'];
    const [line] = translationCoverage(printedFromSnapshot(snapshot), 'es', [partial]);
    expect(line).toMatchObject({ id: 'orthosis.resting-hand', status: 'stale' });
  });
});
