import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../shared/api.ts';
import { emptyPatientInput, patientInputSchema } from '../shared/domain/patient.ts';
import { defaultSettings } from '../shared/domain/settings.ts';
import { openAppData, type AppData } from './app-data.ts';
import { backupTo } from './db/backups.ts';
import { openBackupCopy } from '../test-support/backup-copy.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './db/migrations/index.ts';
import { openDatabase } from './db/open.ts';
import { insertPatient } from './db/repositories/patients.ts';
import { dispatch } from './dispatch.ts';

let dir: string;
let backups: string;
let data: AppData;
const clock = { now: new Date('2026-11-24T09:00:00.000Z') };

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-restore-'));
  backups = path.join(dir, 'backups');
  data = await openAppData({ dataDir: dir, appVersion: 'test', clock: () => clock.now });
});
afterEach(() => {
  data.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ok<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await dispatch(data.api, method, input, (m, e) => {
    throw new Error(`${m}: ${String(e)}`);
  });
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<M>;
}

async function failure(method: MethodName, input: unknown) {
  const result = await dispatch(data.api, method, input, () => {});
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

const addPatient = (familyName: string) =>
  ok('patients.create', { patient: { ...emptyPatientInput(), givenName: 'Ann', familyName } });

async function familyNames(): Promise<string[]> {
  const page = await ok('patients.search', { query: '' });
  return page.patients.map((p) => p.familyName).sort();
}

function dataFolder(): string[] {
  return readdirSync(dir).filter((name) => name !== 'backups');
}

describe('back up now and restore', () => {
  it('restores a manual backup: its patients come back, later ones go, and a safety copy is kept', async () => {
    await addPatient('Before');
    const made = await ok('backups.create', {});
    expect(made).toMatchObject({ kind: 'manual', patientCount: 1, problem: null });
    expect(made.name).toMatch(/^manual-2026-11-24T09-00-00-000Z\.jpbackup$/);
    await addPatient('After');

    const listed = await ok('backups.list', {});
    expect(listed.map((b) => b.name)).toEqual([made.name]);

    const result = await ok('backups.restore', { name: made.name, confirm: true });
    expect(result.restored).toMatchObject({ name: made.name, patientCount: 1 });
    expect(result.safetyBackup).toMatchObject({ kind: 'before-restore', patientCount: 2 });
    expect(existsSync(path.join(backups, result.safetyBackup.name))).toBe(true);

    expect(await familyNames()).toEqual(['Before']);
    // The same API object keeps working on the restored database.
    await addPatient('Later');
    expect(await familyNames()).toEqual(['Before', 'Later']);
    expect(
      dataFolder().filter((n) => n.includes('.replaced-') || n.includes('.restoring')),
    ).toEqual([]);
    expect((await ok('app.info', {})).recovery).toBeNull();

    // And the safety copy brings back what the restore replaced.
    await ok('backups.restore', { name: result.safetyBackup.name, confirm: true });
    expect(await familyNames()).toEqual(['After', 'Before']);
  });

  it('restores a backup from an older version, bringing it up to date', async () => {
    const oldFile = path.join(dir, 'old', 'jointplan.sqlite');
    const old = await openDatabase(oldFile, { migrations: MIGRATIONS.slice(0, 4) });
    const ann = patientInputSchema.parse({
      ...emptyPatientInput(),
      givenName: 'Ann',
      familyName: 'Older',
    });
    insertPatient(old, '00000000-0000-4000-8000-000000000001', ann, 'now');
    mkdirSync(backups);
    await backupTo(old, path.join(backups, 'manual-old.sqlite'));
    old.close();
    expect((await ok('backups.list', {}))[0]).toMatchObject({ schemaVersion: 4, patientCount: 1 });

    await ok('backups.restore', { name: 'manual-old.sqlite', confirm: true });
    expect(await familyNames()).toEqual(['Older']);
    expect((await ok('app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('puts the previous database back when the backup cannot be brought up to date', async () => {
    // A sound data version 4 backup that already holds a table version 5 creates, so
    // updating it fails after the swap, when the restored file is opened.
    const old = await openDatabase(path.join(dir, 'old', 'jointplan.sqlite'), {
      migrations: MIGRATIONS.slice(0, 4),
    });
    old.exec('CREATE TABLE sessions (id TEXT) STRICT');
    mkdirSync(backups, { recursive: true });
    await backupTo(old, path.join(backups, 'manual-old.sqlite'));
    old.close();
    await addPatient('Current');
    await addPatient('Newer');

    const error = await failure('backups.restore', { name: 'manual-old.sqlite', confirm: true });
    expect(error.message).toMatch(/could not be restored, so your data was left as it was/);
    expect(await familyNames()).toEqual(['Current', 'Newer']);
    await addPatient('Still works');
    expect(await familyNames()).toEqual(['Current', 'Newer', 'Still works']);
    expect(dataFolder().sort()).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/replaced|restoring/)]),
    );
  });

  it('waits for a restore rather than answer from a closed database', async () => {
    await addPatient('Kept');
    const made = await ok('backups.create', {});
    await addPatient('Gone');
    const [, names] = await Promise.all([
      ok('backups.restore', { name: made.name, confirm: true }),
      familyNames(),
    ]);
    expect(names).toEqual(['Kept']);
  });
});

describe('refusing a restore', () => {
  function beforeRestoreCopies(): string[] {
    return readdirSync(backups).filter((n) => n.startsWith('before-restore-'));
  }

  it('refuses damaged, foreign and newer backups, and changes nothing', async () => {
    await addPatient('Safe');
    await ok('backups.create', {});
    writeFileSync(path.join(backups, 'manual-text.sqlite'), 'not a database\n'.repeat(100));
    const foreign = new Database(path.join(backups, 'manual-foreign.sqlite'));
    foreign.exec('CREATE TABLE recipes (name TEXT)');
    foreign.close();
    const newer = await openDatabase(path.join(dir, 'newer', 'jointplan.sqlite'));
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await backupTo(newer, path.join(backups, 'manual-newer.sqlite'));
    newer.close();

    const listed = await ok('backups.list', {});
    const problems = Object.fromEntries(listed.map((b) => [b.name, b.problem]));
    expect(problems).toMatchObject({
      'manual-text.sqlite': 'This backup cannot be read.',
      'manual-foreign.sqlite': 'This is not a JointPlan backup.',
      'manual-newer.sqlite': 'This backup was made by a newer version of JointPlan.',
    });

    for (const name of ['manual-text.sqlite', 'manual-foreign.sqlite', 'manual-newer.sqlite']) {
      const error = await failure('backups.restore', { name, confirm: true });
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/Nothing was changed/);
    }
    expect(beforeRestoreCopies()).toEqual([]);
    expect(await familyNames()).toEqual(['Safe']);
  });

  it('refuses names that are not backups in the backups folder', async () => {
    await addPatient('Safe');
    writeFileSync(path.join(dir, 'elsewhere.sqlite'), '');
    const hostile = [
      '../jointplan.sqlite',
      '/etc/passwd',
      'manual-x/../../jointplan.sqlite',
      '..\\jointplan.sqlite',
      'jointplan.sqlite',
      'elsewhere.sqlite',
      'manual-missing.sqlite',
      'manual-x.sqlite\u0000',
      '',
    ];
    for (const name of hostile) {
      const error = await failure('backups.restore', { name, confirm: true });
      expect(['invalid-input', 'not-found'], name).toContain(error.code);
    }
    await ok('backups.create', {});
    const name = (await ok('backups.list', {}))[0]?.name;
    expect((await failure('backups.restore', { name, confirm: false })).code).toBe('invalid-input');
    expect((await failure('backups.restore', { name })).code).toBe('invalid-input');
    expect(existsSync(backups) ? beforeRestoreCopies() : []).toEqual([]);
    expect(await familyNames()).toEqual(['Safe']);
  });
});

