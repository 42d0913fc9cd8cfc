import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupTo } from './backups.ts';
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

/** The first 100 bytes: SQLite's file header. */
function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(100);
    const read = readSync(fd, buffer, 0, 100, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * True when the file is shorter than its header says, or not a whole number of pages.
 * quick_check reads missing pages as zeros and can answer "ok", so sizes are checked first.
 */
function isCutShort(file: string, header: Buffer, size: number): boolean {
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || size % pageSize !== 0) return true;
  const walFile = `${file}-wal`;
  const hasWal = existsSync(walFile) && statSync(walFile).size > 0;
  // The page count is trustworthy only when "version valid for" matches the change counter,
  // and a WAL may legitimately hold pages the main file does not have yet.
  const pageCountValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  return !hasWal && pageCountValid && size < header.readUInt32BE(28) * pageSize;
}

function checkFileLooksLikeSqlite(file: string): void {
  if (!existsSync(file)) return;
  const size = statSync(file).size;
  if (size === 0) return;
  const header = readHeader(file);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new DatabaseOpenError(
      'not-ours',
      file,
      `The file ${file} is not a JointPlan database, so JointPlan did not open or change it.`,
    );
  }
  if (size < 512 || header.length < 100 || isCutShort(file, header, size)) {
    throw new DatabaseOpenError(
      'damaged',
      file,
      `The JointPlan database at ${file} is cut short (${size} bytes is less than it should hold), so JointPlan did not open or change it.`,
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
        await backupTo(
          db,
          path.join(backupDir, `before-migration-v${fromVersion}-${stamp}.sqlite`),
        );
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
