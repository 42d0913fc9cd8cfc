import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CatalogueContent } from '../../../shared/domain/catalogue.ts';
import { seedCatalogueFiles } from '../../catalogue/seed.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import {
  findCatalogueItem,
  insertCatalogueItem,
  syncSeedCatalogue,
  updateCatalogueContent,
} from '../repositories/catalogue.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m6-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OLD = '2026-01-01T00:00:00.000Z';

it('migration 6 keeps every catalogue row; on upgrade the unedited seed items take the corrected wording and edited ones keep theirs with it offered', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const orthoses = seedCatalogueFiles()[0];
  if (!orthoses) throw new Error('no orthoses seed');
  const brace = orthoses.items.find((i) => i.seedId === 'orthosis.knee-brace');
  const night = orthoses.items.find((i) => i.seedId === 'orthosis.resting-hand');
  if (!brace || !night) throw new Error('seed items missing');
  // As version 1 of the seed read (the knee brace said "call us" for a swollen leg).
  const v1 = (c: CatalogueContent): CatalogueContent =>
    c.kind === 'orthosis' ? { ...c, warningSigns: ['Swelling in your leg or foot'] } : c;

  const v5 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
  for (const item of [brace, night])
    insertCatalogueItem(
      v5,
      { id: item.seedId, content: v1(item.content), fromSeed: true, seedVersion: 1 },
      OLD,
    );
  const clinicWording = { ...v1(night.content), purpose: 'Our own words.' } as CatalogueContent;
  updateCatalogueContent(v5, night.seedId, clinicWording, OLD, { byTherapist: true });
  v5.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
  expect(db.pragma('user_version', { simple: true })).toBe(6);
  expect(findCatalogueItem(db, brace.seedId)?.suggestion).toBeNull();
  const result = syncSeedCatalogue(db, [brace, night], orthoses.version, OLD);
  expect(result).toMatchObject({ updated: 1, keptEdited: 1, suggested: 1 });

  const braceNow = findCatalogueItem(db, brace.seedId);
  expect(braceNow?.content).toEqual(brace.content);
  expect(JSON.stringify(braceNow?.content)).toMatch(/get medical help today/);
  const nightNow = findCatalogueItem(db, night.seedId);
  expect(nightNow?.content).toEqual(clinicWording);
  expect(nightNow?.edited).toBe(true);
  expect(nightNow?.suggestion).toEqual(night.content);
  expect(() =>
    db
      .prepare("UPDATE catalogue_items SET suggested_content = 'not json' WHERE id = ?")
      .run(night.seedId),
  ).toThrow(/CHECK/);
  db.close();
});
