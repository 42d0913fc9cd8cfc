import type { AuditEntity } from '../../shared/domain/history.ts';
import { appendAudit } from '../db/repositories/audit.ts';
import { getCurrentTherapist } from '../db/repositories/settings.ts';
import type { ApiContext } from './context.ts';

/** Who the trail names when Settings has no therapist yet. */
export const UNNAMED_THERAPIST = 'Therapist not set';

/** The therapist profile changes are made under: the one set in Settings. */
export function currentTherapist(ctx: ApiContext): string {
  return getCurrentTherapist(ctx.db) ?? UNNAMED_THERAPIST;
}

/**
 * Writes one audit record for a change to a patient, plan or session. Call it inside the
 * same transaction as the change, so a change is never kept without its record.
 */
export function recordChange(
  ctx: ApiContext,
  change: {
    patientId: string;
    entity: AuditEntity;
    entityId: string;
    action: string;
    summary: string;
  },
): void {
  appendAudit(ctx.db, { ...change, at: ctx.now(), therapist: currentTherapist(ctx) });
}
