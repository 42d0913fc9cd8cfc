import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { METHOD_NAMES, type AppApi } from '../shared/api.ts';
import { AppError } from '../shared/app-error.ts';
import type {
  BackupInfo,
  BackupProgress,
  BackupStatus,
  RecoveryNotice,
} from '../shared/domain/backup.ts';
import { createAppApi, type AppDeps } from './app-api.ts';
import { openAppDatabase } from './bootstrap.ts';
import {
  createBackup,
  listBackups,
  readBackupInfo,
  runDailyBackup,
  sweepPartialCopies,
  type DailyBackupResult,
} from './db/backups.ts';
import { DATABASE_FILE_NAME } from './db/open.ts';
import { asStorageError } from './db/errors.ts';
import {
  asideName,
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
import { privateBackups } from './db/private-files.ts';
import { restoreBackupTo } from './db/restore-image.ts';
import {
  copyToSecondFolder,
  readSecondFolderStatus,
  recordSecondFolderAttempt,
  SecondFolderMissing,
} from './db/second-folder.ts';
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

export type AppDataOptions = Omit<
  AppDeps,
  'db' | 'backupDir' | 'restoreBackup' | 'recovery' | 'backupService'
> & {
  /** Told of each restore step as it is done; only the crash tests pass one. */
  restoreStep?: (step: RestoreStep) => void;
  /** The open database's raw key (null or absent: a plain database); backups use it. */
  key?: Buffer | null;
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

/**
 * Opens the data folder (moving aside a database that cannot be used, see openWithRecovery)
 * and owns it from then on, so a restore can swap the database under a running app.
 */
export async function openAppData(options: AppDataOptions): Promise<AppData> {
  const clock = options.clock ?? (() => new Date());
  const backupDir = path.join(options.dataDir, 'backups');
  const liveFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  let opened: OpenedData;
  try {
    opened = await openWithRecovery(options.dataDir, backupDir, clock);
  } catch (error) {
    // What the window (or the web host) shows: plain words, not SQLite's or the system's.
    throw asStorageError(error) ?? error;
  }
  privateBackups(backupDir);
  sweepPartialCopies(backupDir);
  let db = opened.db;
  let recovery = opened.recovery;
  // Built once the backup service below exists (see build).
  let inner = null as unknown as AppApi;
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

  const key = options.key ?? null;
  // The backup being made now (Settings shows its progress) and the last one's problem.
  let running: BackupProgress | null = null;
  let lastProblem: string | null = null;

  /**
   * Makes one backup (on a worker thread, see makeBackup) with its progress shown, then
   * copies it to the second backup folder if one is named. A second folder that is missing
   * or failing is reported in Settings, never an error of the backup itself.
   */
  async function backUp<T extends { file: string | null }>(
    kind: BackupProgress['kind'],
    make: (
      onProgress: (e: { phase: BackupProgress['phase']; fraction: number }) => void,
    ) => Promise<T>,
  ): Promise<T> {
    const startedAt = clock().toISOString();
    const weight: Record<BackupProgress['phase'], [number, number]> = {
      reading: [0, 5],
      writing: [5, 60],
      checking: [60, 95],
      copying: [95, 100],
    };
    const show = (phase: BackupProgress['phase'], fraction: number) => {
      const [from, to] = weight[phase];
      running = { kind, phase, percent: Math.round(from + (to - from) * fraction), startedAt };
    };
    show('reading', 0);
    try {
      const made = await make((e) => show(e.phase, e.fraction));
      lastProblem = null;
      const folder = getSettings(db).secondBackupFolder;
      if (made.file && folder && kind !== 'before-restore') {
        show('copying', 0);
        await copySecond(made.file, folder);
      }
      return made;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      running = null;
    }
  }

  async function copySecond(file: string, folder: string): Promise<void> {
    let problem: string | null = null;
    try {
      await copyToSecondFolder(file, folder, getSettings(db).backupsKept);
    } catch (error) {
      problem =
        error instanceof SecondFolderMissing
          ? `The second backup folder ${folder} was not found: is the drive plugged in, or the network share reachable? Your backups are still kept in JointPlan’s data folder.`
          : `The copy in the second backup folder could not be made (${error instanceof Error ? error.message : String(error)}). Your backups are still kept in JointPlan’s data folder.`;
      console.error(`[backup] ${problem}`);
    }
    await recordSecondFolderAttempt(backupDir, folder, clock().toISOString(), problem);
  }

  const backupService = {
    create: async (): Promise<BackupInfo> => {
      let info: BackupInfo | null = null;
      await backUp('manual', async (onProgress) => {
        info = await createBackup(db, backupDir, 'manual', clock(), { key, onProgress });
        return { file: path.join(backupDir, info.name) };
      });
      if (!info) throw new Error('The backup was not made.');
      return info;
    },
    status: (): BackupStatus => ({
      running,
      lastProblem,
      secondFolder: readSecondFolderStatus(backupDir, getSettings(db).secondBackupFolder),
    }),
    list: () => listBackups(backupDir, key),
  };

  function build(): AppApi {
    return createAppApi({
      ...options,
      db,
      backupDir,
      recovery,
      restoreBackup: restore,
      backupService,
    });
  }

  inner = build();

  function install(next: Database): void {
    db = next;
    inner = build();
  }

  async function restore(name: string): Promise<RestoreResult> {
    if (restoring) throw new AppError('conflict', 'A backup is already being restored.');
    const backup = readBackupInfo(backupDir, name, true, key);
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
      restoreBackupTo(path.join(backupDir, backup.name), incoming, key);
      step('copied');
      safetyBackup = await backUp('before-restore', async (onProgress) => {
        const made = await createBackup(db, backupDir, 'before-restore', clock(), {
          key,
          onProgress,
        });
        return { file: path.join(backupDir, made.name), made };
      }).then((r) => r.made);
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
      install(await openAppDatabase(options.dataDir, clock));
      step('reopened');
    } catch (error) {
      console.error('[restore] putting the previous database back', error);
      if (existsSync(held)) {
        removeDatabaseFiles(liveFile);
        moveBack(held, liveFile);
      }
      removeDatabaseFiles(incoming);
      removeJournal(liveFile);
      install(await openAppDatabase(options.dataDir, clock));
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
      const job = backUp('daily', async (onProgress) => {
        const result = await runDailyBackup(db, backupDir, clock(), getSettings(db).backupsKept, {
          key,
          onProgress,
        });
        return { file: result.made ? result.file : null, result };
      }).then(({ result }) => result);
      dailyBackup = job.catch(() => {});
      return job;
    },
    restore,
    close: () => {
      if (db.open) db.close();
    },
  };
}
