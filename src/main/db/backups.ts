import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/domain/backup.ts';
import { localToday } from '../../shared/domain/dates.ts';
import { isEncryptedFile, openKeyed, type DatabaseKey } from './cipher.ts';
import { APPLICATION_ID, inspectFile, type Finding } from './inspect.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { privateFile, privateFolder } from './private-files.ts';

export const DAILY_BACKUPS_KEPT = 14;
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})\.sqlite$/;

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
 * Copies the live database to `file` with SQLite's online backup (never by copying the live
 * file), as one self-contained file, checked before it gets its final name.
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
    // The online backup API cannot write from an encrypted database; VACUUM INTO writes a
    // copy encrypted with the same key (SQLite3 Multiple Ciphers keys the target alike).
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
 * The first start of each day makes a checked backup (see backupTo). The newest
 * `keep` daily copies are kept; backups made before migrations are never removed here.
 */
export async function runDailyBackup(
  db: SqliteDatabase,
  backupDir: string,
  now: Date = new Date(),
  keep = DAILY_BACKUPS_KEPT,
  key: DatabaseKey | null = null,
): Promise<DailyBackupResult> {
  privateFolder(backupDir);
  const today = localToday(now);
  const file = path.join(backupDir, `daily-${today}.sqlite`);
  if (readdirSync(backupDir).includes(path.basename(file)))
    return { made: false, reason: 'already-today' };

  await backupTo(db, file, key);

  const dailies = readdirSync(backupDir)
    .filter((name) => DAILY.test(name))
    .sort()
    .reverse();
  const removed = dailies.slice(keep);
  for (const name of removed) rmSync(path.join(backupDir, name), { force: true });
  return { made: true, file, removed };
}

/** Which kind of backup a file name is, or null for anything that is not one of ours. */
export function backupKindOf(name: string): BackupKind | null {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/.test(name)) return null;
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

/** What a backup holds: cheaply (for a list), or checked as the app will use it. */
function readContents(file: string, check: boolean, liveKey: DatabaseKey | null): BackupContents {
  // A backup made before the data was encrypted is plain, and read as such.
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

/** A checked backup named `<kind>-<time>.sqlite`, never replacing an existing file. */
export async function createBackup(
  db: SqliteDatabase,
  backupDir: string,
  kind: 'manual' | 'before-restore',
  now: Date,
  key: DatabaseKey | null = null,
): Promise<BackupInfo> {
  privateFolder(backupDir);
  const stamp = fileStamp(now);
  let name = `${kind}-${stamp}.sqlite`;
  for (let n = 2; existsSync(path.join(backupDir, name)); n++)
    name = `${kind}-${stamp}-${n}.sqlite`;
  await backupTo(db, path.join(backupDir, name), key);
  const info = readBackupInfo(backupDir, name, false, key);
  if (!info) throw new Error(`The backup ${name} disappeared as it was made.`);
  return info;
}

/**
 * Removes copies a crash stopped half-way (`*.sqlite.partial`, see backupTo): a copy gets its
 * backup name only once it is whole and checked, so these hold nothing a backup does not.
 */
export function sweepPartialCopies(backupDir: string): void {
  if (!existsSync(backupDir)) return;
  for (const name of readdirSync(backupDir)) {
    if (/\.sqlite\.partial(-journal)?$/.test(name)) {
      rmSync(path.join(backupDir, name), { force: true });
    }
  }
}