describe('daily backups', () => {
  it('keeps as many daily backups as the setting says', async () => {
    await ok('settings.update', {
      settings: { ...defaultSettings(), clinicName: 'Clinic', backupsKept: 2 },
    });
    for (const day of ['2026-11-20', '2026-11-21', '2026-11-22']) {
      clock.now = new Date(`${day}T12:00:00`);
      await data.runDailyBackup();
    }
    expect(readdirSync(backups).sort()).toEqual([
      'daily-2026-11-21.jpbackup',
      'daily-2026-11-22.jpbackup',
    ]);
    for (const bad of [0, 366, 1.5]) {
      const error = await failure('settings.update', {
        settings: { ...defaultSettings(), clinicName: 'Clinic', backupsKept: bad },
      });
      expect(error.fields).toHaveProperty(['settings.backupsKept']);
    }
  });
});

describe('a restore and calls already under way', () => {
  it('lets a handout being drawn finish and keeps its record in the safety backup before restoring', async () => {
    data.close();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    data = await openAppData({
      dataDir: dir,
      appVersion: 'test',
      clock: () => clock.now,
      // A slow drawing: the handout call is still under way when the restore is asked for.
      renderHandout: async () => {
        await gate;
        return Buffer.from('%PDF-1.7 slow handout');
      },
    });
    const made = await ok('backups.create', {});
    const patient = await addPatient('Drawn');
    const draft = await ok('plans.createDraft', {
      patientId: patient.id,
      source: { from: 'template', templateId: 'template.ra-hand-flare' },
    });
    await ok('plans.saveDraft', {
      id: draft.id,
      content: {
        ...draft.content,
        therapist: 'Jo Bloggs OT',
        reviewDate: '2027-01-15',
        orthoses: draft.content.orthoses.map((o) => ({ ...o, side: 'right' as const })),
      },
    });
    await ok('plans.finalise', { id: draft.id });

    const handout = ok('handouts.create', { planId: draft.id });
    const restore = ok('backups.restore', { name: made.name, confirm: true });
    let restored = false;
    void restore.then(() => (restored = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(restored).toBe(false);

    release();
    await expect(handout).resolves.toMatchObject({ planId: draft.id });
    const { safetyBackup } = await restore;
    const copy = openBackupCopy(path.join(backups, safetyBackup.name));
    expect(copy.prepare('SELECT plan_id FROM handout_exports').all()).toEqual([
      { plan_id: draft.id },
    ]);
    copy.close();
    expect(await familyNames()).toEqual([]);
  });
});
