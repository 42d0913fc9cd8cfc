import { passphraseProtector, type KeyProtector } from '../keys/key-store.ts';
import { unlockDataFolder, UnlockStopped } from '../keys/unlock.ts';
import {
  passphraseFirstStage,
  unlockSession,
  type UnlockProtectors,
  type UnlockSessionOptions,
  type Unlocked,
} from '../unlock/unlock-session.ts';
import { hasKeyring, safeStorageProtector } from './keychain.ts';
import { openUnlockWindow, type UnlockWindow } from './unlock-window.ts';

const protectors: UnlockProtectors = {
  passphrase: passphraseProtector,
  unprotected: () => safeStorageProtector('unprotected'),
};

/** The key, or null when this computer cannot give it without asking. Writes only on success. */
async function unlockQuietly(dataDir: string, protector: KeyProtector): Promise<Unlocked | null> {
  let asked = false;
  try {
    const keys = await unlockDataFolder({
      dataDir,
      protector,
      askRecoveryKey: () => {
        asked = true;
        return Promise.resolve(null);
      },
    });
    return { protector, keys };
  } catch (error) {
    if (asked && error instanceof UnlockStopped) return null;
    throw error;
  }
}

export interface ElectronUnlock {
  unlocked: Unlocked | null;
  /** The unlock window, when one was needed: closed once the app's window is open. */
  window: UnlockWindow | null;
}

/**
 * The key to the data folder before it opens: from the keychain without a word when it can
 * give it; otherwise the unlock window asks the recovery key (an OS reinstall, another
 * computer), or, with no keyring, a passphrase or the therapist's choice. Null: quit.
 */
export async function unlockForElectron(dataDir: string): Promise<ElectronUnlock> {
  let first: UnlockSessionOptions['first'] | null;
  let protector: KeyProtector | null = null;
  if (await hasKeyring()) {
    protector = safeStorageProtector('keychain');
    first = { stage: 'recovery-key', withPassphrase: false };
  } else {
    first = passphraseFirstStage(dataDir, true);
    if (first === null) {
      protector = safeStorageProtector('unprotected');
      first = { stage: 'recovery-key', withPassphrase: false };
    }
  }
  if (protector && first.stage === 'recovery-key') {
    const unlocked = await unlockQuietly(dataDir, protector);
    if (unlocked) return { unlocked, window: null };
  }
  const window = openUnlockWindow(
    unlockSession({ dataDir, first, protectors, ...(protector ? { protector } : {}) }),
  );
  return { unlocked: await window.unlocked, window };
}
