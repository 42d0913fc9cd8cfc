import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { openAppData, type AppData } from '../app-data.ts';
import { dispatch } from '../dispatch.ts';
import { addPatients } from '../../test-support/real-data.ts';
import { runDailyBackup } from './backups.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';

let root: string;
let dataDir: string;
let data: AppData | null = null;
let previousUmask: number;

beforeEach(() => {
  // The most permissive umask: whatever is private below is so because JointPlan made it so.
  previousUmask = process.umask(0o000);
  root = mkdtempSync(path.join(os.tmpdir(), 'jointplan-private-'));
  dataDir = path.join(root, 'data');
});
afterEach(() => {
  data?.close();
  data = null;
  process.umask(previousUmask);
  rmSync(root, { recursive: true, force: true });
});

/** Every file and folder under `dir` (itself included) with its permission bits. */
function modes(dir: string): Record<string, string> {
  const found: Record<string, string> = { '.': (statSync(dir).mode & 0o777).toString(8) };
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    found[entry] = (statSync(path.join(dir, entry)).mode & 0o777).toString(8);
  }
  return found;
}

function expectPrivate(dir: string): void {
  const all = modes(dir);
  const wrong = Object.entries(all).filter(([entry, mode]) => {
    const isFolder = statSync(path.join(dir, entry)).isDirectory();
    return mode !== (isFolder ? '700' : '600');
  });
  expect(wrong, JSON.stringify(all)).toEqual([]);
}

const call = async (method: 'backups.create' | 'patients.create', input: unknown) => {
  const result = await dispatch(data!.api, method, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as { name?: string };
};

describe.skipIf(process.platform === 'win32')('files private to the user (POSIX)', () => {
  it('the data file, its -wal and -shm, backups and their folders, whatever the umask', async () => {
    data = await openAppData({ dataDir, appVersion: 'test' });
    const patient = { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Alpha' };
    await call('patients.create', { patient });
    const manual = await call('backups.create', {});
    await data.runDailyBackup();
    await data.restore(manual.name!);
    await call('patients.create', { patient: { ...patient, familyName: 'Bravo' } });

    expect(readdirSync(dataDir)).toEqual(
      expect.arrayContaining([DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`, 'backups']),
    );
    expect(readdirSync(path.join(dataDir, 'backups')).length).toBe(3);
    expectPrivate(dataDir);
  });

  it('a data file and backups folder left open to others by an older version are closed', async () => {
    const db = await openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
    await addPatients(db, ['Alpha']);
    await runDailyBackup(db, path.join(dataDir, 'backups'), new Date(2026, 10, 23, 9, 0));
    db.close();
    chmodSync(path.join(dataDir, DATABASE_FILE_NAME), 0o644);
    chmodSync(path.join(dataDir, 'backups'), 0o755);
    chmodSync(path.join(dataDir, 'backups', 'daily-2026-11-23.jpbackup'), 0o644);

    data = await openAppData({ dataDir, appVersion: 'test' });
    expectPrivate(dataDir);
  });

  // chattr +i makes chmod answer EPERM even for root, as FAT drives and some shares do.
  it.skipIf(!canMakeImmutable())(
    'a file whose mode cannot be changed (EPERM) does not stop the start',
    async () => {
      const db = await openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
      await runDailyBackup(db, path.join(dataDir, 'backups'), new Date(2026, 10, 23, 9, 0));
      db.close();
      const stuck = path.join(dataDir, 'backups', 'daily-2026-11-23.jpbackup');
      chmodSync(stuck, 0o644);
      execFileSync('chattr', ['+i', stuck]);
      try {
        data = await openAppData({ dataDir, appVersion: 'test' });
        expect(modes(dataDir)['backups/daily-2026-11-23.jpbackup']).toBe('644');
      } finally {
        execFileSync('chattr', ['-i', stuck]);
      }
    },
  );
});

function canMakeImmutable(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = path.join(os.tmpdir(), `jointplan-chattr-probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    execFileSync('chattr', ['+i', probe], { stdio: 'pipe' });
    execFileSync('chattr', ['-i', probe], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}
