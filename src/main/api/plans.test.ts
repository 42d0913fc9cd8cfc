import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Plan, PlanContent } from '../../shared/domain/plan.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { findSnapshot } from '../db/repositories/plans.ts';

let h: ApiHarness;
let patientId: string;
let splintId: string;
let jarOpenerId: string;
let principleId: string;

const restingSplint: CatalogueContent = {
  kind: 'orthosis',
  name: 'Resting hand splint',
  orthosisType: 'resting-hand',
  fitsJoints: ['wrist', 'mcp', 'pip', 'dip'],
  purpose: 'Rests your hand and wrist to ease pain.',
  defaultSchedule: {
    usual: { type: 'night' },
    flare: null,
    stable: null,
    hoursPerDay: null,
    startDate: null,
  },
  care: ['Wash it with mild soap and lukewarm water.'],
  warningSigns: ['Numbness or tingling.'],
  icon: 'hand',
};
const jarOpener: CatalogueContent = {
  kind: 'equipment',
  name: 'Jar opener',
  activity: 'kitchen',
  helpsWith: 'Opens lids without a tight grip.',
  howTo: 'Put the jar on a non-slip mat first.',
  icon: 'cooking-pot',
};
const spreadTheLoad: CatalogueContent = {
  kind: 'principle',
  title: 'Spread the load',
  explanation: 'Use bigger, stronger joints for heavy jobs.',
  examples: { hand: 'Carry a bag over your forearm, not in your fingers.' },
  icon: 'hand',
};

beforeEach(async () => {
  h = await openApiHarness();
  const patient = await h.ok('patients.create', {
    patient: {
      ...emptyPatientInput(),
      givenName: 'Ann',
      familyName: 'Smith',
      affectedJoints: [{ joint: 'wrist', side: 'right' }],
    },
  });
  patientId = patient.id;
  splintId = (await h.ok('catalogue.create', { content: restingSplint })).id;
  jarOpenerId = (await h.ok('catalogue.create', { content: jarOpener })).id;
  principleId = (await h.ok('catalogue.create', { content: spreadTheLoad })).id;
});

afterEach(() => h.close());

function completeContent(plan: Plan): PlanContent {
  return {
    ...plan.content,
    therapist: 'Jo Bloggs OT',
    reviewDate: '2026-06-01',
    goals: [{ text: 'Open jars without pain', icfCode: 'd440' }],
    orthoses: [
      {
        catalogueId: splintId,
        side: 'right',
        joints: ['wrist'],
        schedule: {
          usual: { type: 'night' },
          flare: { type: 'continuous' },
          stable: null,
          hoursPerDay: null,
          startDate: null,
        },
        precautions: null,
        notes: '',
      },
    ],
    equipment: [{ catalogueId: jarOpenerId, reason: 'Struggles with lids' }],
    rest: {
      breakRule: { restMinutes: 5, everyMinutes: 30 },
      timetable: [],
      strategies: [],
      energyPs: 'four-ps',
    },
    principles: [{ catalogueId: principleId, example: 'Carry shopping on the forearm' }],
  };
}

async function finalisedPlan(): Promise<Plan> {
  const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
  await h.ok('plans.saveDraft', { id: draft.id, content: completeContent(draft) });
  return h.ok('plans.finalise', { id: draft.id });
}

