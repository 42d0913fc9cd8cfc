import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/domain/backup.ts';
import { localToday } from '../../shared/domain/dates.ts';
import { BackupFileError, hasBackupMagic, readBackupHeader } from './backup-file.ts';
import { openBackupCopyForCheck } from './backup-expand.ts';
import { backupInWorker, type BackupProgressEvent } from './backup-in-worker.ts';
import { isEncryptedFile, openKeyed, type DatabaseKey } from './cipher.ts';
import {
  APPLICATION_ID,
  inspectDatabase,
  inspectFile,
  SCRATCH_PREFIX,
  type Finding,
} from './inspect.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { privateFile, privateFolder } from './private-files.ts';

export const DAILY_BACKUPS_KEPT = 14;
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})\.(sqlite|jpbackup)$/;
/** Backups made now: compressed, checked, encrypted when the database is (backup-file.ts). */
export const BACKUP_EXTENSION = '.jpbackup';
/** Backups made by versions before 1.x's compact backups: plain SQLite copies, still restored. */
const LEGACY_EXTENSION = '.sqlite';

export interface BackupOptions {
  /** The open database's key (AppData.databaseKey), or null when it is plain. */
  key?: DatabaseKey | null;
  onProgress?: (event: BackupProgressEvent) => void;
}

const KIND_PREFIXES: readonly [string, BackupKind][] = [
  ['daily-', 'daily'],
  ['manual-', 'manual'],
  ['before-migration-', 'before-migration'],
  ['before-restore-', 'before-restore'],
];

export type DailyBackupResult =
  | { made: true; file: string; removed: string[] }
  | { made: false; reason: 'already-today' | 'recovery-pending' };

/** Asks SQLite whether every page and index of a backup file is sound. */
export function isSoundBackup(file: string, key: DatabaseKey | null = null): boolean {
  const copy = openKeyed(file, key, { readonly: true, fileMustExist: true });
  try {
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]?.integrity_check === 'ok';
  } finally {
    copy.close();
  }
}

