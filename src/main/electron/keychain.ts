import { app, dialog, safeStorage } from 'electron';
import type { KeyProtector } from '../keys/key-store.ts';
import type { UnlockOptions } from '../keys/unlock.ts';

/** The database key, kept by the operating system's keychain through safeStorage's async API. */
function safeStorageProtector(kind: 'keychain' | 'unprotected'): KeyProtector {
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
 * The keychain, or, on a Linux desktop with no keyring (safeStorage's `basic_text`), the
 * therapist's informed choice: the key would be stored without real protection. Null: quit.
 */
export async function electronProtector(): Promise<KeyProtector | null> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const basicText =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (available && !basicText) return safeStorageProtector('keychain');
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: 'No keyring on this computer',
    message: 'JointPlan cannot protect the key to your data on this computer.',
    detail:
      'Your patients’ data is encrypted, but this computer has no keyring (password store) for its key. If you continue, the key is stored on this computer without protection: anyone who can open your files could read the data. To avoid this, quit and sign in to a desktop with a keyring (for example GNOME Keyring or KWallet).',
    buttons: ['Continue without protection', 'Quit'],
    defaultId: 1,
    cancelId: 1,
  });
  return choice === 0 ? safeStorageProtector('unprotected') : null;
}

/**
 * When the keychain cannot give the key (an OS reinstall, another computer): the recovery key,
 * from JOINTPLAN_RECOVERY_KEY. The window has no screen for typing it before the data opens
 * yet, so the dialog says how; nothing is changed until the right key is given.
 */
export function electronRecoveryKey(env: NodeJS.ProcessEnv): UnlockOptions['askRecoveryKey'] {
  let asked = false;
  return (refused) => {
    const typed = env.JOINTPLAN_RECOVERY_KEY;
    if (typed && !asked) {
      asked = true;
      return Promise.resolve(typed);
    }
    dialog.showErrorBox(
      refused ? 'That is not the recovery key' : 'JointPlan needs your recovery key',
      refused
        ? 'The recovery key given does not open this data. Nothing was changed.'
        : 'This computer cannot unlock your data (after reinstalling the system, or on another computer). Start JointPlan with the recovery key you wrote down, set as JOINTPLAN_RECOVERY_KEY. Nothing was changed.',
    );
    app.exit(1);
    return Promise.resolve(null);
  };
}
