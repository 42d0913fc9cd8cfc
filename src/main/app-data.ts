import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, renameSync, statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
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
import { privateBackups } from './db/private-files.ts';
import { restoreBackupTo } from './db/restore-image.ts';
import {
  copyToSecondFolder,
  readSecondFolderStatus,
  recordSecondFolderAttempt,
  SecondFolderMissing,
} from './db/second-folder.ts';
import { getSettings } from './db/repositories/settings.ts';
import { isEncryptedFile, type DatabaseKey } from './db/cipher.ts';
import type { SecurityStatus } from '../shared/domain/security.ts';
import {
  createKeys,
  markRecoveryKeyConfirmed,
  newDatabaseKey,
  type KeyProtector,
  type PendingRecoveryKey,
} from './keys/key-store.ts';
import { confirmsGroups, recoveryKeyGroups } from './keys/recovery-key.ts';
import {
  encryptLive,
  plainOriginals,
  removePlainOriginals,
  settleInterruptedEncryption,
  type EncryptStep,
} from './encrypt-swap.ts';

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
  /** The open database's key, or null while it is plain: backups and restores use it. */
  readonly databaseKey: DatabaseKey | null;
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

/**
 * Opens the data folder (moving aside a database that cannot be used, see openWithRecovery)
 * and owns it from then on, so a restore can swap the database under a running app.
 */
