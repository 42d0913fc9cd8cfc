import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';

/**
 * A database's schema fingerprint: every table, index, trigger and view it holds, with the
 * SQL that made it. Internal objects (sqlite_*) and automatic indexes are left out.
 */
export function schemaFingerprint(db: SqliteDatabase): Set<string> {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name AS tbl, sql FROM sqlite_schema
       WHERE type IN ('table', 'index', 'trigger', 'view') AND name NOT LIKE 'sqlite_%'`,
    )
    .all() as { type: string; name: string; tbl: string; sql: string | null }[];
  return new Set(rows.map((r) => `${r.type} ${r.name} on ${r.tbl}: ${r.sql ?? ''}`));
}

const expectedByList = new WeakMap<readonly Migration[], Map<number, Set<string>>>();

/**
 * What a database at `version` must hold: worked out by running the app's own migrations up
 * to that version on an empty in-memory database, so the list can never drift from them.
 */
export function expectedFingerprint(
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Set<string> {
  const known = expectedByList.get(migrations) ?? new Map<number, Set<string>>();
  expectedByList.set(migrations, known);
  let expected = known.get(version);
  if (!expected) {
    const db = new Database(':memory:');
    try {
      for (const migration of migrations.slice(0, version)) migration.up(db);
      expected = schemaFingerprint(db);
    } finally {
      db.close();
    }
    known.set(version, expected);
  }
  return expected;
}

/** The names of what the app needs at this version and the database lacks (or has changed). */
export function missingSchemaParts(
  db: SqliteDatabase,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
): string[] {
  const actual = schemaFingerprint(db);
  return [...expectedFingerprint(version, migrations)]
    .filter((entry) => !actual.has(entry))
    .map((entry) => entry.slice(0, entry.indexOf(' on ')));
}
