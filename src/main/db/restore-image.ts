import {
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { readBackupHeader, readBackupImage } from './backup-file.ts';
import { expandBackupTo, expandsOnDisk } from './backup-expand.ts';
import { isBackupFile } from './backups.ts';
import { writeDatabaseFile } from './keyed-copy.ts';
import { privateFile } from './private-files.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function startsPlain(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const first = Buffer.alloc(16);
    return readSync(fd, first, 0, 16, 0) === 16 && first.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** Copies a file to a new one only the user can read, flushed to disk before it is used. */
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
 * Puts the database a backup holds at `target` (a new file), ready to be swapped in: from a
 * current backup (backup-file.ts) or an older plain `.sqlite` copy. With a `key` (the
 * database is encrypted) the result is encrypted under it, including a backup made before
 * encryption, which is encrypted on the way in; nothing plain is written on the way.
 */
export function restoreBackupTo(backupFile: string, target: string, key: Buffer | null): void {
  if (isBackupFile(backupFile)) {
    const { header } = readBackupHeader(backupFile);
    // A frame at a time (any size) when the file it holds is the one to restore as it is:
    // an encrypted database file under this key, or a plain image into a plain database.
    if (expandsOnDisk(header) && (key === null || header.image === 'keyed-file'))
      expandBackupTo(backupFile, target, key);
    else writeDatabaseFile(readBackupImage(backupFile, key), target, key);
  } else if (key && startsPlain(backupFile)) {
    writeDatabaseFile(readFileSync(backupFile), target, key);
  } else {
    // A plain copy into a plain database, or an encrypted copy under the same key: as it is.
    copyPrivately(backupFile, target);
  }
}
