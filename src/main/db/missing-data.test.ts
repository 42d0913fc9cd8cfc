import Database from 'better-sqlite3-multiple-ciphers';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppData, type AppData } from '../app-data.ts';
import { dispatch } from '../dispatch.ts';
import { addPatients, sha256 } from '../../test-support/real-data.ts';
import { runDailyBackup } from './backups.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';

let dir: string;
let live: string;
let backups: string;
let data: AppData | null = null;
const START = new Date('2026-11-24T08:00:00.000Z');

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-missing-'));
  live = path.join(dir, DATABASE_FILE_NAME);
  backups = path.join(dir, 'backups');
  const db = await openDatabase(live);
  await addPatients(db, ['Alpha', 'Bravo']);
  await runDailyBackup(db, backups, new Date(2026, 10, 23, 9, 0));
  db.close();
});
afterEach(() => {
  data?.close();
  data = null;
  rmSync(dir, { recursive: true, force: true });
});

const start = async () =>
  (data = await openAppData({ dataDir: dir, appVersion: 'test', clock: () => START }));

function dropTables(names: 'all' | string[]): void {
  const db = new Database(live);
  db.pragma('foreign_keys = OFF');
  const tables =
    names === 'all'
      ? (
          db
            .prepare(
              "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .all() as { name: string }[]
        ).map((r) => r.name)
      : names;
  // IF EXISTS: dropping a full-text index drops its shadow tables with it.
  for (const table of tables) db.exec(`DROP TABLE IF EXISTS ${table}`);
  db.close();
}

async function expectOfferAndWorkingApi(problem: string, words: RegExp): Promise<void> {
  const notice = data!.recovery;
  expect(notice?.problem).toBe(problem);
  expect(notice?.message).toMatch(words);
  expect(notice?.message).not.toContain(dir);
  expect(notice?.newestBackup).toMatchObject({
    name: 'daily-2026-11-23.jpbackup',
    patientCount: 2,
  });
  const page = await dispatch(data!.api, 'patients.search', { query: '' });
  expect(page).toMatchObject({ ok: true, value: { patients: [] } });
  expect(await data!.runDailyBackup()).toEqual({ made: false, reason: 'recovery-pending' });
}

describe('a start with no data where there was some is never silent', () => {
  it('a zero-byte data file is moved aside and the backup offered', async () => {
    writeFileSync(live, '');
    rmSync(`${live}-wal`, { force: true });
    await start();
    await expectOfferAndWorkingApi('empty', /empty/);
    expect(statSync(data!.recovery!.movedTo!).size).toBe(0);
  });

  it('a data file whose patients table was dropped is moved aside unchanged', async () => {
    dropTables(['patient_joints', 'patients']);
    const before = sha256(live);
    await start();
    await expectOfferAndWorkingApi('incomplete', /missing parts/);
    expect(sha256(data!.recovery!.movedTo!)).toBe(before);
  });

  it('a data file with every table dropped does not stop the app', async () => {
    dropTables('all');
    await start();
    await expectOfferAndWorkingApi('incomplete', /missing parts/);
  });

  it('a missing data file while backups exist is told, and the backup offered', async () => {
    rmSync(live);
    await start();
    await expectOfferAndWorkingApi('missing', /not found/);
    expect(data!.recovery?.movedTo).toBeNull();
    expect(existsSync(live)).toBe(true);
  });

  it('the very first start, with no data and no backups, says nothing', async () => {
    rmSync(dir, { recursive: true, force: true });
    await start();
    expect(data!.recovery).toBeNull();
  });

  it('half-made copies and scratch folders a crash left behind are swept at start', async () => {
    const partial = path.join(backups, 'before-restore-2026-11-24T07-00-00-000Z.sqlite.partial');
    writeFileSync(partial, 'half a copy');
    // The private copy a backup is made from (backup-worker.ts), and its journal.
    const image = path.join(backups, 'daily-2026-11-24.jpbackup.partial.image');
    writeFileSync(image, 'a copy of the database');
    writeFileSync(`${image}-journal`, 'its journal');
    mkdirSync(path.join(dir, '.jointplan-check-abc123'));
    // Checking an encrypted backup copies it into a scratch folder beside it, in backups/.
    mkdirSync(path.join(backups, '.jointplan-check-def456'));
    writeFileSync(path.join(backups, '.jointplan-check-def456', 'check.sqlite'), 'a copy');
    writeFileSync(`${live}-wal`, 'a log'); // a -wal makes the start use a scratch folder
    await start();
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(image)).toBe(false);
    expect(existsSync(`${image}-journal`)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.jointplan-check-'))).toEqual([]);
    expect(readdirSync(backups).filter((n) => n.startsWith('.jointplan-check-'))).toEqual([]);
  });
});
