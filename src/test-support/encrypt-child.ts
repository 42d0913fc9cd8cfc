/**
 * A child process for the encryption crash test: opens a plain data folder, starts
 * encrypting it and, once encryption reaches the named step, says so and waits to be killed.
 * Usage: node src/test-support/encrypt-child.ts DATA_DIR PASSPHRASE STEP
 */
import { openAppData } from '../main/app-data.ts';
import type { EncryptStep } from '../main/encrypt-swap.ts';
import { passphraseProtector } from '../main/keys/key-store.ts';
import { unlockDataFolder } from '../main/keys/unlock.ts';

const [dataDir, passphrase, stopAt] = process.argv.slice(2);
if (!dataDir || !passphrase || !stopAt) {
  console.error('usage: encrypt-child.ts DATA_DIR PASSPHRASE STEP');
  process.exit(2);
}
const protector = passphraseProtector(passphrase);
const unlocked = await unlockDataFolder({
  dataDir,
  protector,
  askRecoveryKey: () => Promise.resolve(null),
});
const data = await openAppData({
  dataDir,
  appVersion: 'test',
  keys: { protector, ...unlocked },
  encryptStep: (step: EncryptStep) => {
    if (step !== stopAt) return;
    process.stdout.write(`at ${step}\n`);
    // Blocks this thread (not a busy loop) until the parent's SIGKILL arrives.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
await data.api['security.encrypt']({ confirm: true });
process.stdout.write('finished without being killed\n');
