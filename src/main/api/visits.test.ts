import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { SessionOutcomeInput } from '../../shared/domain/session.ts';
import type { VisitMeasuresInput } from '../../shared/domain/visit-measures.ts';
import { listAuditForPatient } from '../db/repositories/audit.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { testSplint } from '../../test-support/catalogue-content.ts';

// The harness's clock starts on 2 March 2026.
let h: ApiHarness;
let patientId: string;

async function addPatient(givenName: string, familyName: string): Promise<string> {
  const patient = { ...emptyPatientInput(), givenName, familyName };
  return (await h.ok('patients.create', { patient })).id;
}

const slot = (startTime: string, durationMinutes = 45) =>
  ({ startTime, durationMinutes, place: 'clinic' }) as const;

const measures = (change: Partial<VisitMeasuresInput> = {}): VisitMeasuresInput => ({
  painNow: null,
  morningStiffnessMinutes: null,
  gripLeftKg: [],
  gripRightKg: [],
  splintAdherence: [],
  activities: [],
  goals: [],
  custom: [],
  ...change,
});

const outcome = (m: Partial<VisitMeasuresInput>): SessionOutcomeInput => ({
  pain: 5,
  adherence: null,
  checklist: [],
  notes: '',
  changes: '',
  measures: measures(m),
});

beforeEach(async () => {
  h = await openApiHarness();
  patientId = await addPatient('Ann', 'Smith');
});

afterEach(() => h.close());

describe('planning a visit at a time and place', () => {
  it('keeps the time, length and place, lists it in the day view, and writes it to the trail', async () => {
    const session = await h.ok('sessions.plan', {
      patientId,
      sessionDate: '2026-03-09',
      slot: { startTime: '14:30', durationMinutes: 30, place: 'video' },
    });
    expect(session.slot).toEqual({ startTime: '14:30', durationMinutes: 30, place: 'video' });
    const day = await h.ok('sessions.planned', { from: '2026-03-09', to: '2026-03-09' });
    expect(day.map((s) => [s.patientName, s.slot?.startTime])).toEqual([['Smith, Ann', '14:30']]);
    expect(await h.ok('sessions.planned', { from: '2026-03-10', to: '2026-03-16' })).toEqual([]);
    expect(listAuditForPatient(h.db, patientId)[0]?.summary).toBe(
      'Planned a session for 9 Mar 2026, 14:30–15:00',
    );
  });

  it('refuses a visit that overlaps another of the same therapist, naming it, and saves nothing', async () => {
    const other = await addPatient('Bea', 'Jones');
    await h.ok('sessions.plan', {
      patientId: other,
      sessionDate: '2026-03-09',
      slot: slot('09:00', 60),
    });
    const error = await h.failure('sessions.plan', {
      patientId,
      sessionDate: '2026-03-09',
      slot: slot('09:30'),
    });
    const message =
      'This time clashes with the visit for Jones, Bea on 9 Mar 2026, 09:00–10:00. Choose another time.';
    expect(error).toMatchObject({
      code: 'conflict',
      message,
      fields: { 'slot.startTime': message },
    });
    expect(await h.ok('sessions.list', { patientId })).toEqual([]);
    // Back to back is fine.
    await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-09', slot: slot('10:00') });
  });

  it('keeps the slot when the plan for the visit is changed without one, and when it is recorded', async () => {
    const s = await h.ok('sessions.plan', {
      patientId,
      sessionDate: '2026-03-02',
      slot: slot('08:00'),
    });
    const updated = await h.ok('sessions.update', {
      id: s.id,
      plan: { sessionDate: '2026-03-02', agenda: 'Changed', checklist: s.checklist },
    });
    expect(updated.slot).toEqual(slot('08:00'));
    const recorded = await h.ok('sessions.record', { id: s.id, outcome: outcome({}) });
    expect(recorded.slot).toEqual(slot('08:00'));
  });
});

