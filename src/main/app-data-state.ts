import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AppDeps } from './app-api.ts';
import { openAppDatabase } from './bootstrap.ts';
import type { RecoveryNotice } from '../shared/domain/backup.ts';
import { isEncryptedFile, type DatabaseKey } from './db/cipher.ts';
import type { KeyProtector, PendingRecoveryKey } from './keys/key-store.ts';
import type { EncryptStep } from './encrypt-swap.ts';
import type { RestoreStep } from './app-data-restore.ts';

export type AppDataOptions = Omit<
  AppDeps,
  'db' | 'backupDir' | 'restoreBackup' | 'recovery' | 'databaseKey' | 'security' | 'backupService'
> & {
  /** Told of each restore step as it is done; only the crash tests pass one. */
  restoreStep?: (step: RestoreStep) => void;
  /**
   * The data folder's keys, unlocked before opening (see keys/unlock.ts). Without them (tests)
   * the database is plain and encryption cannot be turned on.
   */
  keys?: {
    protector: KeyProtector;
    key: DatabaseKey | null;
    pendingRecoveryKey: PendingRecoveryKey | null;
    /** No key file was found for the data file: the key is new (see keys/unlock.ts). */
    keyFileLost?: boolean;
  };
  /** Told of each step of encrypting a plain database; only the crash tests pass one. */
  encryptStep?: (step: EncryptStep) => void;
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

interface OpenDataInit {
  options: AppDataOptions;
  clock: () => Date;
  backupDir: string;
  liveFile: string;
  quickCheckUpTo: number;
  db: Database;
  recovery: RecoveryNotice | null;
}

/**
 * What the parts of a running app share: the database open now (a restore, an encryption or
 * a damaged file found later swaps it), its key, and the gate that makes calls wait while a
 * swap runs and makes a swap wait for the calls and the backup under way.
 */
export class OpenData {
  readonly options: AppDataOptions;
  readonly clock: () => Date;
  readonly backupDir: string;
  readonly liveFile: string;
  readonly quickCheckUpTo: number;
  db: Database;
  recovery: RecoveryNotice | null;
  /** The data folder's key (it may exist while the file is still plain). */
  key: DatabaseKey | null;
  pendingRecoveryKey: PendingRecoveryKey | null;
  /** The database is not closed under a backup still being written. */
  dailyBackup: Promise<unknown> = Promise.resolve();
  /** Rebuilds the API over the database installed; set once the API's parts exist. */
  rebuild: () => void = () => {};
  private swapping: Promise<unknown> | null = null;
  // Calls under way (a handout being drawn awaits its worker, then records the export): a
  // swap waits for them, so their writes land in the safety backup, not a closed database.
  private underWay = 0;
  private readonly onIdle: (() => void)[] = [];

  constructor(init: OpenDataInit) {
    this.options = init.options;
    this.clock = init.clock;
    this.backupDir = init.backupDir;
    this.liveFile = init.liveFile;
    this.quickCheckUpTo = init.quickCheckUpTo;
    this.db = init.db;
    this.recovery = init.recovery;
    this.key = init.options.keys?.key ?? null;
    this.pendingRecoveryKey = init.options.keys?.pendingRecoveryKey ?? null;
  }

  /** The key the live file is encrypted with; null while it is plain. */
  liveKey(): DatabaseKey | null {
    return isEncryptedFile(this.liveFile) ? this.key : null;
  }

  reopen(key: DatabaseKey | null = this.key): Promise<Database> {
    return openAppDatabase(this.options.dataDir, this.clock, {
      quickCheckUpTo: this.quickCheckUpTo,
      key,
    });
  }

  install(next: Database): void {
    this.db = next;
    this.rebuild();
  }

  get swapInProgress(): boolean {
    return this.swapping !== null;
  }

  /** Waits for the daily backup and every call under way to finish. */
  async quiet(): Promise<void> {
    await this.dailyBackup;
    if (this.underWay > 0) await new Promise<void>((resolve) => this.onIdle.push(resolve));
  }

  /** Runs a job that swaps the database; calls made meanwhile wait for it. */
  async swap<T>(job: Promise<T>): Promise<T> {
    this.swapping = job.catch(() => {});
    try {
      return await job;
    } finally {
      this.swapping = null;
    }
  }

  /** Runs one API call: after any swap under way, and counted so a swap waits for it. */
  async call<T>(run: () => Promise<T>): Promise<T> {
    if (this.swapping) await this.swapping;
    this.underWay++;
    try {
      return await run();
    } finally {
      this.underWay--;
      if (this.underWay === 0) for (const resolve of this.onIdle.splice(0)) resolve();
    }
  }
}
