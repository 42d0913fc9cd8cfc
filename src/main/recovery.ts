import type { Database } from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RecoveryNotice } from '../shared/domain/backup.ts';
import { openAppDatabase } from './bootstrap.ts';
import { fileStamp, newestGoodBackup } from './db/backups.ts';
import { DatabaseOpenError, type DatabaseProblem } from './db/errors.ts';
import { DATABASE_FILE_NAME } from './db/open.ts';

/** The files SQLite keeps beside a database; each travels with it. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

const WHAT_WAS_WRONG: Record<DatabaseProblem, string> = {
  'not-ours': 'The data file was not a JointPlan database, so JointPlan could not use it.',
  damaged: 'The data file was damaged, so JointPlan could not read it safely.',
  'newer-version':
    'The data file was saved by a newer version of JointPlan, which this version cannot read.',
  'migration-failed': 'JointPlan could not update the data file to work with this version.',
};

/** A name beside `file` that nothing has: never overwrite another file. */
function freeName(base: string): string {
  let name = base;
  for (let n = 2; existsSync(name) || COMPANIONS.some((c) => existsSync(name + c)); n++) {
    name = `${base}-${n}`;
  }
  return name;
}

/**
 * Moves a database (and its -wal/-shm/-journal, which belong to it) out of the way by
 * renaming, so its bytes stay exactly as they were. Returns the new path.
 */
export function moveAside(file: string, label: string, now: Date): string {
  const target = freeName(`${file}.${label}-${fileStamp(now)}`);
  for (const companion of COMPANIONS) {
    if (existsSync(file + companion)) renameSync(file + companion, target + companion);
  }
  renameSync(file, target);
  return target;
}

/** Undoes moveAside: puts a database and its companions back under their old name. */
export function moveBack(movedTo: string, file: string): void {
  renameSync(movedTo, file);
  for (const companion of COMPANIONS) {
    if (existsSync(movedTo + companion)) renameSync(movedTo + companion, file + companion);
  }
}

/** Removes a database file and whatever SQLite left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(file + suffix, { force: true });
}

export interface OpenedData {
  db: Database;
  recovery: RecoveryNotice | null;
}

/**
 * Opens the data folder's database. One that is damaged, not ours, from a newer version or
 * that would not update is moved aside unchanged, a fresh database is started, and the notice
 * says what happened and which backup can be restored.
 */
export async function openWithRecovery(
  dataDir: string,
  backupDir: string,
  now: () => Date = () => new Date(),
): Promise<OpenedData> {
  try {
    return { db: await openAppDatabase(dataDir, now), recovery: null };
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    console.error(`[recovery] ${error.message}`);
    const movedTo = moveAside(path.join(dataDir, DATABASE_FILE_NAME), error.problem, now());
    const db = await openAppDatabase(dataDir, now);
    const message = `${WHAT_WAS_WRONG[error.problem]} It was moved, unchanged, to ${movedTo}. JointPlan has started with no patients.`;
    return {
      db,
      recovery: {
        problem: error.problem,
        message,
        movedTo,
        newestBackup: newestGoodBackup(backupDir),
      },
    };
  }
}
