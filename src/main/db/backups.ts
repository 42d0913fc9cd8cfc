import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { localToday } from '../../shared/domain/dates.ts';

export const DAILY_BACKUPS_KEPT = 14;
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})\.sqlite$/;

export type DailyBackupResult =
  { made: true; file: string; removed: string[] } | { made: false; reason: 'already-today' };

/** Asks SQLite whether every page and index of a backup file is sound. */
export function isSoundBackup(file: string): boolean {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]?.integrity_check === 'ok';
  } finally {
    copy.close();
  }
}

/** A backup is one self-contained file: no write-ahead log beside it. */
function makeStandalone(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Copies the live database to `file` with SQLite's online backup (never by copying the live
 * file), as one self-contained file, checked before it gets its final name.
 */
export async function backupTo(db: SqliteDatabase, file: string): Promise<void> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await db.backup(partial);
  makeStandalone(partial);
  if (!isSoundBackup(partial)) {
    rmSync(partial, { force: true });
    throw new Error(
      `The backup ${path.basename(file)} failed its integrity check, so it was not kept.`,
    );
  }
  renameSync(partial, file);
}

/**
 * The first start of each day makes a checked backup (see backupTo). The newest
 * `keep` daily copies are kept; backups made before migrations are never removed here.
 */
export async function runDailyBackup(
  db: SqliteDatabase,
  backupDir: string,
  now: Date = new Date(),
  keep = DAILY_BACKUPS_KEPT,
): Promise<DailyBackupResult> {
  mkdirSync(backupDir, { recursive: true, mode: 0o700 });
  const today = localToday(now);
  const file = path.join(backupDir, `daily-${today}.sqlite`);
  if (readdirSync(backupDir).includes(path.basename(file)))
    return { made: false, reason: 'already-today' };

  await backupTo(db, file);

  const dailies = readdirSync(backupDir)
    .filter((name) => DAILY.test(name))
    .sort()
    .reverse();
  const removed = dailies.slice(keep);
  for (const name of removed) rmSync(path.join(backupDir, name), { force: true });
  return { made: true, file, removed };
}
