/**
 * `npm test`: a build of the app, unit and integration tests (vitest; one of them starts the
 * built main process), the benchmarks on small data (`bench --json --quick`, counted as one
 * test: it fails when a suite throws or the output is not one JSON object of figures, never
 * on time), then end-to-end tests (Playwright), and one closing line `N passed, N failed`
 * over all of them, which CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

function run(command: string, args: string[]): number {
  console.log(`\n$ ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

/**
 * The quick bench, so a suite that no longer runs fails CI. Its figures are printed for
 * people to read; whatever they are, only running to the end with valid JSON counts.
 */
function quickBenchRuns(): boolean {
  const args = ['bench/run.ts', '--json', '--quick'];
  console.log(`\n$ node ${args.join(' ')}`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
    encoding: 'utf8',
  });
  if (result.error) {
    console.log(`The quick bench could not start: ${result.error.message}`);
    return false;
  }
  const out = result.stdout.trim();
  console.log(out);
  if (result.status !== 0) {
    console.log(`The quick bench failed (exit ${result.status ?? result.signal}).`);
    return false;
  }
  const problem = figuresProblem(out);
  if (problem) console.log(`The quick bench printed no valid figures: ${problem}.`);
  return problem === null;
}

/** Why `text` is not one JSON object of named figures (numbers, or null), or null if it is. */
function figuresProblem(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'not an object';
  const entries = Object.entries(parsed);
  if (entries.length === 0) return 'no figures';
  const bad = entries.find(([, v]) => v !== null && (typeof v !== 'number' || !isFinite(v)));
  return bad ? `${bad[0]} is ${JSON.stringify(bad[1])}` : null;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const unitFile = path.join(results, 'unit.json');
const e2eFile = path.join(results, 'e2e.json');
for (const file of [unitFile, e2eFile]) writeFileSync(file, '');

const buildStatus = run(bin('electron-vite'), ['build']);
const unitStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitFile}`,
]);
const benchOk = quickBenchRuns();
const e2eStatus = buildStatus === 0 ? run(bin('playwright'), ['test']) : 1;

const unit = readJson<VitestReport>(unitFile);
const e2e = readJson<PlaywrightReport>(e2eFile);
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests;
} else {
  failed += 1; // the unit run produced no report at all
}
if (benchOk) passed += 1;
else failed += 1;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else {
  failed += 1; // the build failed or Playwright produced no report
}
if (buildStatus !== 0) console.log('\nThe build failed, so the end-to-end tests did not run.');
if (e2e && e2e.stats.flaky > 0)
  console.log(`\n${e2e.stats.flaky} end-to-end test(s) passed only on retry.`);

const ok = unitStatus === 0 && benchOk && buildStatus === 0 && e2eStatus === 0 && failed === 0;
const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(path.join(results, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(ok ? 0 : 1);
