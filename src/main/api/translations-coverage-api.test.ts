import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { finaliseFromTemplate } from '../../test-support/template-snapshot.ts';
import { syncShippedContent } from '../catalogue/seed.ts';

let h: ApiHarness;
beforeEach(async () => {
  h = await openApiHarness();
  syncShippedContent(h.db, '2026-03-02T09:00:00.000Z');
});
afterEach(() => h.close());

it('answers, for a finalised plan, from its frozen catalogue: a later rewording does not change it', async () => {
  const patient = await h.ok('patients.create', {
    patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Baker' },
  });
  const plan = await finaliseFromTemplate(h, patient.id, 'template.ra-hand-flare');
  const before = await h.ok('translations.coverage', { planId: plan.id, language: 'es' });
  const items = before.filter((l) => l.source === 'catalogue');
  expect(items.length).toBeGreaterThan(0);
  // Every shipped item comes with its Spanish draft; Polish has none.
  expect(items.every((l) => l.status === 'draft')).toBe(true);
  const polish = await h.ok('translations.coverage', { planId: plan.id, language: 'pl' });
  expect(polish.every((l) => l.status === 'missing')).toBe(true);

  const first = items[0]?.id ?? '';
  const item = await h.ok('catalogue.get', { id: first });
  await h.ok('catalogue.update', {
    id: first,
    content: { ...item.content, ...renamed(item.content) },
  });
  expect(await h.ok('translations.coverage', { planId: plan.id, language: 'es' })).toEqual(before);
  const unknown = await h.failure('translations.coverage', { planId: plan.id, language: 'xx' });
  expect(unknown.fields?.language).toMatch(/handout languages/);
});

const renamed = (content: { kind: string }) =>
  'name' in content ? { name: 'Renamed here' } : { title: 'Renamed here' };
