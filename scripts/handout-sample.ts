/**
 * Writes a sample patient handout: `npm run handout:sample -- OUT.pdf [--large-print] [--letter]
 * [--no-wear-log] [--one-page]` ("My plan on a page").
 * The plan is made through the real app API on a temporary database from the shipped catalogue.
 */
import { writeFileSync } from 'node:fs';
import { renderHandout } from '../src/main/handout/render.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../src/test-support/sample-snapshot.ts';
import { sealSnapshot } from '../src/main/plans/snapshot.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
if (!out) {
  console.error(
    'Usage: npm run handout:sample -- OUT.pdf [--large-print] [--letter] [--no-wear-log] [--one-page]',
  );
  process.exit(2);
}
const snapshot = await buildSampleSnapshot();
const started = performance.now();
const pdf = await renderHandout(sealSnapshot(snapshot), {
  ...SAMPLE_OPTIONS,
  paper: args.includes('--letter') ? 'Letter' : 'A4',
  largePrint: args.includes('--large-print'),
  wearLog: !args.includes('--no-wear-log') && !args.includes('--one-page'),
  ...(args.includes('--one-page') ? { sheet: 'one-page' as const } : {}),
});
const ms = performance.now() - started;
writeFileSync(out, pdf);
console.log(`Wrote ${out}: ${pdf.length} bytes in ${ms.toFixed(0)} ms`);
