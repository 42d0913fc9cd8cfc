import type { Database } from 'better-sqlite3-multiple-ciphers';
import { readBackupImage } from '../main/db/backup-file.ts';
import { isBackupFile } from '../main/db/backups.ts';
import { copyInMemory } from '../main/db/inspect.ts';
import { imageDatabase } from '../main/db/keyed-copy.ts';

/** A private in-memory copy of what a backup file holds, in either format, to look into. */
export function openBackupCopy(file: string, key: Buffer | null = null): Database {
  return isBackupFile(file) ? imageDatabase(readBackupImage(file, key)) : copyInMemory(file);
}
