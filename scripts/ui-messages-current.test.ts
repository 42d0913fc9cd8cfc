import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// The renderer's English catalogue is generated: a message added or changed in the source
// without `npm run i18n:extract` would reach no translator, so the check fails here.
it('src/renderer/src/i18n/en.json is what `npm run i18n:extract` makes from the source today', () => {
  const extracted = execFileSync(
    'npx',
    [
      'formatjs',
      'extract',
      'src/renderer/src/**/*.{ts,tsx}',
      '--ignore',
      'src/renderer/src/**/*.test.{ts,tsx}',
      '--format',
      'simple',
      '--throws',
    ],
    { encoding: 'utf8' },
  );
  const checkedIn: unknown = JSON.parse(readFileSync('src/renderer/src/i18n/en.json', 'utf8'));
  expect(JSON.parse(extracted)).toEqual(checkedIn);
});
