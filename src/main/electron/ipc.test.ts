import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import type { IpcMainInvokeEvent } from 'electron';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, contract } from '../../shared/api.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Result } from '../../shared/result.ts';
import { createAppApi } from '../app-api.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../db/open.ts';
import { bindIpc, senderCheckFor, type IpcMainLike } from './ipc.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const APP_URL = 'file:///opt/JointPlan/resources/app/out/renderer/index.html';
const isAppUrl = (url: string) => url.split('#')[0] === APP_URL;

interface FakeFrame {
  url: string;
}

/** Just the fields senderCheckFor reads. */
function fakeEvent(
  options: { frameUrl?: string; subframe?: boolean; destroyed?: boolean } = {},
): IpcMainInvokeEvent {
  const mainFrame: FakeFrame = { url: options.frameUrl ?? APP_URL };
  const senderFrame = options.destroyed
    ? null
    : options.subframe
      ? { url: options.frameUrl ?? APP_URL }
      : mainFrame;
  return { senderFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }
  invoke(channel: string, event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return Promise.resolve(listener(event, input) as Result<unknown>);
  }
}

let dir: string;
let file: string;
let db: SqliteDatabase;
let ipcMain: FakeIpcMain;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-ipc-'));
  file = path.join(dir, DATABASE_FILE_NAME);
  db = await openDatabase(file);
  ipcMain = new FakeIpcMain();
  bindIpc(
    ipcMain,
    createAppApi({ db, dataDir: dir, appVersion: 'test' }),
    senderCheckFor(isAppUrl),
  );
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function dbBytes(): string {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

const patientCount = () =>
  (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;
const validCreate = {
  patient: { ...emptyPatientInput(), givenName: 'Ada', familyName: 'Lovelace' },
};

describe('bindIpc', () => {
  it('binds every contract method on its own api:<name> channel, and nothing else', () => {
    expect([...ipcMain.listeners.keys()].sort()).toEqual(
      METHOD_NAMES.map((m) => `api:${m}`).sort(),
    );
    expect(METHOD_NAMES.length).toBeGreaterThan(0);
  });

  it('lists every contract method in METHOD_NAMES, once', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });

  it('runs a call from the app window', async () => {
    const result = await ipcMain.invoke('api:patients.create', fakeEvent(), validCreate);
    expect(result).toMatchObject({ ok: true, value: { givenName: 'Ada', familyName: 'Lovelace' } });
    expect(patientCount()).toBe(1);
    const info = await ipcMain.invoke('api:app.info', fakeEvent(), {});
    expect(info).toMatchObject({ ok: true, value: { version: 'test' } });
  });

  it.each([
    ['a subframe', { subframe: true }],
    ['another page', { frameUrl: 'https://evil.example/' }],
    ['a destroyed frame', { destroyed: true }],
  ])(
    'refuses a call from %s as forbidden without touching the database',
    async (_label, options) => {
      await ipcMain.invoke('api:patients.create', fakeEvent(), validCreate);
      const before = dbBytes();
      const result = await ipcMain.invoke('api:patients.create', fakeEvent(options), validCreate);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'forbidden',
          message: 'This request did not come from the JointPlan window.',
        },
      });
      const search = await ipcMain.invoke('api:patients.search', fakeEvent(options), {});
      expect(search.ok).toBe(false);
      expect(JSON.stringify(search)).not.toContain('Lovelace');
      expect(patientCount()).toBe(1);
      expect(dbBytes()).toBe(before);
    },
  );

  it('rejects invalid input without touching the database', async () => {
    const before = dbBytes();
    const result = await ipcMain.invoke('api:patients.create', fakeEvent(), {
      patient: { ...validCreate.patient, familyName: '' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { 'patient.familyName': 'Family name is required' } },
    });
    expect(
      await ipcMain.invoke('api:patients.create', fakeEvent(), 'DROP TABLE patients'),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(patientCount()).toBe(0);
    expect(dbBytes()).toBe(before);
  });
});

describe('senderCheckFor', () => {
  const check = senderCheckFor(isAppUrl);

  it('trusts the main frame showing the app page', () => {
    expect(check(fakeEvent())).toBe(true);
    expect(check(fakeEvent({ frameUrl: `${APP_URL}#/patients/new` }))).toBe(true);
  });

  it('rejects a subframe, even one showing the app page', () => {
    expect(check(fakeEvent({ subframe: true }))).toBe(false);
  });

  it('rejects foreign URLs in the main frame', () => {
    for (const url of [
      'https://evil.example/index.html',
      'file:///tmp/evil.html',
      `${APP_URL}.evil.html`,
      'about:blank',
      '',
    ]) {
      expect(check(fakeEvent({ frameUrl: url })), url).toBe(false);
    }
  });

  it('rejects an event whose frame is gone', () => {
    expect(check(fakeEvent({ destroyed: true }))).toBe(false);
  });
});
