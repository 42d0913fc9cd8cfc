import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Plan } from '../../shared/domain/plan.ts';
import type { SessionOutcomeInput } from '../../shared/domain/session.ts';
import { listAuditForPatient } from '../db/repositories/audit.ts';
import { GENERAL_CHECKLIST } from '../sessions/checklist.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { testJarOpener, testSplint } from '../../test-support/catalogue-content.ts';

// The harness's clock starts on 2 March 2026.
const TODAY = '2026-03-02';

let h: ApiHarness;
let patientId: string;

const restingSplint = testSplint({ fitsJoints: ['wrist', 'mcp'] });
const jarOpener = testJarOpener();

async function addPatient(givenName: string, familyName: string): Promise<string> {
  const patient = { ...emptyPatientInput(), givenName, familyName };
  return (await h.ok('patients.create', { patient })).id;
}

async function setTherapist(name: string) {
  const settings = await h.ok('settings.get', {});
  await h.ok('settings.update', {
    settings: { ...settings, clinicName: 'Clinic', therapistName: name, therapists: [name] },
  });
}

async function finalisedPlan(): Promise<Plan> {
  const splintId = (await h.ok('catalogue.create', { content: restingSplint })).id;
  const jarId = (await h.ok('catalogue.create', { content: jarOpener })).id;
  const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
  await h.ok('plans.saveDraft', {
    id: draft.id,
    content: {
      ...draft.content,
      title: 'Hands at night',
      therapist: 'Jo Bloggs OT',
      reviewDate: '2026-06-01',
      goals: [{ text: 'Open jars without pain', icfCode: null }],
      orthoses: [
        {
          catalogueId: splintId,
          side: 'right',
          joints: ['wrist'],
          schedule: restingSplint.defaultSchedule,
          precautions: null,
          notes: '',
        },
      ],
      equipment: [{ catalogueId: jarId, reason: null }],
    },
  });
  return h.ok('plans.finalise', { id: draft.id });
}

const outcome = (change: Partial<SessionOutcomeInput> = {}): SessionOutcomeInput => ({
  pain: 4,
  adherence: 'mostly',
  checklist: [{ text: 'Ask about pain after activity', done: true }],
  notes: 'Wrist sore after gardening.',
  changes: 'Strap padded.',
  ...change,
});

const trail = () => listAuditForPatient(h.db, patientId).filter((r) => r.entity === 'session');
const storedData = (id: string) =>
  JSON.parse(
    (h.db.prepare('SELECT data FROM sessions WHERE id = ?').get(id) as { data: string }).data,
  ) as unknown;

beforeEach(async () => {
  h = await openApiHarness();
  patientId = await addPatient('Ann', 'Smith');
});

afterEach(() => h.close());

describe('planning a session', () => {
  it('draws the agenda and checklist from the active plan, in the therapist’s words', async () => {
    await setTherapist('Sam Lee OT');
    const plan = await finalisedPlan();
    const session = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-09' });
    expect(session).toMatchObject({
      patientId,
      planId: plan.id,
      sessionDate: '2026-03-09',
      status: 'planned',
      therapist: 'Sam Lee OT',
      outcome: null,
      recordedAt: null,
      agenda: 'Follow-up on plan version 1: Hands at night',
    });
    expect(session.checklist.map((i) => i.text)).toEqual([
      'Check the fit of the resting hand splint (right)',
      'Ask how the wearing schedule went for the resting hand splint',
      'Review the jar opener: used? helping?',
      'Ask about pain after activity',
      'Review goal: Open jars without pain',
      'Review the date for the next plan review (1 Jun 2026)',
    ]);
    expect(session.checklist.every((i) => !i.done)).toBe(true);
    expect(await h.ok('sessions.get', { id: session.id })).toEqual(session);
    expect(trail()).toMatchObject([
      {
        therapist: 'Sam Lee OT',
        entityId: session.id,
        action: 'planned',
        summary: 'Planned a session for 9 Mar 2026',
      },
    ]);
  });

  it('gives a short general checklist when the patient has no finalised plan', async () => {
    await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    const session = await h.ok('sessions.plan', { patientId, sessionDate: TODAY });
    expect(session.planId).toBeNull();
    expect(session.checklist.map((i) => i.text)).toEqual([...GENERAL_CHECKLIST]);
    expect(session.therapist).toBe('Therapist not set');
    // The timeline reads the data column: its layout is part of the contract.
    expect(storedData(session.id)).toEqual({
      agenda: session.agenda,
      checklist: session.checklist,
      outcome: null,
    });
  });

  it('refuses an archived patient and saves nothing', async () => {
    await h.ok('patients.archive', { id: patientId });
    const error = await h.failure('sessions.plan', { patientId, sessionDate: TODAY });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/archived/) });
    expect(await h.ok('sessions.list', { patientId })).toEqual([]);
    expect(trail()).toEqual([]);
  });

  it('refuses a second planned session on the same day, and an impossible date', async () => {
    await h.ok('sessions.plan', { patientId, sessionDate: TODAY });
    const twice = await h.failure('sessions.plan', { patientId, sessionDate: TODAY });
    expect(twice.code).toBe('conflict');
    expect(twice.fields).toHaveProperty('sessionDate');
    const bad = await h.failure('sessions.plan', { patientId, sessionDate: '2026-02-30' });
    expect(bad.message).toBe('Session date must be a real date');
    expect(await h.ok('sessions.list', { patientId })).toHaveLength(1);
  });
});

