import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { openKeyed, type DatabaseKey } from './cipher.ts';
import { inspectDatabase, privateCopy, SCRATCH_PREFIX, type Finding } from './inspect.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';

const SCRATCH = SCRATCH_PREFIX;
const SWEEP = { recursive: true, force: true } as const;

export type PreOpenFinding = Finding | { ok: false; problem: 'unmatched-wal' };

/**
 * The audit trail is append only, so a database's later state holds every audit row of its
 * earlier states, unchanged. A -wal applied to the file must therefore give a trail that
 * starts with the file's own: a log of another database, or of an older state of this one,
 * gives a different or shorter trail. (With no audit rows yet there is nothing to lose.)
 */
function trailContinues(alone: SqliteDatabase, withLog: SqliteDatabase): boolean {
  const trail = (db: SqliteDatabase, upTo: number) =>
    JSON.stringify(
      db.prepare('SELECT * FROM audit_log WHERE seq <= ? ORDER BY seq').raw().all(upTo),
    );
  let last: number;
  try {
    const row = alone.prepare('SELECT max(seq) AS seq FROM audit_log').get() as {
      seq: number | null;
    };
    if (row.seq === null) return true;
    last = row.seq;
  } catch {
    return true; // no trail in the file alone (an early data version, or a log holding all)
  }
  try {
    return trail(withLog, last) === trail(alone, last);
  } catch {
    return false;
  }
}

/**
 * Every patient in the file is still there with the log applied, unless the log's trail
 * records them: patients written before the trail existed have no audit row to compare.
 */
function patientsKept(alone: SqliteDatabase, withLog: SqliteDatabase): boolean {
  let ids: unknown[];
  try {
    ids = alone.prepare('SELECT id FROM patients').pluck().all();
  } catch {
    return true; // no patients table in the file alone: a log that holds all of it
  }
  if (ids.length === 0) return true;
  try {
    const present = withLog.prepare('SELECT 1 FROM patients WHERE id = ?').pluck();
    const traced = withLog
      .prepare("SELECT 1 FROM audit_log WHERE entity = 'patient' AND entity_id = ? LIMIT 1")
      .pluck();
    return ids.every((id) => present.get(id) !== undefined || traced.get(id) !== undefined);
  } catch {
    return false;
  }
}

/**
 * Checks a database file, with the -wal beside it if there is one, before anything opens it
 * read-write (which would apply the -wal and, on close, checkpoint it into the file). SQLite
 * gives a -wal no link to its database, so the log is tried on a scratch copy in the same
 * private folder: it must give a sound database whose trail continues the file's own and
 * that still holds the file's patients. Scratch folders a crash left behind go first.
 */
export function inspectBeforeOpening(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  key: DatabaseKey | null = null,
): PreOpenFinding {
  const wal = `${file}-wal`;
  for (const name of readdirSync(path.dirname(file))) {
    if (name.startsWith(SCRATCH)) rmSync(path.join(path.dirname(file), name), SWEEP);
  }
  // An encrypted file opened with a wrong key throws WrongKeyError here: never "damaged".
  const aloneCopy = privateCopy(file, key);
  const alone = aloneCopy.db;
  try {
    const aloneFinding = inspectDatabase(alone, false, migrations);
    if (!existsSync(wal) || statSync(wal).size === 0) return aloneFinding;
    const scratch = mkdtempSync(path.join(path.dirname(file), SCRATCH));
    try {
      const copy = path.join(scratch, 'check.sqlite');
      copyFileSync(file, copy);
      copyFileSync(wal, `${copy}-wal`);
      let trial: SqliteDatabase;
      try {
        trial = openKeyed(copy, key);
      } catch {
        return aloneFinding.ok ? { ok: false, problem: 'unmatched-wal' } : aloneFinding;
      }
      try {
        const finding = inspectDatabase(trial, false, migrations);
        const continues = trailContinues(alone, trial) && patientsKept(alone, trial);
        if (finding.ok) return continues ? finding : { ok: false, problem: 'unmatched-wal' };
        // The file alone is sound but not with the log: the log is what does not belong,
        // unless the log carries the file's own trail on (then the file and log go together).
        return aloneFinding.ok && !continues ? { ok: false, problem: 'unmatched-wal' } : finding;
      } finally {
        trial.close();
      }
    } finally {
      rmSync(scratch, SWEEP);
    }
  } finally {
    aloneCopy.close();
  }
}
