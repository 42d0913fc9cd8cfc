import { execFileSync } from 'node:child_process';
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
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { openAppData, type AppData } from '../app-data.ts';
import { dispatch } from '../dispatch.ts';
import { DATABASE_FILE_NAME } from './open.ts';

let root: string;
let dataDir: string;
let mounted = false;
let data: AppData | null = null;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'jointplan-storage-'));
  dataDir = path.join(root, 'data');
});
afterEach(() => {
  data?.close();
  data = null;
  if (mounted) execFileSync('umount', [dataDir]);
  mounted = false;
  rmSync(root, { recursive: true, force: true });
});

/** Mounting a small tmpfs needs root (CAP_SYS_ADMIN) on Linux; elsewhere these tests skip. */
function tmpfsAvailable(): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'tmpfs mounts need Linux' };
  const probe = mkdtempSync(path.join(os.tmpdir(), 'jointplan-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe]);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `cannot mount a tmpfs here (${String(error).slice(0, 80)})` };
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const TMPFS = tmpfsAvailable();
const skipped = TMPFS.ok ? '' : ` (skipped: ${TMPFS.reason})`;

function mountTmpfs(size: string): void {
  mkdirSync(dataDir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dataDir]);
  mounted = true;
}

/** Fills the disk under `dataDir` to the last byte with one file; returns its path. */
function fillDisk(): string {
  const filler = path.join(dataDir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let size = 0;
  for (const step of [chunk, Buffer.alloc(4096, 1), Buffer.alloc(512, 1), Buffer.alloc(1, 1)]) {
    for (;;) {
      try {
        writeFileSync(filler, step, { flag: 'a' });
        size += step.length;
      } catch {
        break;
      }
    }
  }
  expect(size).toBeGreaterThan(0);
  return filler;
}

const patient = (familyName: string) => ({
  patient: { ...emptyPatientInput(), givenName: 'Ann', familyName },
});

/** What a start says when it cannot open the data: the message the window shows. */
async function startFailure(): Promise<string> {
  try {
    data = await openAppData({ dataDir, appVersion: 'test' });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the start succeeded');
}

function expectPlain(message: string): void {
  expect(message).toMatch(/Nothing was changed/);
  expect(message).not.toMatch(/Something went wrong|SQLITE_|EISDIR|EROFS|ENOSPC|unable to open/);
  expect(message).not.toContain(root);
}

describe.skipIf(!TMPFS.ok)(`on a full disk${skipped}`, () => {
  it('a write through the API answers disk-full, plainly, and lands once there is room', async () => {
    mountTmpfs('4m');
    data = await openAppData({ dataDir, appVersion: 'test' });
    expect((await dispatch(data.api, 'patients.create', patient('Alpha'))).ok).toBe(true);
    const filler = fillDisk();

    const refused = await dispatch(data.api, 'patients.create', patient('Bravo'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    if (!refused.ok) {
      expect(refused.error.message).toMatch(/disk .* is full/);
      expectPlain(refused.error.message);
    }
    const backup = await dispatch(data.api, 'backups.create', {});
    expect(backup).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(readdirSync(path.join(dataDir, 'backups'))).toEqual([]); // no partial copy left

    rmSync(filler);
    expect((await dispatch(data.api, 'patients.create', patient('Bravo'))).ok).toBe(true);
    const page = await dispatch(data.api, 'patients.search', { query: '' });
    expect(page).toMatchObject({ ok: true, value: { patients: [{}, {}] } });
  });

  it('a first start on a full disk says so and leaves no empty data file behind', async () => {
    mountTmpfs('1m');
    fillDisk();
    const message = await startFailure();
    expect(message).toMatch(/disk .* is full/);
    expectPlain(message);
    expect(existsSync(path.join(dataDir, DATABASE_FILE_NAME))).toBe(false);
  });
});

describe.skipIf(!TMPFS.ok)(`in a read-only folder${skipped}`, () => {
  // Root ignores file permissions, so the folder is made read-only the way a locked drive
  // is: a tmpfs remounted read-only.
  it('a start says the folder is read-only, plainly, and changes nothing', async () => {
    mountTmpfs('4m');
    data = await openAppData({ dataDir, appVersion: 'test' });
    data.close();
    data = null;
    const before = readdirSync(dataDir).sort();
    execFileSync('mount', ['-o', 'remount,ro', dataDir]);

    const message = await startFailure();
    expect(message).toMatch(/read-only/);
    expectPlain(message);
    expect(readdirSync(dataDir).sort()).toEqual(before);
  });
});

describe('a folder where the data file should be', () => {
  it('a start says so plainly and leaves the folder alone', async () => {
    mkdirSync(path.join(dataDir, DATABASE_FILE_NAME), { recursive: true });
    writeFileSync(path.join(dataDir, DATABASE_FILE_NAME, 'notes.txt'), 'mine');
    const message = await startFailure();
    expect(message).toMatch(/a folder, not a file/);
    expectPlain(message);
    expect(statSync(path.join(dataDir, DATABASE_FILE_NAME)).isDirectory()).toBe(true);
    expect(readdirSync(path.join(dataDir, DATABASE_FILE_NAME))).toEqual(['notes.txt']);
  });
});
