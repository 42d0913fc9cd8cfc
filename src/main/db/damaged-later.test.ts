import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../shared/domain/patient.ts';
import { openAppData, type AppData } from '../app-data.ts';
import { dispatch } from '../dispatch.ts';
import { runDailyBackup } from './backups.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';
import { insertPatient } from './repositories/patients.ts';

let dir: string;
let live: string;
let data: AppData | null = null;
const START = new Date('2026-11-24T08:00:00.000Z');
const WORKER = new URL('./integrity-worker.ts', import.meta.url);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-damaged-later-'));
  live = path.join(dir, DATABASE_FILE_NAME);
});
afterEach(() => {
  data?.close();
  data = null;
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** 300 patients with long notes, and a daily backup of them. */
async function databaseWithBackup(): Promise<void> {
  const db = await openDatabase(live);
  db.transaction(() => {
    for (let i = 0; i < 300; i++) {
      const patient = patientInputSchema.parse({
        ...emptyPatientInput(),
        givenName: 'Ann',
        familyName: `Patient ${i}`,
        notes: 'x'.repeat(2000),
      });
      insertPatient(db, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, patient, 'now');
    }
  })();
  await runDailyBackup(db, path.join(dir, 'backups'), new Date(2026, 10, 23, 9, 0));
  db.close();
}

/** Damages the pages of the patients table only: what a start reads (schema, catalogue) is sound. */
function damagePatientPages(): void {
  const db = new Database(live, { readonly: true });
  const pages = db
    .prepare("SELECT pageno FROM dbstat WHERE name = 'patients' AND pagetype = 'leaf'")
    .pluck()
    .all() as number[];
  db.close();
  const bytes = readFileSync(live);
  for (const page of pages) {
    for (let i = 0; i < 8; i++) bytes[(page - 1) * 4096 + i]! ^= 0xa5;
  }
  writeFileSync(live, bytes);
}

const open = (quickCheckUpTo: number) =>
  openAppData({
    dataDir: dir,
    appVersion: 'test',
    clock: () => START,
    integrityWorker: WORKER,
    quickCheckUpTo,
    backgroundCheckDelayMs: 0,
  });

describe('a large data file found damaged after start', () => {
  it('is moved aside unchanged, the window told, and the newest good backup offered', async () => {
    await databaseWithBackup();
    damagePatientPages();
    const before = sha256(live);

    // Treated as too large to check at start: it opens, and the check runs after.
    data = await open(0);
    expect(data.recovery).toBeNull();
    await data.checkedAfterStart;

    const notice = data.recovery;
    expect(notice?.problem).toBe('damaged');
    expect(notice?.message).toMatch(/found the data file damaged/);
    expect(notice?.message).toContain(`moved, unchanged, to “${path.basename(notice!.movedTo!)}”`);
    expect(notice?.message).not.toContain(dir);
    expect(sha256(notice!.movedTo!)).toBe(before);
    expect(notice?.newestBackup).toMatchObject({
      name: 'daily-2026-11-23.jpbackup',
      patientCount: 300,
    });

    const info = await dispatch(data.api, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { recovery: { problem: 'damaged' } } });
    expect(await dispatch(data.api, 'patients.search', { query: '' })).toMatchObject({
      ok: true,
      value: { patients: [] },
    });
    const restored = await dispatch(data.api, 'backups.restore', {
      name: notice!.newestBackup!.name,
      confirm: true,
    });
    expect(restored).toMatchObject({ ok: true, value: { restored: { patientCount: 300 } } });
    expect(sha256(notice!.movedTo!)).toBe(before);
  });

  it('the same file is refused at start when it is small enough to check there', async () => {
    await databaseWithBackup();
    damagePatientPages();
    data = await open(64 * 1024 * 1024);
    expect(data.recovery?.problem).toBe('damaged');
  });

  it('a sound large file stays in use, and says nothing', async () => {
    await databaseWithBackup();
    data = await open(0);
    await data.checkedAfterStart;
    expect(data.recovery).toBeNull();
    expect(await dispatch(data.api, 'patients.search', { query: 'Patient 299' })).toMatchObject({
      ok: true,
      value: { patients: [{ familyName: 'Patient 299' }] },
    });
  });
});
