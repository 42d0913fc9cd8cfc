import { safeStorage } from 'electron';
import type { KeyProtector } from '../keys/key-store.ts';

/**
 * The database key, kept by the operating system's keychain through safeStorage's async API;
 * 'unprotected' is the same call on a Linux desktop with no keyring (`basic_text`), where the
 * therapist accepted that it protects nothing.
 */
export function safeStorageProtector(kind: 'keychain' | 'unprotected'): KeyProtector {
  return {
    kind,
    protect: async (key) => ({
      kind,
      data: (await safeStorage.encryptStringAsync(key.toString('hex'))).toString('base64'),
    }),
    unprotect: async (entry) => {
      if (!entry.data) return null;
      try {
        const { result } = await safeStorage.decryptStringAsync(Buffer.from(entry.data, 'base64'));
        return /^[0-9a-f]{64}$/.test(result) ? Buffer.from(result, 'hex') : null;
      } catch {
        return null; // another keychain (a reinstall, another computer): the recovery key opens it
      }
    },
  };
}

/**
 * Whether the system keychain really protects the key: not on a Linux desktop with no
 * keyring, where safeStorage falls back to `basic_text` (a fixed, public key).
 */
export async function hasKeyring(): Promise<boolean> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const basicText =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return available && !basicText;
}
