import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../shared/domain/patient.ts';
import { backupTo, createBackup, newestGoodBackup } from './backups.ts';
import { isEncryptedFile, openKeyed } from './cipher.ts';
import { inspectDatabase } from './inspect.ts';
import { writeDatabaseFile } from './keyed-copy.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { findPatient, insertPatient } from './repositories/patients.ts';
import { restoreBackupTo } from './restore-image.ts';

// The live database is keyed by cipher.ts (`PRAGMA key = "x'…'"`, chacha20); backups are
// restored into it by keyed-copy.ts (ATTACH … KEY blob). Each must open the other's files.

const PATIENT = '11111111-2222-4333-8444-555555555555';
const CHART = 'MRN-4410-ZV';
const key = randomBytes(32);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-cipher-interop-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function encryptedLive() {
  const db = await openDatabase(path.join(dir, DATABASE_FILE_NAME), { key });
  insertPatient(
    db,
    PATIENT,
    patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'Ann',
      familyName: 'Quill',
      chartNumber: CHART,
    }),
    'now',
  );
  return db;
}

describe('the two ways of keying a file agree', () => {
  it('a backup of the live encrypted database restores to a file the app opens', async () => {
    const db = await encryptedLive();
    const backups = path.join(dir, 'backups');
    const made = await createBackup(db, backups, 'manual', new Date('2026-11-24T10:00:00Z'), {
      key,
    });
    db.close();
    expect(made.patientCount).toBe(1);
    expect(newestGoodBackup(backups, key)?.name).toBe(made.name);

    mkdirSync(path.join(dir, 'restored'));
    const target = path.join(dir, 'restored', DATABASE_FILE_NAME);
    restoreBackupTo(path.join(backups, made.name), target, key);
    expect(isEncryptedFile(target)).toBe(true);
    // Opened as the app opens its database (keyed by cipher.ts, migrations checked).
    const reopened = await openDatabase(target, { key });
    expect(inspectDatabase(reopened, true)).toMatchObject({ ok: true, patientCount: 1 });
    expect(findPatient(reopened, PATIENT)?.chartNumber).toBe(CHART);
    reopened.close();
  });

  it('a file keyed by cipher.ts attaches with the raw-key text keyed-copy.ts uses', async () => {
    const db = await encryptedLive();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const memory = new Database(':memory:');
    memory
      .prepare('ATTACH DATABASE ? AS live KEY ?')
      .run(path.join(dir, DATABASE_FILE_NAME), `x'${key.toString('hex')}'`);
    const row = memory.prepare('SELECT chart_number AS c FROM live.patients').get() as {
      c: string;
    };
    expect(row.c).toBe(CHART);
    memory.close();
  });

  it('a file written by keyed-copy.ts opens with openKeyed, and with no other key', async () => {
    const plain = new Database(':memory:');
    plain.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('Quill');");
    const file = path.join(dir, 'written.sqlite');
    writeDatabaseFile(plain.serialize(), file, key);
    plain.close();
    expect(readFileSync(file).includes(Buffer.from('Quill'))).toBe(false);
    const opened = openKeyed(file, key, { readonly: true, fileMustExist: true });
    expect(opened.prepare('SELECT x FROM t').get()).toEqual({ x: 'Quill' });
    opened.close();
    expect(() => openKeyed(file, randomBytes(32), { readonly: true })).toThrow(/key/);
  });

  it('an older encrypted .sqlite copy (VACUUM INTO) is read and restored with the key', async () => {
    const db = await encryptedLive();
    const backups = path.join(dir, 'backups');
    mkdirSync(backups);
    await backupTo(db, path.join(backups, 'manual-old.sqlite'), key);
    db.close();
    expect(newestGoodBackup(backups, key)).toMatchObject({ name: 'manual-old.sqlite' });
    const target = path.join(dir, 'restored.sqlite');
    restoreBackupTo(path.join(backups, 'manual-old.sqlite'), target, key);
    const opened = openKeyed(target, key, { readonly: true });
    expect(findPatient(opened, PATIENT)?.chartNumber).toBe(CHART);
    opened.close();
  });
});
