import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { insertPatient } from '../repositories/patients.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m2-'));
  file = path.join(dir, DATABASE_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PATIENT_ID = '3f0c6a52-9a55-4d55-9f43-7a1d2b0c9e11';

describe('migration 2: catalogue, plans and templates', () => {
  it('keeps every patient of a version-1 database, backs it up first, and adds the plan tables', async () => {
    const v1 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    const fields = patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'José',
      familyName: 'García',
      chartNumber: 'RA-7',
      affectedJoints: [{ joint: 'wrist', side: 'right' }],
    });
    insertPatient(v1, PATIENT_ID, fields, '2026-01-01T00:00:00.000Z');
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.close();

    const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 2) });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    // Read as version 2 stored it (today's repository reads tables added since).
    expect(
      db.prepare('SELECT given_name, chart_number FROM patients WHERE id = ?').get(PATIENT_ID),
    ).toEqual({ given_name: 'José', chart_number: 'RA-7' });
    expect(db.prepare('SELECT joint, side FROM patient_joints').all()).toEqual([
      { joint: 'wrist', side: 'right' },
    ]);
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['catalogue_items', 'plans', 'plan_items', 'plan_templates']),
    );
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE name IN ('catalogue_items', 'plans', 'plan_items', 'plan_templates')",
      )
      .all() as { strict: number }[];
    expect(strict.every((t) => t.strict === 1)).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();

    const backups = readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^before-migration-v1-/);
    const backup = await openDatabase(path.join(dir, 'backups', backups[0] ?? ''), {
      migrations: MIGRATIONS.slice(0, 1),
    });
    expect(
      backup.prepare('SELECT family_name FROM patients WHERE id = ?').pluck().get(PATIENT_ID),
    ).toBe('García');
    backup.close();
    expect(existsSync(file)).toBe(true);
  });
});
