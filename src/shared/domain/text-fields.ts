import { z } from 'zod';

// C0/C1 control characters corrupt printed handouts and exports; newline and tab are allowed
// only where a field is multi-line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A required one-line text, trimmed. */
export function requiredLine(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(
      (v) => !CONTROL_SINGLE_LINE.test(v),
      `${label} cannot contain line breaks or control characters`,
    );
}

/** An optional one-line text: empty or null means "none" and is stored as null. */
export function optionalLine(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(
      (v) => !CONTROL_SINGLE_LINE.test(v),
      `${label} cannot contain line breaks or control characters`,
    )
    .nullable()
    .transform((v) => (v ? v : null));
}

/** Multi-line free text such as notes; empty is stored as an empty string. */
export function multiLineText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .max(max, `${label} must be ${max.toLocaleString('en')} characters or fewer`)
    .refine((v) => !CONTROL_MULTI_LINE.test(v), `${label} cannot contain control characters`)
    .transform((v) => v.replace(/\r\n?/g, '\n').trimEnd());
}

/** What someone types into a search box: one line, no control characters. */
export function searchQuery() {
  return z
    .string({ error: 'Search text must be text' })
    .max(200, 'Search text must be 200 characters or fewer')
    .refine(
      (v) => !CONTROL_SINGLE_LINE.test(v),
      'Search text cannot contain line breaks or control characters',
    )
    .default('');
}
