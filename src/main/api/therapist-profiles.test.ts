import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { UNNAMED_THERAPIST } from './audit.ts';

let h: ApiHarness;
beforeEach(async () => {
  h = await openApiHarness();
  const settings = await h.ok('settings.get', {});
  await h.ok('settings.update', {
    settings: { ...settings, clinicName: 'Clinic', therapists: ['Jo Bloggs OT', 'Sam Lee OT'] },
  });
});
afterEach(() => h.close());

async function newPatient(): Promise<string> {
  const patient = { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' };
  return (await h.ok('patients.create', { patient })).id;
}

describe('therapist profiles in the history', () => {
  it('names in each audit record the therapist who was using JointPlan at the time', async () => {
    await h.ok('settings.useTherapist', { name: 'Sam Lee OT' });
    const patientId = await newPatient();
    await h.ok('settings.useTherapist', { name: 'Jo Bloggs OT' });
    await h.ok('patients.archive', { id: patientId });
    await h.ok('settings.useTherapist', { name: null });
    await h.ok('patients.restore', { id: patientId });

    const { audit } = await h.ok('history.timeline', { patientId });
    expect(audit.map((r) => [r.action, r.therapist])).toEqual([
      ['restored', UNNAMED_THERAPIST],
      ['archived', 'Jo Bloggs OT'],
      ['created', 'Sam Lee OT'],
    ]);
  });

  it('signs a new draft plan with the therapist using JointPlan now', async () => {
    const patientId = await newPatient();
    await h.ok('settings.useTherapist', { name: 'Sam Lee OT' });
    const draft = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    expect(draft.content.therapist).toBe('Sam Lee OT');
    await h.ok('plans.discardDraft', { id: draft.id });

    await h.ok('settings.useTherapist', { name: 'Jo Bloggs OT' });
    const next = await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
    expect(next.content.therapist).toBe('Jo Bloggs OT');
    const { audit } = await h.ok('history.timeline', { patientId });
    expect(audit.filter((r) => r.entity === 'plan').map((r) => r.therapist)).toEqual([
      'Jo Bloggs OT',
      'Sam Lee OT',
      'Sam Lee OT',
    ]);
  });
});
