/**
 * `npm start` and `npm run dev` on a computer that has never had Electron's runtime: each is
 * run for real (npm, the project's scripts, Electron's own installer) in a copy of the project
 * whose electron package has no binary, against a mirror on 127.0.0.1 that this test serves.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = (
  JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
const expectedRequest = `GET /v${electronVersion}/${zipName}`;

/** The project's scripts with a pristine electron package: its files, but no dist/ or path.txt. */
function copyProject(): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'jointplan-fresh-clone-'));
  cpSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
  mkdirSync(path.join(copy, 'scripts'));
  for (const file of ['ensure-electron.ts', 'one-file-mirror.ts'])
    cpSync(path.join(root, 'scripts', file), path.join(copy, 'scripts', file));
  const modules = path.join(copy, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry === 'electron') continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(modules, entry));
  }
  cpSync(path.join(root, 'node_modules/electron'), path.join(modules, 'electron'), {
    recursive: true,
    filter: (source) => !/[/\\](dist|path\.txt)$/.test(source),
  });
  return copy;
}

interface Run {
  code: number | null;
  output: string;
}

function npm(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

let mirror: Server;
let mirrorUrl = '';
const requests: string[] = [];
let copy = '';
let cache = '';

function environment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ELECTRON_MIRROR: `${mirrorUrl}/`,
    electron_config_cache: cache,
    ...extra,
  };
  for (const name of ['ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_CUSTOM_DIR'])
    if (!(name in extra)) delete env[name];
  return env;
}

beforeAll(async () => {
  mirror = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.writeHead(404).end('Not here');
  });
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`;
  copy = copyProject();
  cache = mkdtempSync(path.join(os.tmpdir(), 'jointplan-electron-cache-'));
});

afterAll(async () => {
  await new Promise((resolve) => mirror.close(resolve));
  rmSync(copy, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

function expectPlainFailure(run: Run): void {
  expect(run.code).not.toBe(0);
  expect(run.output).toContain(
    `JointPlan could not get its desktop runtime (Electron ${electronVersion}, about 100 MB, needed once)`,
  );
  expect(run.output).toContain('npm run serve:web');
  expect(run.output).toContain('ELECTRON_MIRROR');
  // Plain words, not the installer's stack trace, and electron-vite never reached.
  expect(run.output).not.toMatch(/^\s+at /m);
  expect(run.output).not.toContain('Electron uninstall');
}

describe('the first start on a computer without Electron', () => {
  it('npm start asks the mirror for exactly this platform’s Electron zip and explains a 404', async () => {
    requests.length = 0;
    const run = await npm(copy, ['start'], environment());
    expectPlainFailure(run);
    expect(run.output).toContain('the download server answered 404');
    expect(requests).toEqual([expectedRequest]);
  });

  it('npm run dev takes the same path', async () => {
    requests.length = 0;
    const run = await npm(copy, ['run', 'dev'], environment());
    expectPlainFailure(run);
    expect(requests).toEqual([expectedRequest]);
  });

  it('a copy of the zip goes through Electron’s installer, which checks it against its checksum', async () => {
    requests.length = 0;
    const zip = path.join(cache, zipName);
    writeFileSync(zip, 'not really Electron');
    const run = await npm(copy, ['run', 'get-electron', '--', '--zip', zip], environment());
    expectPlainFailure(run);
    expect(run.output).toContain('did not match its checksum');
    expect(requests).toEqual([]); // served from the copy, not the mirror
  });

  it('once the runtime is there, nothing is fetched and the start goes on', async () => {
    requests.length = 0;
    const electronDir = path.join(copy, 'node_modules/electron');
    mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
    writeFileSync(path.join(electronDir, 'dist', 'version'), `v${electronVersion}`);
    writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    try {
      const run = await npm(copy, ['run', 'get-electron'], environment());
      expect(run.code).toBe(0);
      expect(run.output).not.toContain('Getting JointPlan');
      expect(requests).toEqual([]);
    } finally {
      rmSync(path.join(electronDir, 'dist'), { recursive: true, force: true });
      rmSync(path.join(electronDir, 'path.txt'), { force: true });
    }
  });
});
