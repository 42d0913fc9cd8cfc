import { randomBytes } from 'node:crypto';
import { openAppData, type AppData, type AppDataOptions } from '../main/app-data.ts';
import type { KeyProtector } from '../main/keys/key-store.ts';
import { unlockDataFolder } from '../main/keys/unlock.ts';
import { unwrapWithSecret, wrapWithSecret } from '../main/keys/wrap.ts';

/**
 * A stand-in for the system keychain: it keeps its secret in memory, as the OS keeps its own.
 * `forget()` is an OS reinstall or another machine: what it wrapped can no longer be opened.
 */
export function fakeKeychain(): KeyProtector & { forget(): void } {
  let secret = randomBytes(32).toString('hex');
  return {
    kind: 'keychain',
    protect: async (key) => ({ kind: 'keychain', wrap: await wrapWithSecret(key, secret, 10) }),
    unprotect: async (entry) => (entry.wrap ? unwrapWithSecret(entry.wrap, secret) : null),
    forget: () => {
      secret = randomBytes(32).toString('hex');
    },
  };
}

/** Opens a data folder as the app does with a key store: unlocked first, then opened. */
export async function openEncryptedAppData(
  options: AppDataOptions & { protector?: KeyProtector; recoveryKey?: string },
): Promise<AppData> {
  const protector = options.protector ?? fakeKeychain();
  const unlocked = await unlockDataFolder({
    dataDir: options.dataDir,
    protector,
    askRecoveryKey: (refused) => Promise.resolve(refused ? null : (options.recoveryKey ?? null)),
  });
  return openAppData({ ...options, keys: { protector, ...unlocked } });
}
