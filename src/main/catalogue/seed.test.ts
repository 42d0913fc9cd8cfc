import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { syncSeedCatalogue } from '../db/repositories/catalogue.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { builtInTemplateFile, seedCatalogueFiles, syncShippedContent } from './seed.ts';

let h: ApiHarness;
const NOW = '2026-03-02T09:00:00.000Z';
const seedCount = seedCatalogueFiles().reduce((n, f) => n + f.items.length, 0);

beforeEach(async () => {
  h = await openApiHarness();
  syncShippedContent(h.db, NOW);
});
afterEach(() => h.close());

const count = (sql: string) => (h.db.prepare(sql).get() as { n: number }).n;

describe('the shipped catalogue', () => {
  it('is added in full on first start, and again changes nothing', async () => {
    expect(count('SELECT COUNT(*) AS n FROM catalogue_items WHERE from_seed = 1')).toBe(seedCount);
    const before = h.db.prepare('SELECT * FROM catalogue_items ORDER BY id').all();
    syncShippedContent(h.db, '2027-01-01T00:00:00.000Z');
    expect(h.db.prepare('SELECT * FROM catalogue_items ORDER BY id').all()).toEqual(before);
  });

  it('updates unedited items from a newer seed but never overwrites what a therapist edited', async () => {
    const jar = await h.ok('catalogue.get', { id: 'equipment.jar-opener' });
    const knife = await h.ok('catalogue.get', { id: 'equipment.rocker-knife' });
    const edited = {
      ...jar.content,
      howTo: 'Our clinic lends these out: ask at reception.',
    } as CatalogueContent;
    await h.ok('catalogue.update', { id: jar.id, content: edited });
    await h.ok('catalogue.retire', { id: knife.id });

    const newer = (c: CatalogueContent) =>
      ({ ...c, helpsWith: `${'helpsWith' in c ? c.helpsWith : ''} (v2)` }) as CatalogueContent;
    const result = syncSeedCatalogue(
      h.db,
      [
        { seedId: jar.id, content: newer(jar.content) },
        { seedId: knife.id, content: newer(knife.content) },
      ],
      2,
      '2027-01-01T00:00:00.000Z',
    );
    expect(result).toEqual({ added: 0, updated: 1, keptEdited: 1 });
    const jarAfter = await h.ok('catalogue.get', { id: jar.id });
    expect(jarAfter.content).toEqual(edited);
    expect(jarAfter.edited).toBe(true);
    const knifeAfter = await h.ok('catalogue.get', { id: knife.id });
    expect(knifeAfter.content).toEqual(newer(knife.content));
    expect(knifeAfter.retiredAt).not.toBeNull();
  });

  it('lists and searches by kind, hiding retired items unless asked', async () => {
    const kitchen = await h.ok('catalogue.list', { kind: 'equipment', query: 'jar' });
    expect(kitchen.map((i) => i.id)).toContain('equipment.jar-opener');
    await h.ok('catalogue.retire', { id: 'equipment.jar-opener' });
    expect(
      (await h.ok('catalogue.list', { kind: 'equipment', query: 'jar' })).map((i) => i.id),
    ).not.toContain('equipment.jar-opener');
    expect(
      (await h.ok('catalogue.list', { kind: 'equipment', query: 'jar', includeRetired: true })).map(
        (i) => i.id,
      ),
    ).toContain('equipment.jar-opener');
  });
});

describe('built-in templates', () => {
  it('offers the five clinical starting points', async () => {
    const names = (await h.ok('templates.list', {})).filter((t) => t.builtIn).map((t) => t.name);
    expect(names.sort()).toEqual(
      [
        'General energy conservation',
        'RA hand with established deformity',
        'RA hand, active flare',
        'RA hand, stable',
        'RA knee and foot',
      ].sort(),
    );
  });

  it('each starts a draft that can be saved, using only catalogue items that exist', async () => {
    const patient = await h.ok('patients.create', {
      patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' },
    });
    for (const t of builtInTemplateFile().templates) {
      const draft = await h.ok('plans.createDraft', {
        patientId: patient.id,
        source: { from: 'template', templateId: t.id },
      });
      expect(draft.content.title).toBe(t.title);
      expect(draft.content.orthoses.map((o) => o.catalogueId)).toEqual(
        t.orthoses.map((o) => o.catalogueId),
      );
      await h.ok('plans.saveDraft', { id: draft.id, content: draft.content });
      await h.ok('plans.discardDraft', { id: draft.id });
    }
  });

  it('gives each template splint its catalogue schedule', async () => {
    const patient = await h.ok('patients.create', {
      patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' },
    });
    const draft = await h.ok('plans.createDraft', {
      patientId: patient.id,
      source: { from: 'template', templateId: 'template.ra-hand-flare' },
    });
    const splint = await h.ok('catalogue.get', { id: 'orthosis.resting-hand' });
    expect(splint.content.kind).toBe('orthosis');
    if (splint.content.kind === 'orthosis')
      expect(draft.content.orthoses[0]?.schedule).toEqual(splint.content.defaultSchedule);
  });
});
