import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

let here: ApiHarness;
let there: ApiHarness;
beforeEach(async () => {
  here = await openApiHarness(new Date('2026-03-02T09:00:00.000Z'));
  there = await openApiHarness(new Date('2026-03-03T09:00:00.000Z'));
});
afterEach(() => {
  here.close();
  there.close();
});

const patient = (handoutLanguage?: 'es' | 'ar' | null) => ({
  ...emptyPatientInput(),
  givenName: 'Lucía',
  familyName: 'Moreno',
  ...(handoutLanguage === undefined ? {} : { handoutLanguage }),
});

it("keeps a patient's handout language, changes and clears it, and says so in the trail", async () => {
  const made = await here.ok('patients.create', { patient: patient('es') });
  expect((await here.ok('patients.get', { id: made.id })).handoutLanguage).toBe('es');

  await here.ok('patients.update', { id: made.id, patient: patient('ar') });
  expect((await here.ok('patients.get', { id: made.id })).handoutLanguage).toBe('ar');
  const trail = here.db
    .prepare("SELECT summary FROM audit_log WHERE action = 'updated' ORDER BY seq DESC LIMIT 1")
    .pluck()
    .get();
  expect(trail).toBe('Changed handout language');

  await here.ok('patients.update', { id: made.id, patient: patient(null) });
  expect((await here.ok('patients.get', { id: made.id })).handoutLanguage).toBeNull();
  expect(here.db.prepare('SELECT COUNT(*) FROM patient_handout_languages').pluck().get()).toBe(0);
});

it('gives a patient saved without one the clinic’s (null), and refuses a language it does not have', async () => {
  const made = await here.ok('patients.create', { patient: patient() });
  expect((await here.ok('patients.get', { id: made.id })).handoutLanguage).toBeNull();
  const refused = await here.failure('patients.create', {
    patient: { ...patient(), handoutLanguage: 'xx' as 'es' },
  });
  expect(refused.code).toBe('invalid-input');
  expect(refused.message).toContain('Choose a handout language from the list');
});

it('travels with the patient in a record file', async () => {
  const made = await here.ok('patients.create', { patient: patient('es') });
  const { text } = await here.ok('records.export', {
    patientId: made.id,
    protection: { unprotected: true },
  });
  await there.ok('records.import', { text });
  expect((await there.ok('patients.get', { id: made.id })).handoutLanguage).toBe('es');
});
