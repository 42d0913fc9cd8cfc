/**
 * The SHA-256 of every current-layout handout of the test set in every variant, to prove a
 * change to the renderer's speed moved no byte: `node scripts/handout-hashes.ts OUT.json
 * [--cases=CASES.json]` writes `{ "<plan> | <variant>": "<sha256>" }`. The plans (built through
 * the real API, photos drawn with random noise) are kept in CASES.json so a second run renders
 * the very same snapshots; compare two runs' files with `diff`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSnapshotSchema, type PlanSnapshot } from '../src/shared/domain/plan-snapshot.ts';
import { renderHandout } from '../src/main/handout/render.ts';
import type { HandoutOptions } from '../src/main/handout/options.ts';
import { sealSnapshot } from '../src/main/plans/snapshot.ts';
import { buildHandoutTestSet } from '../src/test-support/handout-test-set.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../src/test-support/sample-snapshot.ts';
import sharp from 'sharp';
import { samplePhoto } from '../src/test-support/photos.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
const casesFile =
  args.find((a) => a.startsWith('--cases='))?.slice('--cases='.length) ?? 'handout-cases.json';
if (!out) {
  console.error('Usage: node scripts/handout-hashes.ts OUT.json [--cases=CASES.json]');
  process.exit(2);
}

async function buildCases(): Promise<Record<string, PlanSnapshot>> {
  const cases: Record<string, PlanSnapshot> = {};
  for (const c of await buildHandoutTestSet()) cases[c.name] = c.snapshot;
  cases.sample = await buildSampleSnapshot();
  const longText = 'Loosen the straps a little if your fingers swell, then check them again. ';
  cases['long texts'] = await buildSampleSnapshot((c) => ({
    ...c,
    orthoses: c.orthoses.map((o) => ({ ...o, notes: longText.repeat(26).slice(0, 1900) })),
    goals: c.goals.map((g) => ({ ...g, text: longText.repeat(6).slice(0, 290) })),
  }));
  cases.routine = await buildSampleSnapshot((c) => ({
    ...c,
    principles: c.principles.slice(0, 2),
    rest: { ...c.rest, strategies: c.rest.strategies.slice(0, 2) },
  }));
  const onHand = await samplePhoto('The strap goes across the back of your hand, not the wrist.');
  const photos = await buildSampleSnapshot((c) => ({
    ...c,
    orthoses: c.orthoses.map((o, i) => (i === 0 ? { ...o, photo: onHand } : o)),
  }));
  const jar = photos.catalogue['equipment.jar-opener'];
  if (jar?.kind === 'equipment')
    jar.photo = await samplePhoto('A jar opener fixed under a kitchen shelf.', 1200, 800);
  cases['sample with photos'] = photos;
  // A plan from before the safety box (drawn as it was, from the stored options' absence).
  cases['before safety'] = planSnapshotSchema.parse(
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../src/main/handout/fixtures/snapshot-before-safety.json'),
        'utf8',
      ),
    ),
  );
  return cases;
}

const cases: Record<string, PlanSnapshot> = existsSync(casesFile)
  ? (JSON.parse(readFileSync(casesFile, 'utf8')) as Record<string, PlanSnapshot>)
  : await buildCases();
if (!existsSync(casesFile)) writeFileSync(casesFile, JSON.stringify(cases));

const variants: [string, Partial<HandoutOptions>][] = [];
for (const paper of ['A4', 'Letter'] as const)
  for (const largePrint of [false, true]) {
    const name = `${paper}${largePrint ? ' large' : ''}`;
    variants.push([name, { paper, largePrint, wearLog: false }]);
    variants.push([`${name} wear log`, { paper, largePrint, wearLog: true }]);
    variants.push([`${name} one page`, { paper, largePrint, sheet: 'one-page' }]);
  }
variants.push(['A4 atkinson-1 wear log', { fontSet: 'atkinson-1', wearLog: true }]);
variants.push(['A4 logo', { clinic: { ...SAMPLE_OPTIONS.clinic, logo: await logo() } }]);

async function logo(): Promise<Uint8Array> {
  // A flat PNG has no noise in it: every run draws the same logo.
  return sharp({ create: { width: 240, height: 80, channels: 3, background: '#1f5f99' } })
    .png()
    .toBuffer();
}

const hashes: Record<string, string> = {};
const started = performance.now();
for (const [name, snapshot] of Object.entries(cases))
  for (const [variant, options] of variants) {
    const key = `${name} | ${variant}`;
    try {
      const pdf = await renderHandout(sealSnapshot(snapshot), { ...SAMPLE_OPTIONS, ...options });
      hashes[key] = createHash('sha256').update(pdf).digest('hex');
    } catch (error) {
      hashes[key] = `error: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
writeFileSync(out, `${JSON.stringify(hashes, null, 2)}\n`);
console.log(
  `${Object.keys(hashes).length} handouts in ${Math.round(performance.now() - started)} ms → ${out}`,
);
