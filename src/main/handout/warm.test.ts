import { expect, it } from 'vitest';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { workerRenderer } from './render-in-worker.ts';
import { renderHandout } from './render.ts';
import { warmUpInSteps } from './warm.ts';
import { WARM_PLAN } from './warm-plan.ts';

it('draws its throwaway plan as a whole handout (a step that failed would warm nothing, silently)', async () => {
  const pdf = await renderHandout(sealSnapshot(WARM_PLAN), { ...SAMPLE_OPTIONS, wearLog: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain('/Type /Page');
});

it('leaves no trace in the handouts drawn after it: the same bytes as from a worker never warmed', async () => {
  const frozen = sealSnapshot(await buildSampleSnapshot());
  const cold = workerRenderer(new URL('./worker.ts', import.meta.url));
  const unwarmed = await cold(frozen, SAMPLE_OPTIONS).finally(() => cold.close());
  await warmUpInSteps(() => false);
  expect((await renderHandout(frozen, SAMPLE_OPTIONS)).equals(unwarmed)).toBe(true);
});

it('gives way at once to a handout asked for meanwhile', async () => {
  let steps = 0;
  await warmUpInSteps(() => steps++ > 0);
  expect(steps).toBe(2);
});
