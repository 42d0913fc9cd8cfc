import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { templateSnapshot } from '../../test-support/template-snapshot.ts';
import { seedCatalogueFiles } from '../catalogue/seed.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import type { HandoutOptions } from './options.ts';
import { readPdf, type ReadPage } from './pdf-read.ts';
import { renderHandout } from './render.ts';
import { themeFor } from './theme.ts';

/**
 * The layout check of issue 12 over a set of plans (the sample, a routine plan, every shipped
 * splint in one plan, long texts), each in A4 and Letter, standard and large print: no heading
 * left at the foot of a page without what follows it, and no page under 20% full.
 */
const longText = 'Loosen the straps a little if your fingers swell, then check them again. '.repeat(
  26,
);

const orthoses = seedCatalogueFiles()
  .flatMap((f) => f.items)
  .flatMap((i) => (i.content.kind === 'orthosis' ? [{ id: i.seedId, content: i.content }] : []));

const plans = new Map<string, PlanSnapshot>();
beforeAll(async () => {
  plans.set('sample', await buildSampleSnapshot());
  plans.set(
    'routine',
    await buildSampleSnapshot((c) => ({
      ...c,
      principles: c.principles.slice(0, 2),
      rest: { ...c.rest, strategies: c.rest.strategies.slice(0, 2) },
    })),
  );
  plans.set(
    'long texts',
    await buildSampleSnapshot((c) => ({
      ...c,
      orthoses: c.orthoses.map((o) => ({ ...o, notes: longText.slice(0, 1900) })),
      goals: c.goals.map((g) => ({ ...g, text: longText.slice(0, 290) })),
    })),
  );
  plans.set(
    'many splints',
    await templateSnapshot('template.energy-conservation', (c) => ({
      ...c,
      orthoses: orthoses.map(({ id, content }) => ({
        catalogueId: id,
        side: 'right',
        joints: [],
        schedule:
          content.defaultSchedule.usual.type === 'unset'
            ? { ...content.defaultSchedule, usual: { type: 'night' } }
            : content.defaultSchedule,
        precautions: null,
        notes: '',
      })),
    })),
  );
}, 120_000);

const VARIANTS: [string, Partial<HandoutOptions>][] = [
  ['A4', {}],
  ['A4 large print', { largePrint: true }],
  ['Letter', { paper: 'Letter' }],
  ['Letter large print with wear log', { paper: 'Letter', largePrint: true, wearLog: true }],
];

/** The problems on the pages of one handout, each naming its page. */
function layoutProblems(pages: ReadPage[], largePrint: boolean): string[] {
  const t = themeFor(largePrint);
  const problems: string[] = [];
  pages.forEach((page, i) => {
    const bodyTop = t.margin.top;
    const bodyBottom = page.height - t.margin.bottom;
    const body = page.lines.filter((l) => l.top < bodyBottom);
    const last = body.at(-1);
    // A heading (h3 size or more) as the last line, in the last 15% of the page.
    if (
      last &&
      i < pages.length - 1 &&
      last.size >= t.h3 - 0.5 &&
      last.top > bodyTop + (bodyBottom - bodyTop) * 0.85
    )
      problems.push(`page ${i + 1}: heading "${last.text}" left at the foot`);
    const covered = body.reduce((sum, l) => sum + l.size * 1.2, 0) / (bodyBottom - bodyTop);
    if (pages.length > 1 && covered < 0.2)
      problems.push(`page ${i + 1}: only ${Math.round(covered * 100)}% full`);
  });
  return problems;
}

describe('a handout laid out so nothing is stranded', () => {
  for (const plan of ['sample', 'routine', 'long texts', 'many splints'])
    for (const [name, variant] of VARIANTS)
      it(`${plan}, ${name}`, async () => {
        const snapshot = plans.get(plan);
        if (!snapshot) throw new Error(`no plan ${plan}`);
        const options = { ...SAMPLE_OPTIONS, wearLog: false, ...variant };
        const pdf = await renderHandout(sealSnapshot(snapshot), options);
        const pages = await readPdf(pdf);
        expect(layoutProblems(pages, options.largePrint)).toEqual([]);
      });
});
