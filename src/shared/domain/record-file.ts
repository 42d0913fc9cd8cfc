import { z } from 'zod';

/** A patient's exported record, as the app hands it to the user to save. */
export interface RecordExport {
  fileName: string;
  /** The file's text (JSON). */
  text: string;
}

/**
 * The size a record file may have, in characters: room for photos (each frozen plan holds its
 * splint and catalogue photos, 50 to 200 KB each as base64), still within the web host's body
 * limit once JSON-escaped (base64 needs no escaping).
 */
export const MAX_RECORD_FILE_CHARS = 6_000_000;

export type RecordConflict =
  | { kind: 'chart-number'; chartNumber: string; existingPatientId: string; existingName: string }
  | { kind: 'same-record'; existingPatientId: string; existingName: string };

/** What a record file holds, shown before importing it. */
export interface RecordPreview {
  givenName: string;
  familyName: string;
  chartNumber: string | null;
  dateOfBirth: string | null;
  exportedAt: string;
  plans: number;
  sessions: number;
  handouts: number;
  /** The therapist's own catalogue items the plans name that this computer lacks (added retired). */
  newCatalogueItems: number;
  conflict: RecordConflict | null;
}

/** The passphrase a protected record file is made and opened with. */
export const PASSPHRASE_MIN_LENGTH = 8;
export const recordPassphrase = z
  .string({ error: 'Enter the passphrase' })
  .min(1, 'Enter the passphrase')
  .max(200, 'A passphrase has at most 200 characters');

/**
 * How a record leaves this computer: protected with a passphrase, or, only when the
 * therapist has confirmed they understand anyone could read it, unprotected.
 */
export const recordProtectionSchema = z.union([
  z.strictObject({
    passphrase: recordPassphrase.min(
      PASSPHRASE_MIN_LENGTH,
      `Use at least ${PASSPHRASE_MIN_LENGTH} characters: a few words are easiest to type and remember`,
    ),
  }),
  z.strictObject({
    unprotected: z.literal(true, {
      error: 'Exporting a record without protection must be confirmed',
    }),
  }),
]);
export type RecordProtection = z.output<typeof recordProtectionSchema>;
