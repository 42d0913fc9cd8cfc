import type { z } from 'zod';
import { contract, isMethodName, type AppApi } from '../shared/api.ts';
import { AppError } from '../shared/app-error.ts';
import type { ApiError, Result } from '../shared/result.ts';
import { fieldErrors } from '../shared/field-errors.ts';

export type ErrorLogger = (method: string, error: unknown) => void;

function invalidInput(error: z.ZodError): ApiError {
  const fields = fieldErrors(error);
  const count = Object.keys(fields).length;
  const first = Object.values(fields)[0] ?? 'The request was not valid';
  return {
    code: 'invalid-input',
    message: count === 1 ? first : `${count} fields need attention: ${first}`,
    fields,
  };
}

/**
 * The one way into the app API, shared by the IPC binding and the web host: look up the
 * method, validate the raw input strictly, call, and wrap the outcome in an envelope.
 */
export async function dispatch(
  api: AppApi,
  methodName: string,
  rawInput: unknown,
  logError: ErrorLogger = (m, e) => console.error(`[api] ${m} failed`, e),
): Promise<Result<unknown>> {
  if (!isMethodName(methodName)) {
    return {
      ok: false,
      error: {
        code: 'unknown-method',
        message: `There is no method called ${JSON.stringify(methodName.slice(0, 100))}`,
      },
    };
  }
  const parsed = contract[methodName].input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
  try {
    const handler = api[methodName] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    logError(methodName, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside JointPlan. Nothing was changed.',
      },
    };
  }
}
