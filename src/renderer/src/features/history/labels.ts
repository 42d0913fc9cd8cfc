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

export { formatDateTime as dateTime } from '../../../../shared/domain/dates.ts';
