import type { z } from 'zod';

/** Turns zod's issues into one message per field, keyed by the field's dotted path. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(input)';
    fields[key] ??= issue.message;
  }
  return fields;
}
