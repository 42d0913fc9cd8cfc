import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { METHOD_NAMES, type AppApi } from '../shared/api.ts';
import { AppError } from '../shared/app-error.ts';
import type { RecoveryNotice } from '../shared/domain/backup.ts';
import { createAppApi } from './app-api.ts';
import { sweepPartialCopies, type DailyBackupResult } from './db/backups.ts';
import { DATABASE_FILE_NAME } from './db/open.ts';
import { QUICK_CHECK_AT_START_UP_TO } from './db/wal-check.ts';
import { asStorageError } from './db/errors.ts';
import { openWithRecovery, type OpenedData } from './recovery.ts';
import { privateBackups } from './db/private-files.ts';
import type { DatabaseKey } from './db/cipher.ts';
import { settleInterruptedEncryption } from './encrypt-swap.ts';
import { OpenData, type AppDataOptions } from './app-data-state.ts';
import { Backups } from './app-data-backups.ts';
import { securityService } from './app-data-security.ts';
import { restore, type RestoreResult } from './app-data-restore.ts';
import { checkAfterStart } from './app-data-check.ts';
import { packAfterStart } from './app-data-pack.ts';

export type { AppDataOptions } from './app-data-state.ts';
export { RESTORE_STEPS, type RestoreStep } from './app-data-restore.ts';

/** The open data of a running app: one database at a time behind an API that never changes. */
export interface AppData {
  /** Stable: every method forwards to the API over the database open now. */
  readonly api: AppApi;
  readonly db: Database;
  readonly recovery: RecoveryNotice | null;
  readonly backupDir: string;
  /** The open database's key, or null while it is plain: backups and restores use it. */
  readonly databaseKey: DatabaseKey | null;
  runDailyBackup(): Promise<DailyBackupResult>;
  restore(name: string): Promise<RestoreResult>;
  /** Settles when the check after start (if any) is done and anything it found handled. */
  checkedAfterStart: Promise<void>;
  /** Settles when frozen plans left unpacked are packed (see packAfterStart): how many. */
  packed: Promise<number>;
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
 * and owns it from then on, so a restore, an encryption or a damaged file found after start
 * can swap the database under a running app.
 */
export async function openAppData(options: AppDataOptions): Promise<AppData> {
  const clock = options.clock ?? (() => new Date());
  const backupDir = path.join(options.dataDir, 'backups');
  const liveFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const settled = settleInterruptedEncryption(liveFile, backupDir);
  if (settled) console.error(`[encrypt] an interrupted encryption was ${settled}`);
  const quickCheckUpTo = options.quickCheckUpTo ?? QUICK_CHECK_AT_START_UP_TO;
  let opened: OpenedData;
  try {
    opened = await openWithRecovery(options.dataDir, backupDir, clock, {
      quickCheckUpTo,
      key: options.keys?.key ?? null,
      ...(options.keys?.keyFileLost ? { keyFileLost: true } : {}),
    });
  } catch (error) {
    // What the window (or the web host) shows: plain words, not SQLite's or the system's.
    throw asStorageError(error) ?? error;
  }
  privateBackups(backupDir);
  sweepPartialCopies(backupDir);
  const data = new OpenData({
    options,
    clock,
    backupDir,
    liveFile,
    quickCheckUpTo,
    db: opened.db,
    recovery: opened.recovery,
  });
  const backups = new Backups(data);
  const security = securityService(data);
  const restoreBackup = (name: string) => restore(data, backups, name);
  const build = (): AppApi =>
    createAppApi({
      ...options,
      db: data.db,
      backupDir,
      recovery: data.recovery,
      restoreBackup,
      databaseKey: data.liveKey(),
      security,
      backupService: backups.service,
    });
  let inner = build();
  data.rebuild = () => {
    inner = build();
  };

  const packed = packAfterStart(data, backups);

  const checkedAfterStart = checkAfterStart(data).catch((error: unknown) =>
    console.error('[check] the check after start failed', error),
  );

  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      (input: unknown) => {
        const call = () => (inner[name] as (input: unknown) => unknown)(input);
        // These swap the database themselves, after waiting for the calls under way.
        if (name === 'backups.restore' || name === 'security.encrypt') return namingStorage(call);
        return data.call(() => namingStorage(call));
      },
    ]),
  ) as AppApi;

  return {
    api,
    get db() {
      return data.db;
    },
    get recovery() {
      return data.recovery;
    },
    get databaseKey() {
      return data.liveKey();
    },
    backupDir,
    runDailyBackup: () => backups.daily(),
    restore: restoreBackup,
    checkedAfterStart,
    packed,
    close: () => {
      if (data.db.open) data.db.close();
    },
  };
}
