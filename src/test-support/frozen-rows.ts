import type { Database } from 'better-sqlite3-multiple-ciphers';
import { packPlan, unpackPlan } from '../main/db/packed-plan.ts';

/**
 * Test-only: rewrites a frozen plan's stored snapshot text, as an earlier version could have
 * frozen it, lifting the freeze to do so. The plan stays packed (migration 010) with the
 * same item rows and columns; only the snapshot text changes.
 */
export function rewriteFrozenSnapshot(db: Database, planId: string, text: string): void {
  const row = db.prepare('SELECT packed FROM plans WHERE id = ?').get(planId) as
    { packed: Buffer | null } | undefined;
  if (!row?.packed) throw new Error(`plan ${planId} is not a packed frozen plan`);
  db.exec('DROP TRIGGER IF EXISTS plans_frozen');
  db.prepare('UPDATE plans SET packed = ? WHERE id = ?').run(
    packPlan({ ...unpackPlan(row.packed), snapshot: text }),
    planId,
  );
}
