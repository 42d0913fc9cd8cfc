import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  storedSessionDataSchema,
  type Session,
  type SessionData,
  type SessionStatus,
  type UpcomingSession,
} from '../../../shared/domain/session.ts';
import { storedVisitSlotSchema, type VisitSlot } from '../../../shared/domain/visit-slot.ts';
import { statement } from '../statements.ts';
import { readStoredJson } from './stored-json.ts';

interface SessionRow {
  id: string;
  patient_id: string;
  plan_id: string | null;
  session_date: string;
  status: SessionStatus;
  therapist: string;
  data: string;
  created_at: string;
  updated_at: string;
  recorded_at: string | null;
}

const SESSION_COLUMNS = `id, patient_id, plan_id, session_date, status, therapist, data, created_at,
  updated_at, recorded_at`;

function toSession(row: SessionRow): Session {
  const data = readStoredJson(storedSessionDataSchema, row.data, {
    table: 'sessions',
    id: row.id,
    column: 'data',
  });
  return {
    id: row.id,
    patientId: row.patient_id,
    planId: row.plan_id,
    sessionDate: row.session_date,
    slot: data.slot ?? null,
    status: row.status,
    therapist: row.therapist,
    agenda: data.agenda,
    checklist: data.checklist,
    outcome: data.outcome,
    earlierRecords: data.earlierRecords ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    recordedAt: row.recorded_at,
  };
}

/** The data column in the layout the timeline reads; key order kept stable for readers. */
function toData(data: SessionData): string {
  return JSON.stringify({
    ...(data.slot ? { slot: data.slot } : {}),
    agenda: data.agenda,
    checklist: data.checklist.map((i) => ({ text: i.text, done: i.done })),
    outcome: data.outcome && {
      pain: data.outcome.pain,
      adherence: data.outcome.adherence,
      notes: data.outcome.notes,
      changes: data.outcome.changes,
      ...(data.outcome.measures ? { measures: data.outcome.measures } : {}),
    },
    ...(data.earlierRecords?.length ? { earlierRecords: data.earlierRecords } : {}),
  });
}

export function findSession(db: Database, id: string): Session | null {
  const row = statement(db, `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`).get(id) as
    SessionRow | undefined;
  return row ? toSession(row) : null;
}

/** A patient's sessions, the latest date first. */
export function listSessionsForPatient(db: Database, patientId: string): Session[] {
  const rows = statement(
    db,
    `SELECT ${SESSION_COLUMNS} FROM sessions WHERE patient_id = ?
     ORDER BY session_date DESC, created_at DESC, id`,
  ).all(patientId) as SessionRow[];
  return rows.map(toSession);
}

export interface NewSession {
  id: string;
  patientId: string;
  planId: string | null;
  sessionDate: string;
  therapist: string;
  data: SessionData;
}

export function insertSession(db: Database, s: NewSession, now: string): void {
  statement(
    db,
    `INSERT INTO sessions (id, patient_id, plan_id, session_date, status, therapist, data, created_at, updated_at)
     VALUES (:id, :patientId, :planId, :sessionDate, 'planned', :therapist, :data, :now, :now)`,
  ).run({ ...s, data: toData(s.data), now });
}

/** Changes a planned session's date, agenda and checklist. False if it is no longer planned. */
export function replacePlan(
  db: Database,
  id: string,
  change: { sessionDate: string; data: SessionData },
  now: string,
): boolean {
  return (
    statement(
      db,
      `UPDATE sessions SET session_date = :sessionDate, data = :data, updated_at = :now
       WHERE id = :id AND status = 'planned'`,
    ).run({ id, sessionDate: change.sessionDate, data: toData(change.data), now }).changes > 0
  );
}

/**
 * Writes what happened at the visit. The first recording sets recorded_at; a correction
 * keeps it, so the record says when the visit was first written up.
 */
export function writeOutcome(
  db: Database,
  id: string,
  change: { therapist: string; data: SessionData },
  now: string,
): boolean {
  return (
    statement(
      db,
      `UPDATE sessions SET status = 'recorded', therapist = :therapist, data = :data, updated_at = :now,
         recorded_at = COALESCE(recorded_at, :now)
       WHERE id = :id AND status IN ('planned', 'recorded')`,
    ).run({ id, therapist: change.therapist, data: toData(change.data), now }).changes > 0
  );
}

