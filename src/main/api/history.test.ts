import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Plan, PlanContent } from '../../shared/domain/plan.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { testPlanSplint, testSplint } from '../../test-support/catalogue-content.ts';

let h: ApiHarness;
let patientId: string;
let splintId: string;

const restingSplint = testSplint();

async function newPatient(givenName: string): Promise<string> {
  const patient = await h.ok('patients.create', {
    patient: { ...emptyPatientInput(), givenName, familyName: 'Smith' },
  });
  return patient.id;
}

beforeEach(async () => {
  h = await openApiHarness();
  const settings = await h.ok('settings.get', {});
  await h.ok('settings.update', {
    settings: {
      ...settings,
      clinicName: 'Clinic',
      therapistName: 'Sam Lee OT',
      therapists: ['Sam Lee OT'],
    },
  });
  patientId = await newPatient('Ann');
  splintId = (await h.ok('catalogue.create', { content: restingSplint })).id;
});

afterEach(() => h.close());

function withSplint(plan: Plan, usual: 'night' | 'continuous', reviewDate: string): PlanContent {
  return {
    ...plan.content,
    reviewDate,
    orthoses: [
      testPlanSplint(splintId, {
        schedule: { ...testSplint().defaultSchedule, usual: { type: usual } },
      }),
    ],
  };
}

/** v1 (night splint) finalised, then v2 (worn all day) finalised a week later. */
async function twoVersions(forPatient = patientId): Promise<[Plan, Plan]> {
  const d1 = await h.ok('plans.createDraft', { patientId: forPatient, source: { from: 'blank' } });
  await h.ok('plans.saveDraft', { id: d1.id, content: withSplint(d1, 'night', '2026-06-01') });
  const v1 = await h.ok('plans.finalise', { id: d1.id });
  h.clock.now = new Date('2026-03-09T10:00:00.000Z');
  const d2 = await h.ok('plans.revise', { id: v1.id });
  await h.ok('plans.saveDraft', { id: d2.id, content: withSplint(d2, 'continuous', '2030-01-15') });
  const v2 = await h.ok('plans.finalise', { id: d2.id });
  return [v1, v2];
}

function insertSession(
  status: 'planned' | 'recorded' | 'cancelled',
  date: string,
  data: object,
): void {
  h.db
    .prepare(
      `INSERT INTO sessions (id, patient_id, plan_id, session_date, status, therapist, data, created_at, updated_at, recorded_at)
       VALUES (?, ?, NULL, ?, ?, 'Sam Lee OT', ?, ?, ?, ?)`,
    )
    .run(
      crypto.randomUUID(),
      patientId,
      date,
      status,
      JSON.stringify(data),
      `${date}T09:00:00.000Z`,
      `${date}T09:00:00.000Z`,
      status === 'recorded' ? `${date}T10:00:00.000Z` : null,
    );
}

