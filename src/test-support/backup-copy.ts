import type { Database } from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandBackupTo, expandsOnDisk } from '../main/db/backup-expand.ts';
import { readBackupHeader, readBackupImage } from '../main/db/backup-file.ts';
import { isBackupFile } from '../main/db/backups.ts';
import { openKeyed } from '../main/db/cipher.ts';
import { copyInMemory } from '../main/db/inspect.ts';
import { imageDatabase } from '../main/db/keyed-copy.ts';

/**
 * A private copy of what a backup file holds, in any format, to look into: in memory, or
 * for an encrypted database file (format 2) expanded into a folder of the system's temp.
 */
export function openBackupCopy(file: string, key: Buffer | null = null): Database {
  if (!isBackupFile(file)) return copyInMemory(file);
  const { header } = readBackupHeader(file);
  if (header.image === 'keyed-file' && expandsOnDisk(header)) {
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'jointplan-backup-copy-')), 'db');
    expandBackupTo(file, copy, key);
    return openKeyed(copy, key);
  }
  return imageDatabase(readBackupImage(file, key));
}
