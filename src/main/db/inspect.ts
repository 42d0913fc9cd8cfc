import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openKeyed, type DatabaseKey } from './cipher.ts';
import { missingSchemaParts } from './fingerprint.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';
import { unpackPlan } from './packed-plan.ts';

/** "JPLN": marks a SQLite file as JointPlan's, so a stray database is never taken for ours. */
export const APPLICATION_ID = 0x4a504c4e;

export type Finding =
  | { ok: true; schemaVersion: number; patientCount: number }
  | {
      ok: false;
      problem: 'not-ours' | 'newer-version' | 'incomplete' | 'damaged' | 'snapshot-changed';
      schemaVersion: number | null;
      /** For 'incomplete': the tables, indexes and triggers that are missing or changed. */
      missing?: string[];
    };

/**
 * A private, writable in-memory copy of a database file, read byte for byte: the file (and
 * any -wal or -shm beside it) is never opened by SQLite, so nothing can be checkpointed into
 * it. Writable matters: integrity_check skips CHECK constraints on a read-only database.
 */
export function copyInMemory(file: string): SqliteDatabase {
  const bytes = readFileSync(file);
  // Bytes 18 and 19 are 2 in WAL mode; an in-memory database cannot be in WAL mode.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
  return new Database(bytes);
}

/** Scratch folders for checking encrypted copies; wal-check.ts sweeps ones a crash left. */
export const SCRATCH_PREFIX = '.jointplan-check-';

export interface PrivateCopy {
  db: SqliteDatabase;
  close(): void;
}

/**
 * A private, writable copy of a database file to inspect (see copyInMemory). An encrypted
 * file cannot be decrypted in memory, so it is copied, still encrypted, into a scratch folder
 * beside it and opened there with its key; a wrong key throws WrongKeyError.
 */
export function privateCopy(file: string, key: DatabaseKey | null): PrivateCopy {
  if (!key) {
    const db = copyInMemory(file);
    return { db, close: () => db.close() };
  }
  const scratch = mkdtempSync(path.join(path.dirname(file), SCRATCH_PREFIX));
  try {
    const copy = path.join(scratch, 'check.sqlite');
    copyFileSync(file, copy);
    const db = openKeyed(copy, key);
    return {
      db,
      close: () => {
        db.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
/**
 * How far a check reads: 'structure' reads a few pages (the header's ids and version, the
 * schema, the page count against the file's size), 'quick' adds quick_check (every page),
 * 'full' adds what a backup must pass (see inspectDatabase). `true` is 'full', `false` 'quick'.
 */
export type CheckDepth = 'structure' | 'quick' | 'full';

function integrityProblems(db: SqliteDatabase, full: boolean): boolean {
  const rows = db.pragma(full ? 'integrity_check' : 'quick_check', { simple: false }) as Record<
    string,
    string
  >[];
  return rows.length !== 1 || Object.values(rows[0] ?? {})[0] !== 'ok';
}

/** True when the database says it has more pages than the file holds (a file cut short). */
function pagesBeyond(db: SqliteDatabase, fileSize: number): boolean {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return pages * pageSize > fileSize;
}

function snapshotsIntact(db: SqliteDatabase, version: number): boolean {
  // From data version 10 a frozen plan's snapshot text may be packed (packed-plan.ts).
  const packed = version >= 10 ? 'packed' : 'NULL AS packed';
  const rows = db
    .prepare(
      `SELECT snapshot, snapshot_sha256 AS sha, ${packed} FROM plans WHERE snapshot IS NOT NULL`,
    )
    .iterate() as Iterable<{ snapshot: string; sha: string; packed: Uint8Array | null }>;
  for (const row of rows) {
    let text = row.snapshot;
    if (row.packed) {
      try {
        text = unpackPlan(row.packed).snapshot;
      } catch {
        return false;
      }
    }
    if (createHash('sha256').update(text).digest('hex') !== row.sha) return false;
  }
  return true;
}

/**
 * Whether a database is one the app can use as it is: JointPlan's, not from a newer version,
 * holding every table, index and trigger its data version needs, and sound. `full` adds what
 * a backup must pass before it is offered or restored: integrity_check (every index and
 * constraint, not only pages), foreign_key_check and every frozen snapshot's SHA-256.
 */
export function inspectDatabase(
  db: SqliteDatabase,
  depth: boolean | CheckDepth,
  migrations: readonly Migration[] = MIGRATIONS,
  /** The file's size when `db` reads that file alone: its pages must all be in it. */
  fileSize?: number,
): Finding {
  const level: CheckDepth = depth === true ? 'full' : depth === false ? 'quick' : depth;
  const full = level === 'full';
  try {
    const id = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const empty = db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() === undefined;
    // A database with nothing in it yet is one the app just created; it claims it on open.
    if (id !== APPLICATION_ID && !(id === 0 && version === 0 && empty)) {
      return { ok: false, problem: 'not-ours', schemaVersion: null };
    }
    if (version > migrations.length) {
      return { ok: false, problem: 'newer-version', schemaVersion: version };
    }
    const missing = missingSchemaParts(db, version, migrations);
    if (missing.length > 0) {
      return { ok: false, problem: 'incomplete', schemaVersion: version, missing };
    }
    if (fileSize !== undefined && pagesBeyond(db, fileSize)) {
      return { ok: false, problem: 'damaged', schemaVersion: version };
    }
    if (level !== 'structure' && integrityProblems(db, full)) {
      return { ok: false, problem: 'damaged', schemaVersion: version };
    }
    if (full && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
      return { ok: false, problem: 'damaged', schemaVersion: version };
    }
    if (full && version >= 2 && !snapshotsIntact(db, version)) {
      return { ok: false, problem: 'snapshot-changed', schemaVersion: version };
    }
    const patientCount =
      version >= 1
        ? (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n
        : 0;
    return { ok: true, schemaVersion: version, patientCount };
  } catch {
    // SQLITE_CORRUPT, SQLITE_NOTADB and the like while reading: the file cannot be trusted.
    return { ok: false, problem: 'damaged', schemaVersion: null };
  }
}

/** Inspects a file through a private copy (see privateCopy); `key` when it is encrypted. */
export function inspectFile(file: string, full: boolean, key: DatabaseKey | null = null): Finding {
  let copy: PrivateCopy;
  try {
    copy = privateCopy(file, key);
  } catch {
    return { ok: false, problem: 'damaged', schemaVersion: null };
  }
  try {
    return inspectDatabase(copy.db, full);
  } finally {
    copy.close();
  }
}