describe('recording measures', () => {
  async function clinicMeasure() {
    const settings = await h.ok('settings.get', {});
    const id = '6f1c1a52-2d9e-4a3c-9d38-2f0b7f0c8e11';
    await h.ok('settings.update', {
      settings: {
        ...settings,
        clinicName: 'Clinic',
        customMeasures: [
          { id, name: 'Pinch strength', unit: 'kg', min: 0, max: 20, higherIsBetter: true },
        ],
      },
    });
    return id;
  }

  it('stores each measure, grip tries with their mean, and a clinic measure with its name', async () => {
    const measureId = await clinicMeasure();
    const s = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-02' });
    const recorded = await h.ok('sessions.record', {
      id: s.id,
      outcome: outcome({
        painNow: 3,
        morningStiffnessMinutes: 40,
        gripLeftKg: [18, 19, null],
        gripRightKg: [null, null, null],
        splintAdherence: [
          { splint: 'Resting hand splint (right)', days: 5 },
          { splint: 'Thumb spica (left)', days: null },
        ],
        activities: [{ activity: 'Opening jars', score: 4 }],
        goals: [{ goal: 'Garden again', score: 1 }],
        custom: [{ measureId, value: 6.5 }],
      }),
    });
    expect(recorded.outcome?.measures).toEqual({
      painNow: 3,
      morningStiffnessMinutes: 40,
      gripLeft: { tries: [18, 19], meanKg: 18.5 },
      gripRight: null,
      splintAdherence: [{ splint: 'Resting hand splint (right)', days: 5 }],
      activities: [{ activity: 'Opening jars', score: 4 }],
      goals: [{ goal: 'Garden again', score: 1 }],
      custom: [{ measureId, name: 'Pinch strength', unit: 'kg', higherIsBetter: true, value: 6.5 }],
    });
    const timeline = await h.ok('history.timeline', { patientId });
    expect(timeline.entries.find((e) => e.kind === 'session')?.summary).toBe(
      'Recorded: pain now 3/10, pain after activity 5/10, morning stiffness 40 min, grip left 18.5 kg',
    );
    // The next visit's form offers the same activities to rate again.
    const next = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-03' });
    const context = await h.ok('sessions.recordingContext', { id: next.id });
    expect(context.carriedActivities).toEqual(['Opening jars']);
    expect(context.customMeasures.map((m) => m.name)).toEqual(['Pinch strength']);
  });

  it('refuses a clinic measure out of its range, naming it, and saves nothing', async () => {
    const measureId = await clinicMeasure();
    const s = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-02' });
    const error = await h.failure('sessions.record', {
      id: s.id,
      outcome: outcome({ custom: [{ measureId, value: 25 }] }),
    });
    expect(error).toMatchObject({
      code: 'invalid-input',
      fields: { 'outcome.measures.custom.0.value': 'Pinch strength (kg) must be from 0 to 20' },
    });
    expect((await h.ok('sessions.get', { id: s.id })).status).toBe('planned');
  });

  it('refuses a grip of 300 kg at the boundary, naming the field', async () => {
    const s = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-02' });
    const error = await h.failure('sessions.record', {
      id: s.id,
      outcome: outcome({ gripRightKg: [300] }),
    });
    expect(error.fields).toEqual({
      'outcome.measures.gripRightKg.0': 'Grip strength, right hand must be from 0 to 90 kg',
    });
  });

  it('offers the splints and goals of the plan the visit follows', async () => {
    const splint = testSplint({ fitsJoints: ['wrist'] });
    const splintId = (await h.ok('catalogue.create', { content: splint })).id;
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    await h.ok('plans.saveDraft', {
      id: draft.id,
      content: {
        ...draft.content,
        therapist: 'Jo Bloggs OT',
        reviewDate: '2026-06-01',
        goals: [{ text: 'Open jars without pain', icfCode: null }],
        orthoses: [
          {
            catalogueId: splintId,
            side: 'right',
            joints: ['wrist'],
            schedule: splint.defaultSchedule,
            precautions: null,
            notes: '',
          },
        ],
      },
    });
    await h.ok('plans.finalise', { id: draft.id });
    const s = await h.ok('sessions.plan', { patientId, sessionDate: '2026-03-02' });
    const context = await h.ok('sessions.recordingContext', { id: s.id });
    expect(context.splints).toEqual([`${splint.name} (right)`]);
    expect(context.goals).toEqual(['Open jars without pain']);
  });

  it('prints a one-page progress PDF', async () => {
    for (const [date, pain] of [
      ['2026-01-05', 7],
      ['2026-02-02', 5],
    ] as const) {
      h.clock.now = new Date(`${date}T09:00:00.000Z`);
      const s = await h.ok('sessions.plan', { patientId, sessionDate: date });
      await h.ok('sessions.record', { id: s.id, outcome: outcome({ painNow: pain }) });
    }
    const pdf = await h.ok('progress.pdf', { patientId, audience: 'doctor' });
    expect(pdf.fileName).toBe('progress-smith-ann-2026-02-02.pdf');
    const bytes = Buffer.from(pdf.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});

describe('measures in a patient record file', () => {
  it('travel with the record, and the visit’s time and place too', async () => {
    const s = await h.ok('sessions.plan', {
      patientId,
      sessionDate: '2026-03-02',
      slot: { startTime: '11:00', durationMinutes: 60, place: 'home' },
    });
    const recorded = await h.ok('sessions.record', {
      id: s.id,
      outcome: outcome({
        painNow: 2,
        gripRightKg: [30, 31, 32],
        activities: [{ activity: 'Knitting', score: 6 }],
      }),
    });
    const exported = await h.ok('records.export', { patientId, protection: { unprotected: true } });
    const there = await openApiHarness();
    try {
      const imported = await there.ok('records.import', { text: exported.text });
      const [visit] = await there.ok('sessions.list', { patientId: imported.id });
      expect(visit?.slot).toEqual({ startTime: '11:00', durationMinutes: 60, place: 'home' });
      expect(visit?.outcome?.measures).toEqual(recorded.outcome?.measures);
      expect(visit?.outcome?.measures?.gripRight).toEqual({ tries: [30, 31, 32], meanKg: 31 });
    } finally {
      there.close();
    }
  });
});

describe('moving a planned visit', () => {
  it('refuses a new time that clashes, naming the other visit', async () => {
    const other = await addPatient('Bea', 'Jones');
    await h.ok('sessions.plan', {
      patientId: other,
      sessionDate: '2026-03-09',
      slot: slot('10:00', 30),
    });
    const s = await h.ok('sessions.plan', {
      patientId,
      sessionDate: '2026-03-09',
      slot: slot('11:00'),
    });
    const error = await h.failure('sessions.update', {
      id: s.id,
      plan: {
        sessionDate: '2026-03-09',
        slot: slot('10:20'),
        agenda: s.agenda,
        checklist: s.checklist,
      },
    });
    expect(error.fields?.['plan.slot.startTime']).toMatch(
      /^This time clashes with the visit for Jones, Bea/,
    );
  });
});
