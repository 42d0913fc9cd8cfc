import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppApi } from '../shared/api.ts';
import { emptyPatientInput, type Patient, type PatientInput } from '../shared/domain/patient.ts';
import type { Result } from '../shared/result.ts';
import { createAppApi } from './app-api.ts';
import { LATEST_SCHEMA_VERSION } from './db/migrations/index.ts';
import { DATABASE_FILE_NAME, openDatabase } from './db/open.ts';
import { dispatch } from './dispatch.ts';

let dir: string;
let file: string;
let db: SqliteDatabase;
let api: AppApi;
let clockTime: Date;
let logged: { method: string; error: unknown }[];

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-api-'));
  file = path.join(dir, DATABASE_FILE_NAME);
  db = await openDatabase(file);
  clockTime = new Date('2024-03-01T08:30:00.000Z');
  api = createAppApi({ db, dataDir: dir, appVersion: '9.9.9-test', clock: () => clockTime });
  logged = [];
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const MISSING_ID = '00000000-0000-4000-8000-00000000dead';

function call(method: string, input: unknown): Promise<Result<unknown>> {
  return dispatch(api, method, input, (m, error) => logged.push({ method: m, error }));
}

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function failure(method: string, input: unknown) {
  const result = await call(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

function patient(overrides: Partial<PatientInput> = {}): PatientInput {
  return { ...emptyPatientInput(), givenName: 'Ada', familyName: 'Lovelace', ...overrides };
}

const create = (overrides: Partial<PatientInput> = {}) =>
  ok<Patient>('patients.create', { patient: patient(overrides) });

/** The database's bytes on disk, with the WAL folded in, plus a full dump of its rows. */
function fingerprint(): { sha256: string; rows: unknown } {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    rows: {
      patients: db.prepare('SELECT * FROM patients ORDER BY id').all(),
      joints: db.prepare('SELECT * FROM patient_joints ORDER BY patient_id, joint, side').all(),
    },
  };
}

describe('app.info', () => {
  it('reports the version, data folder and schema version', async () => {
    expect(await ok('app.info', {})).toEqual({
      version: '9.9.9-test',
      dataDir: dir,
      schemaVersion: LATEST_SCHEMA_VERSION,
      recovery: null,
    });
  });
});

describe('patients: the whole life of a record', () => {
  it('creates, reads, updates, archives, restores and deletes a patient', async () => {
    const created = await create({
      preferredName: 'Ada L.',
      dateOfBirth: '1952-12-10',
      chartNumber: ' RA-1815 ',
      diseaseStage: 'stable',
      affectedJoints: [
        { joint: 'mcp2', side: 'left' },
        { joint: 'wrist', side: 'right' },
      ],
      notes: 'Left-handed.',
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      givenName: 'Ada',
      familyName: 'Lovelace',
      chartNumber: 'RA-1815',
      affectedJoints: [
        { joint: 'wrist', side: 'right' },
        { joint: 'mcp2', side: 'left' },
      ],
      createdAt: '2024-03-01T08:30:00.000Z',
      updatedAt: '2024-03-01T08:30:00.000Z',
      archivedAt: null,
    });
    expect(await ok('patients.get', { id: created.id })).toEqual(created);

    clockTime = new Date('2024-03-02T10:00:00.000Z');
    const updated = await ok<Patient>('patients.update', {
      id: created.id,
      patient: patient({
        givenName: 'Augusta Ada',
        familyName: 'King',
        chartNumber: 'RA-1815',
        affectedJoints: [],
      }),
    });
    expect(updated).toMatchObject({
      id: created.id,
      givenName: 'Augusta Ada',
      familyName: 'King',
      affectedJoints: [],
      createdAt: '2024-03-01T08:30:00.000Z',
      updatedAt: '2024-03-02T10:00:00.000Z',
    });
    expect(await ok('patients.get', { id: created.id })).toEqual(updated);

    clockTime = new Date('2024-03-03T10:00:00.000Z');
    const archived = await ok<Patient>('patients.archive', { id: created.id });
    expect(archived.archivedAt).toBe('2024-03-03T10:00:00.000Z');
    expect(
      (await ok<{ patients: unknown[] }>('patients.search', { query: 'king' })).patients,
    ).toEqual([]);
    expect(
      (
        await ok<{ patients: unknown[] }>('patients.search', {
          query: 'king',
          includeArchived: true,
        })
      ).patients,
    ).toHaveLength(1);

    // Archiving twice keeps the first date.
    clockTime = new Date('2024-03-04T10:00:00.000Z');
    expect((await ok<Patient>('patients.archive', { id: created.id })).archivedAt).toBe(
      '2024-03-03T10:00:00.000Z',
    );

    const restored = await ok<Patient>('patients.restore', { id: created.id });
    expect(restored.archivedAt).toBeNull();
    expect(
      (await ok<{ patients: unknown[] }>('patients.search', { query: 'king' })).patients,
    ).toHaveLength(1);

    expect(await ok('patients.delete', { id: created.id, confirm: true })).toEqual({
      deleted: true,
    });
    expect((await failure('patients.get', { id: created.id })).code).toBe('not-found');
    expect(db.prepare('SELECT count(*) AS n FROM patient_joints').get()).toEqual({ n: 0 });
  });

  it('lists created patients in name order through patients.search', async () => {
    await create({ givenName: 'Zoë', familyName: 'Zhang' });
    await create({ givenName: 'Émile', familyName: 'Ébert' });
    await create({ givenName: 'Ann', familyName: 'Adams' });
    const page = await ok<{ patients: { familyName: string }[]; next: unknown }>(
      'patients.search',
      {},
    );
    expect(page.patients.map((p) => p.familyName)).toEqual(['Adams', 'Ébert', 'Zhang']);
    expect(page.next).toBeNull();
  });
});

describe('chart number conflicts', () => {
  it('refuses a second patient with the same chart number, naming who holds it', async () => {
    await create({ givenName: 'Grace', familyName: 'Hopper', chartNumber: 'C-42' });
    const before = fingerprint();
    const error = await failure('patients.create', { patient: patient({ chartNumber: 'c-42' }) });
    expect(error.code).toBe('conflict');
    expect(error.fields?.chartNumber).toContain('Grace Hopper');
    expect(error.fields?.chartNumber).toContain('c-42');
    expect(error.message).toBe(error.fields?.chartNumber);
    expect(fingerprint()).toEqual(before);
  });

  it('refuses an update that takes another patient’s chart number, and keeps the old record', async () => {
    await create({ givenName: 'Grace', familyName: 'Hopper', chartNumber: 'C-42' });
    const ada = await create({ chartNumber: 'C-43' });
    const error = await failure('patients.update', {
      id: ada.id,
      patient: patient({ familyName: 'Changed', chartNumber: 'C-42' }),
    });
    expect(error.code).toBe('conflict');
    expect(error.fields?.chartNumber).toContain('Grace Hopper');
    expect(await ok('patients.get', { id: ada.id })).toEqual(ada);
  });

  it('lets a patient keep (or re-case) their own chart number', async () => {
    const ada = await create({ chartNumber: 'c-7' });
    const updated = await ok<Patient>('patients.update', {
      id: ada.id,
      patient: patient({ chartNumber: 'C-7', notes: 'x' }),
    });
    expect(updated.chartNumber).toBe('C-7');
  });

  it('frees a chart number when its holder is deleted', async () => {
    const ada = await create({ chartNumber: 'C-1' });
    await ok('patients.delete', { id: ada.id, confirm: true });
    expect(
      (await create({ givenName: 'Alan', familyName: 'Turing', chartNumber: 'C-1' })).chartNumber,
    ).toBe('C-1');
  });
});

describe('not found', () => {
  it.each([
    ['patients.get', { id: MISSING_ID }],
    ['patients.update', { id: MISSING_ID, patient: patient() }],
    ['patients.archive', { id: MISSING_ID }],
    ['patients.restore', { id: MISSING_ID }],
    ['patients.delete', { id: MISSING_ID, confirm: true }],
  ])('%s of a missing patient answers not-found', async (method, input) => {
    const error = await failure(method, input);
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/no longer exists/);
    expect(db.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 0 });
  });
});

