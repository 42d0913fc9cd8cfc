import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AffectedJoint, JointId, Side } from '../../../shared/domain/joints.ts';
import { sortJoints } from '../../../shared/domain/joints.ts';
import type { DiseaseStage, Patient, PatientFields } from '../../../shared/domain/patient.ts';
import { foldForSearch } from '../../../shared/text/fold.ts';
import { nameSortKey } from '../name-order.ts';
import { statement } from '../statements.ts';

export { searchPatients, type SearchOptions } from './patient-search.ts';

/** A patient's fields as written: a caller that does not name a handout language gives none. */
type WrittenFields = Omit<PatientFields, 'handoutLanguage'> & {
  handoutLanguage?: PatientFields['handoutLanguage'] | undefined;
};

interface PatientRow {
  id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  chart_number: string | null;
  diagnosis: string | null;
  disease_stage: string | null;
  phone: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

interface JointRow {
  joint: string;
  side: string;
}

function toPatient(row: PatientRow, joints: JointRow[], language: string | null): Patient {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    chartNumber: row.chart_number,
    diagnosis: row.diagnosis,
    diseaseStage: row.disease_stage as DiseaseStage | null,
    affectedJoints: sortJoints(
      joints.map((j) => ({ joint: j.joint as JointId, side: j.side as Side })),
    ),
    phone: row.phone,
    notes: row.notes,
    handoutLanguage: language as Patient['handoutLanguage'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** Everything a search may match, folded: names, preferred name, chart number. */
function searchTextOf(p: WrittenFields): string {
  return foldForSearch(
    [p.givenName, p.familyName, p.preferredName ?? '', p.chartNumber ?? ''].join(' '),
  );
}

function toParams(id: string, p: WrittenFields, now: string) {
  return {
    id,
    given_name: p.givenName,
    family_name: p.familyName,
    preferred_name: p.preferredName,
    date_of_birth: p.dateOfBirth,
    chart_number: p.chartNumber,
    diagnosis: p.diagnosis,
    disease_stage: p.diseaseStage,
    phone: p.phone,
    notes: p.notes,
    sort_key: nameSortKey(p.familyName, p.givenName),
    search_text: searchTextOf(p),
    now,
  };
}

function writeJoints(db: Database, patientId: string, joints: readonly AffectedJoint[]): void {
  statement(db, 'DELETE FROM patient_joints WHERE patient_id = ?').run(patientId);
  const insert = statement(
    db,
    'INSERT INTO patient_joints (patient_id, joint, side) VALUES (?, ?, ?)',
  );
  for (const j of joints) insert.run(patientId, j.joint, j.side);
}

export function findPatient(db: Database, id: string): Patient | null {
  const row = statement(db, 'SELECT * FROM patients WHERE id = ?').get(id) as
    PatientRow | undefined;
  if (!row) return null;
  const joints = statement(db, 'SELECT joint, side FROM patient_joints WHERE patient_id = ?').all(
    id,
  ) as JointRow[];
  const language = statement(
    db,
    'SELECT language FROM patient_handout_languages WHERE patient_id = ?',
  ).get(id) as { language: string } | undefined;
  return toPatient(row, joints, language?.language ?? null);
}

/** Keeps the patient's handout language: a row when they have one, none when the clinic's. */
function writeHandoutLanguage(db: Database, id: string, language: string | null | undefined) {
  statement(db, 'DELETE FROM patient_handout_languages WHERE patient_id = ?').run(id);
  if (language)
    statement(db, 'INSERT INTO patient_handout_languages (patient_id, language) VALUES (?, ?)').run(
      id,
      language,
    );
}

/** The id of the patient holding this chart number (any case), if any. */
export function findIdByChartNumber(db: Database, chartNumber: string): string | null {
  const row = statement(db, 'SELECT id FROM patients WHERE chart_number = ? COLLATE NOCASE').get(
    chartNumber,
  ) as { id: string } | undefined;
  return row?.id ?? null;
}

export function insertPatient(db: Database, id: string, fields: WrittenFields, now: string): void {
  db.transaction(() => {
    statement(
      db,
      `INSERT INTO patients (id, given_name, family_name, preferred_name, date_of_birth, chart_number,
         diagnosis, disease_stage, phone, notes, sort_key, search_text, created_at, updated_at)
       VALUES (:id, :given_name, :family_name, :preferred_name, :date_of_birth, :chart_number,
         :diagnosis, :disease_stage, :phone, :notes, :sort_key, :search_text, :now, :now)`,
    ).run(toParams(id, fields, now));
    writeJoints(db, id, fields.affectedJoints);
    // A new patient has no row to clear; only a chosen language is written.
    if (fields.handoutLanguage) writeHandoutLanguage(db, id, fields.handoutLanguage);
  })();
}

/** Returns false when no such patient exists. */
export function updatePatient(
  db: Database,
  id: string,
  fields: WrittenFields,
  now: string,
): boolean {
  return db.transaction(() => {
    const { changes } = statement(
      db,
      `UPDATE patients SET given_name = :given_name, family_name = :family_name,
           preferred_name = :preferred_name, date_of_birth = :date_of_birth,
           chart_number = :chart_number, diagnosis = :diagnosis, disease_stage = :disease_stage,
           phone = :phone, notes = :notes, sort_key = :sort_key, search_text = :search_text,
           updated_at = :now
         WHERE id = :id`,
    ).run(toParams(id, fields, now));
    if (changes === 0) return false;
    writeJoints(db, id, fields.affectedJoints);
    writeHandoutLanguage(db, id, fields.handoutLanguage);
    return true;
  })();
}

/** Sets or clears the archive mark; returns false when no such patient exists. */
export function setArchived(
  db: Database,
  id: string,
  archivedAt: string | null,
  now: string,
): boolean {
  const { changes } = statement(
    db,
    'UPDATE patients SET archived_at = ?, updated_at = ? WHERE id = ?',
  ).run(archivedAt, now, id);
  return changes > 0;
}

export function deletePatient(db: Database, id: string): boolean {
  return statement(db, 'DELETE FROM patients WHERE id = ?').run(id).changes > 0;
}

/** Gives a patient brought in with their record the dates it had on the other computer. */
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
