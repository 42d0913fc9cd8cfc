import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
} from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import path from 'node:path';
import { METHOD_NAMES, type AppApi } from '../shared/api.ts';
import { AppError } from '../shared/app-error.ts';
import type { BackupInfo, RecoveryNotice } from '../shared/domain/backup.ts';
import { createAppApi, type AppDeps } from './app-api.ts';
import { openAppDatabase } from './bootstrap.ts';
import {
  createBackup,
  newestGoodBackup,
  readBackupInfo,
  runDailyBackup,
  sweepPartialCopies,
  type DailyBackupResult,
} from './db/backups.ts';
import { checkInBackground } from './db/background-check.ts';
import { DATABASE_FILE_NAME } from './db/open.ts';
import { QUICK_CHECK_AT_START_UP_TO } from './db/wal-check.ts';
import { asStorageError } from './db/errors.ts';
import {
  asideName,
  moveAside,
  moveBack,
  moveTo,
  openWithRecovery,
  removeDatabaseFiles,
  type OpenedData,
} from './recovery.ts';
import {
  incomingPath,
  removeJournal,
  syncFolder,
  writeJournal,
  type RestoreJournal,
} from './db/restore-journal.ts';
import { privateBackups, privateFile } from './db/private-files.ts';
import { getSettings } from './db/repositories/settings.ts';

/** The steps of a restore, in order; a crash after any of them loses nothing. */
export const RESTORE_STEPS = [
  'journal-written',
  'copied',
  'safety-backup-made',
  'closed',
  'moved-aside',
  'swapped',
  'reopened',
  'committed',
  'held-removed',
] as const;
export type RestoreStep = (typeof RESTORE_STEPS)[number];

export type AppDataOptions = Omit<AppDeps, 'db' | 'backupDir' | 'restoreBackup' | 'recovery'> & {
  /** Told of each restore step as it is done; only the crash tests pass one. */
  restoreStep?: (step: RestoreStep) => void;
  /**
   * integrity-worker.ts (or its bundle in the desktop app): a file too large to check page
   * by page at start is checked by it after start. Without it, no check runs after start.
   */
  integrityWorker?: URL;
  /** A file up to this size is quick_checked before use instead (see wal-check.ts). */
  quickCheckUpTo?: number;
  /** How long after start the background check begins: the window shows first. */
  backgroundCheckDelayMs?: number;
};

export interface RestoreResult {
  restored: BackupInfo;
  safetyBackup: BackupInfo;
}

/** The open data of a running app: one database at a time behind an API that never changes. */
export interface AppData {
  /** Stable: every method forwards to the API over the database open now. */
  readonly api: AppApi;
  readonly db: Database;
  readonly recovery: RecoveryNotice | null;
  readonly backupDir: string;
  runDailyBackup(): Promise<DailyBackupResult>;
  restore(name: string): Promise<RestoreResult>;
  /** Settles when the check after start (if any) is done and anything it found handled. */
  checkedAfterStart: Promise<void>;
  close(): void;
}

/** A full disk or a read-only folder under a call becomes an error the user can act on. */
async function namingStorage<T>(call: () => T): Promise<Awaited<T>> {
  try {
    return await call();
  } catch (error) {
    const storage = asStorageError(error);
    if (storage) throw new AppError(storage.problem, storage.message);
    throw error;
  }
}