describe('the patient timeline', () => {
  it('lists every version newest first, each with what changed since the one before', async () => {
    const [v1, v2] = await twoVersions();
    h.clock.now = new Date('2026-03-10T10:00:00.000Z');
    const d3 = await h.ok('plans.revise', { id: v2.id });
    const { entries } = await h.ok('history.timeline', { patientId });
    expect(entries.map((e) => [e.id, e.kind === 'plan' && e.status, e.summary])).toEqual([
      // The new draft proposes version 2's interval (9 Mar 2026 → 15 Jan 2030) from 10 Mar.
      [d3.id, 'draft', 'Draft: review date 16 Jan 2030'],
      [v2.id, 'finalised', 'Review date 15 Jan 2030; Resting hand splint schedule changed'],
      [v1.id, 'superseded', 'First version'],
    ]);
    expect(entries[1]).toMatchObject({
      kind: 'plan',
      version: 2,
      date: '2026-03-09',
      at: '2026-03-09T10:00:00.000Z',
      therapist: 'Sam Lee OT',
    });
  });

  it('stores the one-line summary on the plan when it is finalised, and it never changes', async () => {
    const [, v2] = await twoVersions();
    const row = h.db.prepare('SELECT change_summary FROM plans WHERE id = ?').get(v2.id);
    expect(row).toEqual({
      change_summary: 'Review date 15 Jan 2030; Resting hand splint schedule changed',
    });
    expect(() =>
      h.db.prepare("UPDATE plans SET change_summary = 'x' WHERE id = ?").run(v2.id),
    ).toThrow(/cannot be changed/);
  });

  it('works out the summary of versions finalised before summaries were stored', async () => {
    const [v1, v2] = await twoVersions();
    h.db.exec('DROP TRIGGER plans_frozen');
    h.db.prepare('UPDATE plans SET change_summary = NULL').run();
    const { entries } = await h.ok('history.timeline', { patientId });
    expect(entries.map((e) => [e.id, e.summary])).toEqual([
      [v2.id, 'Review date 15 Jan 2030; Resting hand splint schedule changed'],
      [v1.id, 'First version'],
    ]);
  });

  it('puts sessions among the plans by date, each summed up in a line', async () => {
    const [v1, v2] = await twoVersions();
    insertSession('recorded', '2026-03-05', {
      agenda: 'Check the splint',
      checklist: [{ text: 'Skin check', done: true }],
      outcome: { pain: 4, adherence: 'mostly', notes: 'Private notes', changes: '' },
    });
    const six = Array.from({ length: 6 }, (_, i) => ({ text: `Item ${i}`, done: false }));
    insertSession('planned', '2026-04-01', { agenda: '', checklist: six, outcome: null });
    insertSession('cancelled', '2026-03-01', { agenda: '', checklist: [], outcome: null });
    const { entries } = await h.ok('history.timeline', { patientId });
    expect(entries.map((e) => [e.kind, e.date, e.summary])).toEqual([
      ['session', '2026-04-01', 'Planned: 6 checklist items'],
      ['plan', '2026-03-09', expect.stringContaining('Review date')],
      ['session', '2026-03-05', 'Recorded: pain 4/10, splint schedule mostly kept'],
      ['plan', '2026-03-02', 'First version'],
      ['session', '2026-03-01', 'Cancelled'],
    ]);
    expect(entries.map((e) => e.id)).toContain(v1.id);
    expect(entries.map((e) => e.id)).toContain(v2.id);
  });

  it('refuses a patient that does not exist', async () => {
    const error = await h.failure('history.timeline', { patientId: crypto.randomUUID() });
    expect(error.code).toBe('not-found');
  });
});

describe('the audit trail', () => {
  it('records every change to a patient: what, when and by which therapist, newest first', async () => {
    const patient = await h.ok('patients.get', { id: patientId });
    const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...fields } = patient;
    h.clock.now = new Date('2026-03-03T09:00:00.000Z');
    await h.ok('patients.update', {
      id: patientId,
      patient: { ...fields, diagnosis: 'Rheumatoid arthritis', phone: '01234 567890' },
    });
    await h.ok('patients.archive', { id: patientId });
    await h.ok('patients.archive', { id: patientId }); // already archived: nothing changes
    await h.ok('patients.restore', { id: patientId });
    const { audit } = await h.ok('history.timeline', { patientId });
    expect(audit.map((r) => [r.action, r.summary, r.therapist])).toEqual([
      ['restored', 'Restored from the archive', 'Sam Lee OT'],
      ['archived', 'Archived', 'Sam Lee OT'],
      ['updated', 'Changed diagnosis, phone', 'Sam Lee OT'],
      ['created', 'Added patient', 'Sam Lee OT'],
    ]);
    expect(audit[0]).toMatchObject({ entity: 'patient', entityId: patientId });
    expect(audit[3]?.at).toBe('2026-03-02T09:00:00.000Z');
    expect(JSON.stringify(audit)).not.toContain('Rheumatoid');
  });

  it('records each step of a plan, every save included', async () => {
    const [v1, v2] = await twoVersions();
    const d3 = await h.ok('plans.revise', { id: v2.id });
    await h.ok('plans.saveDraft', { id: d3.id, content: d3.content });
    await h.ok('plans.saveDraft', { id: d3.id, content: d3.content });
    h.clock.now = new Date('2026-03-09T10:20:00.000Z');
    await h.ok('plans.saveDraft', { id: d3.id, content: d3.content });
    await h.ok('plans.discardDraft', { id: d3.id });
    const { audit } = await h.ok('history.timeline', { patientId });
    expect(audit.filter((r) => r.entity === 'plan').map((r) => [r.entityId, r.summary])).toEqual([
      [d3.id, 'Discarded draft version 3'],
      [d3.id, 'Edited draft version 3'],
      [d3.id, 'Edited draft version 3'],
      [d3.id, 'Edited draft version 3'],
      [d3.id, 'Started draft version 3 from version 2'],
      [v2.id, 'Finalised version 2'],
      [v2.id, 'Edited draft version 2'],
      [v2.id, 'Started draft version 2 from version 1'],
      [v1.id, 'Finalised version 1'],
      [v1.id, 'Edited draft version 1'],
      [v1.id, 'Started draft version 1'],
    ]);
  });

  it('writes nothing when a change is refused', async () => {
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    const before = (await h.ok('history.timeline', { patientId })).audit.length;
    expect((await h.failure('plans.finalise', { id: draft.id })).code).toBe('invalid-input');
    expect((await h.ok('history.timeline', { patientId })).audit).toHaveLength(before);
  });

  it('keeps a deleted patient’s trail, ending with the deletion, and refuses to change it', async () => {
    await twoVersions();
    await h.ok('patients.archive', { id: patientId });
    await h.ok('patients.delete', { id: patientId, confirm: true });
    const rows = h.db
      .prepare('SELECT action, summary FROM audit_log WHERE patient_id = ? ORDER BY seq DESC')
      .all(patientId) as { action: string; summary: string }[];
    expect(rows[0]).toEqual({
      action: 'deleted',
      summary: 'Deleted permanently, with all plans and sessions',
    });
    expect(rows.length).toBeGreaterThan(5);
    expect(() => h.db.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be changed/);
  });
});

