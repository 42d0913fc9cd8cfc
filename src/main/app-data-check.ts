import { existsSync, statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import path from 'node:path';
import { newestGoodBackup } from './db/backups.ts';
import { checkInBackground } from './db/background-check.ts';
import { moveAside } from './recovery.ts';
import type { OpenData } from './app-data-state.ts';

/**
 * Checks every page of a file too large to check at start, on a worker after the window
 * shows. A damaged file is then handled as at start: calls wait, the file is moved aside
 * with its -wal exactly as it is (the worker's connection stays open meanwhile, so closing
 * the app's is not the last and checkpoints nothing into it), a fresh database is opened,
 * and the window is told (app.info) with the newest good backup offered.
 */
export async function checkAfterStart(data: OpenData): Promise<void> {
  const { options, liveFile } = data;
  const worker = options.integrityWorker;
  if (!worker || !existsSync(liveFile) || statSync(liveFile).size <= data.quickCheckUpTo) return;
  await delay(options.backgroundCheckDelayMs ?? 5000, undefined, { ref: false });
  const checkedDb = data.db;
  if (!checkedDb.open) return;
  // The worker keys its own read-only connection (an encrypted file is never read plain).
  const checkKey = data.liveKey();
  const check = await checkInBackground(worker, liveFile, checkKey);
  if (!check || check.reply.ok) return;
  if (data.db !== checkedDb || !data.db.open || data.swapInProgress) {
    await check.release(); // the data was restored or closed meanwhile: another file now
    return;
  }
  await data.swap(
    (async () => {
      await data.quiet();
      console.error('[check] the data file is damaged; moving it aside');
      data.db.close();
      const movedTo = moveAside(liveFile, 'damaged', data.clock());
      await check.release();
      data.recovery = {
        problem: 'damaged',
        title: 'JointPlan found damage in your data',
        message: `While JointPlan checked your data in the background, it found the data file damaged, so JointPlan could not go on using it safely. It was moved, unchanged, to “${path.basename(movedTo)}” in the data folder. JointPlan is now running with no patients.`,
        movedTo,
        newestBackup: newestGoodBackup(data.backupDir, checkKey),
      };
      data.install(await data.reopen());
    })(),
  );
}
