import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../shared/domain/patient.ts';
import { openAppData, type AppData } from '../app-data.ts';
import { dispatch } from '../dispatch.ts';
import { runDailyBackup } from './backups.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { insertPatient } from './repositories/patients.ts';

let dir: string;
let live: string;
let backups: string;
let data: AppData | null = null;
const START = new Date('2026-11-24T08:00:00.000Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-damaged-'));
  live = path.join(dir, DATABASE_FILE_NAME);
  backups = path.join(dir, 'backups');
});
afterEach(() => {
  data?.close();
  data = null;
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A real database with `count` patients (long notes, so it spans many pages) and a daily backup of it. */
async function databaseWithBackup(count: number): Promise<void> {
  const db = await openDatabase(live);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const patient = patientInputSchema.parse({
        ...emptyPatientInput(),
        givenName: 'Ann',
        familyName: `Patient ${i}`,
        notes: 'x'.repeat(2000),
      });
      insertPatient(db, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, patient, 'now');
    }
  })();
  await runDailyBackup(db, backups, new Date(2026, 10, 23, 9, 0));
  db.close();
}

const DAMAGE: Record<string, { problem: string; words: RegExp; damage(): void }> = {
  truncated: {
    problem: 'damaged',
    words: /was damaged/,
    damage: () => writeFileSync(live, readFileSync(live).subarray(0, 64 * 4096)),
  },
  'bytes flipped': {
    problem: 'damaged',
    words: /was damaged/,
    damage: () => {
      const bytes = readFileSync(live);
      // Every b-tree page header after the first page: what SQLite must trust to read a row.
      for (let page = 1; page * 4096 < bytes.length; page++) {
        for (let i = 0; i < 8; i++) bytes[page * 4096 + i]! ^= 0xa5;
      }
      writeFileSync(live, bytes);
    },
  },
  'a foreign SQLite file': {
    problem: 'not-ours',
    words: /not a JointPlan database/,
    damage: () => {
      rmSync(live);
      const foreign = new Database(live);
      foreign.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
      foreign.close();
    },
  },
  'a text file': {
    problem: 'not-ours',
    words: /not a JointPlan database/,
    damage: () => writeFileSync(live, 'Shopping list\nmilk\neggs\n'.repeat(200)),
  },
  'a database from a newer version': {
    problem: 'newer-version',
    words: /newer version of JointPlan/,
    damage: () => {
      const db = new Database(live);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
    },
  },
};

describe('a data file that cannot be used at start', () => {
  for (const [kind, { problem, words, damage }] of Object.entries(DAMAGE)) {
    it(`${kind}: is moved aside unchanged, explained, and the newest good backup is offered`, async () => {
      await databaseWithBackup(300);
      damage();
      const before = sha256(live);

      data = await openAppData({ dataDir: dir, appVersion: 'test', clock: () => START });
      const notice = data.recovery;
      expect(notice?.problem).toBe(problem);
      expect(notice?.message).toMatch(words);
      // The file's name, never the full path of a folder the user did not choose.
      expect(notice?.message).toContain(
        `moved, unchanged, to “${path.basename(notice!.movedTo!)}”`,
      );
      expect(notice?.message).not.toContain(dir);
      expect(notice?.movedTo).toMatch(new RegExp(`jointplan\\.sqlite\\.${problem}-2026-11-24T08`));
      expect(sha256(notice!.movedTo!)).toBe(before);
      expect(notice?.newestBackup).toMatchObject({
        name: 'daily-2026-11-23.jpbackup',
        patientCount: 300,
        problem: null,
      });

      // The window learns of it through app.info, and the offered backup restores.
      const info = await dispatch(data.api, 'app.info', {});
      expect(info).toMatchObject({ ok: true, value: { recovery: { problem } } });
      const restored = await dispatch(data.api, 'backups.restore', {
        name: notice!.newestBackup!.name,
        confirm: true,
      });
      expect(restored).toMatchObject({ ok: true, value: { restored: { patientCount: 300 } } });
      const page = await dispatch(data.api, 'patients.search', { query: 'Patient 299' });
      expect(page).toMatchObject({
        ok: true,
        value: { patients: [{ familyName: 'Patient 299' }] },
      });
      expect(await dispatch(data.api, 'app.info', {})).toMatchObject({ value: { recovery: null } });
      // The set-aside file is still there, byte for byte.
      expect(sha256(notice!.movedTo!)).toBe(before);
    });
  }
});

describe('moving aside', () => {
  it('never overwrites a file already there, and takes the write-ahead log along', async () => {
    await databaseWithBackup(3);
    writeFileSync(live, 'not a database');
    writeFileSync(`${live}-wal`, 'its log');
    const taken = `${live}.not-ours-2026-11-24T08-00-00-000Z`;
    writeFileSync(taken, 'an earlier set-aside file');

    data = await openAppData({ dataDir: dir, appVersion: 'test', clock: () => START });
    expect(data.recovery?.movedTo).toBe(`${taken}-2`);
    expect(readFileSync(taken, 'utf8')).toBe('an earlier set-aside file');
    expect(readFileSync(`${taken}-2`, 'utf8')).toBe('not a database');
    expect(readFileSync(`${taken}-2-wal`, 'utf8')).toBe('its log');
    expect(existsSync(`${live}-wal`)).toBe(true); // the fresh database's own log
  });

  it('offers the newest backup that is sound, passing over a damaged newer one', async () => {
    await databaseWithBackup(2);
    const broken = path.join(backups, 'manual-2026-11-24T07-00-00-000Z.sqlite');
    writeFileSync(broken, 'garbage');
    utimesSync(broken, new Date(), new Date(Date.now() + 60_000));
    writeFileSync(live, 'not a database');

    data = await openAppData({ dataDir: dir, appVersion: 'test', clock: () => START });
    expect(data.recovery?.newestBackup?.name).toBe('daily-2026-11-23.jpbackup');
  });

  it('makes no daily backup of the fresh database while a restore is on offer', async () => {
    await databaseWithBackup(2);
    writeFileSync(live, 'not a database');
    data = await openAppData({ dataDir: dir, appVersion: 'test', clock: () => START });
    expect(await data.runDailyBackup()).toEqual({ made: false, reason: 'recovery-pending' });
    expect(readdirSync(backups)).toEqual(['daily-2026-11-23.jpbackup']);
  });

  it('says so plainly when there is no backup to offer', async () => {
    writeFileSync(live, 'not a database');
    data = await openAppData({ dataDir: dir, appVersion: 'test', clock: () => START });
    expect(data.recovery).toMatchObject({ problem: 'not-ours', newestBackup: null });
    expect(readdirSync(dir).filter((n) => n.includes('.not-ours-'))).toHaveLength(1);
  });
});
