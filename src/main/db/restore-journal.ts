import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/**
 * A restore swaps the live database for a backup in steps (see app-data.ts). This journal,
 * written before the first step, lets a start after a crash at any instant finish the swap
 * or undo it, and say which. Its phase is 'committed' once the restored file is open.
 */
export interface RestoreJournal {
  phase: 'started' | 'committed';
  /** The backup being restored (a name in the backups folder). */
  backup: string;
  /** The name, beside the live file, that the live file is renamed to during the swap. */
  held: string;
  /** The backup of the data as it was before, once made (a name in the backups folder). */
  safetyBackup?: string;
  startedAt: string;
}

export const journalPath = (liveFile: string): string => `${liveFile}.restore-journal`;
export const incomingPath = (liveFile: string): string => `${liveFile}.restoring`;

/** Makes renames and new names in `dir` survive a power cut (a no-op where unsupported). */
export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; its renames are durable through NTFS's own journal.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes the journal whole or not at all: a temporary file, flushed, then renamed. */
export function writeJournal(liveFile: string, journal: RestoreJournal): void {
  const file = journalPath(liveFile);
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeFileSync(fd, JSON.stringify(journal));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  syncFolder(path.dirname(file));
}

export function removeJournal(liveFile: string): void {
  rmSync(journalPath(liveFile), { force: true });
  rmSync(`${journalPath(liveFile)}.tmp`, { force: true });
  syncFolder(path.dirname(liveFile));
}

function isJournal(value: unknown, liveFile: string): value is RestoreJournal {
  const j = value as Partial<RestoreJournal> | null;
  return (
    typeof j === 'object' &&
    j !== null &&
    (j.phase === 'started' || j.phase === 'committed') &&
    typeof j.backup === 'string' &&
    typeof j.held === 'string' &&
    (j.safetyBackup === undefined || typeof j.safetyBackup === 'string') &&
    // A bare name: the journal never sends a rename outside the data folder.
    path.basename(j.held) === j.held &&
    j.held.startsWith(`${path.basename(liveFile)}.replaced-`)
  );
}

/** The journal of an unfinished restore, or null. A journal that cannot be read is kept. */
export function readJournal(liveFile: string): RestoreJournal | null {
  const file = journalPath(liveFile);
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isJournal(parsed, liveFile) ? parsed : null;
  } catch {
    return null;
  }
}
