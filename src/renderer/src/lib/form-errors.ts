/**
 * Per-field errors from the API, keyed as the form knows its fields. The boundary keys errors
 * by their path in the request (`patient.givenName`); a form holds only what is under `prefix`.
 * Errors for other parts of the request are dropped: the caller shows the overall message.
 */
export function formFieldErrors(
  fields: Record<string, string>,
  prefix: string,
): [string, string][] {
  const start = `${prefix}.`;
  return Object.entries(fields).flatMap(([path, message]): [string, string][] => {
    // A form that is the whole request (the plan-a-session dialog) owns every path.
    if (prefix === '') return path === '(input)' ? [] : [[path, message]];
    if (path.startsWith(start)) return [[path.slice(start.length), message]];
    // The app API reports its own checks (a taken chart number) by field name alone.
    return path.includes('.') || path === '(input)' ? [] : [[path, message]];
  });
}
