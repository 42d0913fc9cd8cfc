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