export async function openAppData(options: AppDataOptions): Promise<AppData> {
  const clock = options.clock ?? (() => new Date());
  const backupDir = path.join(options.dataDir, 'backups');
  const liveFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  let key = options.keys?.key ?? null;
  let pendingRecoveryKey = options.keys?.pendingRecoveryKey ?? null;
  const settled = settleInterruptedEncryption(liveFile, backupDir);
  if (settled) console.error(`[encrypt] an interrupted encryption was ${settled}`);
  const quickCheckUpTo = options.quickCheckUpTo ?? QUICK_CHECK_AT_START_UP_TO;
  const startCheck = { quickCheckUpTo };
  let opened: OpenedData;
  try {
    opened = await openWithRecovery(options.dataDir, backupDir, clock, {
      ...startCheck,
      key,
      ...(options.keys?.keyFileLost ? { keyFileLost: true } : {}),
    });
  } catch (error) {
    // What the window (or the web host) shows: plain words, not SQLite's or the system's.
    throw asStorageError(error) ?? error;
  }
  privateBackups(backupDir);
  sweepPartialCopies(backupDir);
  let db = opened.db;
  let recovery = opened.recovery;
  // Built once `security` below exists.
  let inner: AppApi;
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

  /** The key the live file is encrypted with; null while it is plain. */
  const liveKey = (): DatabaseKey | null => (isEncryptedFile(liveFile) ? key : null);

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
        info = await createBackup(db, backupDir, 'manual', clock(), { key: liveKey(), onProgress });
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
    list: () => listBackups(backupDir, liveKey()),
  };

  function build(): AppApi {
    return createAppApi({
      ...options,
      db,
      backupDir,
      recovery,
      restoreBackup: restore,
      databaseKey: liveKey(),
      security,
      backupService,
    });
  }

  function securityStatus(): SecurityStatus {
    return {
      encrypted: isEncryptedFile(liveFile),
      canEncrypt: options.keys !== undefined,
      protection: options.keys?.protector.kind ?? null,
      recoveryKey: pendingRecoveryKey && {
        groups: recoveryKeyGroups(pendingRecoveryKey.recoveryKey),
        confirmGroups: pendingRecoveryKey.confirmGroups,
      },
      plainOriginals: plainOriginals(backupDir),
    };
  }

  /** Encrypts the plain database (a key and recovery key made first if there are none). */
  async function encryptNow(): Promise<void> {
    const keys = options.keys;
    if (!keys) throw new AppError('conflict', 'Encryption cannot be turned on from here.');
    if (isEncryptedFile(liveFile)) return;
    if (!key) {
      const next = newDatabaseKey();
      pendingRecoveryKey = await createKeys(options.dataDir, next, keys.protector);
      key = next;
    }
    const withKey = key;
    await dailyBackup;
    await allSettled();
    const result = await encryptLive({
      db,
      live: liveFile,
      backupDir,
      key: withKey,
      now: clock(),
      reopen: () => openAppDatabase(options.dataDir, clock, { ...startCheck, key: withKey }),
      ...(options.encryptStep ? { step: options.encryptStep } : {}),
    }).catch(async (error: unknown) => {
      // encryptLive put the plain file back; the app goes on with it.
      if (!db.open)
        install(await openAppDatabase(options.dataDir, clock, { ...startCheck, key: null }));
      throw error;
    });
    install(result.db);
  }

  const security = {
    status: securityStatus,
    confirmRecoveryKey: (groups: [string, string]) => {
      if (!pendingRecoveryKey) return Promise.resolve(securityStatus());
      if (
        !confirmsGroups(pendingRecoveryKey.recoveryKey, pendingRecoveryKey.confirmGroups, groups)
      ) {
        throw new AppError(
          'invalid-input',
          'Those groups do not match your recovery key. Check what you wrote down and try again.',
        );
      }
      markRecoveryKeyConfirmed(options.dataDir);
      pendingRecoveryKey = null;
      return Promise.resolve(securityStatus());
    },
    encrypt: async () => {
      if (restoring) throw new AppError('conflict', 'A backup is being restored; try again after.');
      const job = encryptNow();
      restoring = job.catch(() => {});
      try {
        await job;
      } finally {
        restoring = null;
      }
      return securityStatus();
    },
    removePlainOriginals: () => {
      if (!isEncryptedFile(liveFile)) {
        throw new AppError(
          'conflict',
          'Your data is not encrypted yet, so its plain copy is kept.',
        );
      }
      removePlainOriginals(backupDir);
      return securityStatus();
    },
  };
  inner = build();

  function install(next: Database): void {
    db = next;
    inner = build();
  }

  async function restore(name: string): Promise<RestoreResult> {
    if (restoring) throw new AppError('conflict', 'A backup is already being restored.');
    const backup = readBackupInfo(backupDir, name, true, liveKey());
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
      // Into an encrypted database every backup is written encrypted, a plain one included.
      restoreBackupTo(path.join(backupDir, backup.name), incoming, liveKey());
      step('copied');
      safetyBackup = await backUp('before-restore', async (onProgress) => {
        const made = await createBackup(db, backupDir, 'before-restore', clock(), {
          key: liveKey(),
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
      install(await openAppDatabase(options.dataDir, clock, { ...startCheck, key }));
      step('reopened');
    } catch (error) {
      console.error('[restore] putting the previous database back', error);
      if (existsSync(held)) {
        removeDatabaseFiles(liveFile);
        moveBack(held, liveFile);
      }
      removeDatabaseFiles(incoming);
      removeJournal(liveFile);
      install(await openAppDatabase(options.dataDir, clock, { ...startCheck, key }));
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
    // The worker keys its own read-only connection (an encrypted file is never read plain).
    const checkKey = liveKey();
    const check = await checkInBackground(worker, liveFile, checkKey);
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
        newestBackup: newestGoodBackup(backupDir, checkKey),
      };
      install(await openAppDatabase(options.dataDir, clock, { ...startCheck, key }));
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
        // These swap the database themselves, after waiting for the calls under way.
        if (name === 'backups.restore' || name === 'security.encrypt') return namingStorage(call);
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
    get databaseKey() {
      return liveKey();
    },
    backupDir,
    runDailyBackup: () => {
      // Until the user has chosen whether to restore, new daily copies would push out good ones.
      if (recovery?.newestBackup) {
        return Promise.resolve({ made: false, reason: 'recovery-pending' });
      }
      const job = backUp('daily', async (onProgress) => {
        const result = await runDailyBackup(db, backupDir, clock(), getSettings(db).backupsKept, {
          key: liveKey(),
          onProgress,
        });
        return { file: result.made ? result.file : null, result };
      }).then(({ result }) => result);
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
