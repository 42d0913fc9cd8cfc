import { z } from 'zod';

export const BACKUP_KINDS = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUPS_KEPT = { min: 1, max: 365, default: 14 } as const;

/** A backup file's name in the backups folder: never a path. */
export const backupNameSchema = z
  .string({ error: 'Choose a backup' })
  .max(200, 'Not a backup name')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(sqlite|jpbackup)$/, 'Not a backup name');

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

/** What the start found that the user must hear about. */
export type RecoveryProblem =
  | 'not-ours'
  | 'damaged'
  | 'newer-version'
  | 'migration-failed'
  | 'empty'
  | 'incomplete'
  | 'unmatched-wal'
  | 'no-key'
  | 'missing'
  | 'restore-finished'
  | 'restore-undone';

/** Why the database was moved aside (or was not there) at start, and what can be restored. */
export interface RecoveryNotice {
  problem: RecoveryProblem;
  /** The notice's heading, in plain words. */
  title: string;
  /** What happened and what JointPlan did; names files, never a full path. */
  message: string;
  /** Where the file that could not be used now is (moved, never changed); null if none. */
  movedTo: string | null;
  newestBackup: BackupInfo | null;
}

/** The second place backups are copied to (another drive), as Settings shows it. */
export interface SecondFolderStatus {
  /** The folder the therapist named. */
  folder: string;
  /** Where the copies are: a "JointPlan backups" folder inside it. */
  copiesIn: string;
  /** False when the folder is not there now (a drive not plugged in, a share not reachable). */
  available: boolean;
  /** When a copy was last written there and checked; null if never. */
  lastSuccessAt: string | null;
  /** Why the last copy there failed, in plain words; null when it succeeded. */
  problem: string | null;
}

/** A backup being made now: what it is doing and how far it has got. */
export interface BackupProgress {
  kind: 'daily' | 'manual' | 'before-restore';
  phase: 'reading' | 'writing' | 'checking' | 'copying';
  /** 0 to 100. */
  percent: number;
  startedAt: string;
}

/** Frozen plans being packed in the background after an update (pack-in-background.ts). */
export interface DataUpdateProgress {
  done: number;
  total: number;
}

export interface BackupStatus {
  running: BackupProgress | null;
  /** An update of the data under way after start; absent or null when there is none. */
  dataUpdate?: DataUpdateProgress | null;
  /** The last backup made (or that failed) since the app started, with its problem if any. */
  lastProblem: string | null;
  secondFolder: SecondFolderStatus | null;
}
