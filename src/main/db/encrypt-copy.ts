import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { rmSync } from 'node:fs';
import { encryptFileInPlace, openKeyed, type DatabaseKey } from './cipher.ts';
import { inspectDatabase } from './inspect.ts';
import { privateFile } from './private-files.ts';
import { shredDatabaseFiles } from './shred.ts';

function rowCounts(db: SqliteDatabase): Record<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((name) => [
      name,
      db
        .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/**
 * Writes an encrypted copy of a plain database to `target`: VACUUM INTO a private new file,
 * then encrypted in place there (SQLite3MC's rekey; its journal kept in memory). The copy is
 * then checked as a restore is: integrity, foreign keys, every frozen snapshot's SHA-256,
 * the same schema version and application id, and every table's row count equal to the
 * original's. Anything short of that removes the copy and throws; the original is untouched.
 */
export function writeEncryptedCopy(plain: SqliteDatabase, target: string, key: DatabaseKey): void {
  shredDatabaseFiles(target);
  try {
    privateFile(target);
    plain.prepare('VACUUM INTO ?').run(target);
    encryptFileInPlace(target, key);
    const copy = openKeyed(target, key, { fileMustExist: true });
    try {
      const finding = inspectDatabase(copy, true);
      if (!finding.ok) throw new Error(`The encrypted copy failed its check (${finding.problem}).`);
      for (const pragma of ['user_version', 'application_id']) {
        if (copy.pragma(pragma, { simple: true }) !== plain.pragma(pragma, { simple: true })) {
          throw new Error(`The encrypted copy's ${pragma} differs from the original's.`);
        }
      }
      if (JSON.stringify(rowCounts(copy)) !== JSON.stringify(rowCounts(plain))) {
        throw new Error('The encrypted copy does not hold the same rows as the original.');
      }
    } finally {
      copy.close();
    }
  } catch (error) {
    shredDatabaseFiles(target);
    rmSync(target, { force: true });
    throw error;
  }
}
