import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { Plan, PlanContent, PlanStatus, PlanSummary } from '../../../shared/domain/plan.ts';
import {
  planSnapshotSchema,
  type FrozenPlan,
  type PlanSnapshot,
} from '../../../shared/domain/plan-snapshot.ts';
import { PACKED, packPlan, unpackPlan } from '../packed-plan.ts';
import { statement } from '../statements.ts';
import { toContent, toRows, type ContentColumns, type ItemRow } from './plan-content.ts';

interface PlanRow extends ContentColumns {
  id: string;
  patient_id: string;
  version: number;
  previous_id: string | null;
  status: PlanStatus;
  created_at: string;
  updated_at: string;
  finalised_at: string | null;
  finalised_by: string | null;
  snapshot: string | null;
  snapshot_sha256: string | null;
  /** A frozen plan's snapshot text and items, compressed (packed-plan.ts, migration 010). */
  packed: Uint8Array | null;
}

const PLAN_COLUMNS = `id, patient_id, version, previous_id, status, title, plan_date, therapist, review_date,
  affected_joints, rest, created_at, updated_at, finalised_at, finalised_by, snapshot, snapshot_sha256, packed`;

/**
 * What every frozen snapshot has had since format 1, whatever the text rules of the version
 * that froze it: enough structure for every screen and the handout to find their way.
 */
const frozenStructure = z.looseObject({
  format: z.literal(1),
  plan: z.looseObject({
    id: z.string(),
    version: z.number(),
    previousId: z.string().nullable(),
    finalisedAt: z.string(),
    finalisedBy: z.string(),
    content: z.looseObject({
      title: z.string(),
      affectedJoints: z.array(z.looseObject({ joint: z.string(), side: z.string() })),
      goals: z.array(z.looseObject({})),
      orthoses: z.array(
        z.looseObject({
          catalogueId: z.string(),
          schedule: z.looseObject({ usual: z.looseObject({ type: z.string() }) }),
        }),
      ),
      equipment: z.array(z.looseObject({ catalogueId: z.string() })),
      principles: z.array(z.looseObject({ catalogueId: z.string() })),
      rest: z.looseObject({ strategies: z.array(z.looseObject({ catalogueId: z.string() })) }),
    }),
  }),
  patient: z.looseObject({ id: z.string(), givenName: z.string(), familyName: z.string() }),
  catalogue: z.record(z.string(), z.looseObject({ kind: z.string() })),
});

/**
 * The stored snapshot, checked against its schema once, here. A snapshot frozen by an earlier
 * version under looser text rules (a name in a script handouts could not print then, a start
 * date typed as words) fails today's rules but is still what was given: it is read as
 * stored once its structure holds, never refused, or the patient's plans would stop opening.
 * Only a snapshot whose very structure is broken is damage.
 */
function toSnapshot(planId: string, json: string): PlanSnapshot {
  const stored: unknown = JSON.parse(json);
  const checked = planSnapshotSchema.safeParse(stored);
  if (checked.success) return checked.data;
  const structure = frozenStructure.safeParse(stored);
  if (structure.success) return stored as PlanSnapshot;
  const first = structure.error.issues[0];
  throw new Error(
    `The frozen copy of plan ${planId} is damaged (${first?.path.join('.')}: ${first?.message})`,
  );
}

function toPlan(row: PlanRow, items: ItemRow[]): Plan {
  return {
    id: row.id,
    patientId: row.patient_id,
    version: row.version,
    previousId: row.previous_id,
    status: row.status,
    content: toContent(row, items),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finalisedAt: row.finalised_at,
    finalisedBy: row.finalised_by,
    snapshotSha256: row.snapshot_sha256,
    snapshot: row.snapshot === null ? null : toSnapshot(row.id, row.snapshot),
  };
}

function writeItems(db: Database, planId: string, items: readonly ItemRow[]): void {
  statement(db, 'DELETE FROM plan_items WHERE plan_id = ?').run(planId);
  const insert = statement(
    db,
    'INSERT INTO plan_items (plan_id, section, position, catalogue_id, data) VALUES (?, ?, ?, ?, ?)',
  );
  for (const i of items) insert.run(planId, i.section, i.position, i.catalogue_id, i.data);
}

function itemsOf(db: Database, planId: string): ItemRow[] {
  return statement(
    db,
    'SELECT section, position, catalogue_id, data FROM plan_items WHERE plan_id = ?',
  ).all(planId) as ItemRow[];
}

