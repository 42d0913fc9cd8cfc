/**
 * A child process for the restore crash test: opens the data folder, starts restoring a
 * backup and, once the restore reaches the named step, says so and waits to be killed.
 * Usage: node src/test-support/restore-child.ts DATA_DIR BACKUP_NAME STEP
 */
import { openAppData, type RestoreStep } from '../main/app-data.ts';

const [dataDir, backupName, stopAt] = process.argv.slice(2);
if (!dataDir || !backupName || !stopAt) {
  console.error('usage: restore-child.ts DATA_DIR BACKUP_NAME STEP');
  process.exit(2);
}
const data = await openAppData({
  dataDir,
  appVersion: 'test',
  restoreStep: (step: RestoreStep) => {
    if (step !== stopAt) return;
    process.stdout.write(`at ${step}\n`);
    // Blocks this thread (not a busy loop) until the parent's SIGKILL arrives.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
await data.restore(backupName);
process.stdout.write('finished without being killed\n');
