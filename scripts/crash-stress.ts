/**
 * The crash-safety test at length: `npm run stress:crash -- [--rounds 1000]`. Each round kills
 * a writer with SIGKILL at a random moment and checks every reported commit and the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { argValue } from '../src/main/data-dir.ts';
import { crashRound } from '../src/test-support/crash-rounds.ts';
import { DATABASE_FILE_NAME } from '../src/main/db/open.ts';

const rounds = Number(argValue(process.argv, '--rounds') ?? '1000');
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('--rounds must be a whole number of at least 1');
  process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-crash-stress-'));
const file = path.join(dir, DATABASE_FILE_NAME);
let commits = 0;
let failures = 0;
const started = Date.now();
try {
  for (let round = 1; round <= rounds; round++) {
    const result = await crashRound(file, 1 + Math.floor(Math.random() * 200));
    commits += result.reported;
    if (result.missing.length > 0 || result.integrity !== 'ok') {
      failures++;
      console.error(
        `round ${round}: ${result.missing.length} reported commits missing, integrity: ${result.integrity}`,
      );
    }
    if (round % 50 === 0)
      console.log(`${round}/${rounds} rounds, ${commits} commits checked, ${failures} failed`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `${rounds} rounds in ${Math.round((Date.now() - started) / 1000)} s: ${commits} commits checked, ${failures} rounds failed`,
);
process.exit(failures === 0 ? 0 : 1);
