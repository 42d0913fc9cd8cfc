import { createInterface } from 'node:readline/promises';
import type { UnlockOptions } from '../main/keys/unlock.ts';

/** The web host has no system keychain: it keeps the database key under a passphrase. */
export const PASSPHRASE_ENV = 'JOINTPLAN_PASSPHRASE';
/** Typed instead when the passphrase no longer opens the key (forgotten, another folder). */
export const RECOVERY_KEY_ENV = 'JOINTPLAN_RECOVERY_KEY';

/** Asks on the terminal, not echoing what is typed. Null when there is no terminal. */
async function askHidden(question: string): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let muted = false;
  const write = output._writeToOutput.bind(rl);
  output._writeToOutput = (text) => write(muted ? '' : text);
  try {
    const answer = rl.question(question);
    muted = true;
    return await answer;
  } finally {
    process.stderr.write('\n');
    rl.close();
  }
}

export async function readPassphrase(env: NodeJS.ProcessEnv): Promise<string | null> {
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  return askHidden('Passphrase for the JointPlan data (it protects the key to your data): ');
}

/** Asks for the recovery key: once from the environment, or on the terminal until stopped. */
export function recoveryKeyAsker(env: NodeJS.ProcessEnv): UnlockOptions['askRecoveryKey'] {
  let usedEnv = false;
  return async (refused) => {
    if (refused) console.error('That is not the recovery key for this data. Nothing was changed.');
    const fromEnv = env[RECOVERY_KEY_ENV];
    if (fromEnv) {
      if (usedEnv) return null;
      usedEnv = true;
      return fromEnv;
    }
    console.error(
      'This passphrase does not open the key to this data (a different passphrase, or the data came from another computer).',
    );
    return askHidden('Type the recovery key you wrote down (or press Ctrl+C to stop): ');
  };
}
