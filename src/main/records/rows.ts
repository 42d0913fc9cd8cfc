import type { Database } from 'better-sqlite3';
import { statement } from '../db/statements.ts';
import type { RecordPlan, RecordSession } from './format.ts';

// The SQL that moving a record needs beyond the shared repositories: every column of a
// row read as is, and rows written back with their original dates and states.

export function writeSession(db: Database, patientId: string, s: RecordSession): void {
  statement(
    db,
    `INSERT INTO sessions (id, patient_id, plan_id, session_date, status, therapist, data,
       created_at, updated_at, recorded_at)
     VALUES (:id, :patientId, :planId, :sessionDate, :status, :therapist, :data,
       :createdAt, :updatedAt, :recordedAt)`,
  ).run({
    id: s.id,
    patientId,
    planId: s.planId,
    sessionDate: s.sessionDate,
    status: s.status,
    therapist: s.therapist,
    data: JSON.stringify({
      agenda: s.agenda,
      checklist: s.checklist,
      outcome: s.outcome,
      ...(s.earlierRecords.length > 0 ? { earlierRecords: s.earlierRecords } : {}),
    }),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    recordedAt: s.recordedAt,
  });
}

export function readChangeSummary(db: Database, planId: string): string | null {
  const row = statement(db, 'SELECT change_summary FROM plans WHERE id = ?').get(planId) as
    { change_summary: string | null } | undefined;
  return row?.change_summary ?? null;
}

/**
 * Gives a just-inserted draft its original dates and, for a finalised or superseded version,
 * freezes it with its stored snapshot. A draft may still be changed, so this is the one
 * moment these columns can be written; afterwards the database's triggers keep them.
 */
export function settlePlan(db: Database, plan: RecordPlan): void {
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
}

export function setPatientDates(
  db: Database,
  id: string,
  dates: { createdAt: string; updatedAt: string; archivedAt: string | null },
): void {
  statement(
    db,
    'UPDATE patients SET created_at = ?, updated_at = ?, archived_at = ? WHERE id = ?',
  ).run(dates.createdAt, dates.updatedAt, dates.archivedAt, id);
}

/** True when any of these ids is already used by a plan, session or handout here. */
export function anyIdTaken(db: Database, ids: readonly string[]): boolean {
  const json = JSON.stringify(ids);
  const row = statement(
    db,
    `SELECT 1 FROM plans WHERE id IN (SELECT value FROM json_each(:ids))
     UNION ALL SELECT 1 FROM sessions WHERE id IN (SELECT value FROM json_each(:ids))
     UNION ALL SELECT 1 FROM handout_exports WHERE id IN (SELECT value FROM json_each(:ids))
     LIMIT 1`,
  ).get({ ids: json });
  return row !== undefined;
}
