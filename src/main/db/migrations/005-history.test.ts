import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { emptyPlanContent } from '../../../shared/domain/plan.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { appendAudit } from '../repositories/audit.ts';
import { insertPatient } from '../repositories/patients.ts';
import { insertDraft } from '../repositories/plans.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m5-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PATIENT = '7a1d2b0c-9e11-4d55-9f43-3f0c6a529a55';
const PLAN = '8d2a9c1e-52b4-4f0e-9a51-0c3e7d6b2f10';

it('migration 5 backs up a version-4 database, keeps finalised plans frozen (their change summary too), and adds an append-only audit trail and sessions', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const v4 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 4) });
  insertPatient(
    v4,
    PATIENT,
    patientInputSchema.parse({ ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' }),
    '2026-01-01T00:00:00.000Z',
  );
  insertDraft(
    v4,
    {
      id: PLAN,
      patientId: PATIENT,
      version: 1,
      previousId: null,
      content: emptyPlanContent('2026-01-02'),
    },
    '2026-01-02T00:00:00.000Z',
  );
  // As version 4 finalised a plan (today's repository also writes the change summary).
  v4.prepare(
    `UPDATE plans SET status = 'finalised', snapshot = '{}', snapshot_sha256 = ?,
       finalised_at = '2026-01-02T00:00:00.000Z', finalised_by = 'Jo' WHERE id = ?`,
  ).run('a'.repeat(64), PLAN);
  v4.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
  expect(db.pragma('user_version', { simple: true })).toBe(5);
  expect(readdirSync(path.join(dir, 'backups'))).toEqual([
    expect.stringMatching(/^before-migration-v4-/),
  ]);
  expect(db.prepare('SELECT change_summary FROM plans WHERE id = ?').get(PLAN)).toEqual({
    change_summary: null,
  });
  expect(() =>
    db.prepare("UPDATE plans SET change_summary = 'Edited later' WHERE id = ?").run(PLAN),
  ).toThrow(/A finalised plan cannot be changed/);
  expect(() => db.prepare("UPDATE plans SET title = 'x' WHERE id = ?").run(PLAN)).toThrow(
    /cannot be changed/,
  );
  // Superseding is still the one change allowed.
  db.prepare("UPDATE plans SET status = 'superseded' WHERE id = ?").run(PLAN);

  appendAudit(db, {
    at: '2026-01-03T00:00:00.000Z',
    therapist: 'Jo',
    patientId: PATIENT,
    entity: 'patient',
    entityId: PATIENT,
    action: 'updated',
    summary: 'Details changed',
  });
  expect(() => db.prepare("UPDATE audit_log SET summary = 'rewritten'").run()).toThrow(
    /The audit trail cannot be changed/,
  );
  expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be changed/);
  // The trail outlives the patient it describes.
  db.prepare('DELETE FROM patients WHERE id = ?').run(PATIENT);
  expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 1 });

  expect(
    db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE name IN ('sessions', 'audit_log') ORDER BY name",
      )
      .all(),
  ).toEqual([
    { name: 'audit_log', strict: 1 },
    { name: 'sessions', strict: 1 },
  ]);
  db.close();
});
