import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isEncryptedFile, type DatabaseKey } from '../db/cipher.ts';
import { DATABASE_FILE_NAME } from '../db/open.ts';
import { setAsideUnreadableKeyFiles } from './key-file.ts';
import {
  createKeys,
  hasKeyFile,
  isRecoveryKeyConfirmed,
  newDatabaseKey,
  RecoveryKeyRefused,
  renewRecoveryKey,
  unlockWithProtector,
  unlockWithRecoveryKey,
  type KeyProtector,
  type PendingRecoveryKey,
} from './key-store.ts';

export interface UnlockOptions {
  dataDir: string;
  protector: KeyProtector;
  /**
   * Asked when this machine cannot give the key (an OS reinstall, another machine): the
   * recovery key as typed, or null to stop. `refused` is true after a wrong one.
   */
  askRecoveryKey: (refused: boolean) => Promise<string | null>;
}

export interface UnlockedKeys {
  /** The database key; null for a plain database from an earlier version not yet encrypted. */
  key: DatabaseKey | null;
  /** A recovery key to show and have confirmed, or null when that is done. */
  pendingRecoveryKey: PendingRecoveryKey | null;
  /**
   * The data file looked encrypted but no key file opens it: the key is a new one, for a new
   * database, and the file is moved aside unchanged when it is opened (see db/open.ts).
   */
  keyFileLost: boolean;
}

export class UnlockStopped extends Error {
  constructor() {
    super('JointPlan needs the recovery key to open this data. Nothing was changed.');
    this.name = 'UnlockStopped';
  }
}

/**
 * The key for the data folder's database, before it is opened. A new folder gets a new key
 * and recovery key; an encrypted database gets its key from this machine's keychain, or else
 * from the recovery key, which protects it again here. Never writes the database.
 */
export async function unlockDataFolder(options: UnlockOptions): Promise<UnlockedKeys> {
  const { dataDir, protector } = options;
  const live = path.join(dataDir, DATABASE_FILE_NAME);
  const encrypted = isEncryptedFile(live);
  if (!hasKeyFile(dataDir)) {
    // A plain database from an earlier version: opened as it is; encrypting it is offered.
    if (!encrypted && existsSync(live) && statSync(live).size > 0) {
      return { key: null, pendingRecoveryKey: null, keyFileLost: false };
    }
    // A file without SQLite's header and no key file: encrypted with a lost key file, or
    // damaged; the two cannot be told apart (an encrypted file starts with random salt).
    // Refusing would lock the therapist out of the app, so it goes the way of any file that
    // cannot be read: moved aside unchanged at open, a new database, and a notice. A key file
    // that is there but unreadable is set aside first, never overwritten by the new keys.
    if (encrypted) setAsideUnreadableKeyFiles(dataDir, new Date());
    const key = newDatabaseKey();
    return {
      key,
      pendingRecoveryKey: await createKeys(dataDir, key, protector),
      keyFileLost: encrypted,
    };
  }
  let key = await unlockWithProtector(dataDir, protector);
  for (let refused = false; key === null;) {
    const typed = await options.askRecoveryKey(refused);
    if (typed === null) throw new UnlockStopped();
    try {
      key = await unlockWithRecoveryKey(dataDir, typed, protector);
    } catch (error) {
      if (!(error instanceof RecoveryKeyRefused)) throw error;
      refused = true;
    }
  }
  const pendingRecoveryKey = isRecoveryKeyConfirmed(dataDir)
    ? null
    : await renewRecoveryKey(dataDir, key);
  return { key, pendingRecoveryKey, keyFileLost: false };
}
