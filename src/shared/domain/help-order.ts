/**
 * The order of the "Get help quickly" box, with no schemas, so the handout renderer (a worker
 * thread) loads it without zod. handout-safety.ts re-exports it.
 */
import type { GetHelpLine } from './handout-safety.ts';

/**
 * How fast a "Get help quickly" line asks the patient to act, most urgent first: the handout
 * prints the lines in this order whatever order the clinic typed them in.
 */
export const HELP_URGENCIES = ['emergency', 'same-day', 'few-days', 'clinic'] as const;

/** The box's lines, most urgent first; lines of the same urgency keep the clinic's order. */
export function getHelpInOrder(lines: readonly GetHelpLine[]): GetHelpLine[] {
  return lines
    .map((line, i) => ({ line, i }))
    .sort(
      (a, b) =>
        HELP_URGENCIES.indexOf(a.line.urgency) - HELP_URGENCIES.indexOf(b.line.urgency) ||
        a.i - b.i,
    )
    .map((x) => x.line);
}
