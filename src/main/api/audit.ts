import type { AuditEntity } from '../../shared/domain/history.ts';
import { appendAudit } from '../db/repositories/audit.ts';
import { getCurrentTherapist } from '../db/repositories/settings.ts';
import { totalChanges } from '../db/statements.ts';
import type { ApiContext } from './context.ts';

/** Who the trail names when Settings has no therapist yet. */
export const UNNAMED_THERAPIST = 'Therapist not set';

/** The therapist profile changes are made under: the one set in Settings. */
export function currentTherapist(ctx: ApiContext): string {
  return getCurrentTherapist(ctx.db) ?? UNNAMED_THERAPIST;
}

/** One line of a patient's trail: what was done to which patient, plan or session. */
export interface ChangeRecord {
  patientId: string;
  entity: AuditEntity;
  entityId: string;
  action: string;
  summary: string;
}

/** Writes a record of the change being made, stamped now with the current therapist. */
export type NoteChange = (record: ChangeRecord) => void;

/**
 * The one way a use case changes a patient, plan or session: `change` runs in a transaction
 * and states its audit record through `note`. If it wrote to the database without noting a
 * record, nothing is kept and it throws, so no change can be saved without its record. A
 * call that turns out to change nothing need not note anything.
 *
 * @example
 * audited(ctx, (note) => {
 *   patients.setArchived(db, id, at, at);
 *   note({ patientId: id, entity: 'patient', entityId: id, action: 'archived', summary: 'Archived' });
 * });
 */
export function audited<T>(ctx: ApiContext, change: (note: NoteChange) => T): T {
  const { db } = ctx;
  return db.transaction(() => {
    const before = totalChanges(db);
    let noted = 0;
    const result = change((record) => {
      appendAudit(db, { ...record, at: ctx.now(), therapist: currentTherapist(ctx) });
      noted++;
    });
    if (noted === 0 && totalChanges(db) !== before)
      throw new Error('A change was about to be saved without its audit record; nothing was kept.');
    return result;
  })();
}
