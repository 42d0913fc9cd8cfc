import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { openKeyed, WrongKeyError, type DatabaseKey } from './cipher.ts';
import { inspectDatabase, SCRATCH_PREFIX, type CheckDepth, type Finding } from './inspect.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';

const SCRATCH = SCRATCH_PREFIX;
const SWEEP = { recursive: true, force: true } as const;

export type PreOpenFinding = Finding | { ok: false; problem: 'unmatched-wal' };

/** Opens a database read-only: SQLite never writes to, or checkpoints into, the file then. */
export type ReadOnlyOpener = (file: string) => SqliteDatabase;
/** Read-only and keyed (cipher.ts): an encrypted file is never decrypted into memory. */
const readOnlyWith =
  (key: DatabaseKey | null): ReadOnlyOpener =>
  (file) =>
    openKeyed(file, key, { readonly: true, fileMustExist: true });

interface TrailEnds {
  first: number;
  last: number;
  firstRow: string;
  lastRow: string;
}

function trailEnds(db: SqliteDatabase, upTo?: number): TrailEnds | null {
  const ends = db.prepare('SELECT min(seq) AS first, max(seq) AS last FROM audit_log').get() as {
    first: number | null;
    last: number | null;
  };
  if (ends.first === null || ends.last === null) return null;
  const row = (seq: number) =>
    JSON.stringify(db.prepare('SELECT * FROM audit_log WHERE seq = ?').raw().get(seq) ?? null);
  const at = upTo ?? ends.last;
  return { first: ends.first, last: ends.last, firstRow: row(ends.first), lastRow: row(at) };
}

/** What the file alone says of itself, read before the log is looked at. */
interface Alone {
  finding: Finding;
  /** The file's trail ends; null when it has no trail yet. */
  trail: TrailEnds | null;
  /** With no trail to compare: the file's patients, each of which the log must keep. */
  patientIds: unknown[];
}

function readAlone(db: SqliteDatabase, finding: Finding, withLog: boolean): Alone {
  let trail: TrailEnds | null = null;
  try {
    trail = trailEnds(db);
  } catch {
    // No trail in the file alone (an early data version, or a log holding all of it).
  }
  let patientIds: unknown[] = [];
  if (withLog && trail === null) {
    try {
      patientIds = db.prepare('SELECT id FROM patients').pluck().all();
    } catch {
      // No patients table in the file alone: a log that holds all of it.
    }
  }
  return { finding, trail, patientIds };
}

/**
 * The audit trail is append only, so a database's later state holds every audit row of its
 * earlier states, unchanged. A -wal applied to the file must therefore keep the file's first
 * and last audit rows exactly, and end no earlier: a log of another database holds other rows
 * at those numbers, and one of an older state of this file ends earlier. These are reads by
 * key, whatever the trail's length. A file with no trail yet instead must keep every patient
 * (or the log's trail must record them), as patients written before the trail have no row.
 */
function logContinues(alone: Alone, withLog: SqliteDatabase): boolean {
  try {
    if (alone.trail) {
      const theirs = trailEnds(withLog, alone.trail.last);
      return (
        theirs !== null &&
        theirs.last >= alone.trail.last &&
        theirs.first === alone.trail.first &&
        theirs.firstRow === alone.trail.firstRow &&
        theirs.lastRow === alone.trail.lastRow
      );
    }
    if (alone.patientIds.length === 0) return true;
    const present = withLog.prepare('SELECT 1 FROM patients WHERE id = ?').pluck();
    const traced = withLog
      .prepare("SELECT 1 FROM audit_log WHERE entity = 'patient' AND entity_id = ? LIMIT 1")
      .pluck();
    return alone.patientIds.every(
      (id) => present.get(id) !== undefined || traced.get(id) !== undefined,
    );
  } catch {
    return false;
  }
}

/** A second name for the file in the scratch folder: a hard link, or (where none) a copy. */
function alias(file: string, to: string): void {
  try {
    linkSync(file, to);
  } catch {
    copyFileSync(file, to);
  }
}

