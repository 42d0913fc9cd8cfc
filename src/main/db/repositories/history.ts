import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PlanStatus } from '../../../shared/domain/plan.ts';
import type { SessionStatus } from '../../../shared/domain/session.ts';
import { statement } from '../statements.ts';

/** What the timeline shows of one plan version (a result in domain words, not a row). */
export interface TimelinePlanLine {
  id: string;
  version: number;
  status: PlanStatus;
  title: string;
  planDate: string;
  therapist: string;
  /** Finalised, or last saved for a draft. */
  at: string;
  changeSummary: string | null;
}

/** Every version of a patient's plan, newest first, without their content. */
export function listTimelinePlans(db: Database, patientId: string): TimelinePlanLine[] {
  return statement(
    db,
    `SELECT id, version, status, title, plan_date AS planDate, therapist,
       COALESCE(finalised_at, updated_at) AS at, change_summary AS changeSummary
     FROM plans WHERE patient_id = ? ORDER BY version DESC`,
  ).all(patientId) as TimelinePlanLine[];
}

/** What the timeline shows of one session. */
export interface TimelineSessionLine {
  id: string;
  sessionDate: string;
  status: SessionStatus;
  therapist: string;
  at: string;
  checklistCount: number;
  pain: number | null;
  adherence: string | null;
  /** The visit's time, and its measures, where it has them (visits recorded later on). */
  startTime: string | null;
  painNow: number | null;
  stiffness: number | null;
  gripLeft: number | null;
  gripRight: number | null;
}

/** A patient's sessions with just what their one-line summary needs, read from the JSON. */
export function listTimelineSessions(db: Database, patientId: string): TimelineSessionLine[] {
  return statement(
    db,
    `SELECT id, session_date AS sessionDate, status, therapist,
       COALESCE(recorded_at, updated_at) AS at,
       COALESCE(json_array_length(data, '$.checklist'), 0) AS checklistCount,
       json_extract(data, '$.outcome.pain') AS pain,
       json_extract(data, '$.outcome.adherence') AS adherence,
       json_extract(data, '$.slot.startTime') AS startTime,
       json_extract(data, '$.outcome.measures.painNow') AS painNow,
       json_extract(data, '$.outcome.measures.morningStiffnessMinutes') AS stiffness,
       json_extract(data, '$.outcome.measures.gripLeft.meanKg') AS gripLeft,
       json_extract(data, '$.outcome.measures.gripRight.meanKg') AS gripRight
     FROM sessions WHERE patient_id = ? ORDER BY session_date DESC, updated_at DESC`,
  ).all(patientId) as TimelineSessionLine[];
}

/** The newest finalised or superseded version before `version`: the one it replaced. */
export function findEarlierFrozenId(
  db: Database,
  patientId: string,
  version: number,
): string | null {
  const row = statement(
    db,
    `SELECT id FROM plans
     WHERE patient_id = ? AND version < ? AND snapshot IS NOT NULL
     ORDER BY version DESC LIMIT 1`,
  ).get(patientId, version) as { id: string } | undefined;
  return row?.id ?? null;
}

/** What the timeline shows of one handout given. */
export interface TimelineHandoutLine {
  id: string;
  planId: string;
  version: number;
  at: string;
  options: string;
}

/** Every handout made from any of the patient's plans, newest first. */
export function listTimelineHandouts(db: Database, patientId: string): TimelineHandoutLine[] {
  return statement(
    db,
    `SELECT h.id, h.plan_id AS planId, p.version, h.created_at AS at, h.options
     FROM handout_exports h JOIN plans p ON p.id = h.plan_id
     WHERE p.patient_id = ? ORDER BY h.created_at DESC`,
  ).all(patientId) as TimelineHandoutLine[];
}
