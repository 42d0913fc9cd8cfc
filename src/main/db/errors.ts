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
  | 'unmatched-wal';

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
