import type { PlanStatus } from '../../../../shared/domain/plan.ts';
import type { SessionStatus } from '../../../../shared/domain/session.ts';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  finalised: 'Active',
  superseded: 'Superseded',
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  planned: 'Planned',
  recorded: 'Recorded',
  cancelled: 'Cancelled',
};

/** "3 Mar 2026, 14:05" in the user's own time zone. */
export function dateTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
