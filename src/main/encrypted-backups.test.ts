import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../shared/api.ts';
import { emptyPatientInput } from '../shared/domain/patient.ts';
import { openAppData, type AppData } from './app-data.ts';
import { isEncryptedFile } from './db/cipher.ts';
import { DATABASE_FILE_NAME } from './db/open.ts';
import { dispatch } from './dispatch.ts';
import { fakeKeychain, openEncryptedAppData } from '../test-support/test-keys.ts';

// The encrypted app's own key reaches the backups made after start, the integrity worker that
// checks a large file after start, and restore: a plain backup comes back encrypted.

const WORKER = new URL('./db/integrity-worker.ts', import.meta.url);
let dir: string;
let data: AppData | null = null;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-encrypted-backups-'));
});
afterEach(() => {
  data?.close();
  data = null;
  rmSync(dir, { recursive: true, force: true });
});

async function ok<M extends MethodName>(
  app: AppData,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const result = await dispatch(app.api, method, input, (m, e) => {
    throw new Error(`${m}: ${String(e)}`);
  });
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<M>;
}

const addPatient = (app: AppData, familyName: string) =>
  ok(app, 'patients.create', { patient: { ...emptyPatientInput(), givenName: 'Ann', familyName } });

describe('an encrypted data folder', () => {
  it('is checked after start by a worker that keys its connection, and stays in use', async () => {
    const protector = fakeKeychain();
    data = await openEncryptedAppData({ dataDir: dir, appVersion: 'test', protector });
    await addPatient(data, 'Quill');
    data.close();
    // Treated as too large to check at start: the integrity worker reads it after start.
    data = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector,
      integrityWorker: WORKER,
      quickCheckUpTo: 0,
      backgroundCheckDelayMs: 0,
    });
    await data.checkedAfterStart;
    expect(data.recovery).toBeNull();
    expect((await ok(data, 'patients.search', { query: 'Quill' })).patients).toHaveLength(1);
  });

  it('restores a backup made while the data was plain as encrypted data', async () => {
    const plain = await openAppData({ dataDir: dir, appVersion: 'test' });
    await addPatient(plain, 'Before');
    await plain.runDailyBackup();
    plain.close();

    data = await openEncryptedAppData({ dataDir: dir, appVersion: 'test' });
    await ok(data, 'security.encrypt', { confirm: true });
    const live = path.join(dir, DATABASE_FILE_NAME);
    expect(isEncryptedFile(live)).toBe(true);
    await addPatient(data, 'After');
    const manual = await ok(data, 'backups.create', {});
    expect(manual.patientCount).toBe(2);

    const daily = (await ok(data, 'backups.list', {})).find((b) => b.kind === 'daily');
    expect(daily).toMatchObject({ problem: null, patientCount: 1 });
    await ok(data, 'backups.restore', { name: daily!.name, confirm: true });
    expect(isEncryptedFile(live)).toBe(true);
    expect(data.databaseKey).not.toBeNull();
    expect((await ok(data, 'patients.search', { query: '' })).patients).toHaveLength(1);

    // And the encrypted manual backup restores too.
    await ok(data, 'backups.restore', { name: manual.name, confirm: true });
    expect(isEncryptedFile(live)).toBe(true);
    expect((await ok(data, 'patients.search', { query: '' })).patients).toHaveLength(2);
  });
});
