import type { Database } from 'better-sqlite3-multiple-ciphers';
import { PACKED, packPlan } from './packed-plan.ts';
import type { ItemRow } from './repositories/plan-content.ts';

export interface PackProgress {
  done: number;
  total: number;
}

export interface PackOptions {
  /** Plans per transaction: each batch is kept once committed, so a stop loses at most one. */
  batchSize?: number;
  /** Told after each batch (and once at the start): "Updating your data (done of total)". */
  onProgress?: (progress: PackProgress) => void;
  /** Stops after this many batches (the interruption tests); the rest waits for next time. */
  maxBatches?: number;
}

/**
 * Packs every frozen plan not yet packed (migration 010 lists them in `plans_to_pack`), a
 * batch per transaction. Safe to stop at any point: a plan is packed whole in its batch or
 * not at all, an unpacked plan reads as before, and the next start carries on from where
 * this one stopped. Returns how many plans were packed.
 */
export function packFrozenPlans(db: Database, options: PackOptions = {}): number {
  if (!hasPackedColumn(db)) return 0;
  const batchSize = options.batchSize ?? 500;
  const pending = db.prepare(
    'SELECT id, snapshot, affected_joints, rest FROM plans INDEXED BY plans_to_pack WHERE packed IS NULL AND snapshot IS NOT NULL LIMIT ?',
  );
  const first = pending.get(1);
  if (!first) return 0;
  const total = options.onProgress ? countUnpacked(db) : 0;
  const items = db.prepare(
    'SELECT section, position, catalogue_id, data FROM plan_items WHERE plan_id = ? ORDER BY section, position',
  );
  const pack = db.prepare(
    'UPDATE plans SET packed = ?, snapshot = ?, affected_joints = ?, rest = ? WHERE id = ? AND packed IS NULL',
  );
  const dropItems = db.prepare('DELETE FROM plan_items WHERE plan_id = ?');
  const batch = db.transaction(() => {
    const rows = pending.all(batchSize) as {
      id: string;
      snapshot: string;
      affected_joints: string;
      rest: string;
    }[];
    for (const row of rows) {
      const packed = packPlan({
        snapshot: row.snapshot,
        affectedJoints: row.affected_joints,
        rest: row.rest,
        items: items.all(row.id) as ItemRow[],
      });
      pack.run(packed, PACKED, PACKED, PACKED, row.id);
      dropItems.run(row.id);
    }
    return rows.length;
  });
  let done = 0;
  options.onProgress?.({ done, total });
  for (let n = 0; options.maxBatches === undefined || n < options.maxBatches; n++) {
    const packed = batch();
    if (packed === 0) break;
    done += packed;
    options.onProgress?.({ done: Math.min(done, total), total });
  }
  return done;
}

/** How many frozen plans are not packed yet (0 before migration 010). */
export function countUnpacked(db: Database): number {
  if (!hasPackedColumn(db)) return 0;
  return (
    db
      .prepare(
        'SELECT COUNT(*) AS n FROM plans INDEXED BY plans_to_pack WHERE packed IS NULL AND snapshot IS NOT NULL',
      )
      .get() as { n: number }
  ).n;
}

function hasPackedColumn(db: Database): boolean {
  return (
    db.prepare("SELECT 1 FROM pragma_table_info('plans') WHERE name = 'packed'").get() !== undefined
  );
}

/**
 * Gives back to the disk the pages packing freed (the old text was most of the file) once
 * they are at least a quarter of it: VACUUM, which is all-or-nothing, so a stop leaves the
 * file as it was (its free pages are then reused as the data grows). Returns whether it ran.
 */
export function reclaimFreedSpace(db: Database): boolean {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  if (free === 0 || free < pages / 4) return false;
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}
