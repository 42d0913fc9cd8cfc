import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { findCatalogueItem, listCatalogue } from '../repositories/catalogue.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m9-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-01T00:00:00.000Z';
const OWN = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

it('migration 9 keeps every catalogue item, with no synonyms and in the catalogue', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const v8 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 8) });
  const content = {
    kind: 'equipment',
    name: 'Grip tape',
    activity: 'mobility',
    helpsWith: 'A wider grip.',
    howTo: 'Wrap it round.',
    icon: 'hand',
  };
  v8.prepare(
    `INSERT INTO catalogue_items (id, kind, content, name, search_text, from_seed, created_at, updated_at)
     VALUES (?, 'equipment', ?, 'Grip tape', 'grip tape', 0, ?, ?)`,
  ).run(OWN, JSON.stringify(content), AT, AT);
  v8.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 9) });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(findCatalogueItem(db, OWN)).toMatchObject({ content, synonyms: [], oneOff: false });
    expect(
      listCatalogue(db, { kind: null, query: 'grip', includeRetired: false }).map((i) => i.id),
    ).toEqual([OWN]);
    expect(() =>
      db.prepare("UPDATE catalogue_items SET synonyms = '{}' WHERE id = ?").run(OWN),
    ).toThrow(/CHECK/);
  } finally {
    db.close();
  }
});
