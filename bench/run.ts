/**
 * Runs every benchmark and prints its figures: `npm run bench` for a table, or
 * `npm run bench -- --json` for exactly one JSON object on stdout. Benchmarks report;
 * they never pass or fail on time. `--quick` runs every suite on small data (well under a
 * minute) and prints the same figure names: `npm test` runs it so a suite that no longer runs
 * fails there. Add a suite by writing bench/<area>.ts exporting a
 * BenchSuite and listing it below.
 */
import { withTempDir, type BenchSuite } from './lib.ts';
import { encryptionBench } from './encryption.ts';
import { backupsBench } from './backups.ts';
import { handoutsBench } from './handouts.ts';
import { patientsBench } from './patients.ts';
import { plansBench } from './plans.ts';
import { progressBench } from './progress.ts';
import { reviewBench } from './review.ts';
import { scriptsBench } from './scripts.ts';
import { scaleBench } from './scale.ts';
import { windowBench } from './window.ts';
import { timelineBench } from './timeline.ts';

const SUITES: readonly BenchSuite[] = [
  patientsBench,
  plansBench,
  reviewBench,
  handoutsBench,
  scriptsBench,
  timelineBench,
  encryptionBench,
  backupsBench,
  progressBench,
];
/** Suites that read the big cached caseload: run with --scale (and always under --quick). */
const SCALE_SUITES: readonly BenchSuite[] = [scaleBench, windowBench];

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const scale = process.argv.includes('--scale');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

const figures: Record<string, number | null> = {};
const targets: NonNullable<BenchSuite['targets']> = {};
for (const suite of [...SUITES, ...(scale || quick ? SCALE_SUITES : [])]) {
  if (only && !only.includes(suite.name)) continue;
  const log = json
    ? () => undefined
    : (message: string) => console.error(`[${suite.name}] ${message}`);
  const result = await withTempDir(`jointplan-bench-${suite.name}-`, (dir) =>
    suite.run({ dir, log, quick }),
  );
  Object.assign(figures, result);
  Object.assign(targets, suite.targets);
}

if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const rows = Object.entries(figures).map(([name, value]) => {
    const target = targets[name];
    const shown = value === null ? 'n/a' : value.toFixed(2);
    if (!target) return [name, shown, '', ''];
    const label =
      target.label ??
      [
        target.min === undefined ? '' : `≥ ${target.min}`,
        target.max === undefined ? '' : `≤ ${target.max}`,
      ]
        .filter(Boolean)
        .join(', ');
    if (value === null) return [name, shown, label, 'not measured'];
    const within =
      (target.max === undefined || value <= target.max) &&
      (target.min === undefined || value >= target.min);
    return [
      name,
      shown,
      label,
      within
        ? 'within target'
        : target.max !== undefined && value > target.max
          ? 'OVER target'
          : 'UNDER target',
    ];
  });
  const table = [['figure', 'value', 'target', ''], ...rows];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  for (const row of table) {
    console.log(
      row
        .map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
  }
}
