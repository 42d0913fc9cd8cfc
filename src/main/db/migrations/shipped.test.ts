import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { MIGRATIONS } from './index.ts';

// A shipped migration has already run on therapists' databases: editing it would leave those
// databases without the edit, forever. Its source is therefore frozen by hash.
const here = import.meta.dirname;
const MIGRATION_FILE = /^\d{3}-[a-z0-9-]+\.ts$/;

function shippedList(): Map<string, string> {
  const lines = readFileSync(path.join(here, 'SHIPPED.sha256'), 'utf8').split('\n');
  const entries = lines
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [hash, file] = line.split(/\s+/);
      return [file ?? '', hash ?? ''] as const;
    });
  return new Map(entries);
}

const sha256Of = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(here, file), 'utf8').replace(/\r\n/g, '\n'))
    .digest('hex');

const migrationFiles = readdirSync(here)
  .filter((f) => MIGRATION_FILE.test(f))
  .sort();

it('has not changed any shipped migration since it shipped', () => {
  const shipped = shippedList();
  for (const [file, hash] of shipped) {
    expect(
      sha256Of(file),
      `${file} was edited after it shipped: put the change in a new migration that says why`,
    ).toBe(hash);
  }
});

it('lists every migration file, so a new one is frozen once it ships', () => {
  expect(
    migrationFiles,
    'A migration is missing from SHIPPED.sha256: add its hash when it ships',
  ).toEqual([...shippedList().keys()].sort());
  expect(MIGRATIONS).toHaveLength(migrationFiles.length);
});
