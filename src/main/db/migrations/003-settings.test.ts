import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { emptyPlanContent } from '../../../shared/domain/plan.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { insertPatient } from '../repositories/patients.ts';
import { insertDraft } from '../repositories/plans.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m3-'));
  file = path.join(dir, DATABASE_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PATIENT_ID = '3f0c6a52-9a55-4d55-9f43-7a1d2b0c9e11';
const PLAN_ID = '8d2a9c1e-52b4-4f0e-9a51-0c3e7d6b2f10';

describe('migration 3: clinic settings', () => {
  it('keeps the patients and plans of a version-2 database, backs it up first, and adds the settings table', async () => {
    const v2 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 2) });
    const fields = patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'Zoë',
      familyName: 'Müller',
    });
    insertPatient(v2, PATIENT_ID, fields, '2026-01-01T00:00:00.000Z');
    insertDraft(
      v2,
      {
        id: PLAN_ID,
        patientId: PATIENT_ID,
        version: 1,
        previousId: null,
        content: { ...emptyPlanContent('2026-01-02'), therapist: 'Jo Bloggs OT' },
      },
      '2026-01-02T00:00:00.000Z',
    );
    expect(v2.pragma('user_version', { simple: true })).toBe(2);
    v2.close();

    const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT given_name FROM patients WHERE id = ?').pluck().get(PATIENT_ID)).toBe(
      'Zoë',
    );
    // Read as version 3 stored it (today's repository reads columns added since).
    expect(
      db
        .prepare('SELECT patient_id, status, therapist, plan_date FROM plans WHERE id = ?')
        .get(PLAN_ID),
    ).toEqual({
      patient_id: PATIENT_ID,
      status: 'draft',
      therapist: 'Jo Bloggs OT',
      plan_date: '2026-01-02',
    });
    const table = db
      .prepare("SELECT strict FROM pragma_table_list WHERE name = 'settings'")
      .get() as { strict: number } | undefined;
    expect(table?.strict).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 0 });
    // one row only, and only JSON
    const insert = db.prepare('INSERT INTO settings (id, data, updated_at) VALUES (?, ?, ?)');
    expect(() => insert.run(2, '{}', 'now')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'not json', 'now')).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();

    const backups = readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^before-migration-v2-/);
    const backup = await openDatabase(path.join(dir, 'backups', backups[0] ?? ''), {
      migrations: MIGRATIONS.slice(0, 2),
    });
    expect(backup.prepare('SELECT status FROM plans WHERE id = ?').get(PLAN_ID)).toEqual({
      status: 'draft',
    });
    backup.close();
  });
});