describe('invalid input', () => {
  it('answers with a message per field and leaves the database file unchanged', async () => {
    await create({
      givenName: 'Grace',
      familyName: 'Hopper',
      affectedJoints: [{ joint: 'knee', side: 'left' }],
    });
    const before = fingerprint();

    const error = await failure('patients.create', {
      patient: patient({
        givenName: ' ',
        dateOfBirth: '2023-02-30',
        phone: 'ring the bell',
        affectedJoints: [{ joint: 'elbow', side: 'middle' as never }],
      }),
    });
    expect(error.code).toBe('invalid-input');
    expect(error.fields).toEqual({
      'patient.givenName': 'Given name is required',
      'patient.dateOfBirth': 'Enter the date of birth as a real date',
      'patient.phone': 'Phone can contain only digits, spaces and + ( ) - . /',
      'patient.affectedJoints.0.side': 'Side must be right or left',
    });
    expect(error.message).toBe('4 fields need attention: Given name is required');

    expect(fingerprint()).toEqual(before);
  });

  it('gives the single field’s message when only one field is wrong', async () => {
    const error = await failure('patients.create', { patient: patient({ familyName: '' }) });
    expect(error).toEqual({
      code: 'invalid-input',
      message: 'Family name is required',
      fields: { 'patient.familyName': 'Family name is required' },
    });
  });

  it('refuses an update with invalid input without changing the stored patient', async () => {
    const ada = await create();
    const before = fingerprint();
    const error = await failure('patients.update', {
      id: ada.id,
      patient: patient({ notes: 'n'.repeat(10_001) }),
    });
    expect(error.fields).toEqual({ 'patient.notes': 'Notes must be 10,000 characters or fewer' });
    expect(fingerprint()).toEqual(before);
  });

  it('rejects unknown keys, a malformed id and a missing input', async () => {
    expect((await failure('patients.create', { patient: { ...patient(), ssn: '123' } })).code).toBe(
      'invalid-input',
    );
    expect((await failure('patients.get', { id: 'not-a-uuid' })).fields).toEqual({
      id: 'Patient id must be a UUID',
    });
    expect((await failure('patients.get', { id: MISSING_ID, extra: 1 })).code).toBe(
      'invalid-input',
    );
    expect((await failure('patients.get', undefined)).code).toBe('invalid-input');
    expect((await failure('patients.search', { limit: 100_000 })).code).toBe('invalid-input');
  });

  it('requires deletion to be confirmed', async () => {
    const ada = await create();
    const error = await failure('patients.delete', { id: ada.id });
    expect(error.code).toBe('invalid-input');
    expect(error.fields?.confirm).toBe('Deleting a patient must be confirmed');
    expect((await failure('patients.delete', { id: ada.id, confirm: 'yes' })).code).toBe(
      'invalid-input',
    );
    expect(await ok('patients.get', { id: ada.id })).toEqual(ada);
  });
});

describe('unknown methods and internal errors', () => {
  it('answers unknown-method for a name not in the contract, including inherited names', async () => {
    for (const name of ['patients.drop', 'toString', '__proto__', 'constructor', '']) {
      const error = await failure(name, {});
      expect(error.code, name).toBe('unknown-method');
    }
  });

  it('hides the details of an internal failure and logs them instead', async () => {
    const ada = await create();
    db.exec('DROP TABLE patient_joints');
    const error = await failure('patients.get', { id: ada.id });
    expect(error).toEqual({
      code: 'internal',
      message: 'Something went wrong inside JointPlan. Nothing was changed.',
    });
    expect(JSON.stringify(error)).not.toMatch(/patient_joints|no such table|SQLITE/i);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.method).toBe('patients.get');
    expect(String(logged[0]?.error)).toMatch(/no such table/);
  });

  it('reports a closed database as an internal error, not a crash', async () => {
    db.close();
    const error = await failure('patients.search', { query: 'ada' });
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/database connection|not open/i);
  });
});
