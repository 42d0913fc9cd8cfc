import type { Database } from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE_NAME, openDatabase } from '../main/db/open.ts';
import { MIGRATIONS } from '../main/db/migrations/index.ts';

/**
 * A real database file as an earlier version left it: `write` fills it with raw SQL in that
 * version's schema (as that version wrote its rows, not through today's repositories), then
 * the file is opened as today's app opens it, migrated to the latest schema.
 */
export async function olderDatabase(
  schemaVersion: number,
  write: (db: Database) => void,
): Promise<{ db: Database; close: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-older-'));
  const file = path.join(dir, DATABASE_FILE_NAME);
  const old = await openDatabase(file, { migrations: MIGRATIONS.slice(0, schemaVersion) });
  write(old);
  old.close();
  const db = await openDatabase(file);
  return {
    db,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const OLD_PATIENT = '3f0c6a52-9a55-4d55-9f43-7a1d2b0c9e11';
export const OLD_AT = '2026-01-05T10:00:00.000Z';

/** A patient as version 1 wrote one (the first schema). */
export function writeOldPatient(db: Database): void {
  db.prepare(
    `INSERT INTO patients (id, given_name, family_name, date_of_birth, chart_number, diagnosis,
       disease_stage, notes, sort_key, search_text, created_at, updated_at)
     VALUES (?, 'Zoë', 'Müller', '1950-02-03', 'RA-7', 'Rheumatoid arthritis', 'stable',
       '', 'muller zoe', 'zoe muller ra-7', ?, ?)`,
  ).run(OLD_PATIENT, OLD_AT, OLD_AT);
}

/** A catalogue item as version 2 wrote one (the columns it had then). */
export function writeOldCatalogueItem(
  db: Database,
  id: string,
  content: { kind: string; name?: string; title?: string },
): void {
  db.prepare(
    `INSERT INTO catalogue_items (id, kind, content, name, search_text, from_seed, seed_version,
       created_at, updated_at) VALUES (?, ?, ?, ?, '', 0, NULL, ?, ?)`,
  ).run(
    id,
    content.kind,
    JSON.stringify(content),
    content.name ?? content.title ?? '',
    OLD_AT,
    OLD_AT,
  );
}
