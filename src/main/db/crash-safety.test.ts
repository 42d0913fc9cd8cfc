import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { crashRound } from '../../test-support/crash-rounds.ts';
import { DATABASE_FILE_NAME } from './open.ts';

const ROUNDS = 20;
const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(`every commit reported before a SIGKILL survives it, and the file stays sound (${ROUNDS} rounds)`, async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Kill at a different moment each round (deterministic, so a failure can be repeated).
    const runMs = 5 + ((round * 37) % 120);
    const result = await crashRound(file, runMs);
    expect(result.missing, `round ${round}: commits lost`).toEqual([]);
    expect(result.integrity, `round ${round}`).toBe('ok');
    total += result.reported;
  }
  expect(total).toBeGreaterThan(ROUNDS);
}, 120_000);
