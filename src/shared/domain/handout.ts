import { handoutLanguageSchema } from './handout-languages.ts';
import { z } from 'zod';
import { handoutSafetySchema } from './handout-safety.ts';
import { PAPER_SIZES, type PaperSize } from './settings.ts';

/** The full handout, or "My plan on a page". */
export const HANDOUT_SHEETS = ['full', 'one-page'] as const;
export type HandoutSheet = (typeof HANDOUT_SHEETS)[number];

/** What the therapist chooses when making a handout; unset choices come from Settings. */
export const handoutRequestSchema = z.strictObject({
  planId: z.uuid({ error: 'Plan id must be a UUID' }),
  paper: z.enum(PAPER_SIZES).nullable().default(null),
  largePrint: z.boolean().nullable().default(null),
  wearLog: z.boolean().default(false),
  /** 'one-page': "My plan on a page" (large print, for the fridge door) instead of the full handout. */
  sheet: z.enum(HANDOUT_SHEETS).default('full'),
  /** The language of the handout's own words; null: the clinic's handout language. */
  language: handoutLanguageSchema.nullable().default(null),
});

/** A handout that was made, as listed under its plan. */
export interface HandoutExport {
  id: string;
  planId: string;
  createdAt: string;
  sha256: string;
  paper: PaperSize;
  largePrint: boolean;
  wearLog: boolean;
  sheet: HandoutSheet;
  /** The handout language's tag ('en' for every handout made before languages). */
  language: string;
}

/** The PDF itself, for preview, download and printing. */
export interface HandoutFile extends HandoutExport {
  fileName: string;
  pdfBase64: string;
}

/**
 * The font sets a handout can be drawn with. A handout records its set, so one given out
 * before the fonts changed is reprinted byte for byte with the fonts it was made with (the
 * files of each set are the handout renderer's business: main/handout/fonts.ts).
 */
export const FONT_SET_IDS = ['atkinson-1', 'jointplan-sans-1'] as const;
export type FontSet = (typeof FONT_SET_IDS)[number];

/**
 * What a handout was printed with, besides the snapshot: kept to reprint it exactly. Its
 * shape only (no trimming or text rules), so reading it back never changes a value.
 */
export const storedHandoutOptionsSchema = z.object({
  paper: z.enum(PAPER_SIZES),
  largePrint: z.boolean(),
  wearLog: z.boolean(),
  redMarkMinutes: z.number(),
  clinic: z.object({
    name: z.string(),
    address: z.string(),
    phone: z.string(),
    logoBase64: z.string().nullable(),
  }),
  /** Absent on handouts made before font sets existed: those were drawn with 'atkinson-1'. */
  fontSet: z.enum(FONT_SET_IDS).optional(),
  /** Only for a plan whose snapshot has no safety content of its own (see HandoutOptions). */
  safety: handoutSafetySchema.optional(),
  /**
   * The layout it was drawn with (main/handout/options.ts CURRENT_LAYOUT). Absent on handouts
   * made before layouts were recorded: those were drawn with layout 1.
   */
  layout: z.number().optional(),
  /** Absent on handouts made before "My plan on a page" existed: those were full handouts. */
  sheet: z.enum(HANDOUT_SHEETS).optional(),
  /** The language of its own words; absent on handouts made before languages: English. */
  language: z.string().optional(),
});
export type StoredHandoutOptions = z.output<typeof storedHandoutOptionsSchema>;

/** "A4, large print, wear log": the options a handout was made with, in a few words. */
export function handoutOptionsLine(
  o: Pick<HandoutExport, 'paper' | 'largePrint' | 'wearLog'> & { sheet?: HandoutSheet | undefined },
) {
  return [
    ...(o.sheet === 'one-page' ? ['My plan on a page'] : []),
    o.paper,
    o.largePrint ? 'large print' : 'standard print',
    ...(o.wearLog ? ['wear log'] : []),
  ].join(', ');
}
