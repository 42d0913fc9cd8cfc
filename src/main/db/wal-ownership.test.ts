import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../shared/domain/patient.ts';
import { openAppData, type AppData } from '../app-data.ts';
import { addPatients, familyNames, sha256 } from '../../test-support/real-data.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { insertPatient } from './repositories/patients.ts';

let dir: string;
let live: string;
let data: AppData | null = null;
const START = new Date('2026-11-24T08:00:00.000Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-wal-'));
  live = path.join(dir, DATABASE_FILE_NAME);
});
afterEach(() => {
  data?.close();
  data = null;
  rmSync(dir, { recursive: true, force: true });
});

/** A database kept open with automatic checkpoints off, so its commits stay in its -wal. */
async function openKeepingWal(file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = await openDatabase(file);
  db.pragma('wal_autocheckpoint = 0');
  return db;
}

/** Each case runs twice: a file checked page by page at start, and one too large for that. */
let quickCheckUpTo: number | undefined;
const start = async () =>
  (data = await openAppData({
    dataDir: dir,
    appVersion: 'test',
    clock: () => START,
    ...(quickCheckUpTo === undefined ? {} : { quickCheckUpTo }),
  }));

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe.each([
  ['checked page by page at start', undefined],
  ['too large to check page by page at start', 0],
])('a -wal beside the data file (%s)', (_, limit) => {
  beforeEach(() => (quickCheckUpTo = limit));

  it('from another database is never applied, and is set aside byte for byte', async () => {
    const own = await openDatabase(live);
    await addPatients(own, ['Alpha']);
    own.close();
    const before = sha256(live);

    const other = await openKeepingWal(path.join(dir, 'other', DATABASE_FILE_NAME));
    await addPatients(other, ['Bravo']);
    copyFileSync(`${other.name}-wal`, `${live}-wal`);
    other.close();
    const foreignWal = sha256(`${live}-wal`);

    await start();
    expect(familyNames(data!.db)).toEqual(['Alpha']);
    const notice = data!.recovery;
    expect(notice?.problem).toBe('unmatched-wal');
    expect(notice?.message).toMatch(/did not belong to your data/);
    expect(notice?.message).not.toContain(dir);
    expect(sha256(`${notice!.movedTo}-wal`)).toBe(foreignWal);
    expect(sha256(notice!.movedTo!)).toBe(before);
    data!.close();
    expect(integrity(live)).toBe('ok');
  });

  it('from an older state of the same database is never applied', async () => {
    const db = await openKeepingWal(live);
    await addPatients(db, ['Alpha']);
    const stale = path.join(dir, 'stale-wal');
    copyFileSync(`${live}-wal`, stale);
    await addPatients(db, ['Bravo', 'Charlie']);
    db.close();
    expect(existsSync(`${live}-wal`)).toBe(false);
    copyFileSync(stale, `${live}-wal`);

    await start();
    expect(familyNames(data!.db)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(data!.recovery?.problem).toBe('unmatched-wal');
    expect(sha256(`${data!.recovery!.movedTo}-wal`)).toBe(sha256(stale));
  });

  it('from another database is refused even before the file has an audit trail', async () => {
    const own = await openDatabase(live);
    const ann = patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'A',
      familyName: 'Alpha',
    });
    insertPatient(own, '00000000-0000-4000-8000-000000000001', ann, 'now'); // no audit row
    own.close();

    const other = await openKeepingWal(path.join(dir, 'other', DATABASE_FILE_NAME));
    await addPatients(other, ['Bravo']);
    copyFileSync(`${other.name}-wal`, `${live}-wal`);
    other.close();

    await start();
    expect(familyNames(data!.db)).toEqual(['Alpha']);
    expect(data!.recovery?.problem).toBe('unmatched-wal');
  });

  it('set aside before the file itself must go: the notice is about the file', async () => {
    // A sound data version 4 file whose update will fail (it already has a version 5 table).
    const own = await openDatabase(live, { migrations: MIGRATIONS.slice(0, 4) });
    own.exec('CREATE TABLE sessions (id TEXT) STRICT');
    const ann = patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'A',
      familyName: 'Old',
    });
    insertPatient(own, '00000000-0000-4000-8000-000000000001', ann, 'now');
    own.close();
    const other = await openKeepingWal(path.join(dir, 'other', DATABASE_FILE_NAME));
    await addPatients(other, ['Bravo']);
    copyFileSync(`${other.name}-wal`, `${live}-wal`);
    other.close();

    await start();
    expect(data!.recovery?.problem).toBe('migration-failed');
    expect(data!.recovery?.message).toMatch(/did not belong[\s\S]*could not update/);
    expect(data!.recovery?.movedTo).toMatch(/migration-failed/);
  });

  it('left by a crash of this very database is applied, silently', async () => {
    const db = await openKeepingWal(path.join(dir, 'running', DATABASE_FILE_NAME));
    await addPatients(db, ['Alpha', 'Bravo']);
    // What a SIGKILL leaves: the file and its log as they are on disk now.
    copyFileSync(db.name, live);
    copyFileSync(`${db.name}-wal`, `${live}-wal`);
    db.close();

    await start();
    expect(data!.recovery).toBeNull();
    expect(familyNames(data!.db)).toEqual(['Alpha', 'Bravo']);
  });

  it('belonging to a file that must be moved aside goes with it, neither changed', async () => {
    const db = await openKeepingWal(path.join(dir, 'running', DATABASE_FILE_NAME));
    await addPatients(db, ['Alpha']);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    copyFileSync(db.name, live);
    copyFileSync(`${db.name}-wal`, `${live}-wal`);
    db.close();
    const [file, wal] = [sha256(live), sha256(`${live}-wal`)];

    await start();
    const notice = data!.recovery;
    expect(notice?.problem).toBe('newer-version');
    expect(sha256(notice!.movedTo!)).toBe(file);
    expect(sha256(`${notice!.movedTo}-wal`)).toBe(wal);
  });
});
