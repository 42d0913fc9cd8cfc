import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { searchPatients } from '../repositories/patient-search.ts';
import { deletePatient, insertPatient, setArchived } from '../repositories/patients.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m7-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-01T00:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const fields = (givenName: string, familyName: string, chartNumber = '') =>
  patientInputSchema.parse({ ...emptyPatientInput(), givenName, familyName, chartNumber });

it('migration 7 backs up a version-6 database and indexes every patient already in it, archived ones too', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const v6 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
  insertPatient(v6, id(1), fields('José', 'Müller', 'AB-77'), AT);
  insertPatient(v6, id(2), fields('Ann', 'Quist'), AT);
  insertPatient(v6, id(3), fields('Zoë', 'Łukasik', 'zx-1'), AT);
  setArchived(v6, id(3), AT, AT);
  v6.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 7) });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([
      expect.stringMatching(/^before-migration-v6-/),
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM patient_trigrams').get()).toEqual({ n: 3 });
    // A huge cap makes the search read the index alone, so these prove it was filled.
    const found = (query: string) =>
      searchPatients(
        db,
        { query, includeArchived: true, after: null, limit: 10 },
        1e9,
      ).patients.map((p) => p.id);
    expect(found('muller')).toEqual([id(1)]);
    expect(found('b-7')).toEqual([id(1)]);
    expect(found('q')).toEqual([id(2)]);
    expect(found('zx')).toEqual([id(3)]);
    expect(found('lukas')).toEqual([id(3)]);
    expect(found('zz')).toEqual([]);

    // The triggers keep it from now on.
    insertPatient(db, id(4), fields('Qadir', 'Ali'), AT);
    expect(found('qa')).toEqual([id(4)]);
    deletePatient(db, id(2));
    expect(found('quist')).toEqual([]);
    expect(
      db
        .prepare("SELECT count(*) AS n FROM pragma_integrity_check WHERE integrity_check != 'ok'")
        .get(),
    ).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});
