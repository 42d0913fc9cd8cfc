import type { Migration } from './types.ts';

const PACKED = `'"packed"'`;

// The columns a frozen plan keeps for ever, packed or not (002's list but the two it packs).
const FROZEN_COLUMNS = [
  'id',
  'patient_id',
  'version',
  'previous_id',
  'title',
  'plan_date',
  'therapist',
  'review_date',
  'created_at',
  'updated_at',
  'finalised_at',
  'finalised_by',
  'snapshot_sha256',
];
const same = (columns: readonly string[]) =>
  columns.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ');

/**
 * Frozen plans packed: a finalised or superseded plan's snapshot text, its item rows and its
 * row's affected_joints and rest are kept compressed in one value, `packed` (see
 * db/packed-plan.ts), instead of 9–10 KB of JSON and a dozen plan_items rows each. Ten years of a busy department's plans (250,000
 * versions) then take under a gigabyte rather than nearly four.
 *
 * This migration changes the schema only, in the runner's one transaction: the rows are
 * packed after it, in batches of their own (db/pack-plans.ts), so a long conversion can stop
 * anywhere and carry on at the next start; until a plan is packed it reads as before.
 * - `snapshot`, `affected_joints` and `rest` of a packed plan hold a placeholder (the JSON
 *   string "packed"): the table's CHECKs want JSON there, and rebuilding a table of this
 *   size is what this avoids. Its snapshot_sha256 is untouched and still the hash of the
 *   text `packed` gives back. Every other column (title, dates, …) stays for the lists.
 * - The freeze is kept, with one more change allowed once: packing (those three columns to
 *   the placeholder, packed from NULL to a value, nothing else). A packed plan's item rows may be
 *   deleted (they are in `packed`); none may be added to or changed in any frozen plan.
 * - `plans_to_pack` lists the plans still to pack (empty once done, so a start that finds
 *   nothing to do reads one page).
 * - `plan_catalogue_refs`: which catalogue items each active plan names, for the review
 *   search's catalogue filter, which read plan_items before. Kept by triggers: filled from
 *   the draft's items as it is finalised, emptied as it is superseded.
 */
export const packedPlans: Migration = {
  version: 10,
  name: 'frozen plans packed',
  up: (db) => {
    db.exec(`
      ALTER TABLE plans ADD COLUMN packed BLOB
        CHECK (packed IS NULL OR (status <> 'draft' AND snapshot = ${PACKED}
          AND affected_joints = ${PACKED} AND rest = ${PACKED}));

      DROP TRIGGER plans_frozen;
      CREATE TRIGGER plans_frozen BEFORE UPDATE ON plans
      WHEN OLD.status <> 'draft' AND NOT (
        (OLD.status = 'finalised' AND NEW.status = 'superseded' AND
          ${same([...FROZEN_COLUMNS, 'affected_joints', 'rest', 'snapshot', 'packed'])})
        OR
        (OLD.packed IS NULL AND NEW.packed IS NOT NULL AND NEW.snapshot = ${PACKED} AND
          NEW.affected_joints = ${PACKED} AND NEW.rest = ${PACKED} AND
          NEW.status IS OLD.status AND ${same(FROZEN_COLUMNS)})
      )
      BEGIN
        SELECT RAISE(ABORT, 'A finalised plan cannot be changed');
      END;

      DROP TRIGGER plan_items_frozen_delete;
      CREATE TRIGGER plan_items_frozen_delete BEFORE DELETE ON plan_items
      WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) <> 'draft'
        AND (SELECT packed FROM plans WHERE id = OLD.plan_id) IS NULL
      BEGIN
        SELECT RAISE(ABORT, 'A finalised plan cannot be changed');
      END;

      CREATE INDEX plans_to_pack ON plans (id) WHERE packed IS NULL AND snapshot IS NOT NULL;

      CREATE TABLE plan_catalogue_refs (
        catalogue_id TEXT NOT NULL,
        plan_id      TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        PRIMARY KEY (catalogue_id, plan_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX plan_catalogue_refs_by_plan ON plan_catalogue_refs (plan_id);

      INSERT OR IGNORE INTO plan_catalogue_refs (catalogue_id, plan_id)
        SELECT i.catalogue_id, i.plan_id FROM plan_items i JOIN plans p ON p.id = i.plan_id
        WHERE p.status = 'finalised' AND i.catalogue_id IS NOT NULL;

      CREATE TRIGGER plan_catalogue_refs_on_finalise AFTER UPDATE OF status ON plans
      WHEN OLD.status = 'draft' AND NEW.status = 'finalised'
      BEGIN
        INSERT OR IGNORE INTO plan_catalogue_refs (catalogue_id, plan_id)
          SELECT catalogue_id, plan_id FROM plan_items
          WHERE plan_id = NEW.id AND catalogue_id IS NOT NULL;
      END;
      CREATE TRIGGER plan_catalogue_refs_on_supersede AFTER UPDATE OF status ON plans
      WHEN OLD.status = 'finalised' AND NEW.status <> 'finalised'
      BEGIN
        DELETE FROM plan_catalogue_refs WHERE plan_id = OLD.id;
      END;
    `);
  },
};
