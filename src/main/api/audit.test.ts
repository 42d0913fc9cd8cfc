import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { listAuditForPatient } from '../db/repositories/audit.ts';
import * as patients from '../db/repositories/patients.ts';
import { renderHandout } from '../handout/render.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { audited } from './audit.ts';
import type { ApiContext } from './context.ts';

let h: ApiHarness;
let ctx: ApiContext;
const id = '7d1f3c2e-0b4a-4c55-9e61-2a8f3b9c0d11';
const fields = { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' };

beforeEach(async () => {
  h = await openApiHarness();
  ctx = {
    db: h.db,
    dataDir: h.dir,
    appVersion: 'test',
    now: () => '2026-03-02T09:00:00.000Z',
    today: () => '2026-03-02',
    newId: () => id,
    renderHandout,
  };
  const settings = await h.ok('settings.get', {});
  await h.ok('settings.update', {
    settings: { ...settings, clinicName: 'Clinic', therapists: ['Sam Lee OT'] },
  });
  await h.ok('settings.useTherapist', { name: 'Sam Lee OT' });
});
afterEach(() => h.close());

it('keeps a change with its record, written by the current therapist', () => {
  audited(ctx, (note) => {
    patients.insertPatient(h.db, id, fields, ctx.now());
    note({ patientId: id, entity: 'patient', entityId: id, action: 'created', summary: 'Added' });
  });
  expect(patients.findPatient(h.db, id)?.familyName).toBe('Smith');
  expect(listAuditForPatient(h.db, id)).toEqual([
    expect.objectContaining({ therapist: 'Sam Lee OT', action: 'created', at: ctx.now() }),
  ]);
});

it('refuses to keep a change that noted no record, and keeps nothing of it', () => {
  expect(() => audited(ctx, () => patients.insertPatient(h.db, id, fields, ctx.now()))).toThrow(
    /without its audit record/,
  );
  expect(patients.findPatient(h.db, id)).toBeNull();
  expect(listAuditForPatient(h.db, id)).toEqual([]);
});

it('lets a call that changes nothing note nothing', () => {
  expect(audited(ctx, () => 'unchanged')).toBe('unchanged');
});
