/** Why a database file could not be opened; the message is shown to the user as is. */
export type DatabaseProblem =
  | 'not-ours'
  | 'damaged'
  | 'newer-version'
  | 'migration-failed'
  /** A zero-byte file: whatever it held is gone from it. */
  | 'empty'
  /** Tables, indexes or triggers its data version needs are missing or changed. */
  | 'incomplete'
  /** A -wal beside it that belongs to another database or an older state of this one. */
  | 'unmatched-wal'
  /** Encrypted (or unreadable) with no key file in the data folder or its backups to open it. */
  | 'no-key';

export class DatabaseOpenError extends Error {
  readonly problem: DatabaseProblem;
  readonly file: string;

  constructor(
    problem: DatabaseProblem,
    file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseOpenError';
    this.problem = problem;
    this.file = file;
  }
}

/** A failure of the disk or folder under the data, as opposed to the data itself. */
export type StorageProblem = 'disk-full' | 'read-only' | 'not-a-file';

/*
 * What the user reads: what happened, that nothing was changed, and what to do. Never a
 * full path (the data folder may be one the user never chose), never SQLite's own words.
 */
const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  'disk-full':
    'The disk that holds JointPlan’s data is full, so JointPlan could not save. Nothing was changed. Free some space on that disk (empty the bin, or move large files elsewhere), then try again.',
  'read-only':
    'JointPlan cannot write to its data folder: the folder or its disk is read-only, or JointPlan is not allowed to change it. Nothing was changed. Make the folder writable (or start JointPlan with another data folder, using --data-dir), then try again.',
  'not-a-file':
    'Where JointPlan keeps its data file (jointplan.sqlite) there is a folder, not a file, so JointPlan cannot open your data. Nothing was changed. Move or rename that folder, then start JointPlan again.',
};

export class StorageError extends Error {
  readonly problem: StorageProblem;

  constructor(problem: StorageProblem, options?: { cause?: unknown }) {
    super(STORAGE_MESSAGES[problem], options);
    this.name = 'StorageError';
    this.problem = problem;
  }
}

const CODES: Record<string, StorageProblem> = {
  SQLITE_FULL: 'disk-full',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  SQLITE_READONLY: 'read-only',
  SQLITE_READONLY_DIRECTORY: 'read-only',
  SQLITE_READONLY_CANTINIT: 'read-only',
  SQLITE_READONLY_CANTLOCK: 'read-only',
  SQLITE_CANTOPEN: 'read-only',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  EISDIR: 'not-a-file',
};

/** The storage failure behind an error from SQLite or the file system, or null. */
export function asStorageError(error: unknown): StorageError | null {
  if (error instanceof StorageError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const problem = typeof code === 'string' ? CODES[code] : undefined;
  return problem ? new StorageError(problem, { cause: error }) : null;
}
