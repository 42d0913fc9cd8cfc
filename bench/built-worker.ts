/**
 * The handout worker as the desktop app runs it: `out/main/handout-worker.js`, bundled by
 * electron-vite (electron.vite.config.ts). Timing worker.ts from source instead would time
 * Node type-stripping and resolving some 75 source files at every start, which a therapist
 * never waits for.
 *
 * The bundle in out/ is used as it is when it is newer than every file it is built from (src/,
 * the build config, the lockfile); otherwise only the main-process bundles are rebuilt, in a
 * child process (electron-vite sets NODE_ENV for the process it builds in) and in place: the
 * worker finds its fonts relative to its own file (fonts.ts), so it must sit where the app's
 * does. Reusing a fresh build keeps `npm test` (bench --quick) from rebuilding every time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILT = path.join(ROOT, 'out/main/handout-worker.js');

/** The newest modification time among `entry` and every file under it. */
function newest(entry: string): number {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
  return latest;
}

function isFresh(): boolean {
  if (!existsSync(BUILT)) return false;
  const sources = ['src', 'electron.vite.config.ts', 'package-lock.json'].map((p) =>
    newest(path.join(ROOT, p)),
  );
  return statSync(BUILT).mtimeMs >= Math.max(...sources);
}

/** Builds electron-vite's main target only (the app's index.js and its worker bundles). */
const BUILD_MAIN = `
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
const { config } = await resolveConfig({ logLevel: 'warn' }, 'build', 'production');
await build(config.main);
`;

/** The built handout worker's URL, built first if it is missing or older than its sources. */
export function builtHandoutWorker(log: (message: string) => void): URL {
  if (!isFresh()) {
    log('building the main-process bundles (out/main is missing or older than src/)…');
    execFileSync(process.execPath, ['--input-type=module', '-e', BUILD_MAIN], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (!isFresh()) throw new Error(`building did not bring ${BUILT} up to date`);
  }
  return pathToFileURL(BUILT);
}
