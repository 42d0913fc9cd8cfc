import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AppApi } from '../shared/api.ts';
import { passphraseProtector } from '../main/keys/key-store.ts';
import { unlockDataFolder } from '../main/keys/unlock.ts';
import { unlockSession, WRONG_PASSPHRASE } from '../main/unlock/unlock-session.ts';
import { SECRET_HEADER } from './bridge.ts';
import { startWebHost, type WebHost } from './server.ts';

const SECRET = 'unlock-test-secret-0123456789';
let dir: string;
let dataDir: string;
let host: WebHost;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-unlock-route-'));
  dataDir = path.join(dir, 'data');
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body>app</body></html>');
  writeFileSync(
    path.join(rendererDir, 'unlock.html'),
    '<html><head></head><body>unlock</body></html>',
  );
  await unlockDataFolder({
    dataDir,
    protector: passphraseProtector('the right passphrase'),
    askRecoveryKey: () => Promise.resolve(null),
  });
  const session = unlockSession({
    dataDir,
    first: { stage: 'passphrase' },
    protectors: { passphrase: passphraseProtector },
  });
  // The app API is never reached while locked.
  const api = new Proxy({} as AppApi, {
    get: () => () => {
      throw new Error('the app API was called while locked');
    },
  });
  host = await startWebHost({ api, rendererDir, port: 0, secret: SECRET, unlock: { session } });
});

afterEach(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${host.port}`;

function folderHashes(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => {
        const file = path.join(f.parentPath, f.name);
        return [file, createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );
}

function unlock(body: unknown, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }) {
  return fetch(`${base()}/unlock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

it('serves the unlock page and refuses the app API until the data is open', async () => {
  const page = await (await fetch(`${base()}/?token=${SECRET}`)).text();
  expect(page).toContain('unlock');
  expect(page).toContain('<script src="./unlock-bridge.js"></script>');
  expect((await fetch(`${base()}/?token=wrong`)).status).toBe(403);
  const bridge = await (await fetch(`${base()}/unlock-bridge.js`)).text();
  expect(bridge).toContain("host: 'web'");
  const api = await fetch(`${base()}/api/patients.search`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: SECRET },
    body: '{}',
  });
  expect(api.status).toBe(503);
});

it('answers only a request carrying the secret from its own origin; a wrong passphrase changes nothing', async () => {
  const before = folderHashes();
  const right = { action: 'passphrase', passphrase: 'the right passphrase' };
  expect((await unlock(right, {})).status).toBe(403);
  expect((await unlock(right, { [SECRET_HEADER]: 'guess' })).status).toBe(403);
  const foreign = await unlock(right, {
    [SECRET_HEADER]: SECRET,
    Origin: 'http://127.0.0.1:1',
    'Sec-Fetch-Site': 'same-site',
  });
  expect(foreign.status).toBe(403);
  const wrong = await unlock({ action: 'passphrase', passphrase: 'not it' });
  expect(await wrong.json()).toEqual({
    ok: false,
    problem: 'wrong-passphrase',
    message: WRONG_PASSPHRASE,
    field: 'passphrase',
  });
  expect(await (await unlock({ action: 'nonsense' })).json()).toMatchObject({ ok: false });
  expect(folderHashes()).toEqual(before);

  expect(await (await unlock(right)).json()).toEqual({ ok: true, next: { stage: 'open' } });
  // Open: the app is served at the same address.
  expect(await (await fetch(`${base()}/`)).text()).toContain('app');
});