describe('drafts', () => {
  it('starts a blank draft dated today with the patient’s affected joints, as version 1', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      previousId: null,
      snapshotSha256: null,
    });
    expect(draft.content.planDate).toBe('2026-03-02');
    expect(draft.content.affectedJoints).toEqual([{ joint: 'wrist', side: 'right' }]);
  });

  it('saves every part of a draft and reads it back unchanged', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    const content = completeContent(draft);
    const saved = await h.ok('plans.saveDraft', { id: draft.id, content });
    expect(saved.content).toEqual(content);
    expect((await h.ok('plans.get', { id: draft.id })).content).toEqual(content);
  });

  it('reads a draft saved before the energy-saving "Ps" choice existed as the 4 Ps', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    h.db
      .prepare("UPDATE plans SET rest = json_remove(rest, '$.energyPs') WHERE id = ?")
      .run(draft.id);
    expect((await h.ok('plans.get', { id: draft.id })).content.rest.energyPs).toBe('four-ps');
    const saved = await h.ok('plans.saveDraft', {
      id: draft.id,
      content: { ...draft.content, rest: { ...draft.content.rest, energyPs: 'versus-arthritis' } },
    });
    expect(saved.content.rest.energyPs).toBe('versus-arthritis');
  });

  it('fills in the default therapist from the settings', async () => {
    const settings = await h.ok('settings.get', {});
    await h.ok('settings.update', {
      settings: {
        ...settings,
        clinicName: 'Clinic',
        therapistName: 'Sam Lee OT',
        therapists: ['Sam Lee OT'],
      },
    });
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    expect(draft.content.therapist).toBe('Sam Lee OT');
  });

  it('keeps at most one draft per patient', async () => {
    await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    const error = await h.failure('plans.createDraft', { patientId, source: { from: 'blank' } });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('already has a draft');
  });

  it('refuses content that names a catalogue item that does not exist, and saves nothing', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    const content = {
      ...draft.content,
      equipment: [{ catalogueId: 'equipment.no-such-thing', reason: null }],
    };
    expect((await h.failure('plans.saveDraft', { id: draft.id, content })).message).toContain(
      'equipment.no-such-thing',
    );
    expect((await h.ok('plans.get', { id: draft.id })).content.equipment).toEqual([]);
  });

  it('discards a draft', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    await h.ok('plans.discardDraft', { id: draft.id });
    expect((await h.failure('plans.get', { id: draft.id })).code).toBe('not-found');
    expect(await h.ok('plans.list', { patientId })).toEqual([]);
  });
});

describe('finalising', () => {
  it('refuses an incomplete plan, says why field by field, and leaves it a draft', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    const error = await h.failure('plans.finalise', { id: draft.id });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('cannot be finalised yet');
    expect(error.fields).toMatchObject({
      therapist: 'Therapist is required',
      reviewDate: 'Set a review date before finalising',
    });
    expect((await h.ok('plans.get', { id: draft.id })).status).toBe('draft');
  });

  it('freezes the plan with its time, therapist and the SHA-256 of a canonical snapshot', async () => {
    const plan = await finalisedPlan();
    expect(plan).toMatchObject({
      status: 'finalised',
      finalisedAt: '2026-03-02T09:00:00.000Z',
      finalisedBy: 'Jo Bloggs OT',
    });
    // Stored packed (migration 010): read back as the very text that was hashed.
    const json = findSnapshot(h.db, plan.id)?.json ?? '';
    expect(createHash('sha256').update(json).digest('hex')).toBe(plan.snapshotSha256);
    const snapshot = JSON.parse(json) as PlanSnapshot;
    expect(snapshot.patient).toMatchObject({ givenName: 'Ann', familyName: 'Smith' });
    expect(snapshot.catalogue[splintId]).toEqual(restingSplint);
    expect(snapshot.plan.content.rest.breakRule).toEqual({ restMinutes: 5, everyMinutes: 30 });
  });

  it('rejects every change to a finalised plan, through the API and in the database itself', async () => {
    const plan = await finalisedPlan();
    const saved = await h.failure('plans.saveDraft', {
      id: plan.id,
      content: { ...plan.content, title: 'Changed' },
    });
    expect(saved.code).toBe('conflict');
    expect((await h.failure('plans.finalise', { id: plan.id })).code).toBe('conflict');
    expect((await h.failure('plans.discardDraft', { id: plan.id })).code).toBe('conflict');
    expect(() =>
      h.db.prepare("UPDATE plans SET title = 'Changed' WHERE id = ?").run(plan.id),
    ).toThrow(/cannot be changed/);
    // Its items are packed with its snapshot: neither can change, and no item can be added.
    expect(() => h.db.prepare("UPDATE plans SET packed = x'01' WHERE id = ?").run(plan.id)).toThrow(
      /cannot be changed/,
    );
    expect(() =>
      h.db.prepare("UPDATE plans SET snapshot = '{}' WHERE id = ?").run(plan.id),
    ).toThrow(/cannot be changed/);
    expect(() =>
      h.db.prepare("INSERT INTO plan_items VALUES (?, 'goal', 9, NULL, '{}')").run(plan.id),
    ).toThrow(/cannot be changed/);
    expect(await h.ok('plans.get', { id: plan.id })).toEqual(plan);
  });

  it('keeps what was given when the catalogue item is later edited or retired', async () => {
    const plan = await finalisedPlan();
    await h.ok('catalogue.update', {
      id: splintId,
      content: { ...restingSplint, name: 'Night splint (renamed)' },
    });
    await h.ok('catalogue.retire', { id: splintId });
    const frozen = findSnapshot(h.db, plan.id);
    expect((JSON.parse(frozen?.json ?? '') as PlanSnapshot).catalogue[splintId]).toEqual(
      restingSplint,
    );
    expect(frozen?.sha256).toBe(plan.snapshotSha256);
    expect((await h.ok('plans.get', { id: plan.id })).content.orthoses[0]?.catalogueId).toBe(
      splintId,
    );
  });
});

