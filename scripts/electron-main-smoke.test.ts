import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { METHOD_NAMES } from '../src/shared/api-methods.ts';
import { makeRecoveryKey } from '../src/main/keys/recovery-key.ts';
import { wrapWithSecret } from '../src/main/keys/wrap.ts';

const root = path.resolve(import.meta.dirname, '..');
const mainBundle = path.join(root, 'out/main/index.js');
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/**
 * The built main process, started in Node with a recording fake of Electron: it must open
 * its database, bind every contract method to IPC, build a locked-down window pointing at the
 * built renderer and preload, and answer calls (refusing a foreign sender).
 */
/** Runs the built main process on `dir` under the fake Electron; returns its report. */
function runMain(env: NodeJS.ProcessEnv = {}): {
  status: number | null;
  stderr: string;
  report: ReturnType<typeof JSON.parse>;
} {
  expect(existsSync(mainBundle), 'out/main/index.js is missing: run `npm run build` first').toBe(
    true,
  );
  const reportFile = path.join(dir, 'report.json');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      path.join(root, 'scripts/fake-electron/register.mjs'),
      mainBundle,
      `--data-dir=${dir}`,
    ],
    {
      cwd: root,
      env: { ...process.env, FAKE_ELECTRON_REPORT: reportFile, ...env },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
  return { status: result.status, stderr: result.stderr, report };
}

it('the built Electron main process starts, binds the whole contract and answers the window', () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-smoke-'));
  const result = runMain();
  expect(result.status, result.stderr).toBe(0);
  const { report } = result;
  expect(report.error).toBeUndefined();

  expect([...report.handlers].sort()).toEqual(METHOD_NAMES.map((m) => `api:${m}`).sort());
  const [window] = report.windows;
  expect(window.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
  });
  expect(existsSync(window.webPreferences.preload)).toBe(true);
  expect(existsSync(report.rendererFile)).toBe(true);
  expect(report.permissionHandlers).toBe(2);
  expect(report.menu).toEqual(expect.arrayContaining(['&File', '&Edit', '&View']));

  expect(report.calls.info).toMatchObject({ ok: true, value: { dataDir: dir } });
  expect(report.calls.create).toMatchObject({
    ok: true,
    value: { givenName: 'Smoke', familyName: 'Test' },
  });
  expect(report.calls.invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(report.calls.forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(report.calls.catalogue.value.length).toBeGreaterThan(5);
  expect(report.calls.handout).toMatchObject({ ok: true, start: '%PDF-' });
  expect(report.calls.handout.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(existsSync(path.join(dir, 'jointplan.sqlite'))).toBe(true);
  // Encrypted, its key kept by the (fake) keychain through safeStorage and under a recovery key.
  expect(readFileSync(path.join(dir, 'jointplan.sqlite')).subarray(0, 15).toString()).not.toBe(
    'SQLite format 3',
  );
  const keys = JSON.parse(readFileSync(path.join(dir, 'jointplan.keys.json'), 'utf8'));
  expect(keys.protected.kind).toBe('keychain');
  expect(keys.recovery.kdf).toBe('scrypt');

  // The save dialog starts in Documents, then in the folder used last; a handout opens after
  // saving, ready to print, and a patient record file is only kept.
  const { dialogs, opened, savedMode } = report.downloads;
  expect(dialogs.slice(0, 3).map((d: { defaultPath: string }) => d.defaultPath)).toEqual([
    path.join('/tmp/fake-electron-documents', 'handout-a.pdf'),
    path.join('/home/jo/Handouts', 'handout-b.pdf'),
    path.join('/home/jo/Handouts', 'Okafor-Margaret-record.jointplan.json'),
  ]);
  expect(dialogs[0]).toMatchObject({
    title: 'Save the handout',
    filters: [{ extensions: ['pdf'] }],
  });
  expect(dialogs[2]).toMatchObject({ title: 'Save the patient record' });
  // Only a saved PDF opens by itself: never a web page, nor a "handout" saved as a program.
  expect(opened).toEqual(['/home/jo/Handouts/handout-a.pdf', '/home/jo/Handouts/handout-b.pdf']);
  // A saved record or handout holds health data: readable by this user only (POSIX).
  expect(savedMode).toBe(0o600);
});

it('the built Electron main process keeps the window to its own files and nothing else', () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-smoke-guards-'));
  const { status, stderr, report } = runMain();
  expect(status, stderr).toBe(0);
  const { navigations, opens, external, requests } = report.security;
  const app = pathToFileURL(report.rendererFile).href;
  const rendererDir = path.dirname(report.rendererFile);

  // Every way a frame can go somewhere else is guarded alike: only the app page, and in a
  // subframe also the app's own blob: PDF and Chromium's PDF viewer, which prints it.
  for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
    expect(navigations[name], name).toEqual({
      [`main ${app}#/patients`]: false,
      'main https://evil.example/': true,
      'main file:///etc/passwd': true,
      [`main ${pathToFileURL(path.join(rendererDir, 'other.html')).href}`]: true,
      'frame blob:file:///0b8f4c1e-1111-4222-8333-944455556666': false,
      'frame https://evil.example/frame': true,
      'frame chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html': false,
      'main chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html': true,
      'frame chrome-extension://abcdefghijklmnopabcdefghijklmnop/index.html': true,
    });
  }

  // New windows never open inside the app; only web and mail links go to the system.
  expect(opens.map((o: { action: string }) => o.action)).toEqual(Array(6).fill('deny'));
  expect(external).toEqual(['https://www.versusarthritis.org/', 'mailto:clinic@example.org']);

  // The session loads the app's own files (and its blobs), not any file on the computer.
  expect(requests).toEqual({
    [app]: 'allowed',
    [pathToFileURL(path.join(rendererDir, 'assets', 'index.js')).href]: 'allowed',
    [pathToFileURL(path.join(rendererDir, 'assets', 'pdf.worker.min.mjs')).href]: 'allowed',
    'file:///etc/passwd': 'cancelled',
    [pathToFileURL(`${rendererDir}-private/notes.txt`).href]: 'cancelled',
    [`${pathToFileURL(rendererDir).href}/%2e%2e/%2e%2e/package.json`]: 'cancelled',
    'blob:file:///0b8f4c1e-1111-4222-8333-944455556666': 'allowed',
    'https://fonts.example/font.woff2': 'cancelled',
    'devtools://devtools/bundled/inspector.html': 'allowed',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.js': 'allowed',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/index.js': 'cancelled',
  });

  // Spellcheck downloads Hunspell dictionaries from Google's servers except on macOS, whose
  // own spellchecker is used: off there. Plugins stay on for Chromium's PDF viewer, which
  // prints the handout (the in-app preview is drawn by pdf.js and needs none).
  const [window] = report.windows;
  const native = process.platform === 'darwin';
  expect(window.webPreferences).toMatchObject({ spellcheck: native, plugins: true });
  if (!native) expect(report.security.spellcheck).toMatchObject({ enabled: false });
});

