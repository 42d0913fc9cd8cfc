import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { syncShippedContent } from './catalogue/seed.ts';
import { DatabaseOpenError } from './db/errors.ts';
import {
  DATABASE_FILE_NAME,
  isCorruptionError,
  openDatabase,
  type OpenOptions,
} from './db/open.ts';

/**
 * Opens the data folder's database the way every entry point does (Electron, the web host):
 * checked, migrated, and with the shipped catalogue and templates brought up to date.
 */
export async function openAppDatabase(
  dataDir: string,
  now: () => Date = () => new Date(),
  options: Pick<OpenOptions, 'quickCheckUpTo' | 'key' | 'keyFileLost'> = {},
): Promise<Database> {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const db = await openDatabase(file, { now, ...options });
  try {
    syncShippedContent(db, now().toISOString());
  } catch (error) {
    db.close();
    // A large file is checked page by page only after start: damage met here is told as such.
    if (isCorruptionError(error))
      throw new DatabaseOpenError(
        'damaged',
        file,
        'The data file is damaged, so JointPlan did not change it.',
        { cause: error },
      );
    throw error;
  }
  return db;
}
