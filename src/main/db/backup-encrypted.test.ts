import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../shared/domain/patient.ts';
import { openBackupCopy } from '../../test-support/backup-copy.ts';
import { BackupFileError, readBackupHeader, readBackupImage } from './backup-file.ts';
import { writeBackupFile } from './backup-file-write.ts';
import { backupTo, createBackup, listBackups, readBackupInfo, runDailyBackup } from './backups.ts';
import { inspectDatabase } from './inspect.ts';
import { applyKey } from './cipher.ts';
import { writeDatabaseFile } from './keyed-copy.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { findPatient, insertPatient } from './repositories/patients.ts';
import { restoreBackupTo } from './restore-image.ts';
import { copyToSecondFolder, SecondFolderMissing } from './second-folder.ts';

let dir: string;
let backups: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-backup-enc-'));
  backups = path.join(dir, 'backups');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PATIENT = '11111111-2222-4333-8444-555555555555';
const NAME = 'Okafor-Wielgus';
const CHART = 'MRN-7734-QX';
const NOTE = 'Zanzibar wrist splint at night only';
const key = randomBytes(32);

/** A database with one patient whose name, chart number and note must never show in plain. */
async function databaseWithAPatient() {
  const db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
  insertPatient(
    db,
    PATIENT,
    patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'Ann',
      familyName: NAME,
      chartNumber: CHART,
      notes: NOTE,
    }),
    'now',
  );
  return db;
}

/** The same, encrypted under `key` as the app's encrypted database is (helper "encryption"). */
async function encryptedDatabase() {
  const plain = await databaseWithAPatient();
  const image = plain.serialize();
  plain.close();
  mkdirSync(path.join(dir, 'enc'));
  const file = path.join(dir, 'enc', DATABASE_FILE_NAME);
  writeDatabaseFile(image, file, key);
  expect(plaintextIn(file)).toEqual([]);
  return keyedOpen(file, key);
}

/** The app's schema in an encrypted file: the migrations run on a keyed connection. */
function keyedOpen(file: string, withKey: Buffer) {
  const db = new Database(file);
  applyKey(db, withKey);
  db.pragma('journal_mode = WAL');
  return db;
}

function plaintextIn(file: string): string[] {
  const bytes = readFileSync(file);
  return [NAME, CHART, NOTE].filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
}

