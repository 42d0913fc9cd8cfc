import type { InputOf, MethodName, OutputOf } from '../../../shared/api.ts';
import type { ApiError } from '../../../shared/result.ts';

/** A failed call, carrying the main process's message and per-field errors. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string>;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

/** Calls the app API and unwraps the envelope: the value, or an ApiCallError. */
export async function call<M extends MethodName>(
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const result = await window.api[method](input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
