import type { z } from 'zod';

/**
 * Reads a JSON column through its stored-shape schema (shared/domain's `stored…Schema`s:
 * types and structure only, never today's input rules, so whatever an earlier version wrote
 * still reads as it was written). A value whose very shape is broken is damage: it is named
 * by table, row and column rather than passed on for a screen to trip over.
 */
export function readStoredJson<T>(
  schema: z.ZodType<T>,
  json: string,
  where: { table: string; id: string; column: string },
): T {
  const place = `Row ${where.id} of table ${where.table} is damaged (${where.column}`;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    throw new Error(`${place}: not JSON)`);
  }
  const checked = schema.safeParse(stored);
  if (checked.success) return checked.data;
  const first = checked.error.issues[0];
  const at = first?.path.length ? `.${first.path.join('.')}` : '';
  throw new Error(`${place}${at}: ${first?.message})`);
}
