import { z } from 'zod';

export const BACKUP_KINDS = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUPS_KEPT = { min: 1, max: 365, default: 14 } as const;

/** A backup file's name in the backups folder: never a path. */
export const backupNameSchema = z
  .string({ error: 'Choose a backup' })
  .max(200, 'Not a backup name')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/, 'Not a backup name');

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
  /** Null when the file could not be read (see problem). */
  patientCount: number | null;
  schemaVersion: number | null;
  /** Why this backup cannot be restored, in plain words; null for a usable backup. */
  problem: string | null;
}

/** Why the database was moved aside at start, and what can be restored. */
export interface RecoveryNotice {
  problem: 'not-ours' | 'damaged' | 'newer-version' | 'migration-failed';
  message: string;
  /** Where the file that could not be opened now is; it was moved, never changed. */
  movedTo: string;
  newestBackup: BackupInfo | null;
}
