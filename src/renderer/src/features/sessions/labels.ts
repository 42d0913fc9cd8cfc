import { formatDate } from '../../../../shared/domain/dates.ts';
import type { SessionStatus } from '../../../../shared/domain/session.ts';

export const STATUS_LABELS: Record<SessionStatus, string> = {
  planned: 'Planned',
  recorded: 'Recorded',
  cancelled: 'Cancelled',
};

/** "Session on 9 Mar 2026": how a session is named in lists and headings. */
export function sessionTitle(sessionDate: string): string {
  return `Session on ${formatDate(sessionDate)}`;
}
