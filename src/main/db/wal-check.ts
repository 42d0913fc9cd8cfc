import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { copyInMemory, inspectDatabase, type Finding } from './inspect.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';

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
 * Checks a database file, with the -wal beside it if there is one, before anything opens it
 * read-write (which would apply the -wal and, on close, checkpoint it into the file). SQLite
 * gives a -wal no link to its database, so the log is tried on a scratch copy in the same
 * private folder: it must give a sound database whose trail continues the file's own.
 */
export function inspectBeforeOpening(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): PreOpenFinding {
  const wal = `${file}-wal`;
  const alone = copyInMemory(file);
  try {
    const aloneFinding = inspectDatabase(alone, false, migrations);
    if (!existsSync(wal) || statSync(wal).size === 0) return aloneFinding;
    const scratch = mkdtempSync(path.join(path.dirname(file), '.jointplan-check-'));
    try {
      const copy = path.join(scratch, 'check.sqlite');
      copyFileSync(file, copy);
      copyFileSync(wal, `${copy}-wal`);
      let trial: SqliteDatabase;
      try {
        trial = new Database(copy);
      } catch {
        return aloneFinding.ok ? { ok: false, problem: 'unmatched-wal' } : aloneFinding;
      }
      try {
        const finding = inspectDatabase(trial, false, migrations);
        const continues = trailContinues(alone, trial);
        if (finding.ok) return continues ? finding : { ok: false, problem: 'unmatched-wal' };
        // The file alone is sound but not with the log: the log is what does not belong,
        // unless the log carries the file's own trail on (then the file and log go together).
        return aloneFinding.ok && !continues ? { ok: false, problem: 'unmatched-wal' } : finding;
      } finally {
        trial.close();
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } finally {
    alone.close();
  }
}
