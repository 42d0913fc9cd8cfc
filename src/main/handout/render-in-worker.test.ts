import { afterAll, expect, it } from 'vitest';
import { workerRenderer } from './render-in-worker.ts';
import { renderHandout } from './render.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { HandoutTextError } from './text-check.ts';
import { sealSnapshot } from '../plans/snapshot.ts';

const renderer = workerRenderer(new URL('./worker.ts', import.meta.url));
afterAll(() => renderer.close());

it('draws on the worker thread exactly the bytes it draws in-process, for requests made together', async () => {
  const snapshot = await buildSampleSnapshot();
  const [a, b] = await Promise.all([
    renderer(sealSnapshot(snapshot), SAMPLE_OPTIONS),
    renderer(sealSnapshot(snapshot), { ...SAMPLE_OPTIONS, paper: 'Letter' }),
  ]);
  expect(a.equals(await renderHandout(sealSnapshot(snapshot), SAMPLE_OPTIONS))).toBe(true);
  expect(b.equals(a)).toBe(false);
});

it('brings text the fonts cannot print back as a HandoutTextError naming the characters', async () => {
  const snapshot = await buildSampleSnapshot();
  const options = { ...SAMPLE_OPTIONS, clinic: { ...SAMPLE_OPTIONS.clinic, name: '诊所 🏥' } };
  const error = await renderer(sealSnapshot(snapshot), options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HandoutTextError);
  expect((error as HandoutTextError).message).toContain('🏥');
  expect((error as HandoutTextError).message).not.toContain('诊');
});
