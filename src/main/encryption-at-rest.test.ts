import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../shared/api.ts';
import { emptyPatientInput } from '../shared/domain/patient.ts';
import { openAppData, type AppData } from './app-data.ts';
import { dispatch } from './dispatch.ts';
import { openEncryptedAppData } from '../test-support/test-keys.ts';

const NAME = 'Philippa Wainwright-Oduya';
const CHART = 'CH-58219-ZQ';
const NOTE = 'Struggles opening jam jars since the flare in March';

let dir: string;
let data: AppData | null = null;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-at-rest-'));
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

function addThePatient(app: AppData) {
  const [givenName, familyName] = NAME.split(' ') as [string, string];
  return ok(app, 'patients.create', {
    patient: { ...emptyPatientInput(), givenName, familyName, chartNumber: CHART, notes: NOTE },
  });
}

/** Every file under the folder, with its raw bytes. */
function everyFile(folder: string): [string, Buffer][] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => [path.relative(folder, file), readFileSync(file)]);
}

/** The files whose raw bytes hold any of the patient's words, in UTF-8 or UTF-16. */
function filesShowingThePatient(folder: string): string[] {
  const words = [NAME, 'Wainwright', CHART, NOTE, 'jam jars'];
  const needles = words.flatMap((w) => [Buffer.from(w, 'utf8'), Buffer.from(w, 'utf16le')]);
  return everyFile(folder)
    .filter(([, bytes]) => needles.some((needle) => bytes.includes(needle)))
    .map(([name]) => name);
}

describe('the data folder holds nothing of a patient in readable form', () => {
  it('in the database, its -wal and -shm, backups and the key file, open and closed', async () => {
    const app = await openEncryptedAppData({ dataDir: dir, appVersion: 'test' });
    data = app;
    expect((await ok(app, 'security.status', {})).encrypted).toBe(true);
    await addThePatient(app);
    // The search index and sort keys are patient data too.
    expect((await ok(app, 'patients.search', { query: 'wainw' })).patients).toHaveLength(1);
    await app.runDailyBackup();
    await ok(app, 'backups.create', {});
    // While open: the change log (-wal) holds the new rows.
    expect(readdirSync(dir)).toContain('jointplan.sqlite-wal');
    expect(filesShowingThePatient(dir)).toEqual([]);
    app.close();
    data = null;
    expect(filesShowingThePatient(dir)).toEqual([]);
  });

  it('(the search finds the words in a plain data folder, so it can fail)', async () => {
    const app = await openAppData({ dataDir: dir, appVersion: 'test' });
    data = app;
    await addThePatient(app);
    await app.runDailyBackup();
    expect(filesShowingThePatient(dir).length).toBeGreaterThan(0);
  });
});
