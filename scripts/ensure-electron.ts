/**
 * Runs before `npm start` and `npm run dev`: makes sure Electron's runtime is on this computer.
 *
 * Electron 45 has no install step; its binary is fetched the first time the package is
 * required. electron-vite never requires it (it reads `node_modules/electron/path.txt`), so
 * on a fresh clone it fails with "Electron uninstall". We run the electron package's own
 * installer instead of a downloader of ours, so ELECTRON_MIRROR, proxies
 * (ELECTRON_GET_USE_PROXY) and the download cache behave as Electron documents them, and we
 * turn its failure into plain words.
 *
 * `--zip FILE` (or JOINTPLAN_ELECTRON_ZIP) installs from a copy of the Electron zip: it is
 * offered to the same installer through a one-file mirror on 127.0.0.1, so the zip is still
 * checked against the checksums the electron package ships.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveOneFile } from './one-file-mirror.ts';

const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));
const electronDir = path.dirname(projectRequire.resolve('electron/package.json'));
const version = (
  JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;

/** The same test electron-vite makes, plus the binary it will start actually being there. */
function installed(): boolean {
  const override = process.env.ELECTRON_EXEC_PATH;
  if (override) return existsSync(override);
  try {
    const binary = readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const distVersion = readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8');
    return (
      distVersion.replace(/^v/, '') === version &&
      existsSync(path.join(electronDir, 'dist', binary))
    );
  } catch {
    return false;
  }
}

/** One short reason from the installer's stack trace, in words a user can act on. */
function reasonFrom(stderr: string): string {
  const status = /Response code (\d{3})(?: \(([^)]*)\))?/.exec(stderr);
  if (status) return `the download server answered ${status[1]}${status[2] ? ` ${status[2]}` : ''}`;
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH|fetch failed/.test(stderr))
    return 'there is no connection to the download server';
  if (/checksum/i.test(stderr)) return 'the downloaded file did not match its checksum';
  const first = stderr.split('\n').find((line) => line.trim() !== '');
  return first ? first.trim().slice(0, 160) : 'the installer stopped without saying why';
}

function runInstaller(env: NodeJS.ProcessEnv): Promise<{ ok: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ ok: code === 0 && installed(), stderr }));
  });
}

if (installed()) process.exit(0);

const { values } = parseArgs({ options: { zip: { type: 'string' } }, strict: false });
const zip =
  (typeof values.zip === 'string' ? values.zip : undefined) ?? process.env.JOINTPLAN_ELECTRON_ZIP;
if (zip !== undefined && !existsSync(zip)) {
  console.error(`There is no file at ${zip}: give the path of ${zipName}.`);
  process.exit(1);
}
console.log(
  `Getting JointPlan's desktop runtime (Electron ${version}, about 100 MB; only this once)…`,
);
const mirror = zip === undefined ? undefined : await serveOneFile(`/v${version}/${zipName}`, zip);
const env = mirror ? { ...process.env, ELECTRON_MIRROR: `${mirror.url}/` } : process.env;
const result = await runInstaller(env);
await mirror?.close();
if (result.ok) process.exit(0);

console.error(
  `\nJointPlan could not get its desktop runtime (Electron ${version}, about 100 MB, needed once): ${reasonFrom(result.stderr)}.\n` +
    `Run \`npm start\` again when online; behind a firewall, set ELECTRON_MIRROR to a mirror, or with a copy of ${zipName} run \`npm run get-electron -- --zip FILE\`.\n` +
    'Meanwhile `npm run serve:web -- --data-dir FOLDER` runs JointPlan in your browser without it.',
);
process.exit(1);
