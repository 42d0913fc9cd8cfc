import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isEncryptedFile, type DatabaseKey } from '../db/cipher.ts';
import { DATABASE_FILE_NAME } from '../db/open.ts';
import { KEY_FILE_NAME } from './key-file.ts';
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
      return { key: null, pendingRecoveryKey: null };
    }
    // An encrypted file with no key file beside it (nor in backups/) is never replaced by a
    // new database: it would be moved aside for good. Say so and change nothing.
    if (encrypted) {
      throw new Error(
        `The data file is encrypted, but its key file (${KEY_FILE_NAME}) is missing from the data folder and from its backups folder. Put it back from a copy of the folder; JointPlan changed nothing.`,
      );
    }
    const key = newDatabaseKey();
    return { key, pendingRecoveryKey: await createKeys(dataDir, key, protector) };
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
  return { key, pendingRecoveryKey };
}
