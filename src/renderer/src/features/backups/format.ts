import type { BackupInfo, BackupKind } from '../../../../shared/domain/backup.ts';
import { formatDateTime } from '../../../../shared/domain/dates.ts';
import { plural } from '../../../../shared/domain/plan-words.ts';

export const KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'Manual',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

/** "24 Nov 2026, 09:05" on the user's clock. */
export function backupDate(backup: BackupInfo): string {
  return formatDateTime(backup.createdAt);
}

export function patientCount(n: number | null): string {
  if (n === null) return 'unknown';
  return plural(n, 'patient', 'patients');
}

export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
