import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  catalogueSourceTexts,
  type ContentTranslation,
} from '../../shared/domain/content-translation.ts';
import { translationTextsSchema } from '../../shared/domain/content-translation.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import {
  builtInTemplateFile,
  seedCatalogueFiles,
  shippedTranslationFiles,
  syncShippedContent,
} from './seed.ts';

let h: ApiHarness;
const AT = '2026-03-02T09:00:00.000Z';
beforeEach(async () => {
  h = await openApiHarness();
  syncShippedContent(h.db, AT);
});
afterEach(() => h.close());

const spanishOf = async (owner: 'catalogue' | 'template', ownerId: string) =>
  (await h.ok('translations.list', { owner, ownerId })).find((t) => t.language === 'es');

it('ships a Spanish draft of every patient-facing text of every shipped item and template', async () => {
  for (const file of seedCatalogueFiles()) {
    for (const item of file.items) {
      const es = await spanishOf('catalogue', item.seedId);
      expect(es, item.seedId).toMatchObject<Partial<ContentTranslation>>({
        check: null,
        stale: false,
        missing: [],
        writtenBy: 'shipped',
      });
      expect(Object.keys(es?.fields ?? {}).sort()).toEqual(
        Object.keys(catalogueSourceTexts(item.content)).sort(),
      );
      // Words of its own, not the English copied across.
      expect(es?.fields.name?.text ?? es?.fields.title?.text).not.toBe(
        'name' in item.content ? item.content.name : item.content.title,
      );
    }
  }
  for (const t of builtInTemplateFile().templates) {
    const es = await spanishOf('template', t.id);
    expect(es, t.id).toMatchObject({ check: null, stale: false, missing: [] });
  }
});

it('ships only words a therapist could have typed (printable, within the length allowed)', () => {
  for (const file of shippedTranslationFiles())
    for (const texts of [...Object.values(file.catalogue), ...Object.values(file.templates)])
      expect(translationTextsSchema.safeParse(texts).error).toBeUndefined();
});

it('never replaces a therapist’s Spanish at the next start, and shows a reworded item’s draft out of date', async () => {
  const mine = await h.ok('translations.save', {
    owner: 'catalogue',
    ownerId: 'equipment.jar-opener',
    language: 'es',
    texts: { name: 'Abretarros' },
  });
  const item = await h.ok('catalogue.get', { id: 'equipment.rocker-knife' });
  if (item.content.kind !== 'equipment') throw new Error('The rocker knife is equipment');
  await h.ok('catalogue.update', {
    id: item.id,
    content: { ...item.content, howTo: 'Rock the blade; keep your wrist straight.' },
  });

  syncShippedContent(h.db, '2026-06-01T09:00:00.000Z');

  expect(await spanishOf('catalogue', 'equipment.jar-opener')).toEqual(mine);
  const knife = await spanishOf('catalogue', 'equipment.rocker-knife');
  expect(knife?.fields.howTo?.stale).toBe(true);
  expect(knife?.fields.name?.stale).toBe(false);
});
