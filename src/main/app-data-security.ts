import { AppError } from '../shared/app-error.ts';
import type { SecurityStatus } from '../shared/domain/security.ts';
import { isEncryptedFile } from './db/cipher.ts';
import { createKeys, markRecoveryKeyConfirmed, newDatabaseKey } from './keys/key-store.ts';
import { confirmsGroups, recoveryKeyGroups } from './keys/recovery-key.ts';
import { encryptLive, plainOriginals, removePlainOriginals } from './encrypt-swap.ts';
import type { OpenData } from './app-data-state.ts';

/** What the API's `security.*` methods are served by: encryption and the recovery key. */
export function securityService(data: OpenData) {
  function status(): SecurityStatus {
    const keys = data.options.keys;
    return {
      encrypted: isEncryptedFile(data.liveFile),
      canEncrypt: keys !== undefined,
      protection: keys?.protector.kind ?? null,
      recoveryKey: data.pendingRecoveryKey && {
        groups: recoveryKeyGroups(data.pendingRecoveryKey.recoveryKey),
        confirmGroups: data.pendingRecoveryKey.confirmGroups,
      },
      plainOriginals: plainOriginals(data.backupDir),
    };
  }

  /** Encrypts the plain database (a key and recovery key made first if there are none). */
  async function encryptNow(): Promise<void> {
    const keys = data.options.keys;
    if (!keys) throw new AppError('conflict', 'Encryption cannot be turned on from here.');
    if (isEncryptedFile(data.liveFile)) return;
    if (!data.key) {
      const next = newDatabaseKey();
      data.pendingRecoveryKey = await createKeys(data.options.dataDir, next, keys.protector);
      data.key = next;
    }
    const withKey = data.key;
    await data.quiet();
    const result = await encryptLive({
      db: data.db,
      live: data.liveFile,
      backupDir: data.backupDir,
      key: withKey,
      now: data.clock(),
      reopen: () => data.reopen(withKey),
      ...(data.options.encryptStep ? { step: data.options.encryptStep } : {}),
    }).catch(async (error: unknown) => {
      // encryptLive put the plain file back; the app goes on with it.
      if (!data.db.open) data.install(await data.reopen(null));
      throw error;
    });
    data.install(result.db);
  }

  return {
    status,
    confirmRecoveryKey: (groups: [string, string]) => {
      const pending = data.pendingRecoveryKey;
      if (!pending) return Promise.resolve(status());
      if (!confirmsGroups(pending.recoveryKey, pending.confirmGroups, groups)) {
        throw new AppError(
          'invalid-input',
          'Those groups do not match your recovery key. Check what you wrote down and try again.',
        );
      }
      markRecoveryKeyConfirmed(data.options.dataDir);
      data.pendingRecoveryKey = null;
      return Promise.resolve(status());
    },
    encrypt: async () => {
      if (data.swapInProgress) {
        throw new AppError('conflict', 'A backup is being restored; try again after.');
      }
      await data.swap(encryptNow());
      return status();
    },
    removePlainOriginals: () => {
      if (!isEncryptedFile(data.liveFile)) {
        throw new AppError(
          'conflict',
          'Your data is not encrypted yet, so its plain copy is kept.',
        );
      }
      removePlainOriginals(data.backupDir);
      return status();
    },
  };
}