/**
 * Writes a session brought in with a patient's record, with its original state and dates,
 * through the same data layout as every other session.
 */
export function insertImportedSession(db: Database, s: Session): void {
  statement(
    db,
    `INSERT INTO sessions (id, patient_id, plan_id, session_date, status, therapist, data,
       created_at, updated_at, recorded_at)
     VALUES (:id, :patientId, :planId, :sessionDate, :status, :therapist, :data,
       :createdAt, :updatedAt, :recordedAt)`,
  ).run({
    id: s.id,
    patientId: s.patientId,
    planId: s.planId,
    sessionDate: s.sessionDate,
    status: s.status,
    therapist: s.therapist,
    data: toData({
      ...(s.slot ? { slot: s.slot } : {}),
      agenda: s.agenda,
      checklist: s.checklist,
      outcome: s.outcome,
      earlierRecords: s.earlierRecords,
    }),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    recordedAt: s.recordedAt,
  });
}

export function cancelSession(db: Database, id: string, now: string): boolean {
  return (
    statement(
      db,
      `UPDATE sessions SET status = 'cancelled', updated_at = :now WHERE id = :id AND status = 'planned'`,
    ).run({ id, now }).changes > 0
  );
}

interface UpcomingRow {
  id: string;
  patient_id: string;
  given_name: string;
  family_name: string;
  chart_number: string | null;
  session_date: string;
  slot: string | null;
  therapist: string;
  checklist_count: number;
  overdue: 0 | 1;
}

/** The slot column of a listing: shape-checked like the rest of the data column. */
function readSlot(id: string, slot: string | null): VisitSlot | null {
  if (slot === null) return null;
  return readStoredJson(storedVisitSlotSchema, slot, { table: 'sessions', id, column: 'data' });
}

function toUpcoming(r: UpcomingRow): UpcomingSession {
  return {
    id: r.id,
    patientId: r.patient_id,
    patientName: `${r.family_name}, ${r.given_name}`,
    chartNumber: r.chart_number,
    sessionDate: r.session_date,
    slot: readSlot(r.id, r.slot),
    therapist: r.therapist,
    checklistCount: r.checklist_count,
    overdue: r.overdue === 1,
  };
}

const UPCOMING_COLUMNS = `s.id, s.patient_id, p.given_name, p.family_name, p.chart_number,
  s.session_date, json_extract(s.data, '$.slot') AS slot, s.therapist,
  json_array_length(s.data, '$.checklist') AS checklist_count, s.session_date < :today AS overdue`;

/**
 * Planned sessions of patients who are not archived from `from` to `to` (both YYYY-MM-DD,
 * inclusive), by date and time: the day and week views, and what a new visit may clash with.
 */
export function listPlannedBetween(
  db: Database,
  range: { from: string; to: string; today: string },
): UpcomingSession[] {
  const rows = statement(
    db,
    `SELECT ${UPCOMING_COLUMNS}
     FROM sessions s JOIN patients p ON p.id = s.patient_id
     WHERE s.status = 'planned' AND s.session_date BETWEEN :from AND :to
       AND p.archived_at IS NULL
     ORDER BY s.session_date, json_extract(s.data, '$.slot.startTime'), p.sort_key, s.id`,
  ).all(range) as UpcomingRow[];
  return rows.map(toUpcoming);
}

/**
 * Planned sessions of patients who are not archived: from `today` on, soonest first, then
 * the overdue ones, oldest first.
 */
export function listUpcoming(db: Database, today: string): UpcomingSession[] {
  const rows = statement(
    db,
    `SELECT ${UPCOMING_COLUMNS}
     FROM sessions s JOIN patients p ON p.id = s.patient_id
     WHERE s.status = 'planned' AND p.archived_at IS NULL
     ORDER BY overdue, s.session_date, json_extract(s.data, '$.slot.startTime'), p.sort_key,
       s.created_at, s.id`,
  ).all({ today }) as UpcomingRow[];
  return rows.map(toUpcoming);
}
