import type { Database } from 'better-sqlite3-multiple-ciphers';
import { setImmediate as yieldToCalls } from 'node:timers/promises';
import {
  countUnpacked,
  packFrozenPlans,
  reclaimFreedSpace,
  type PackProgress,
} from './pack-plans.ts';

export interface BackgroundPackOptions {
  /**
   * About how long one batch may hold the main thread: the batch grows or shrinks to fit
   * (a plan of a large caseload on a busy disk took ~8 ms to pack, with its commit).
   */
  batchMs?: number;
  /** Told before the first batch, after each, and with null when there is nothing left. */
  onProgress?: (progress: PackProgress | null) => void;
  /**
   * The space packing freed is given back (VACUUM, which holds the main thread while it
   * rewrites the file) only for a file up to this size, where it takes moments. A larger
   * file keeps its free pages, reused as the data grows; its backups are compact anyway
   * (VACUUM INTO, backup-worker.ts).
   */
  reclaimUpTo?: number;
}

/**
 * Runs `work` on the open database through the app's call gate (so a restore or encryption
 * waits for the batch under way, and a batch waits for them), or answers null when the
 * data is closed.
 */
export type OnOpenData = <T>(work: (db: Database) => T) => Promise<T | null>;

/**
 * Packs frozen plans not yet packed (pack-plans.ts) after the window shows: a batch per
 * transaction on the main thread, sized to hold it about `batchMs`, yielding between batches so the window's calls are
 * answered in between. Resumable as packing at start was: a stop loses at most the batch
 * under way, and the next start carries on. After a restore it packs the restored data.
 * Returns how many plans were packed.
 */
export async function packInBackground(
  onData: OnOpenData,
  options: BackgroundPackOptions = {},
): Promise<number> {
  const batchMs = options.batchMs ?? 25;
  let batchSize = 10;
  const total = await onData(countUnpacked);
  if (!total) return 0;
  let done = 0;
  options.onProgress?.({ done, total });
  try {
    for (;;) {
      const started = performance.now();
      const packed = await onData((db) => packFrozenPlans(db, { batchSize, maxBatches: 1 }));
      if (!packed) break;
      const took = performance.now() - started;
      if (took > batchMs * 2) batchSize = Math.max(1, Math.floor(batchSize / 2));
      else if (took < batchMs / 2) batchSize = Math.min(500, batchSize * 2);
      done += packed;
      options.onProgress?.({ done: Math.min(done, total), total });
      await yieldToCalls();
    }
    await onData((db) => {
      if (options.reclaimUpTo !== undefined && sizeOf(db) <= options.reclaimUpTo)
        reclaimFreedSpace(db);
    });
  } finally {
    options.onProgress?.(null);
  }
  return done;
}

const sizeOf = (db: Database) =>
  (db.pragma('page_count', { simple: true }) as number) *
  (db.pragma('page_size', { simple: true }) as number);