describe('versions', () => {
  it('changing a finalised plan makes version 2, linked to version 1, which stays untouched', async () => {
    const v1 = await finalisedPlan();
    h.clock.now = new Date('2026-04-10T10:00:00.000Z');
    const v2 = await h.ok('plans.revise', { id: v1.id });
    expect(v2).toMatchObject({ status: 'draft', version: 2, previousId: v1.id });
    expect(v2.content.planDate).toBe('2026-04-10');
    // Version 1 was reviewed 13 weeks after its date (2 Mar → 1 Jun): version 2 proposes the same.
    expect(v2.content.reviewDate).toBe('2026-07-10');
    expect(v2.content.orthoses).toEqual(v1.content.orthoses);

    await h.ok('plans.saveDraft', {
      id: v2.id,
      content: { ...v2.content, reviewDate: '2026-07-01', equipment: [] },
    });
    const final2 = await h.ok('plans.finalise', { id: v2.id });
    expect(final2.status).toBe('finalised');

    const v1After = await h.ok('plans.get', { id: v1.id });
    expect(v1After).toEqual({ ...v1, status: 'superseded' });
    const list = await h.ok('plans.list', { patientId });
    expect(list.map((p) => [p.version, p.status])).toEqual([
      [2, 'finalised'],
      [1, 'superseded'],
    ]);
  });

  it('starts a new plan from the patient’s latest plan', async () => {
    const v1 = await finalisedPlan();
    const next = await h.ok('plans.createDraft', {
      patientId,
      source: { from: 'plan', planId: v1.id },
    });
    expect(next).toMatchObject({ version: 2, previousId: v1.id });
    expect(next.content.equipment).toEqual(v1.content.equipment);
  });

  it('deleting a patient permanently removes all their plan versions', async () => {
    const v1 = await finalisedPlan();
    const v2 = await h.ok('plans.revise', { id: v1.id });
    await h.ok('patients.archive', { id: patientId });
    await h.ok('patients.delete', { id: patientId, confirm: true });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM plans').get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM plan_items').get()).toEqual({ n: 0 });
    expect((await h.failure('plans.get', { id: v2.id })).code).toBe('not-found');
  });
});

describe('templates', () => {
  it('refuses, naming the field, to save a plan whose older text a template would not take', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    await h.ok('plans.saveDraft', { id: draft.id, content: completeContent(draft) });
    // A title saved before control characters were refused (only an older version could).
    h.db.prepare('UPDATE plans SET title = ? WHERE id = ?').run('Hands\u0007 at home', draft.id);
    const before = h.db.prepare('SELECT COUNT(*) AS n FROM plan_templates').get();
    const error = await h.failure('templates.saveFromPlan', {
      planId: draft.id,
      name: 'Hands',
      description: null,
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/cannot be saved as a template.*title/i);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM plan_templates').get()).toEqual(before);
  });

  it('saves a plan as a template and starts another patient’s plan from it', async () => {
    const plan = await finalisedPlan();
    const template = await h.ok('templates.saveFromPlan', {
      planId: plan.id,
      name: 'Night splint and kitchen aids',
      description: null,
    });
    expect(await h.ok('templates.list', {})).toContainEqual(template);

    const other = await h.ok('patients.create', {
      patient: {
        ...emptyPatientInput(),
        givenName: 'Bob',
        familyName: 'Jones',
        affectedJoints: [{ joint: 'knee', side: 'left' }],
      },
    });
    const draft = await h.ok('plans.createDraft', {
      patientId: other.id,
      source: { from: 'template', templateId: template.id },
    });
    expect(draft.content.orthoses).toEqual(plan.content.orthoses);
    expect(draft.content.affectedJoints).toEqual([{ joint: 'knee', side: 'left' }]);
    expect(draft.content.therapist).toBe('');
    expect(draft.content.reviewDate).toBeNull();
  });
});
