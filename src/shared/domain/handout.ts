import { z } from 'zod';
import { PAPER_SIZES } from './settings.ts';

/** What the therapist chooses when making a handout; unset choices come from Settings. */
export const handoutRequestSchema = z.strictObject({
  planId: z.uuid({ error: 'Plan id must be a UUID' }),
  paper: z.enum(PAPER_SIZES).nullable().default(null),
  largePrint: z.boolean().nullable().default(null),
  wearLog: z.boolean().default(false),
});
export type HandoutRequest = z.input<typeof handoutRequestSchema>;

/** A handout that was made, as listed under its plan. */
export interface HandoutExport {
  id: string;
  planId: string;
  createdAt: string;
  sha256: string;
  paper: 'A4' | 'Letter';
  largePrint: boolean;
  wearLog: boolean;
}

/** The PDF itself, for preview, download and printing. */
export interface HandoutFile extends HandoutExport {
  fileName: string;
  pdfBase64: string;
}
