import type { Database } from 'better-sqlite3-multiple-ciphers';
import { constants, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RecoveryNotice } from '../shared/domain/backup.ts';
import { openAppDatabase } from './bootstrap.ts';
import { fileStamp, newestGoodBackup } from './db/backups.ts';
import { DatabaseOpenError, type DatabaseProblem } from './db/errors.ts';
import { DATABASE_FILE_NAME } from './db/open.ts';
import { privateFile } from './db/private-files.ts';
import {
  incomingPath,
  readJournal,
  removeJournal,
  syncFolder,
  type RestoreJournal,
} from './db/restore-journal.ts';

/** The files SQLite keeps beside a database; each travels with it. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

const WHAT_WAS_WRONG: Record<DatabaseProblem, string> = {
  'not-ours': 'The data file was not a JointPlan database, so JointPlan could not use it.',
  damaged: 'The data file was damaged, so JointPlan could not read it safely.',
  'newer-version':
    'The data file was saved by a newer version of JointPlan, which this version cannot read.',
  'migration-failed': 'JointPlan could not update the data file to work with this version.',
  empty: 'The data file was empty (0 bytes): the patients it held are no longer in it.',
  incomplete:
    'The data file is missing parts of JointPlan’s data (tables it needs were removed), so JointPlan could not use it.',
  'no-key':
    'JointPlan could not read the data file: either it is encrypted and its key file (jointplan.keys.json) is missing from the data folder and from its backups folder, or the file is damaged.',
  'unmatched-wal':
    'Beside the data file was a change log (its “-wal” file) that did not belong to your data: it came from another copy of the data or from an older state of it. JointPlan did not apply it, so your data opened as it was last saved.',
};

/** A name beside `file` that nothing has: never overwrite another file. */
function freeName(base: string): string {
  let name = base;
  for (let n = 2; existsSync(name) || COMPANIONS.some((c) => existsSync(name + c)); n++) {
    name = `${base}-${n}`;
  }
  return name;
}

/** Where moveAside would put `file` now (a free name beside it). */
export function asideName(file: string, label: string, now: Date): string {
  return freeName(`${file}.${label}-${fileStamp(now)}`);
}

/** Renames a database and then each companion it has to `target`, exactly as they are. */
export function moveTo(file: string, target: string): void {
  renameSync(file, target);
  for (const companion of COMPANIONS) {
    if (existsSync(file + companion)) renameSync(file + companion, target + companion);
  }
  syncFolder(path.dirname(file));
}

/**
 * Moves a database (and its -wal/-shm/-journal, which belong to it) out of the way by
 * renaming, so its bytes stay exactly as they were. Returns the new path.
 */
export function moveAside(file: string, label: string, now: Date): string {
  const target = asideName(file, label, now);
  moveTo(file, target);
  return target;
}

/** Undoes moveAside: puts a database and its companions back under their old name. */
export function moveBack(movedTo: string, file: string): void {
  moveTo(movedTo, file);
}

/** Removes a database file and whatever SQLite left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(file + suffix, { force: true });
}

/**
 * Sets aside a -wal (and -shm) that does not belong to the file, beside an exact copy of the
 * file as it was, so the pair can still be looked at; the file itself is then opened alone.
 */
function setAsideLog(file: string, now: Date): string {
  const target = asideName(file, 'unmatched-wal', now);
  copyFileSync(file, target, constants.COPYFILE_EXCL);
  privateFile(target);
  for (const companion of ['-wal', '-shm'] as const) {
    if (existsSync(file + companion)) renameSync(file + companion, target + companion);
  }
  syncFolder(path.dirname(file));
  return target;
}

/**
 * Finishes or undoes a restore that a crash interrupted (see restore-journal.ts): once the
 * live file has been renamed aside and the restored copy put in its place, the restore is
 * finished; before that, it is undone. Either way no data is lost and the user is told.
 */