function withConnection<T>(
  open: ReadOnlyOpener,
  file: string,
  use: (db: SqliteDatabase) => T,
  wrongKeyThrows = false,
): T | null {
  let db: SqliteDatabase;
  try {
    db = open(file);
  } catch (error) {
    // A key that does not open the file alone is not damage: open.ts refuses it as not ours.
    // (With the log, the same error is a log that does not belong: unmatched.)
    if (wrongKeyThrows && error instanceof WrongKeyError) throw error;
    return null;
  }
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export interface PreOpenOptions {
  migrations?: readonly Migration[];
  /** quick_check (every page) at start for a file up to this size; larger ones are checked after. */
  quickCheckUpTo?: number;
  openReadOnly?: ReadOnlyOpener;
  /** The database key when the file is encrypted; both views are opened with it. */
  key?: DatabaseKey | null;
}

/** 64 MiB: quick_check reads that in well under the second a start may take. */
export const QUICK_CHECK_AT_START_UP_TO = 64 * 1024 * 1024;

/**
 * Checks a database file, with the -wal beside it if there is one, before anything opens it
 * read-write (which would apply the -wal and, on close, checkpoint it into the file). Only a
 * few pages are read: the ids, version, schema and page count (and, for a small file, every
 * page); the full check of a large file runs after start (see background-check.ts).
 *
 * SQLite gives a -wal no link to its database, so both are looked at through read-only
 * connections in a scratch folder in the same private folder: the file alone (by a second
 * name, a hard link, with no -wal beside it) and the file with a copy of its log. Read-only
 * connections neither write the file nor checkpoint; the scratch folder and its links go
 * afterwards, and any a crash left behind go first. The log must give a sound database
 * whose trail continues the file's own and (with no trail yet) that keeps the file's patients.
 */
export function inspectBeforeOpening(file: string, options: PreOpenOptions = {}): PreOpenFinding {
  const migrations = options.migrations ?? MIGRATIONS;
  const open = options.openReadOnly ?? readOnlyWith(options.key ?? null);
  const folder = path.dirname(file);
  const wal = `${file}-wal`;
  for (const name of readdirSync(folder)) {
    if (name.startsWith(SCRATCH)) rmSync(path.join(folder, name), SWEEP);
  }
  const size = statSync(file).size;
  const depth: CheckDepth =
    size <= (options.quickCheckUpTo ?? QUICK_CHECK_AT_START_UP_TO) ? 'quick' : 'structure';
  const damaged: Finding = { ok: false, problem: 'damaged', schemaVersion: null };
  const scratch = mkdtempSync(path.join(folder, SCRATCH));
  try {
    const aloneFile = path.join(scratch, 'alone.sqlite');
    alias(file, aloneFile);
    const hasLog = existsSync(wal) && statSync(wal).size > 0;
    const logFile = path.join(scratch, 'with-log.sqlite');
    if (hasLog) {
      alias(file, logFile);
      copyFileSync(wal, `${logFile}-wal`);
    }
    // One connection at a time: SQLite shares locks and the wal-index between the names
    // of one file, so the two views must never be open together.
    const alone = withConnection(
      open,
      aloneFile,
      (db) => readAlone(db, inspectDatabase(db, depth, migrations, size), hasLog),
      true,
    );
    if (!alone) return damaged;
    if (!hasLog) return alone.finding;
    const aloneOk = alone.finding.ok;
    const unmatched: PreOpenFinding = { ok: false, problem: 'unmatched-wal' };
    const trial = withConnection(open, logFile, (withLog): PreOpenFinding => {
      const finding = inspectDatabase(withLog, depth, migrations);
      const continues = logContinues(alone, withLog);
      if (finding.ok) return continues ? finding : unmatched;
      // The file alone is sound but not with the log: the log is what does not belong,
      // unless the log carries the file's own trail on (then the file and log go together).
      return aloneOk && !continues ? unmatched : finding;
    });
    return trial ?? (aloneOk ? unmatched : alone.finding);
  } finally {
    rmSync(scratch, SWEEP);
  }
}