/** A backup is one self-contained file: no write-ahead log beside it. */
function makeStandalone(file: string, key: DatabaseKey | null): void {
  const copy = openKeyed(file, key, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Copies the live database to `file` as a plain SQLite file in the older `.sqlite` form (never
 * by copying the live file), checked before it gets its final name. Backups are made with
 * makeBackup; this is kept for the unencrypted original that encrypting keeps (encrypt-swap.ts)
 * and for tests that need a backup as older versions made them.
 */
export async function backupTo(
  db: SqliteDatabase,
  file: string,
  key: DatabaseKey | null = null,
): Promise<void> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    privateFile(partial); // private from its first byte
    // The online backup API cannot read an encrypted database; VACUUM INTO writes a copy
    // encrypted with the same key (SQLite3 Multiple Ciphers keys the target alike).
    if (key) db.prepare('VACUUM INTO ?').run(partial);
    else await db.backup(partial);
    makeStandalone(partial, key);
  } catch (error) {
    // A full disk, say: no half-made copy is left to be taken for a backup.
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
  if (!isSoundBackup(partial, key)) {
    rmSync(partial, { force: true });
    throw new Error(
      `The backup ${path.basename(file)} failed its integrity check, so it was not kept.`,
    );
  }
  renameSync(partial, file);
}

/**
 * Makes a backup of the live database in the current format at `file` (see backup-file.ts),
 * on a worker thread with its own read-only connection, so the app keeps working meanwhile.
 * The file is read back and checked as a restore would use it before it gets its name.
 */
export async function makeBackup(
  db: SqliteDatabase,
  file: string,
  options: BackupOptions = {},
): Promise<void> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    privateFile(partial); // private from its first byte
    await backupInWorker(
      { source: db.name, target: partial, key: options.key ?? null },
      options.onProgress,
    );
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}.image`, { force: true }); // the worker's copy, if it could not remove it
    throw error;
  }
  renameSync(partial, file);
}

/**
 * The first start of each day makes a checked backup (see makeBackup). The newest
 * `keep` daily copies are kept; backups made before migrations are never removed here.
 */
export async function runDailyBackup(
  db: SqliteDatabase,
  backupDir: string,
  now: Date = new Date(),
  keep = DAILY_BACKUPS_KEPT,
  options: BackupOptions = {},
): Promise<DailyBackupResult> {
  privateFolder(backupDir);
  const today = localToday(now);
  const file = path.join(backupDir, `daily-${today}${BACKUP_EXTENSION}`);
  const made = readdirSync(backupDir);
  if ([BACKUP_EXTENSION, LEGACY_EXTENSION].some((ext) => made.includes(`daily-${today}${ext}`)))
    return { made: false, reason: 'already-today' };

  await makeBackup(db, file, options);

  const dailies = readdirSync(backupDir)
    .filter((name) => DAILY.test(name))
    // by day, newest first; a day's new-format copy before an older-format one
    .sort(
      (a, b) =>
        (DAILY.exec(b)?.[1] ?? '').localeCompare(DAILY.exec(a)?.[1] ?? '') || a.localeCompare(b),
    );
  const removed = dailies.slice(keep);
  for (const name of removed) rmSync(path.join(backupDir, name), { force: true });
  return { made: true, file, removed };
}

/** Which kind of backup a file name is, or null for anything that is not one of ours. */
export function backupKindOf(name: string): BackupKind | null {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.(sqlite|jpbackup)$/.test(name)) return null;
  return KIND_PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1] ?? null;
}

/** A time stamp that is safe in a file name on every system. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

interface BackupContents {
  patientCount: number | null;
  schemaVersion: number | null;
  problem: string | null;
}

const PROBLEM_WORDS: Record<Exclude<Finding, { ok: true }>['problem'], string> = {
  'not-ours': 'This is not a JointPlan backup.',
  'newer-version': 'This backup was made by a newer version of JointPlan.',
  incomplete: 'This backup is missing parts of JointPlan’s data, so it cannot be restored.',
  damaged: 'This backup is damaged.',
  'snapshot-changed':
    'A frozen plan in this backup has been changed since it was finalised, so it cannot be restored.',
};

const FILE_PROBLEMS: Record<BackupFileError['problem'], string> = {
  'not-a-backup': 'This is not a JointPlan backup.',
  'newer-format': 'This backup was made by a newer version of JointPlan.',
  'needs-key': 'This backup is encrypted, and this database has no key to read it.',
  'wrong-key': 'This backup was made with another database’s key, so it cannot be read here.',
  damaged: 'This backup is damaged or incomplete.',
};

function fileProblem(error: unknown): BackupContents {
  const problem =
    error instanceof BackupFileError ? FILE_PROBLEMS[error.problem] : 'This backup cannot be read.';
  return { patientCount: null, schemaVersion: null, problem };
}

/** Whether a file is in the current backup format (by its first bytes, not its name). */
export function isBackupFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const first = Buffer.alloc(8);
    return hasBackupMagic(first.subarray(0, readSync(fd, first, 0, 8, 0)));
  } finally {
    closeSync(fd);
  }
}

/** A backup file in the current format: its header (cheap), or all of it checked. */
function readBackupFileContents(
  file: string,
  check: boolean,
  key: DatabaseKey | null,
): BackupContents {
  try {
    const { header } = readBackupHeader(file);
    if (header.encryption && !key) throw new BackupFileError('needs-key', '');
    if (header.schemaVersion > LATEST_SCHEMA_VERSION) {
      return {
        patientCount: null,
        schemaVersion: header.schemaVersion,
        problem: PROBLEM_WORDS['newer-version'],
      };
    }
    if (!check) {
      return {
        patientCount: header.patientCount,
        schemaVersion: header.schemaVersion,
        problem: null,
      };
    }
    const copy = openBackupCopyForCheck(file, key);
    try {
      const finding = inspectDatabase(copy.db, true);
      return finding.ok
        ? {
            patientCount: finding.patientCount,
            schemaVersion: finding.schemaVersion,
            problem: null,
          }
        : {
            patientCount: null,
            schemaVersion: finding.schemaVersion,
            problem: PROBLEM_WORDS[finding.problem],
          };
    } finally {
      copy.close();
    }
  } catch (error) {
    return fileProblem(error);
  }
}

/** What a backup holds: cheaply (for a list), or checked as the app will use it. */
function readContents(file: string, check: boolean, liveKey: DatabaseKey | null): BackupContents {
  if (isBackupFile(file)) return readBackupFileContents(file, check, liveKey);
  // An older `.sqlite` copy: plain when made before the data was encrypted, and read as such.
  const key = isEncryptedFile(file) ? liveKey : null;
  if (check) {
    const finding = inspectFile(file, true, key);
    return finding.ok
      ? { patientCount: finding.patientCount, schemaVersion: finding.schemaVersion, problem: null }
      : {
          patientCount: null,
          schemaVersion: finding.schemaVersion,
          problem: PROBLEM_WORDS[finding.problem],
        };
  }
  let copy: SqliteDatabase | null = null;
  try {
    copy = openKeyed(file, key, { readonly: true, fileMustExist: true });
    if (copy.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      return { patientCount: null, schemaVersion: null, problem: PROBLEM_WORDS['not-ours'] };
    }
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      return { patientCount: null, schemaVersion, problem: PROBLEM_WORDS['newer-version'] };
    }
    const { n } = copy.prepare('SELECT count(*) AS n FROM patients').get() as { n: number };
    return { patientCount: n, schemaVersion, problem: null };
  } catch {
    return { patientCount: null, schemaVersion: null, problem: 'This backup cannot be read.' };
  } finally {
    copy?.close();
  }
}

/**
 * What a backup holds, or null when the name is not one of our backups or there is no such
 * file. `check` also checks it fully, as the app will use it (see inspectDatabase): every page,
 * index, constraint, foreign key, table and frozen snapshot. Slow for a long list.
 */
export function readBackupInfo(
  backupDir: string,
  name: string,
  check = false,
  key: DatabaseKey | null = null,
): BackupInfo | null {
  const kind = backupKindOf(name);
  const file = path.join(backupDir, name);
  if (kind === null || !existsSync(file)) return null;
  const stat = statSync(file);
  if (!stat.isFile()) return null;
  return {
    name,
    kind,
    createdAt: stat.mtime.toISOString(),
    sizeBytes: stat.size,
    ...readContents(file, check, key),
  };
}

/** Every backup in the folder, newest first; unreadable ones are listed with their problem. */
export function listBackups(backupDir: string, key: DatabaseKey | null = null): BackupInfo[] {
  if (!existsSync(backupDir)) return [];
  return readdirSync(backupDir)
    .map((name) => readBackupInfo(backupDir, name, false, key))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** The newest backup that is ours, readable, sound and not from a newer version. */
export function newestGoodBackup(
  backupDir: string,
  key: DatabaseKey | null = null,
): BackupInfo | null {
  for (const info of listBackups(backupDir, key)) {
    if (info.problem !== null) continue;
    const checked = readBackupInfo(backupDir, info.name, true, key);
    if (checked?.problem === null) return checked;
  }
  return null;
}

/** A checked backup named `<kind>-<time>.jpbackup`, never replacing an existing file. */
export async function createBackup(
  db: SqliteDatabase,
  backupDir: string,
  kind: 'manual' | 'before-restore',
  now: Date,
  options: BackupOptions = {},
): Promise<BackupInfo> {
  privateFolder(backupDir);
  const stamp = fileStamp(now);
  const taken = (name: string) =>
    [BACKUP_EXTENSION, LEGACY_EXTENSION].some((ext) =>
      existsSync(path.join(backupDir, name + ext)),
    );
  let base = `${kind}-${stamp}`;
  for (let n = 2; taken(base); n++) base = `${kind}-${stamp}-${n}`;
  const name = base + BACKUP_EXTENSION;
  await makeBackup(db, path.join(backupDir, name), options);
  const info = readBackupInfo(backupDir, name, false, options.key ?? null);
  if (!info) throw new Error(`The backup ${name} disappeared as it was made.`);
  return info;
}

/**
 * Removes copies a crash stopped half-way (`*.partial`, see makeBackup): a copy gets its
 * backup name only once it is whole and checked, so these hold nothing a backup does not;
 * and scratch folders a crash left while checking an encrypted backup.
 */
export function sweepPartialCopies(backupDir: string): void {
  if (!existsSync(backupDir)) return;
  for (const name of readdirSync(backupDir)) {
    // With the private copy a backup is made from (backup-worker.ts) and its journal.
    if (/\.(sqlite|jpbackup)\.partial(\.image)?(-journal|-wal|-shm)?$/.test(name)) {
      rmSync(path.join(backupDir, name), { force: true });
    }
    // Left by a crash while an encrypted backup was being checked (see privateCopy).
    if (name.startsWith(SCRATCH_PREFIX)) {
      rmSync(path.join(backupDir, name), { recursive: true, force: true });
    }
  }
}
