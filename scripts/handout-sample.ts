/**
 * Writes a sample patient handout: `npm run handout:sample -- OUT.pdf [--large-print] [--letter]
 * [--no-wear-log] [--one-page] [--photos] [--language=es]` (--language: the handout's own words
 * in that handout language, English by default; --one-page: "My plan on a page"; --photos: a photo of
 * the splint on the patient's hand, and the clinic's own photo of the jar opener).
 * The plan is made through the real app API on a temporary database from the shipped catalogue.
 */
import { writeFileSync } from 'node:fs';
import { renderHandout } from '../src/main/handout/render.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../src/test-support/sample-snapshot.ts';
import { sealSnapshot } from '../src/main/plans/snapshot.ts';
import { drawnPhoto } from '../src/test-support/photos.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
if (!out) {
  console.error(
    'Usage: npm run handout:sample -- OUT.pdf [--large-print] [--letter] [--no-wear-log] [--one-page] [--photos] [--language=TAG]',
  );
  process.exit(2);
}
const photos = args.includes('--photos');
const language = args.find((a) => a.startsWith('--language='))?.slice('--language='.length);
const onHand = photos
  ? await drawnPhoto('splint', 'Your splint on: the straps sit across your palm and forearm.')
  : null;
const snapshot = await buildSampleSnapshot((c) =>
  onHand
    ? { ...c, orthoses: c.orthoses.map((o, i) => (i === 0 ? { ...o, photo: onHand } : o)) }
    : c,
);
const jar = snapshot.catalogue['equipment.jar-opener'];
// The clinic's own photo, as the catalogue would have frozen it with the plan.
if (photos && jar?.kind === 'equipment')
  jar.photo = await drawnPhoto('jar', 'Our jar opener, fixed under a kitchen shelf.');
const started = performance.now();
const pdf = await renderHandout(sealSnapshot(snapshot), {
  ...SAMPLE_OPTIONS,
  paper: args.includes('--letter') ? 'Letter' : 'A4',
  largePrint: args.includes('--large-print'),
  wearLog: !args.includes('--no-wear-log') && !args.includes('--one-page'),
  ...(args.includes('--one-page') ? { sheet: 'one-page' as const } : {}),
  ...(language ? { language } : {}),
});
const ms = performance.now() - started;
writeFileSync(out, pdf);
console.log(`Wrote ${out}: ${pdf.length} bytes in ${ms.toFixed(0)} ms`);
