import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../shared/domain/patient.ts';
import { openBackupCopy } from '../../test-support/backup-copy.ts';
import { createBackup, listBackups, runDailyBackup } from './backups.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { findPatient, insertPatient } from './repositories/patients.ts';

let dir: string;
let backups: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-backup-'));
  backups = path.join(dir, 'backups');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PATIENT = '11111111-2222-4333-8444-555555555555';

async function databaseWithAPatient() {
  const db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
  insertPatient(
    db,
    PATIENT,
    patientInputSchema.parse({ ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' }),
    'now',
  );
  return db;
}

it('makes one checked copy on the first start of the day, holding the data, and none again that day', async () => {
  const db = await databaseWithAPatient();
  const day = new Date(2026, 10, 24, 8, 0);
  const first = await runDailyBackup(db, backups, day);
  expect(first).toMatchObject({ made: true, removed: [] });
  expect(readdirSync(backups)).toEqual(['daily-2026-11-24.jpbackup']);
  const file = path.join(backups, 'daily-2026-11-24.jpbackup');
  const copy = openBackupCopy(file);
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(findPatient(copy, PATIENT)?.familyName).toBe('Smith');
  copy.close();

  expect(await runDailyBackup(db, backups, new Date(2026, 10, 24, 17, 0))).toEqual({
    made: false,
    reason: 'already-today',
  });
  db.close();
});

it('keeps the newest daily copies and never removes a backup made before a migration', async () => {
  const db = await databaseWithAPatient();
  for (let d = 1; d <= 4; d++) await runDailyBackup(db, backups, new Date(2026, 10, d, 9, 0), 3);
  writeFileSync(path.join(backups, 'before-migration-v1-2026.sqlite'), 'kept');
  const result = await runDailyBackup(db, backups, new Date(2026, 10, 5, 9, 0), 3);
  expect(result).toMatchObject({ made: true, removed: ['daily-2026-11-02.jpbackup'] });
  expect(readdirSync(backups).sort()).toEqual([
    'before-migration-v1-2026.sqlite',
    'daily-2026-11-03.jpbackup',
    'daily-2026-11-04.jpbackup',
    'daily-2026-11-05.jpbackup',
  ]);
  db.close();
});

it('lists only backups, newest first, with their kind and patient count, and changes none', async () => {
  const db = await databaseWithAPatient();
  await runDailyBackup(db, backups, new Date(2026, 10, 23, 9, 0));
  const manual = await createBackup(db, backups, 'manual', new Date('2026-11-24T10:00:00Z'));
  const again = await createBackup(db, backups, 'manual', new Date('2026-11-24T10:00:00Z'));
  db.close();
  writeFileSync(path.join(backups, 'notes.txt'), 'not a backup');
  writeFileSync(path.join(backups, 'daily-2026-11-25.jpbackup.partial'), 'half made');
  const older = new Date('2026-11-23T09:00:00Z');
  utimesSync(path.join(backups, 'daily-2026-11-23.jpbackup'), older, older);
  const before = readdirSync(backups).map((n) => statSync(path.join(backups, n)).mtimeMs);

  expect(manual.name).toBe('manual-2026-11-24T10-00-00-000Z.jpbackup');
  expect(again.name).toBe('manual-2026-11-24T10-00-00-000Z-2.jpbackup');
  const listed = listBackups(backups);
  expect(listed.map((b) => [b.kind, b.patientCount, b.problem])).toEqual([
    ['manual', 1, null],
    ['manual', 1, null],
    ['daily', 1, null],
  ]);
  expect(listed.at(-1)?.name).toBe('daily-2026-11-23.jpbackup');
  expect(readdirSync(backups).map((n) => statSync(path.join(backups, n)).mtimeMs)).toEqual(before);
});
