import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  GENERATED_FILE,
  generatedSource,
  latinRanges,
  printableRanges,
} from './printable-ranges.ts';

it('the input check knows exactly the characters the handout fonts have', () => {
  // Fails after the fonts change until `node scripts/fonts/printable-ranges.ts --write` is run.
  expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(
    generatedSource(printableRanges(), latinRanges()),
  );
});
