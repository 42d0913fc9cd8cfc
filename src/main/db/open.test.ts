import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patientInputSchema } from '../../shared/domain/patient.ts';
import { DatabaseOpenError } from './errors.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { APPLICATION_ID, DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { findPatient, insertPatient } from './repositories/patients.ts';

let dir: string;
let file: string;
const open: SqliteDatabase[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-open-'));
  file = path.join(dir, DATABASE_FILE_NAME);
});

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openTracked(target = file): Promise<SqliteDatabase> {
  const db = await openDatabase(target);
  open.push(db);
  return db;
}

function sha256(target: string): string {
  return createHash('sha256').update(readFileSync(target)).digest('hex');
}

/** The refusal openDatabase gave, or a failure if it opened the file. */
async function refusal(target: string): Promise<DatabaseOpenError> {
  try {
    open.push(await openDatabase(target));
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error(`openDatabase accepted ${target}`);
}

const ADA = patientInputSchema.parse({
  givenName: 'Ada',
  familyName: 'Lovelace',
  preferredName: null,
  dateOfBirth: '1915-12-10',
  chartNumber: 'AL-1',
  diagnosis: null,
  diseaseStage: 'stable',
  affectedJoints: [{ joint: 'wrist', side: 'right' }],
  phone: null,
  notes: '',
});
const ADA_ID = '00000000-0000-4000-8000-000000000001';

describe('openDatabase on a new file', () => {
  it('creates a marked, WAL-mode database with foreign keys on and the latest schema', async () => {
    const db = await openTracked();
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(APPLICATION_ID).toBe(0x4a504c4e);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(0);
  });

  it('creates a missing data folder', async () => {
    const nested = path.join(dir, 'a', 'b', DATABASE_FILE_NAME);
    await openTracked(nested);
    expect(existsSync(nested)).toBe(true);
  });

  it('refuses an empty (0-byte) file: whatever it held is gone, so the start must say so', async () => {
    writeFileSync(file, '');
    const error = await refusal(file);
    expect(error.problem).toBe('empty');
    expect(readFileSync(file).length).toBe(0);
  });

  it('writes no backup when there is no data yet', async () => {
    await openTracked();
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

describe('reopening', () => {
  it('opens again and keeps the data', async () => {
    const first = await openTracked();
    insertPatient(first, ADA_ID, ADA, '2024-01-01T00:00:00.000Z');
    first.close();

    const second = await openTracked();
    expect(second.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const ada = findPatient(second, ADA_ID);
    expect(ada?.familyName).toBe('Lovelace');
    expect(ada?.affectedJoints).toEqual([{ joint: 'wrist', side: 'right' }]);
  });

  it('enforces foreign keys after reopening', async () => {
    (await openTracked()).close();
    const db = await openTracked();
    expect(() =>
      db
        .prepare(
          "INSERT INTO patient_joints (patient_id, joint, side) VALUES ('nobody', 'wrist', 'left')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('refusing files that are not ours', () => {
  it('refuses a text file and leaves it byte for byte unchanged', async () => {
    const text = 'Shopping list\nmilk\neggs\n'.repeat(100);
    writeFileSync(file, text);
    const before = sha256(file);
    const error = await refusal(file);
    expect(error.problem).toBe('not-ours');
    expect(error.message).toContain('not a JointPlan database');
    expect(sha256(file)).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses another program’s SQLite database and leaves it unchanged', async () => {
    const foreign = new Database(file);
    foreign.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    foreign.close();
    const before = sha256(file);

    const error = await refusal(file);
    expect(error.problem).toBe('not-ours');
    expect(error.message).toContain('another program');
    expect(sha256(file)).toBe(before);

    const check = new Database(file, { readonly: true });
    expect(check.pragma('application_id', { simple: true })).toBe(0);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('refuses a SQLite file marked by another application', async () => {
    const foreign = new Database(file);
    foreign.pragma('application_id = 1234');
    foreign.close();
    const before = sha256(file);
    expect((await refusal(file)).problem).toBe('not-ours');
    expect(sha256(file)).toBe(before);
  });
});

describe('refusing a database from a newer JointPlan', () => {
  it('says a newer version is needed and leaves the file unchanged', async () => {
    const db = await openTracked();
    insertPatient(db, ADA_ID, ADA, '2024-01-01T00:00:00.000Z');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256(file);

    const error = await refusal(file);
    expect(error.problem).toBe('newer-version');
    expect(error.message).toMatch(/newer version of JointPlan/);
    expect(error.message).toContain(`data version ${LATEST_SCHEMA_VERSION + 1}`);
    expect(sha256(file)).toBe(before);
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

describe('refusing a damaged database', () => {
  async function seededFile(): Promise<Buffer> {
    const db = await openTracked();
    const insert = db.transaction(() => {
      for (let i = 0; i < 300; i++) {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        insertPatient(
          db,
          id,
          { ...ADA, chartNumber: `C-${i}`, notes: 'x'.repeat(2000) },
          '2024-01-01T00:00:00.000Z',
        );
      }
    });
    insert();
    db.close();
    return readFileSync(file);
  }

  it('refuses a file cut short inside its header', async () => {
    const whole = await seededFile();
    writeFileSync(file, whole.subarray(0, 100));
    const before = sha256(file);
    const error = await refusal(file);
    expect(error.problem).toBe('damaged');
    expect(error.message).toContain('cut short');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a file cut in half and leaves it unchanged', async () => {
    const whole = await seededFile();
    expect(whole.length).toBeGreaterThan(100_000);
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2 / 4096) * 4096));
    const before = sha256(file);
    const error = await refusal(file);
    expect(error.problem).toBe('damaged');
    expect(sha256(file)).toBe(before);
  });

  // quick_check reads past the end of a short file as zeros and answers "ok", so a file
  // missing the tail of its last page must be caught by comparing sizes.
  it('refuses a file with a torn last page', async () => {
    const whole = await seededFile();
    writeFileSync(file, whole.subarray(0, whole.length - 1000));
    const before = sha256(file);
    expect((await refusal(file)).problem).toBe('damaged');
    expect(sha256(file)).toBe(before);
  });
});
