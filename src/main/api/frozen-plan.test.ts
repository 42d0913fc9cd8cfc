import { afterEach, beforeEach, expect, it } from 'vitest';
import { catalogueItemName, type CatalogueContent } from '../../shared/domain/catalogue.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Plan } from '../../shared/domain/plan.ts';
import { syncShippedContent } from '../catalogue/seed.ts';
import { pdfText, requireTools } from '../handout/pdf-tools.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { finaliseFromTemplate } from '../../test-support/template-snapshot.ts';

// A finalised plan is frozen: renaming and retiring the catalogue items it used must change
// neither its own page (plans.get), nor the compare page, nor a handout made afterwards.

let h: ApiHarness;
let v1: Plan;
let splint: { id: string; content: CatalogueContent };
let opener: { id: string; content: CatalogueContent };

beforeEach(async () => {
  requireTools();
  h = await openApiHarness();
  syncShippedContent(h.db, '2026-03-02T09:00:00.000Z');
  const patient = await h.ok('patients.create', {
    patient: { ...emptyPatientInput(), givenName: 'Margaret', familyName: 'Okafor' },
  });
  v1 = await finaliseFromTemplate(h, patient.id, 'template.ra-hand-flare');
  const splintId = v1.content.orthoses[0]?.catalogueId ?? '';
  const openerId = v1.content.equipment[0]?.catalogueId ?? '';
  splint = await h.ok('catalogue.get', { id: splintId });
  opener = await h.ok('catalogue.get', { id: openerId });
  for (const item of [splint, opener]) {
    await h.ok('catalogue.update', {
      id: item.id,
      content:
        'name' in item.content
          ? { ...item.content, name: `Renamed ${item.content.name}` }
          : item.content,
    });
    await h.ok('catalogue.retire', { id: item.id });
  }
});
afterEach(() => h.close());

it('shows the frozen plan with the words it was finalised with', async () => {
  const plan = await h.ok('plans.get', { id: v1.id });
  expect(plan.snapshot?.catalogue[splint.id]).toEqual(splint.content);
  expect(plan.snapshot?.catalogue[opener.id]).toEqual(opener.content);
  expect(plan.snapshot?.plan.content).toEqual(v1.content);
  expect(plan.snapshotSha256).toBe(v1.snapshotSha256);
});

it('makes a handout with the old words after the items were renamed and retired', async () => {
  const file = await h.ok('handouts.create', { planId: v1.id });
  const text = pdfText(Buffer.from(file.pdfBase64, 'base64')).replace(/\s+/g, ' ');
  expect(text).toContain(catalogueItemName(opener.content));
  expect(text).not.toContain('Renamed');
});

it('compares versions with each version’s own catalogue words', async () => {
  const draft = await h.ok('plans.revise', { id: v1.id });
  await h.ok('plans.saveDraft', {
    id: draft.id,
    content: {
      ...draft.content,
      reviewDate: '2026-07-01',
      orthoses: draft.content.orthoses.filter((o) => o.catalogueId !== splint.id),
    },
  });
  const v2 = await h.ok('plans.finalise', { id: draft.id });
  const { changes } = await h.ok('history.compare', { fromId: v1.id, toId: v2.id });
  const removed = changes.find((c) => c.kind === 'removed');
  expect(removed?.subject).toBe(catalogueItemName(splint.content));
  // Version 1 still reads as given, now that it is superseded.
  const old = await h.ok('plans.get', { id: v1.id });
  expect(old.status).toBe('superseded');
  expect(old.snapshot?.catalogue[splint.id]).toEqual(splint.content);
});
