import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupTo } from './backups.ts';
import { applyKey, isEncryptedFile, WrongKeyError, type DatabaseKey } from './cipher.ts';
import { DatabaseOpenError, StorageError } from './errors.ts';
import { APPLICATION_ID } from './inspect.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { inspectBeforeOpening, type PreOpenFinding } from './wal-check.ts';
import { migrate } from './migrate.ts';
import { ensureNameOrder } from './name-order.ts';
import { dataFolder, privateFile, privateFolder } from './private-files.ts';
import type { Migration } from './migrations/types.ts';

export { APPLICATION_ID } from './inspect.ts';
export const DATABASE_FILE_NAME = 'jointplan.sqlite';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Where pre-migration backups go; defaults to `backups/` beside the database. */
  backupDir?: string;
  now?: () => Date;
  /**
   * The data folder's database key. A new file is created encrypted with it; a file without
   * SQLite's plain header is opened with it (one it does not open is refused as not ours,
   * unchanged); a plain file from an earlier version opens plain until it is encrypted (see
   * encrypt-swap.ts). Without a key, a file with no plain header is refused as before.
   */
  key?: DatabaseKey | null;
  /** A file up to this size is quick_checked (every page) before use; see wal-check.ts. */
  quickCheckUpTo?: number;
  /**
   * The key is new because no key file was found for an encrypted-looking file (see
   * keys/unlock.ts): a file it does not open is told as unreadable for want of its key.
   */
  keyFileLost?: boolean;
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
  const stat = statSync(file);
  if (stat.isDirectory()) throw new StorageError('not-a-file');
  const size = stat.size;
  if (size === 0) {
    throw new DatabaseOpenError(
      'empty',
      file,
      'The data file is empty (0 bytes), so there was nothing in it to open.',
    );
  }
  const header = readHeader(file);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new DatabaseOpenError(
      'not-ours',
      file,
      'The data file is not a JointPlan database, so JointPlan did not open or change it.',
    );
  }
  if (size < 512 || header.length < 100 || isCutShort(file, header, size)) {
    throw new DatabaseOpenError(
      'damaged',
      file,
      `The data file is cut short (${size} bytes is less than it should hold), so JointPlan did not open or change it.`,
    );
  }
}

const MEANING: Record<Exclude<PreOpenFinding, { ok: true }>['problem'], string> = {
  'not-ours': 'is a database made by another program',
  'newer-version': 'was saved by a newer version of JointPlan',
  incomplete: "is missing parts of JointPlan's data",
  damaged: 'is damaged',
  'snapshot-changed': 'holds a frozen plan that was changed after it was finalised',
  'unmatched-wal': 'has a change log (-wal) beside it that does not belong to it',
};

/** Removes a database file this open created, and whatever SQLite made beside it. */
function removeNewFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/** Refuses, before any read-write open, a file (with its -wal) the app must not use. */
function checkBeforeOpening(
  file: string,
  migrations: readonly Migration[],
  key: DatabaseKey | null,
  quickCheckUpTo: number | undefined,
): void {
  const finding = inspectBeforeOpening(file, {
    migrations,
    key,
    ...(quickCheckUpTo === undefined ? {} : { quickCheckUpTo }),
  });
  if (finding.ok) return;
  if (finding.problem === 'newer-version') {
    throw new DatabaseOpenError(
      'newer-version',
      file,
      `This data was saved by a newer version of JointPlan (data version ${finding.schemaVersion}; this copy understands up to ${migrations.length}). Install the latest JointPlan to open it. Nothing was changed.`,
    );
  }
  const missing = 'missing' in finding ? ` (${finding.missing?.join(', ')})` : '';
  const problem = finding.problem === 'snapshot-changed' ? 'damaged' : finding.problem;
  throw new DatabaseOpenError(
    problem,
    file,
    `The data file ${MEANING[finding.problem]}${missing}, so JointPlan did not open or change it.`,
  );
}

/**
 * Opens (creating if needed) the database, checks that it is ours and intact, and brings
 * its schema up to date. Any problem is a DatabaseOpenError and leaves the file untouched.
 */
export async function openDatabase(
  file: string,
  options: OpenOptions = {},
): Promise<SqliteDatabase> {
  dataFolder(path.dirname(file));
  // The key a connection to this file takes: an existing plain file stays plain.
  const key = isEncryptedFile(file) || !existsSync(file) ? (options.key ?? null) : null;
  if (!key) checkFileLooksLikeSqlite(file);
  if (existsSync(file)) {
    try {
      checkBeforeOpening(file, options.migrations ?? MIGRATIONS, key, options.quickCheckUpTo);
    } catch (error) {
      // The key is authenticated where it is kept, so a file it does not open is not this
      // folder's database (or is damaged beyond its first page): moved aside, never changed.
      if (!(error instanceof WrongKeyError)) throw error;
      if (options.keyFileLost) {
        throw new DatabaseOpenError(
          'no-key',
          file,
          'The data file cannot be read and no key file was found for it, so JointPlan did not open or change it.',
          { cause: error },
        );
      }
      throw new DatabaseOpenError(
        'not-ours',
        file,
        'The data file cannot be opened with this data folder’s key: it is not this JointPlan database, so JointPlan did not open or change it.',
        { cause: error },
      );
    }
  }
  const isNew = !existsSync(file);
  let db: SqliteDatabase;
  try {
    // Made (or kept) private before SQLite opens it; its -wal and -shm take the same mode.
    privateFile(file);
    db = new Database(file, { timeout: 5000 });
    // Before any other statement: SQLite reads nothing of an encrypted file until keyed.
    applyKey(db, key);
  } catch (error) {
    if (isNew) removeNewFile(file);
    throw error;
  }
  try {
    // A new file: checkBeforeOpening found it empty or absent, so it is ours to mark.
    if (db.pragma('application_id', { simple: true }) === 0) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    db.pragma('journal_mode = WAL');
    // FULL: a commit the user was told about survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const now = options.now ?? (() => new Date());
    const backupDir = options.backupDir ?? path.join(path.dirname(file), 'backups');
    await migrate(db, file, {
      ...(options.migrations ? { migrations: options.migrations } : {}),
      backup: async (fromVersion) => {
        privateFolder(backupDir);
        const stamp = now().toISOString().replace(/[:.]/g, '-');
        await backupTo(
          db,
          path.join(backupDir, `before-migration-v${fromVersion}-${stamp}.sqlite`),
          key,
        );
      },
    });
    // Frozen plans not yet packed (migration 010) are packed after the window shows, in
    // batches between the window's calls (pack-in-background.ts), not here.
    ensureNameOrder(db);
    return db;
  } catch (error) {
    db.close();
    // A file this call made and could not fill (a full disk) would read as emptied data.
    if (isNew) removeNewFile(file);
    if (error instanceof DatabaseOpenError) throw error;
    if (isCorruptionError(error)) {
      throw new DatabaseOpenError(
        'damaged',
        file,
        'The data file is damaged, so JointPlan did not change it.',
        { cause: error },
      );
    }
    throw error;
  }
}
