/**
 * `npm test`: a build of the app, unit and integration tests (vitest; one of them starts the
 * built main process), then end-to-end tests (Playwright), and one closing line
 * `N passed, N failed` over both, which CI reads.
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

const ok = unitStatus === 0 && buildStatus === 0 && e2eStatus === 0 && failed === 0;
const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(path.join(results, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(ok ? 0 : 1);