/** Copies a backup to a new file only the user can read, flushed to disk before it is used. */
function copyPrivately(from: string, to: string): void {
  copyFileSync(from, to, constants.COPYFILE_EXCL);
  privateFile(to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens the data folder (moving aside a database that cannot be used, see openWithRecovery)
 * and owns it from then on, so a restore can swap the database under a running app.
 */
export async function openAppData(options: AppDataOptions): Promise<AppData> {
  const clock = options.clock ?? (() => new Date());
  const backupDir = path.join(options.dataDir, 'backups');
  const liveFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const quickCheckUpTo = options.quickCheckUpTo ?? QUICK_CHECK_AT_START_UP_TO;
  const startCheck = { quickCheckUpTo };
  let opened: OpenedData;
  try {
    opened = await openWithRecovery(options.dataDir, backupDir, clock, startCheck);
  } catch (error) {
    // What the window (or the web host) shows: plain words, not SQLite's or the system's.
    throw asStorageError(error) ?? error;
  }
  privateBackups(backupDir);
  sweepPartialCopies(backupDir);
  let db = opened.db;
  let recovery = opened.recovery;
  let inner: AppApi = build();
  // While a restore runs, every call waits for it rather than meet a closed database.
  let restoring: Promise<unknown> | null = null;
  // The database is not closed under a backup still being written.
  let dailyBackup: Promise<unknown> = Promise.resolve();
  // Calls under way (a handout being drawn awaits its worker, then records the export): a
  // restore waits for them, so their writes land in the safety backup, not a closed database.
  let underWay = 0;
  const onIdle: (() => void)[] = [];
  const allSettled = () =>
    underWay === 0 ? Promise.resolve() : new Promise<void>((resolve) => onIdle.push(resolve));

  function build(): AppApi {
    return createAppApi({ ...options, db, backupDir, recovery, restoreBackup: restore });
  }

  function install(next: Database): void {
    db = next;
    inner = build();
  }

  async function restore(name: string): Promise<RestoreResult> {
    if (restoring) throw new AppError('conflict', 'A backup is already being restored.');
    const backup = readBackupInfo(backupDir, name, true);
    if (!backup) throw new AppError('not-found', 'That backup no longer exists.');
    if (backup.problem !== null) {
      throw new AppError('invalid-input', `${backup.problem} Nothing was changed.`);
    }
    const job = swapIn(backup);
    restoring = job.catch(() => {});
    try {
      return await job;
    } finally {
      restoring = null;
    }
  }

  /**
   * Backs up the current data, then puts the backup in its place by renames; any failure
   * undoes it. A journal written first lets a start after a crash at any step finish or undo
   * the swap and say so (see settleInterruptedRestore in recovery.ts).
   */
  async function swapIn(backup: BackupInfo): Promise<RestoreResult> {
    await dailyBackup;
    await allSettled();
    const step = options.restoreStep ?? (() => {});
    const incoming = incomingPath(liveFile);
    const held = asideName(liveFile, 'replaced', clock());
    const journal: RestoreJournal = {
      phase: 'started',
      backup: backup.name,
      held: path.basename(held),
      startedAt: clock().toISOString(),
    };
    writeJournal(liveFile, journal);
    step('journal-written');
    let safetyBackup: BackupInfo;
    try {
      removeDatabaseFiles(incoming);
      copyPrivately(path.join(backupDir, backup.name), incoming);
      step('copied');
      safetyBackup = await createBackup(db, backupDir, 'before-restore', clock());
      journal.safetyBackup = safetyBackup.name;
      writeJournal(liveFile, journal);
      step('safety-backup-made');
    } catch (error) {
      removeDatabaseFiles(incoming);
      removeJournal(liveFile);
      throw error;
    }
    db.close();
    step('closed');
    try {
      // The closed database is renamed, never copied; the backup's copy is renamed in.
      moveTo(liveFile, held);
      step('moved-aside');
      renameSync(incoming, liveFile);
      syncFolder(options.dataDir);
      step('swapped');
      install(await openAppDatabase(options.dataDir, clock, startCheck));
      step('reopened');
    } catch (error) {
      console.error('[restore] putting the previous database back', error);
      if (existsSync(held)) {
        removeDatabaseFiles(liveFile);
        moveBack(held, liveFile);
      }
      removeDatabaseFiles(incoming);
      removeJournal(liveFile);
      install(await openAppDatabase(options.dataDir, clock, startCheck));
      throw new AppError(
        'conflict',
        'The backup could not be restored, so your data was left as it was.',
      );
    }
    writeJournal(liveFile, { ...journal, phase: 'committed' });
    step('committed');
    // The safety backup holds the same data, checked, so the replaced file can go.
    removeDatabaseFiles(held);
    step('held-removed');
    removeJournal(liveFile);
    recovery = null;
    inner = build();
    return { restored: backup, safetyBackup };
  }

  /**
   * Checks every page of a file too large to check at start, on a worker after the window
   * shows. A damaged file is then handled as at start: calls wait, the file is moved aside
   * with its -wal exactly as it is (the worker's connection stays open meanwhile, so closing
   * the app's is not the last and checkpoints nothing into it), a fresh database is opened,
   * and the window is told (app.info) with the newest good backup offered.
   */
  async function checkAfterStart(): Promise<void> {
    const worker = options.integrityWorker;
    if (!worker || !existsSync(liveFile) || statSync(liveFile).size <= quickCheckUpTo) return;
    await delay(options.backgroundCheckDelayMs ?? 5000, undefined, { ref: false });
    const checkedDb = db;
    if (!db.open) return;
    const check = await checkInBackground(worker, liveFile);
    if (!check || check.reply.ok) return;
    if (db !== checkedDb || !db.open || restoring) {
      await check.release(); // the data was restored or closed meanwhile: another file now
      return;
    }
    const job = (async () => {
      await dailyBackup;
      await allSettled();
      console.error('[check] the data file is damaged; moving it aside');
      db.close();
      const movedTo = moveAside(liveFile, 'damaged', clock());
      await check.release();
      recovery = {
        problem: 'damaged',
        title: 'JointPlan found damage in your data',
        message: `While JointPlan checked your data in the background, it found the data file damaged, so JointPlan could not go on using it safely. It was moved, unchanged, to “${path.basename(movedTo)}” in the data folder. JointPlan is now running with no patients.`,
        movedTo,
        newestBackup: newestGoodBackup(backupDir),
      };
      install(await openAppDatabase(options.dataDir, clock, startCheck));
    })();
    restoring = job.catch(() => {});
    try {
      await job;
    } finally {
      restoring = null;
    }
  }
  const checkedAfterStart = checkAfterStart().catch((error: unknown) =>
    console.error('[check] the check after start failed', error),
  );

  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const call = () => (inner[name] as (input: unknown) => unknown)(input);
        if (name === 'backups.restore') return namingStorage(call);
        if (restoring) await restoring;
        underWay++;
        try {
          return await namingStorage(call);
        } finally {
          underWay--;
          if (underWay === 0) for (const resolve of onIdle.splice(0)) resolve();
        }
      },
    ]),
  ) as AppApi;

  return {
    api,
    get db() {
      return db;
    },
    get recovery() {
      return recovery;
    },
    backupDir,
    runDailyBackup: () => {
      // Until the user has chosen whether to restore, new daily copies would push out good ones.
      if (recovery?.newestBackup) {
        return Promise.resolve({ made: false, reason: 'recovery-pending' });
      }
      const job = runDailyBackup(db, backupDir, clock(), getSettings(db).backupsKept);
      dailyBackup = job.catch(() => {});
      return job;
    },
    restore,
    checkedAfterStart,
    close: () => {
      if (db.open) db.close();
    },
  };
}
