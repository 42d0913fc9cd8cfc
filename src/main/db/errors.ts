/** Why a database file could not be opened; the message is shown to the user as is. */
export type DatabaseProblem = 'not-ours' | 'damaged' | 'newer-version' | 'migration-failed';

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
