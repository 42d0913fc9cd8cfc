import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError } from './errors.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './migrations/types.ts';

/** "JPLN": marks a SQLite file as JointPlan's, so a stray database is never taken for ours. */
export const APPLICATION_ID = 0x4a504c4e;
export const DATABASE_FILE_NAME = 'jointplan.sqlite';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Where pre-migration backups go; defaults to `backups/` beside the database. */
  backupDir?: string;
  now?: () => Date;
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function checkFileLooksLikeSqlite(file: string): void {
  if (!existsSync(file)) return;
  const size = statSync(file).size;
  if (size === 0) return;
  if (readHeader(file) !== SQLITE_HEADER) {
    throw new DatabaseOpenError(
      'not-ours',
      file,
      `The file ${file} is not a JointPlan database, so JointPlan did not open or change it.`,
    );
  }
  if (size < 512) {
    throw new DatabaseOpenError(
      'damaged',
      file,
      `The JointPlan database at ${file} is cut short (only ${size} bytes), so JointPlan did not open or change it.`,
    );
  }
}

function hasTables(db: SqliteDatabase): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

function claimOrCheckOwnership(db: SqliteDatabase, file: string): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id === APPLICATION_ID) return;
  if (id === 0 && !hasTables(db)) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    return;
  }
  throw new DatabaseOpenError(
    'not-ours',
    file,
    `The file ${file} is a database made by another program, so JointPlan did not open or change it.`,
  );
}

function checkIntegrity(db: SqliteDatabase, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new DatabaseOpenError(
      'damaged',
      file,
      `The JointPlan database at ${file} is damaged (${rows[0]?.quick_check ?? 'no answer'}), so JointPlan did not change it.`,
    );
  }
}

function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/**
 * Opens (creating if needed) the database, checks that it is ours and intact, and brings
 * its schema up to date. Any problem is a DatabaseOpenError and leaves the file untouched.
 */
export async function openDatabase(
  file: string,
  options: OpenOptions = {},
): Promise<SqliteDatabase> {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  checkFileLooksLikeSqlite(file);
  const db = new Database(file, { timeout: 5000 });
  try {
    claimOrCheckOwnership(db, file);
    db.pragma('journal_mode = WAL');
    // FULL: a commit the user was told about survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    checkIntegrity(db, file);
    const now = options.now ?? (() => new Date());
    const backupDir = options.backupDir ?? path.join(path.dirname(file), 'backups');
    await migrate(db, file, {
      ...(options.migrations ? { migrations: options.migrations } : {}),
      backup: async (fromVersion) => {
        mkdirSync(backupDir, { recursive: true, mode: 0o700 });
        const stamp = now().toISOString().replace(/[:.]/g, '-');
        await db.backup(path.join(backupDir, `before-migration-v${fromVersion}-${stamp}.sqlite`));
      },
    });
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (isCorruptionError(error)) {
      throw new DatabaseOpenError(
        'damaged',
        file,
        `The JointPlan database at ${file} is damaged, so JointPlan did not change it.`,
        { cause: error },
      );
    }
    throw error;
  }
}