describe('backups of an encrypted database', () => {
  it('hold no patient text, open only with the key, and refuse any change', async () => {
    const db = await encryptedDatabase();
    await runDailyBackup(db, backups, new Date(2026, 10, 24, 8, 0), 14, { key });
    const file = path.join(backups, 'daily-2026-11-24.jpbackup');
    expect(plaintextIn(file)).toEqual([]);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const copy = openBackupCopy(file, key);
    expect(findPatient(copy, PATIENT)?.notes).toBe(NOTE);
    copy.close();

    expect(() => readBackupImage(file, null)).toThrow(/encrypted/);
    expect(() => readBackupImage(file, randomBytes(32))).toThrow(/another database’s key/);
    const bytes = readFileSync(file);
    const cases: Record<string, Buffer> = {
      'a flipped byte in a frame': Buffer.from(bytes).fill(
        bytes[bytes.length - 40]! ^ 1,
        bytes.length - 40,
        bytes.length - 39,
      ),
      'cut short': bytes.subarray(0, bytes.length - 100),
      'a changed header': Buffer.from(
        bytes.toString('latin1').replace('"patientCount":1', '"patientCount":2'),
        'latin1',
      ),
    };
    for (const [what, changed] of Object.entries(cases)) {
      writeFileSync(`${file}.bad`, changed);
      expect(() => readBackupImage(`${file}.bad`, key), what).toThrow(BackupFileError);
    }
    db.close();
  });

  it('restore from a new backup and from an older plain copy writes an encrypted file', async () => {
    const plainDb = await databaseWithAPatient();
    mkdirSync(backups, { recursive: true });
    await backupTo(plainDb, path.join(backups, 'manual-old.sqlite'));
    await createBackup(plainDb, backups, 'manual', new Date('2026-11-24T10:00:00Z'));
    plainDb.close();
    const [made] = readdirSync(backups).filter((n) => n.endsWith('.jpbackup'));
    for (const name of ['manual-old.sqlite', made!]) {
      const target = path.join(dir, `restored-${name}`);
      restoreBackupTo(path.join(backups, name), target, key);
      expect(plaintextIn(target), name).toEqual([]);
      const opened = keyedOpen(target, key);
      // The whole schema (the full-text index too), every row, constraint and foreign key.
      expect(inspectDatabase(opened, true)).toMatchObject({ ok: true, patientCount: 1 });
      expect(findPatient(opened, PATIENT)?.chartNumber).toBe(CHART);
      opened.close();
      expect(() => new Database(target).prepare('SELECT 1 FROM patients').get()).toThrow();
    }
  });

  it('are the encrypted file itself (format 2), and one of format 1 still restores', async () => {
    const db = await encryptedDatabase();
    const made = await createBackup(db, backups, 'manual', new Date('2026-11-24T10:00:00Z'), {
      key,
    });
    const { header } = readBackupHeader(path.join(backups, made.name));
    expect(header).toMatchObject({ version: 2, image: 'keyed-file', imageSha256: null });

    // A backup as versions before format 2 made it: the decrypted image in encrypted frames.
    const older = 'manual-2026-11-01T10-00-00-000Z.jpbackup';
    const image = db.serialize();
    writeBackupFile(path.join(backups, older), image, { schemaVersion: 1, patientCount: 1 }, key);
    db.close();
    expect(readBackupHeader(path.join(backups, older)).header.version).toBe(1);
    for (const name of [made.name, older]) {
      expect(readBackupInfo(backups, name, true, key), name).toMatchObject({
        patientCount: 1,
        problem: null,
      });
      const target = path.join(dir, `restored-${name}`);
      restoreBackupTo(path.join(backups, name), target, key);
      expect(plaintextIn(target), name).toEqual([]);
      const opened = keyedOpen(target, key);
      expect(inspectDatabase(opened, true)).toMatchObject({ ok: true, patientCount: 1 });
      expect(findPatient(opened, PATIENT)?.notes).toBe(NOTE);
      opened.close();
    }
    // Checking either left nothing beside the backups (the check's copy is removed).
    expect(readdirSync(backups).sort()).toEqual([made.name, older].sort());
  });

  it('14 daily copies take far less than 4 times the database', async () => {
    const db = await databaseWithAPatient();
    for (let d = 1; d <= 14; d++) {
      await runDailyBackup(db, backups, new Date(2026, 10, d, 9, 0), 14, { key: null });
    }
    const total = listBackups(backups).reduce((sum, b) => sum + b.sizeBytes, 0);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(total).toBeLessThan(4 * statSync(path.join(dir, DATABASE_FILE_NAME)).size);
    db.close();
  });
});

describe('the second backup folder', () => {
  it('gets a checked, private copy, and a missing drive is told, not created', async () => {
    const db = await databaseWithAPatient();
    const made = await createBackup(db, backups, 'manual', new Date('2026-11-24T10:00:00Z'));
    db.close();
    const stick = path.join(dir, 'stick');
    mkdirSync(stick);
    const copiesIn = await copyToSecondFolder(path.join(backups, made.name), stick, 14);
    expect(readdirSync(copiesIn)).toEqual([made.name]);
    expect(statSync(copiesIn).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(copiesIn, made.name)).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(copiesIn, made.name))).toEqual(
      readFileSync(path.join(backups, made.name)),
    );

    const unplugged = path.join(dir, 'media', 'usb');
    await expect(copyToSecondFolder(path.join(backups, made.name), unplugged, 14)).rejects.toThrow(
      SecondFolderMissing,
    );
    expect(() => statSync(unplugged)).toThrow();
  });
});