describe('changing a planned session', () => {
  it('changes the date, agenda and checklist while planned, and says it moved', async () => {
    const planned = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-09' });
    const changed = await h.ok('sessions.update', {
      id: planned.id,
      plan: {
        sessionDate: '2026-03-10',
        agenda: 'Check new splint',
        checklist: [{ text: '  Check the strap  ' }],
      },
    });
    expect(changed).toMatchObject({
      sessionDate: '2026-03-10',
      agenda: 'Check new splint',
      checklist: [{ text: 'Check the strap', done: false }],
    });
    expect(trail()[0]).toMatchObject({
      action: 'changed',
      summary: 'Moved a session from 9 Mar 2026 to 10 Mar 2026',
    });
  });

  it('refuses to change a recorded or cancelled session', async () => {
    const a = await h.ok('sessions.plan', { patientId, sessionDate: TODAY });
    await h.ok('sessions.record', { id: a.id, outcome: outcome() });
    const plan = { sessionDate: TODAY, agenda: 'x', checklist: [] };
    const recorded = await h.failure('sessions.update', { id: a.id, plan });
    expect(recorded).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/recorded/),
    });

    const b = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-20' });
    await h.ok('sessions.cancel', { id: b.id });
    const cancelled = await h.failure('sessions.update', { id: b.id, plan });
    expect(cancelled.message).toMatch(/cancelled/);
    expect((await h.ok('sessions.get', { id: b.id })).agenda).not.toBe('x');
  });
});

