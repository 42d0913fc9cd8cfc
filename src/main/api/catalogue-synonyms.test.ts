import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { syncShippedContent } from '../catalogue/seed.ts';

let h: ApiHarness;
beforeEach(async () => {
  h = await openApiHarness();
  syncShippedContent(h.db, '2026-03-02T09:00:00.000Z');
});
afterEach(() => h.close());

const found = async (query: string, kind: 'orthosis' | 'equipment' | null = null) =>
  (await h.ok('catalogue.list', { kind, query })).map((i) => i.id);

const gripTape: CatalogueContent = {
  kind: 'equipment',
  name: 'Grip tape for the walking frame',
  activity: 'mobility',
  helpsWith: 'A softer, wider grip.',
  howTo: 'Wrap it round the handles.',
  icon: 'hand',
};

describe('catalogue search', () => {
  it('finds items by the other names therapists use, UK and US', async () => {
    expect(await found('built-up')).toContain('equipment.built-up-cutlery');
    expect(await found('built')).toContain('equipment.built-up-cutlery');
    expect(await found('Foam handled cutlery')).toContain('equipment.built-up-cutlery');
    expect(await found('thick-handled')).toContain('equipment.built-up-cutlery');
    expect(await found('night splint', 'orthosis')).toContain('orthosis.resting-hand');
    expect(await found('resting splint')).toContain('orthosis.resting-hand');
    expect(await found('working splint')).toContain('orthosis.working-wrist');
    expect(await found('wrist splint')).toContain('orthosis.working-wrist');
    expect(await found('oval-8')).toEqual(
      expect.arrayContaining(['orthosis.ring-swan-neck', 'orthosis.ring-boutonniere']),
    );
    expect(await found('OVAL 8')).toContain('orthosis.ring-swan-neck');
    expect(await found('grip pad')).toContain('equipment.jar-opener');
    expect(await found('rollator')).toContain('equipment.wheeled-walker');
  });

  it('matches words inside an item, ignoring case and accents', async () => {
    expect(await found('BOUTONNIERE')).toContain('orthosis.ring-boutonniere');
    expect(await found('twist HARD')).toContain('equipment.jar-opener');
  });

  it('finds nothing for words no item holds', async () => {
    expect(await found('xylophone')).toEqual([]);
  });
});

describe('synonyms the therapist edits', () => {
  it('keeps a changed list across later starts of the app', async () => {
    const jar = await h.ok('catalogue.get', { id: 'equipment.jar-opener' });
    await h.ok('catalogue.update', {
      id: jar.id,
      content: jar.content,
      synonyms: ['Lid grip', 'lid grip'],
    });
    syncShippedContent(h.db, '2026-04-02T09:00:00.000Z');
    const after = await h.ok('catalogue.get', { id: jar.id });
    expect(after.synonyms).toEqual(['Lid grip']);
    expect(after.edited).toBe(false);
    expect(await found('lid grip')).toContain(jar.id);
    expect(await found('grip pad')).not.toContain(jar.id);
  });

  it('keeps synonyms when only the content changes', async () => {
    const made = await h.ok('catalogue.create', { content: gripTape, synonyms: ['Handle foam'] });
    await h.ok('catalogue.update', { id: made.id, content: { ...gripTape, name: 'Grip tape' } });
    expect((await h.ok('catalogue.get', { id: made.id })).synonyms).toEqual(['Handle foam']);
    expect(await found('handle foam')).toContain(made.id);
  });

  it('refuses an empty other name, naming the field', async () => {
    const error = await h.failure('catalogue.create', { content: gripTape, synonyms: [' '] });
    expect(error.fields?.['synonyms.0']).toBe('Other name is required');
  });
});

describe('one-off items', () => {
  it('stay out of the catalogue, finalise and freeze in the plan, and can be saved to the catalogue', async () => {
    const item = await h.ok('catalogue.create', { content: gripTape, oneOff: true });
    expect(item.oneOff).toBe(true);
    expect(await found('grip tape')).toEqual([]);
    const all = await h.ok('catalogue.list', { includeRetired: true, includeOneOff: true });
    expect(all.map((i) => i.id)).toContain(item.id);

    const patient = await h.ok('patients.create', {
      patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' },
    });
    const draft = await h.ok('plans.createDraft', {
      patientId: patient.id,
      source: { from: 'blank' },
    });
    await h.ok('plans.saveDraft', {
      id: draft.id,
      content: {
        ...draft.content,
        therapist: 'Jo',
        reviewDate: '2026-06-01',
        equipment: [{ catalogueId: item.id, reason: null }],
      },
    });
    const plan = await h.ok('plans.finalise', { id: draft.id });
    expect(plan.snapshot?.catalogue[item.id]).toEqual(gripTape);
    const handout = await h.ok('handouts.create', { planId: plan.id });
    expect(handout.pdfBase64.length).toBeGreaterThan(1000);

    const kept = await h.ok('catalogue.keepOneOff', { id: item.id });
    expect(kept.oneOff).toBe(false);
    expect(await found('grip tape')).toEqual([item.id]);
  });
});

describe('templates', () => {
  it('renames, describes and deletes the therapist’s own, leaving plans made from them alone', async () => {
    const patient = await h.ok('patients.create', {
      patient: { ...emptyPatientInput(), givenName: 'Bo', familyName: 'Day' },
    });
    const draft = await h.ok('plans.createDraft', {
      patientId: patient.id,
      source: { from: 'template', templateId: 'template.ra-hand-stable' },
    });
    const own = await h.ok('templates.saveFromPlan', {
      planId: draft.id,
      name: 'Mine',
      description: null,
    });
    const second = await h.ok('plans.createDraft', {
      patientId: (
        await h.ok('patients.create', {
          patient: { ...emptyPatientInput(), givenName: 'Cy', familyName: 'Day' },
        })
      ).id,
      source: { from: 'template', templateId: own.id },
    });
    const renamed = await h.ok('templates.update', {
      id: own.id,
      name: 'Office workers',
      description: 'Keyboard and mouse',
    });
    expect(renamed).toMatchObject({ name: 'Office workers', description: 'Keyboard and mouse' });
    await h.ok('templates.delete', { id: own.id, confirm: true });
    expect((await h.ok('templates.list', {})).map((t) => t.id)).not.toContain(own.id);
    expect((await h.ok('plans.get', { id: second.id })).content).toEqual(second.content);
  });

  it('refuses to change a built-in template or to delete without confirming', async () => {
    const builtIn = await h.failure('templates.update', {
      id: 'template.ra-hand-stable',
      name: 'Renamed',
      description: null,
    });
    expect(builtIn.code).toBe('invalid-input');
    const unconfirmed = await h.failure('templates.delete', {
      id: '00000000-0000-4000-8000-000000000000',
      confirm: false,
    });
    expect(unconfirmed.fields?.['confirm']).toBe('Deleting a template must be confirmed');
    expect((await h.ok('templates.list', {})).map((t) => t.id)).toContain(
      'template.ra-hand-stable',
    );
  });
});
