import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import {
  readBackupFrames,
  readBackupHeader,
  readBackupImage,
  type BackupHeader,
  type WriteProgress,
} from './backup-file.ts';
import { openKeyed, type DatabaseKey } from './cipher.ts';
import { SCRATCH_PREFIX } from './inspect.ts';
import { imageDatabase } from './keyed-copy.ts';

/**
 * Whether a backup's image can be written to disk as it is, a frame at a time: a plain
 * backup (its image is plain in the file already) or an encrypted database file (format 2).
 * A format-1 encrypted backup holds a decrypted image, which must never reach the disk; it
 * was made from one image in memory, so it is restored in memory (keyed-copy.ts).
 */
export function expandsOnDisk(header: BackupHeader): boolean {
  return header.image === 'keyed-file' || header.encryption === null;
}

/**
 * Writes the database file a backup holds to `target` (a new file only the user can read),
 * flushed to disk, a frame at a time, so memory stays small whatever the database's size.
 * Only for a backup that expandsOnDisk. Throws BackupFileError (the target is then removed).
 */
export function expandBackupTo(
  backupFile: string,
  target: string,
  key: DatabaseKey | null,
  progress?: WriteProgress,
): BackupHeader {
  if (!expandsOnDisk(readBackupHeader(backupFile).header))
    throw new Error('This backup is restored in memory, not on disk.');
  const fd = openSync(target, 'wx', 0o600);
  let header: BackupHeader;
  try {
    let at = 0;
    header = readBackupFrames(
      backupFile,
      key,
      (piece) => {
        writeSync(fd, piece, 0, piece.length, at);
        at += piece.length;
      },
      progress,
    );
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(target, { force: true });
    throw error;
  }
  closeSync(fd);
  return header;
}

/**
 * A private, writable copy of what a backup holds, to check as the app will use it: written
 * into a scratch folder beside the backup (swept at start if a crash leaves it, see
 * sweepPartialCopies) and opened with `key` when it is an encrypted file; a format-1
 * encrypted backup in memory.
 */
export function openBackupCopyForCheck(
  backupFile: string,
  key: DatabaseKey | null,
): { db: SqliteDatabase; close(): void } {
  const { header } = readBackupHeader(backupFile);
  if (!expandsOnDisk(header)) {
    const db = imageDatabase(readBackupImage(backupFile, key));
    return { db, close: () => db.close() };
  }
  const scratch = mkdtempSync(path.join(path.dirname(backupFile), SCRATCH_PREFIX));
  try {
    const copy = path.join(scratch, 'check.sqlite');
    expandBackupTo(backupFile, copy, key);
    const db = openKeyed(copy, header.image === 'keyed-file' ? key : null);
    return {
      db,
      close: () => {
        db.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
