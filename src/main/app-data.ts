import type { Database } from 'better-sqlite3';
import { constants, copyFileSync } from 'node:fs';
import path from 'node:path';
import { METHOD_NAMES, type AppApi } from '../shared/api.ts';
import { AppError } from '../shared/app-error.ts';
import type { BackupInfo, RecoveryNotice } from '../shared/domain/backup.ts';
import { createAppApi, type AppDeps } from './app-api.ts';
import { openAppDatabase } from './bootstrap.ts';
import {
  createBackup,
  readBackupInfo,
  runDailyBackup,
  type DailyBackupResult,
} from './db/backups.ts';
import { DATABASE_FILE_NAME } from './db/open.ts';
import { moveAside, moveBack, openWithRecovery, removeDatabaseFiles } from './recovery.ts';
import { getSettings } from './db/repositories/settings.ts';

export type AppDataOptions = Omit<AppDeps, 'db' | 'backupDir' | 'restoreBackup' | 'recovery'>;

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

/**
 * Opens the data folder (moving aside a database that cannot be used, see openWithRecovery)
 * and owns it from then on, so a restore can swap the database under a running app.
 */
export async function openAppData(options: AppDataOptions): Promise<AppData> {
  const clock = options.clock ?? (() => new Date());
  const backupDir = path.join(options.dataDir, 'backups');
  const liveFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const opened = await openWithRecovery(options.dataDir, backupDir, clock);
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

  /** Backs up the current data, then puts the backup in its place; any failure undoes it. */
  async function swapIn(backup: BackupInfo): Promise<RestoreResult> {
    await dailyBackup;
    await allSettled();
    const safetyBackup = await createBackup(db, backupDir, 'before-restore', clock());
    db.close();
    // The closed database is renamed, never copied; the backup is not live, so it is copied.
    const held = moveAside(liveFile, 'replaced', clock());
    try {
      const incoming = `${liveFile}.restoring`;
      removeDatabaseFiles(incoming);
      copyFileSync(path.join(backupDir, backup.name), incoming, constants.COPYFILE_EXCL);
      removeDatabaseFiles(liveFile);
      moveBack(incoming, liveFile);
      install(await openAppDatabase(options.dataDir, clock));
    } catch (error) {
      console.error('[restore] putting the previous database back', error);
      removeDatabaseFiles(liveFile);
      moveBack(held, liveFile);
      install(await openAppDatabase(options.dataDir, clock));
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'conflict',
        `The backup could not be restored, so your data was left as it was. (${reason})`,
      );
    }
    // The safety backup holds the same data, checked, so the replaced file can go.
    removeDatabaseFiles(held);
    recovery = null;
    inner = build();
    return { restored: backup, safetyBackup };
  }

  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const call = () => (inner[name] as (input: unknown) => unknown)(input);
        if (name === 'backups.restore') return call();
        if (restoring) await restoring;
        underWay++;
        try {
          return await call();
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
      if (recovery) return Promise.resolve({ made: false, reason: 'recovery-pending' });
      const job = runDailyBackup(db, backupDir, clock(), getSettings(db).backupsKept);
      dailyBackup = job.catch(() => {});
      return job;
    },
    restore,
    close: () => {
      if (db.open) db.close();
    },
  };
}
