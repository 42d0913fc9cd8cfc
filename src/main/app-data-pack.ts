import { setImmediate as afterStart } from 'node:timers/promises';
import { packInBackground } from './db/pack-in-background.ts';
import type { Backups } from './app-data-backups.ts';
import type { OpenData } from './app-data-state.ts';

/**
 * Packs frozen plans an update left unpacked (migration 010 on a large caseload) after start,
 * so the window shows first: a small batch at a time between the window's calls, through the
 * call gate (a restore or encryption waits for the batch under way), with its progress in
 * Settings' backup status. A failure is logged; what is left is packed at the next start.
 */
export async function packAfterStart(data: OpenData, backups: Backups): Promise<number> {
  await afterStart();
  try {
    return await packInBackground(
      (work) => data.call(() => Promise.resolve(data.db.open ? work(data.db) : null)),
      {
        onProgress: (progress) => (backups.dataUpdate = progress),
        reclaimUpTo: data.quickCheckUpTo,
      },
    );
  } catch (error) {
    console.error('[update] packing frozen plans stopped; it carries on at the next start', error);
    return 0;
  }
}