export function findPlan(db: Database, id: string): Plan | null {
  const row = statement(db, `SELECT ${PLAN_COLUMNS} FROM plans WHERE id = ?`).get(id) as
    PlanRow | undefined;
  if (!row) return null;
  // A packed plan's snapshot and items are in `packed`, exactly as they were written.
  if (row.packed) {
    const { snapshot, affectedJoints, rest, items } = unpackPlan(row.packed);
    return toPlan({ ...row, snapshot, affected_joints: affectedJoints, rest }, items);
  }
  return toPlan(row, itemsOf(db, id));
}

/** A plan's content columns and items packed with its snapshot (null for an unknown id). */
function packedWith(db: Database, id: string, snapshot: string): Buffer | null {
  const row = statement(db, 'SELECT affected_joints, rest FROM plans WHERE id = ?').get(id) as
    { affected_joints: string; rest: string } | undefined;
  if (!row) return null;
  return packPlan({
    snapshot,
    affectedJoints: row.affected_joints,
    rest: row.rest,
    items: itemsOf(db, id),
  });
}

/**
 * Packs a just-frozen plan (an imported one): its items and content columns move into
 * `packed` beside the snapshot text. The finalise trigger has read the items by then.
 */
function packFrozen(db: Database, id: string, snapshot: string): void {
  const packed = packedWith(db, id, snapshot);
  if (!packed) return;
  statement(
    db,
    'UPDATE plans SET packed = ?, snapshot = ?, affected_joints = ?, rest = ? WHERE id = ?',
  ).run(packed, PACKED, PACKED, PACKED, id);
  statement(db, 'DELETE FROM plan_items WHERE plan_id = ?').run(id);
}

/** The patient's plan in a status (at most one draft and one finalised plan exist). */
export function findPlanIdByStatus(
  db: Database,
  patientId: string,
  status: 'draft' | 'finalised',
): string | null {
  const row = statement(db, 'SELECT id FROM plans WHERE patient_id = ? AND status = ?').get(
    patientId,
    status,
  ) as { id: string } | undefined;
  return row?.id ?? null;
}

export function latestPlanVersion(db: Database, patientId: string): number {
  const row = statement(db, 'SELECT MAX(version) AS v FROM plans WHERE patient_id = ?').get(
    patientId,
  ) as { v: number | null };
  return row.v ?? 0;
}

/** Newest first. */
export function listPlansForPatient(db: Database, patientId: string): PlanSummary[] {
  const rows = statement(
    db,
    `SELECT id, version, status, title, plan_date, therapist, review_date, finalised_at, updated_at
     FROM plans WHERE patient_id = ? ORDER BY version DESC`,
  ).all(patientId) as Pick<
    PlanRow,
    | 'id'
    | 'version'
    | 'status'
    | 'title'
    | 'plan_date'
    | 'therapist'
    | 'review_date'
    | 'finalised_at'
    | 'updated_at'
  >[];
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    status: r.status,
    title: r.title,
    planDate: r.plan_date,
    therapist: r.therapist,
    reviewDate: r.review_date,
    finalisedAt: r.finalised_at,
    updatedAt: r.updated_at,
  }));
}

export interface NewDraft {
  id: string;
  patientId: string;
  version: number;
  previousId: string | null;
  content: PlanContent;
}

export function insertDraft(db: Database, draft: NewDraft, now: string): void {
  const { header, items } = toRows(draft.content);
  db.transaction(() => {
    statement(
      db,
      `INSERT INTO plans (id, patient_id, version, previous_id, status, title, plan_date, therapist, review_date,
         affected_joints, rest, created_at, updated_at)
       VALUES (:id, :patient_id, :version, :previous_id, 'draft', :title, :plan_date, :therapist, :review_date,
         :affected_joints, :rest, :now, :now)`,
    ).run({
      id: draft.id,
      patient_id: draft.patientId,
      version: draft.version,
      previous_id: draft.previousId,
      ...header,
      now,
    });
    writeItems(db, draft.id, items);
  })();
}

/** Replaces a draft's whole content. The database refuses this for a finalised plan. */
export function replaceDraftContent(
  db: Database,
  id: string,
  content: PlanContent,
  now: string,
): void {
  const { header, items } = toRows(content);
  db.transaction(() => {
    statement(
      db,
      `UPDATE plans SET title = :title, plan_date = :plan_date, therapist = :therapist, review_date = :review_date,
         affected_joints = :affected_joints, rest = :rest, updated_at = :now
       WHERE id = :id`,
    ).run({ id, ...header, now });
    writeItems(db, id, items);
  })();
}