function settleInterruptedRestore(live: string, backupDir: string): RecoveryNotice | null {
  const journal: RestoreJournal | null = readJournal(live);
  if (!journal) return null;
  const held = path.join(path.dirname(live), journal.held);
  const finished = journal.phase === 'committed' || (existsSync(held) && existsSync(live));
  const safety = journal.safetyBackup && path.join(backupDir, path.basename(journal.safetyBackup));
  // The replaced file goes only when its data is safe in the before-restore backup.
  const keptHeld = finished && existsSync(held) && !(safety && existsSync(safety));
  if (finished) {
    if (!keptHeld) removeDatabaseFiles(held);
  } else {
    if (existsSync(held)) moveBack(held, live);
    for (const companion of COMPANIONS) {
      const stray = held + companion;
      if (existsSync(stray) && !existsSync(live + companion)) renameSync(stray, live + companion);
    }
  }
  removeDatabaseFiles(incomingPath(live));
  removeJournal(live);
  return finished
    ? {
        problem: 'restore-finished',
        title: 'Your backup was restored',
        message: `JointPlan was closed while it restored the backup “${journal.backup}”. JointPlan has now finished the restore, so your data is as it was in that backup. ${keptHeld ? `What you had just before is kept, unchanged, as “${journal.held}” in the data folder.` : `What you had just before is kept as the backup “${journal.safetyBackup}”.`}`,
        movedTo: keptHeld ? held : null,
        newestBackup: null,
      }
    : {
        problem: 'restore-undone',
        title: 'A restore was interrupted',
        message: `JointPlan was closed while it restored the backup “${journal.backup}”, before the restore was complete. JointPlan put your data back as it was before the restore; nothing was lost.`,
        movedTo: null,
        newestBackup: null,
      };
}

export interface OpenedData {
  db: Database;
  recovery: RecoveryNotice | null;
}

const TITLES: Partial<Record<DatabaseProblem, string>> = {
  'no-key': 'JointPlan could not read your data',
  'unmatched-wal': 'JointPlan set aside a file that did not belong to your data',
};

/**
 * Opens the data folder's database. An interrupted restore is finished or undone first. A
 * file that is damaged, empty, incomplete, not ours, from a newer version or that would not
 * update is moved aside unchanged and a fresh database is started; a -wal that is not the
 * file's own is set aside and the file opened without it; a file missing while backups
 * exist is told. The notice says what happened and which backup can be restored.
 */
export async function openWithRecovery(
  dataDir: string,
  backupDir: string,
  now: () => Date = () => new Date(),
  openOptions: Parameters<typeof openAppDatabase>[2] = {},
): Promise<OpenedData> {
  const live = path.join(dataDir, DATABASE_FILE_NAME);
  // The backups offered are read with the live key (an encrypted backup needs it).
  const key = openOptions.key ?? null;
  const restoreNotice = settleInterruptedRestore(live, backupDir);
  const existed = existsSync(live);
  const told: string[] = [];
  let aside: { problem: DatabaseProblem; movedTo: string } | null = null;
  // At most one -wal to set aside and then one file to move aside.
  for (let attempt = 0; ; attempt++) {
    try {
      const db = await openAppDatabase(dataDir, now, openOptions);
      if (aside === null) {
        const missing =
          !existed && restoreNotice === null ? newestGoodBackup(backupDir, key) : null;
        const recovery: RecoveryNotice | null =
          restoreNotice ??
          (missing && {
            problem: 'missing',
            title: 'JointPlan could not find your data',
            message:
              'Your data file was not found in JointPlan’s data folder (it may have been moved or deleted), so JointPlan has started with no patients.',
            movedTo: null,
            newestBackup: missing,
          });
        return { db, recovery };
      }
      return {
        db,
        recovery: {
          problem: aside.problem,
          title: TITLES[aside.problem] ?? 'JointPlan could not open your data',
          message: told.join(' '),
          movedTo: aside.movedTo,
          // The data opened as last saved after an unmatched -wal: nothing to offer then.
          newestBackup: aside.problem === 'unmatched-wal' ? null : newestGoodBackup(backupDir, key),
        },
      };
    } catch (error) {
      if (!(error instanceof DatabaseOpenError) || attempt >= 2) throw error;
      console.error(`[recovery] ${error.message}`);
      const unmatched = error.problem === 'unmatched-wal';
      const movedTo = unmatched ? setAsideLog(live, now()) : moveAside(live, error.problem, now());
      // A file moved aside (after its -wal was, perhaps) is what the notice is about.
      if (aside === null || !unmatched) aside = { problem: error.problem, movedTo };
      const name = path.basename(movedTo);
      told.push(
        unmatched
          ? `${WHAT_WAS_WRONG[error.problem]} The log was set aside, unchanged, as “${name}-wal”, beside a copy of the data file as it was.`
          : `${WHAT_WAS_WRONG[error.problem]} It was moved, unchanged, to “${name}” in the data folder. JointPlan has started with no patients.`,
      );
    }
  }
}