describe('comparing two versions', () => {
  it('says in plain words what changed, side by side', async () => {
    const [v1, v2] = await twoVersions();
    const result = await h.ok('history.compare', { fromId: v1.id, toId: v2.id });
    expect(result.from).toMatchObject({ id: v1.id, version: 1, status: 'superseded' });
    expect(result.to).toMatchObject({ id: v2.id, version: 2, status: 'finalised' });
    expect(result.changes.map((c) => [c.section, c.kind, c.before, c.after])).toEqual([
      ['Plan details', 'changed', '1 Jun 2026', '15 Jan 2030'],
      ['Splints and braces', 'changed', 'night only', 'all day and night'],
    ]);
    expect(result.changes[1]?.text).toBe('Resting hand splint: night only → all day and night');
  });

  it('compares a draft as it stands now', async () => {
    const [, v2] = await twoVersions();
    const d3 = await h.ok('plans.revise', { id: v2.id });
    await h.ok('plans.saveDraft', {
      id: d3.id,
      content: { ...d3.content, orthoses: [], reviewDate: null },
    });
    const result = await h.ok('history.compare', { fromId: v2.id, toId: d3.id });
    expect(result.changes.map((c) => c.text)).toEqual([
      'Review date: 15 Jan 2030 → none',
      'Removed Resting hand splint (right wrist): all day and night',
    ]);
  });

  it('refuses versions of two different patients, the same version twice, or a missing plan', async () => {
    const [v1] = await twoVersions();
    const [other] = await twoVersions(await newPatient('Bea'));
    const mixed = await h.failure('history.compare', { fromId: v1.id, toId: other.id });
    expect(mixed).toMatchObject({ code: 'invalid-input' });
    expect(mixed.message).toContain('different patients');
    const same = await h.failure('history.compare', { fromId: v1.id, toId: v1.id });
    expect(same.message).toContain('two different versions');
    const gone = await h.failure('history.compare', { fromId: v1.id, toId: crypto.randomUUID() });
    expect(gone.code).toBe('not-found');
  });
});

describe('handouts in the timeline', () => {
  it('lists each handout given, with the version and what it was printed with', async () => {
    const [v1, v2] = await twoVersions();
    h.clock.now = new Date('2026-03-10T10:00:00.000Z');
    const given = await h.ok('handouts.create', {
      planId: v2.id,
      paper: 'Letter',
      largePrint: true,
      wearLog: true,
    });
    const { entries } = await h.ok('history.timeline', { patientId });
    const handouts = entries.filter((e) => e.kind === 'handout');
    expect(handouts).toEqual([
      expect.objectContaining({
        id: given.id,
        planId: v2.id,
        version: 2,
        date: '2026-03-10',
        summary: 'Letter, large print, wear log',
      }),
    ]);
    expect(entries[0]?.kind).toBe('handout');
    expect(entries.some((e) => e.id === v1.id)).toBe(true);
  });
});