describe('recording a session', () => {
  it('keeps what happened, the ticks and who saw the patient', async () => {
    const planned = await h.ok('sessions.plan', { patientId, sessionDate: TODAY });
    await setTherapist('Sam Lee OT');
    h.clock.now = new Date('2026-03-02T11:30:00.000Z');
    const recorded = await h.ok('sessions.record', { id: planned.id, outcome: outcome() });
    expect(recorded).toMatchObject({
      status: 'recorded',
      therapist: 'Sam Lee OT',
      recordedAt: '2026-03-02T11:30:00.000Z',
      agenda: planned.agenda,
      checklist: [{ text: 'Ask about pain after activity', done: true }],
      outcome: {
        pain: 4,
        adherence: 'mostly',
        notes: 'Wrist sore after gardening.',
        changes: 'Strap padded.',
      },
    });
    expect(storedData(planned.id)).toEqual({
      agenda: planned.agenda,
      checklist: recorded.checklist,
      outcome: recorded.outcome,
    });
    expect(trail()[0]).toMatchObject({
      action: 'recorded',
      summary: 'Recorded session: pain 4/10',
    });
  });

  it('can be corrected by recording again, keeping the earlier record; the first recording time stays', async () => {
    const planned = await h.ok('sessions.plan', { patientId, sessionDate: TODAY });
    const first = await h.ok('sessions.record', { id: planned.id, outcome: outcome() });
    h.clock.now = new Date('2026-03-03T08:00:00.000Z');
    const fixed = await h.ok('sessions.record', {
      id: planned.id,
      outcome: outcome({ pain: 3, adherence: null }),
    });
    expect(fixed.recordedAt).toBe(first.recordedAt);
    expect(fixed.updatedAt).toBe('2026-03-03T08:00:00.000Z');
    expect(fixed.outcome).toMatchObject({ pain: 3, adherence: null });
    // Nothing recorded is lost: the first record is kept, with who wrote it and when it was replaced.
    expect(fixed.earlierRecords).toEqual([
      {
        replacedAt: '2026-03-03T08:00:00.000Z',
        therapist: first.therapist,
        checklist: first.checklist,
        outcome: first.outcome,
      },
    ]);
    expect((await h.ok('sessions.get', { id: planned.id })).earlierRecords).toHaveLength(1);
    expect(trail().map((r) => r.summary)).toEqual([
      'Corrected the session record: pain 4/10 → 3/10',
      'Recorded session: pain 4/10',
      'Planned a session for 2 Mar 2026',
    ]);
  });

  it('refuses a cancelled session, a day still to come, and a pain score off the scale', async () => {
    const later = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-05' });
    const early = await h.failure('sessions.record', { id: later.id, outcome: outcome() });
    expect(early.message).toMatch(/5 Mar 2026, which has not come yet/);

    const pain = await h.failure('sessions.record', {
      id: later.id,
      outcome: outcome({ pain: 11 }),
    });
    expect(pain.fields).toEqual({ 'outcome.pain': 'Pain must be from 0 to 10' });

    await h.ok('sessions.cancel', { id: later.id });
    h.clock.now = new Date('2026-03-06T09:00:00.000Z');
    const cancelled = await h.failure('sessions.record', { id: later.id, outcome: outcome() });
    expect(cancelled).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/cancelled/),
    });
    expect(await h.ok('sessions.get', { id: later.id })).toMatchObject({
      status: 'cancelled',
      outcome: null,
      recordedAt: null,
    });
    expect(trail().map((r) => r.action)).toEqual(['cancelled', 'planned']);
  });
});

describe('cancelling a session', () => {
  it('cancels a planned session once, and never a recorded one', async () => {
    const a = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-04' });
    expect((await h.ok('sessions.cancel', { id: a.id })).status).toBe('cancelled');
    await h.ok('sessions.cancel', { id: a.id });
    expect(trail().filter((r) => r.action === 'cancelled')).toHaveLength(1);

    const b = await h.ok('sessions.plan', { patientId, sessionDate: TODAY });
    await h.ok('sessions.record', { id: b.id, outcome: outcome() });
    const error = await h.failure('sessions.cancel', { id: b.id });
    expect(error.message).toMatch(/recorded, so it cannot be cancelled/);
    expect((await h.ok('sessions.get', { id: b.id })).status).toBe('recorded');
  });

  it('says when a session no longer exists', async () => {
    const error = await h.failure('sessions.cancel', { id: crypto.randomUUID() });
    expect(error.code).toBe('not-found');
  });
});

describe('upcoming sessions', () => {
  it('lists planned sessions from today soonest first, then overdue ones, without archived patients', async () => {
    const bob = await addPatient('Bob', 'Jones');
    const cara = await addPatient('Cara', 'Diaz');
    const overdue = await h.ok('sessions.plan', { patientId: bob, sessionDate: '2026-02-20' });
    const nextWeek = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-09' });
    const today = await h.ok('sessions.plan', { patientId: bob, sessionDate: TODAY });
    const recorded = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-01' });
    await h.ok('sessions.record', { id: recorded.id, outcome: outcome() });
    const cancelled = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-03' });
    await h.ok('sessions.cancel', { id: cancelled.id });
    await h.ok('sessions.plan', { patientId: cara, sessionDate: '2026-03-04' });
    await h.ok('patients.archive', { id: cara });

    const list = await h.ok('sessions.upcoming', {});
    expect(list.map((s) => [s.id, s.overdue])).toEqual([
      [today.id, false],
      [nextWeek.id, false],
      [overdue.id, true],
    ]);
    expect(list[0]).toMatchObject({
      patientName: 'Jones, Bob',
      sessionDate: TODAY,
      checklistCount: GENERAL_CHECKLIST.length,
    });
  });

  it('lists a patient’s sessions, the latest date first', async () => {
    await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-01' });
    await h.ok('sessions.plan', { patientId, sessionDate: '2026-04-01' });
    const list = await h.ok('sessions.list', { patientId });
    expect(list.map((s) => s.sessionDate)).toEqual(['2026-04-01', '2026-03-01']);
  });
});
