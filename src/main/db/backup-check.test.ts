import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppData, type AppData } from '../app-data.ts';
import { addPatients, familyNames } from '../../test-support/real-data.ts';
import { readBackupImage } from './backup-file.ts';
import { writeBackupFile } from './backup-file-write.ts';
import { backupTo, newestGoodBackup, runDailyBackup } from './backups.ts';
import { imageDatabase } from './keyed-copy.ts';
import { privateFolder } from './private-files.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';

let dir: string;
let backups: string;
let data: AppData | null = null;
/** Both formats: today's compressed backup files, and the plain copies older versions made. */
const FORMATS = {
  'a backup file': {
    good: 'daily-2026-11-23.jpbackup',
    bad: 'manual-2026-11-24T07-00-00-000Z.jpbackup',
  },
  'an older plain copy': {
    good: 'daily-2026-11-23.sqlite',
    bad: 'manual-2026-11-24T07-00-00-000Z.sqlite',
  },
} as const;
let GOOD: string;
let BAD: string;

async function setUp(format: keyof typeof FORMATS) {
  ({ good: GOOD, bad: BAD } = FORMATS[format]);
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-backup-check-'));
  backups = path.join(dir, 'backups');
  const db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
  await addPatients(db, ['Alpha', 'Bravo']);
  if (GOOD.endsWith('.jpbackup')) await runDailyBackup(db, backups, new Date(2026, 10, 23, 9, 0));
  else {
    privateFolder(backups);
    await backupTo(db, path.join(backups, GOOD));
  }
  await addPatients(db, ['Charlie']);
  db.close();
}
afterEach(() => {
  data?.close();
  data = null;
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the good backup, newer than it, changed by `tamper` behind SQLite's checks. */
function badBackup(tamper: (db: Database.Database) => void): void {
  const file = path.join(backups, BAD);
  const backupFile = BAD.endsWith('.jpbackup');
  if (!backupFile) copyFileSync(path.join(backups, GOOD), file);
  const db = backupFile
    ? imageDatabase(readBackupImage(path.join(backups, GOOD), null))
    : new Database(file);
  db.pragma('foreign_keys = OFF');
  db.pragma('ignore_check_constraints = ON');
  tamper(db);
  // A backup file whose contents were changed before it was written: its own checks pass.
  if (backupFile)
    writeBackupFile(file, db.serialize(), { schemaVersion: 1, patientCount: 2 }, null);
  db.close();
  utimesSync(file, new Date(), new Date(Date.now() + 60_000));
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const patientId = (db: Database.Database) =>
  (db.prepare('SELECT id FROM patients LIMIT 1').get() as { id: string }).id;
function insertFinalisedPlan(db: Database.Database, patient: string, snapshotSha: string) {
  const snapshot = '{"plan":"frozen"}';
  db.prepare(
    `INSERT INTO plans (id, patient_id, version, status, title, plan_date, therapist,
       affected_joints, rest, created_at, updated_at, finalised_at, snapshot, snapshot_sha256)
     VALUES ('p1', ?, 1, 'finalised', 'Plan', '2026-11-20', 'T', '[]', '{}', 'x', 'x', 'x', ?, ?)`,
  ).run(patient, snapshot, snapshotSha === 'right' ? sha(snapshot) : snapshotSha);
}

const TAMPERING: Record<string, { tamper: (db: Database.Database) => void; says: RegExp }> = {
  'a row that breaks a CHECK constraint': {
    tamper: (db) =>
      db.exec(`INSERT INTO audit_log (at, therapist, patient_id, entity, entity_id, action, summary)
               VALUES ('x', 'T', 'p', 'spaceship', 'e', 'created', 's')`),
    says: /damaged/,
  },
  'a missing table': { tamper: (db) => db.exec('DROP TABLE sessions'), says: /missing parts/ },
  'a frozen snapshot whose SHA-256 no longer matches': {
    tamper: (db) => insertFinalisedPlan(db, patientId(db), 'f'.repeat(64)),
    says: /frozen plan .* changed/,
  },
  'a row pointing at a patient who is not there': {
    tamper: (db) => insertFinalisedPlan(db, 'no-such-patient', 'right'),
    says: /damaged/,
  },
};

describe.each(Object.keys(FORMATS) as (keyof typeof FORMATS)[])(
  '%s is checked as the app will use it',
  (format) => {
    for (const [kind, { tamper, says }] of Object.entries(TAMPERING)) {
      it(`${kind}: is not offered and not restored, and nothing changes`, async () => {
        await setUp(format);
        badBackup(tamper);
        expect(newestGoodBackup(backups)?.name).toBe(GOOD);

        data = await openAppData({ dataDir: dir, appVersion: 'test' });
        const before = readdirSync(backups).sort();
        await expect(data.restore(BAD)).rejects.toMatchObject({
          code: 'invalid-input',
          message: expect.stringMatching(says),
        });
        expect(familyNames(data.db)).toEqual(['Alpha', 'Bravo', 'Charlie']);
        expect(readdirSync(backups).sort()).toEqual(before);
      });
    }

    it('a sound backup with a finalised plan is offered and restores', async () => {
      await setUp(format);
      badBackup((db) => insertFinalisedPlan(db, patientId(db), 'right'));
      expect(newestGoodBackup(backups)?.name).toBe(BAD);
      data = await openAppData({ dataDir: dir, appVersion: 'test' });
      await data.restore(BAD);
      expect(familyNames(data.db)).toEqual(['Alpha', 'Bravo']);
    });
  },
);