it('the built Electron main process sets a damaged database aside, starts, and tells the window', () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-smoke-damaged-'));
  const garbage = Buffer.from('This is not a database. '.repeat(100));
  writeFileSync(path.join(dir, 'jointplan.sqlite'), garbage);

  const { status, stderr, report } = runMain();
  expect(status, stderr).toBe(0);
  expect(report.error).toBeUndefined();
  const recovery = report.calls.info.value.recovery;
  // Without SQLite's header and with no key file, it may be encrypted data whose key file
  // is lost or a damaged file: the notice says both, and the app starts either way.
  expect(recovery).toMatchObject({ problem: 'no-key', newestBackup: null });
  expect(recovery.message).toMatch(
    /could not read the data file.*key file.*or the file is damaged/,
  );
  // Moved, never changed: the very bytes sit beside the new, empty database.
  expect(readFileSync(recovery.movedTo).equals(garbage)).toBe(true);
  expect(report.calls.create).toMatchObject({ ok: true });
});

it('the built Electron main process opens the unlock window when the keychain cannot give the key, and the recovery key opens the data', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-smoke-unlock-'));
  expect(runMain().status).toBe(0);
  // The fake keychain's wrapping is plain to see: the database key, put under a recovery key
  // this test knows (the real one was shown only in the window).
  const keyFile = path.join(dir, 'jointplan.keys.json');
  const keys = JSON.parse(readFileSync(keyFile, 'utf8'));
  const wrapped = Buffer.from(keys.protected.data, 'base64').reverse().toString();
  const databaseKey = Buffer.from(wrapped.slice('fake-keychain:'.length), 'hex');
  const recoveryKey = makeRecoveryKey();
  keys.recovery = await wrapWithSecret(databaseKey, recoveryKey);
  writeFileSync(keyFile, JSON.stringify(keys));

  // Another computer's keychain (a reinstalled system): it cannot give the key.
  const { status, stderr, report } = runMain({
    FAKE_ELECTRON_KEYCHAIN: 'reinstalled',
    FAKE_ELECTRON_RECOVERY_KEY: recoveryKey.toLowerCase(),
  });
  expect(status, stderr).toBe(0);
  expect(report.error).toBeUndefined();
  const [unlockWindow, mainWindow] = report.windows;
  expect(unlockWindow.title).toBe('Unlock JointPlan');
  expect(unlockWindow.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
  });
  expect(path.basename(unlockWindow.webPreferences.preload)).toBe('unlock.cjs');
  expect(existsSync(unlockWindow.webPreferences.preload)).toBe(true);
  expect(existsSync(report.unlock.file)).toBe(true);
  expect(report.unlock.state).toEqual({
    ok: true,
    next: { stage: 'recovery-key', withPassphrase: false },
  });
  expect(report.unlock.forbidden).toMatchObject({ ok: false });
  expect(report.unlock.wrong).toMatchObject({
    ok: false,
    field: 'recoveryKey',
    message: expect.stringMatching(/does not open this data\. Nothing was changed\./),
  });
  expect(report.unlock.keyFileUnchanged).toBe(true);
  expect(report.unlock.right).toEqual({ ok: true, next: { stage: 'open' } });
  // The data opened, with the first run's patient, in the app's window; the unlock one is gone.
  expect(mainWindow.title).toBe('JointPlan');
  expect(report.unlock.closed).toBe(true);
  expect(
    report.calls.before.value.patients.map((p: { familyName: string }) => p.familyName),
  ).toEqual(['Test']);
  // Rewrapped for this computer's keychain.
  const rewrapped = JSON.parse(readFileSync(keyFile, 'utf8')).protected.data;
  expect(Buffer.from(rewrapped, 'base64').reverse().toString()).toBe(
    `fake-keychainreinstalled:${databaseKey.toString('hex')}`,
  );
}, 90_000);
