import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { insertPatient } from '../repositories/patients.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m4-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('migration 4 keeps a version-3 database’s patients, backs it up, and adds handout exports', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const id = '7a1d2b0c-9e11-4d55-9f43-3f0c6a529a55';
  const v3 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
  insertPatient(
    v3,
    id,
    patientInputSchema.parse({ ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' }),
    '2026-01-01T00:00:00.000Z',
  );
  v3.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 4) });
  expect(db.pragma('user_version', { simple: true })).toBe(4);
  expect(db.prepare('SELECT family_name FROM patients WHERE id = ?').pluck().get(id)).toBe('Smith');
  expect(
    db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'handout_exports'").get(),
  ).toEqual({ strict: 1 });
  expect(() =>
    db
      .prepare(
        "INSERT INTO handout_exports (id, plan_id, options, sha256, created_at) VALUES ('x', 'no-such-plan', '{}', ?, 'now')",
      )
      .run('a'.repeat(64)),
  ).toThrow(/FOREIGN KEY/);
  db.close();
  expect(
    readdirSync(path.join(dir, 'backups')).some((f) => f.startsWith('before-migration-v3-')),
  ).toBe(true);
});