export interface Finalising {
  snapshot: string;
  snapshotSha256: string;
  finalisedAt: string;
  finalisedBy: string;
  /** What changed since the version this one supersedes, in one line. */
  changeSummary: string;
}

/**
 * Freezes a draft and supersedes the patient's previous active plan, in one transaction.
 * The draft is written packed at once (its row never holds the snapshot's full text, which
 * would leave half-empty pages behind); the finalise trigger reads its items for
 * plan_catalogue_refs before they are removed.
 */
export function finaliseDraft(db: Database, id: string, patientId: string, f: Finalising): void {
  db.transaction(() => {
    statement(
      db,
      "UPDATE plans SET status = 'superseded' WHERE patient_id = ? AND status = 'finalised'",
    ).run(patientId);
    const packed = packedWith(db, id, f.snapshot);
    const frozen = statement(
      db,
      `UPDATE plans SET status = 'finalised', snapshot = :packedText, affected_joints = :packedText,
         rest = :packedText, packed = :packed, snapshot_sha256 = :sha, finalised_at = :at,
         finalised_by = :by, updated_at = :at, change_summary = :summary
       WHERE id = :id AND status = 'draft'`,
    ).run({
      id,
      packedText: PACKED,
      packed,
      sha: f.snapshotSha256,
      at: f.finalisedAt,
      by: f.finalisedBy,
      summary: f.changeSummary,
    });
    if (frozen.changes > 0) statement(db, 'DELETE FROM plan_items WHERE plan_id = ?').run(id);
  })();
}

/** A finalised or superseded plan's frozen snapshot; null for a draft or an unknown id. */
export function findSnapshot(db: Database, id: string): FrozenPlan | null {
  const row = statement(
    db,
    'SELECT snapshot, snapshot_sha256, packed FROM plans WHERE id = ? AND snapshot IS NOT NULL',
  ).get(id) as { snapshot: string; snapshot_sha256: string; packed: Uint8Array | null } | undefined;
  if (!row) return null;
  const json = row.packed ? unpackPlan(row.packed).snapshot : row.snapshot;
  return { snapshot: toSnapshot(id, json), json, sha256: row.snapshot_sha256 };
}

export function deleteDraft(db: Database, id: string): boolean {
  return statement(db, "DELETE FROM plans WHERE id = ? AND status = 'draft'").run(id).changes > 0;
}

/** The one-line summary of what changed, stored beside a finalised version. */
export function findChangeSummary(db: Database, planId: string): string | null {
  const row = statement(db, 'SELECT change_summary FROM plans WHERE id = ?').get(planId) as
    { change_summary: string | null } | undefined;
  return row?.change_summary ?? null;
}

/** A plan version brought in with a patient's record, as it stood on the other computer. */
export interface ImportedPlanState {
  id: string;
  status: PlanStatus;
  /** The frozen snapshot's exact stored text, checked by the records codec. */
  snapshot: string | null;
  snapshotSha256: string | null;
  finalisedAt: string | null;
  finalisedBy: string | null;
  changeSummary: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Gives a just-inserted draft its original dates and, for a finalised or superseded version,
 * freezes it with its stored snapshot. A draft may still be changed, so this is the one
 * moment these columns can be written; afterwards the database's triggers keep them.
 */
export function settleImportedPlan(db: Database, plan: ImportedPlanState): void {
  statement(
    db,
    `UPDATE plans SET status = :status, snapshot = :snapshot, snapshot_sha256 = :sha,
       finalised_at = :finalisedAt, finalised_by = :finalisedBy, change_summary = :changeSummary,
       created_at = :createdAt, updated_at = :updatedAt
     WHERE id = :id AND status = 'draft'`,
  ).run({
    id: plan.id,
    status: plan.status,
    snapshot: plan.snapshot,
    sha: plan.snapshotSha256,
    finalisedAt: plan.finalisedAt,
    finalisedBy: plan.finalisedBy,
    changeSummary: plan.changeSummary,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  });
  if (plan.snapshot !== null) packFrozen(db, plan.id, plan.snapshot);
}

/** True when any of these ids is already used by a plan, session or handout here. */
export function anyIdTaken(db: Database, ids: readonly string[]): boolean {
  const row = statement(
    db,
    `SELECT 1 FROM plans WHERE id IN (SELECT value FROM json_each(:ids))
     UNION ALL SELECT 1 FROM sessions WHERE id IN (SELECT value FROM json_each(:ids))
     UNION ALL SELECT 1 FROM handout_exports WHERE id IN (SELECT value FROM json_each(:ids))
     LIMIT 1`,
  ).get({ ids: JSON.stringify(ids) });
  return row !== undefined;
}
