import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { syncShippedContent } from './catalogue/seed.ts';
import type { DatabaseKey } from './db/cipher.ts';
import { DATABASE_FILE_NAME, openDatabase } from './db/open.ts';

/**
 * Opens the data folder's database the way every entry point does (Electron, the web host):
 * checked, migrated, and with the shipped catalogue and templates brought up to date.
 */
export async function openAppDatabase(
  dataDir: string,
  now: () => Date = () => new Date(),
  key: DatabaseKey | null = null,
): Promise<Database> {
  const db = await openDatabase(path.join(dataDir, DATABASE_FILE_NAME), { now, key });
  try {
    syncShippedContent(db, now().toISOString());
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
