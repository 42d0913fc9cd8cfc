import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { syncSeedCatalogue } from '../db/repositories/catalogue.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import {
  builtInTemplateFile,
  NEEDS_HOME_CHECK,
  seedCatalogueFiles,
  syncShippedContent,
} from './seed.ts';

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

  it('updates unedited items from a newer seed, never overwrites an edited one, and offers it the new wording', async () => {
    const jar = await h.ok('catalogue.get', { id: 'equipment.jar-opener' });
    const knife = await h.ok('catalogue.get', { id: 'equipment.rocker-knife' });
    const edited = {
      ...jar.content,
      howTo: 'Our clinic lends these out: ask at reception.',
    } as CatalogueContent;
    await h.ok('catalogue.update', { id: jar.id, content: edited });
    await h.ok('catalogue.retire', { id: knife.id });

    const newer = (c: CatalogueContent) =>
      ({ ...c, helpsWith: `${'helpsWith' in c ? c.helpsWith : ''} (v9)` }) as CatalogueContent;
    const seeds = [
      { seedId: jar.id, content: newer(jar.content) },
      { seedId: knife.id, content: newer(knife.content) },
    ];
    const result = syncSeedCatalogue(h.db, seeds, 9, '2027-01-01T00:00:00.000Z');
    expect(result).toEqual({ added: 0, updated: 1, keptEdited: 1, suggested: 1 });
    const jarAfter = await h.ok('catalogue.get', { id: jar.id });
    expect(jarAfter.content).toEqual(edited);
    expect(jarAfter.edited).toBe(true);
    expect(jarAfter.suggestion).toEqual(newer(jar.content));
    const knifeAfter = await h.ok('catalogue.get', { id: knife.id });
    expect(knifeAfter.content).toEqual(newer(knife.content));
    expect(knifeAfter.retiredAt).not.toBeNull();
    expect(knifeAfter.suggestion).toBeNull();

    // Dismissed: the therapist's wording stays, and the same version is not offered again.
    await h.ok('catalogue.dismissSuggestion', { id: jar.id });
    expect((await h.ok('catalogue.get', { id: jar.id })).suggestion).toBeNull();
    syncSeedCatalogue(h.db, seeds, 9, '2027-01-02T00:00:00.000Z');
    expect((await h.ok('catalogue.get', { id: jar.id })).suggestion).toBeNull();

    // A later version is offered; accepting it makes the item shipped wording again.
    syncSeedCatalogue(h.db, seeds, 10, '2027-02-01T00:00:00.000Z');
    const accepted = await h.ok('catalogue.acceptSuggestion', { id: jar.id });
    expect(accepted.content).toEqual(newer(jar.content));
    expect(accepted.edited).toBe(false);
    expect(accepted.suggestion).toBeNull();
    const v11 = [
      { seedId: jar.id, content: { ...newer(jar.content), howTo: 'v11' } as CatalogueContent },
    ];
    expect(syncSeedCatalogue(h.db, v11, 11, '2027-03-01T00:00:00.000Z').updated).toBe(1);
    expect((await h.failure('catalogue.acceptSuggestion', { id: jar.id })).code).toBe('conflict');
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

  const templates = builtInTemplateFile().templates;
  const orthosisType = new Map(
    seedCatalogueFiles()
      .flatMap((f) => f.items)
      .flatMap((i) => (i.content.kind === 'orthosis' ? [[i.seedId, i.content.orthosisType]] : [])),
  );

  it('never preselects both sides of a rigid night splint, nor both sides of any hand or knee splint', () => {
    const both = templates.flatMap((t) =>
      t.orthoses
        .filter((o) => o.side === 'both' && orthosisType.get(o.catalogueId) !== 'foot')
        .map((o) => `${t.id}: ${o.catalogueId}`),
    );
    expect(both).toEqual([]);
    // Rigid splints need a side chosen by the therapist: no template guesses the worse hand.
    for (const t of templates)
      for (const o of t.orthoses)
        if (orthosisType.get(o.catalogueId) !== 'foot') expect(o.side, t.id).toBeNull();
  });

  it('never preselects equipment that needs a home check first', () => {
    const preselected = templates.flatMap((t) =>
      t.equipment.filter((e) => NEEDS_HOME_CHECK.includes(e)).map((e) => `${t.id}: ${e}`),
    );
    expect(preselected).toEqual([]);
  });

  it('preselects at most one hand splint, keeps moving in a flare, and codes walking as walking', () => {
    for (const t of templates) expect(t.orthoses.length, t.id).toBeLessThanOrEqual(3);
    const hand = templates.filter((t) => t.id.startsWith('template.ra-hand'));
    for (const t of hand) expect(t.orthoses.length, t.id).toBeLessThanOrEqual(1);
    const flare = templates.find((t) => t.id === 'template.ra-hand-flare');
    expect(flare?.principles).toEqual(
      expect.arrayContaining(['principle.keep-moving', 'principle.manage-a-flare']),
    );
    const knee = templates.find((t) => t.id === 'template.ra-knee-foot');
    expect(knee?.goals.find((g) => /walk/i.test(g.text))?.icfCode).toBe('d450');
    expect(knee?.equipment).toContain('equipment.shaped-stick-handle');
  });

  it('will not finalise a template plan until each splint has a side and a chosen schedule', async () => {
    const patient = await h.ok('patients.create', {
      patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' },
    });
    const draft = await h.ok('plans.createDraft', {
      patientId: patient.id,
      source: { from: 'template', templateId: 'template.ra-hand-flare' },
    });
    const content = { ...draft.content, reviewDate: '2099-01-01', therapist: 'Jo' };
    await h.ok('plans.saveDraft', { id: draft.id, content });
    const refused = await h.failure('plans.finalise', { id: draft.id });
    expect(refused.fields?.['orthoses.0.side']).toMatch(/Choose right, left or both/);
  });

  it('chooses the side when the splint fits joints affected on one side only', async () => {
    const make = async (side: 'right' | 'left' | null) =>
      h.ok('patients.create', {
        patient: {
          ...emptyPatientInput(),
          givenName: 'Ann',
          familyName: `Side ${side ?? 'both'}`,
          affectedJoints:
            side === null
              ? [
                  { joint: 'wrist', side: 'right' },
                  { joint: 'wrist', side: 'left' },
                ]
              : [{ joint: 'wrist', side }],
        },
      });
    const sideFor = async (side: 'right' | 'left' | null) => {
      const patient = await make(side);
      const draft = await h.ok('plans.createDraft', {
        patientId: patient.id,
        source: { from: 'template', templateId: 'template.ra-hand-flare' },
      });
      return draft.content.orthoses[0]?.side;
    };
    expect(await sideFor('left')).toBe('left');
    expect(await sideFor('right')).toBe('right');
    expect(await sideFor(null)).toBeNull();
  });
});
