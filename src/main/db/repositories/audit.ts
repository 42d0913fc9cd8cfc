import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AuditEntity, AuditRecord } from '../../../shared/domain/history.ts';
import { statement } from '../statements.ts';

export interface NewAuditRecord {
  at: string;
  therapist: string;
  patientId: string;
  entity: AuditEntity;
  entityId: string;
  action: string;
  summary: string;
}

/** Appends one record; the table's triggers refuse any later change to it. */
export function appendAudit(db: Database, record: NewAuditRecord): void {
  statement(
    db,
    `INSERT INTO audit_log (at, therapist, patient_id, entity, entity_id, action, summary)
     VALUES (:at, :therapist, :patientId, :entity, :entityId, :action, :summary)`,
  ).run(record);
}

/** A patient's trail, newest first. */
export function listAuditForPatient(db: Database, patientId: string, limit = 500): AuditRecord[] {
  return statement(
    db,
    `SELECT seq, at, therapist, entity, entity_id AS entityId, action, summary
     FROM audit_log WHERE patient_id = ? ORDER BY seq DESC LIMIT ?`,
  ).all(patientId, limit) as AuditRecord[];
}
