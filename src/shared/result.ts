/** How every API call answers, across IPC and HTTP alike: never a thrown string. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'unknown-method'
  | 'forbidden'
  | 'internal'
  // The disk under the data is full, or its folder cannot be written (nothing was changed).
  | 'disk-full'
  | 'read-only'
  | 'not-a-file';

export interface ApiError {
  code: ErrorCode;
  /** A sentence the user can read. */
  message: string;
  /** Per-field messages keyed by the field's path, e.g. `chartNumber` or `affectedJoints.0.side`. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
