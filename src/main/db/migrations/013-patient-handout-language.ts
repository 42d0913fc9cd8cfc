import type { Migration } from './types.ts';

/**
 * The language a patient's handouts are printed in, when it is not the clinic's: a row only
 * for a patient who has one (most have none, and follow Settings). Kept beside `patients`
 * rather than as a column of it, so a patient row written before it, and every query of
 * patients, stay exactly as they were.
 */
export const patientHandoutLanguage: Migration = {
  version: 13,
  name: "a patient's handout language",
  up: (db) => {
    db.exec(`
      CREATE TABLE patient_handout_languages (
        patient_id TEXT PRIMARY KEY REFERENCES patients (id) ON DELETE CASCADE,
        language   TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12)
      ) STRICT;
    `);
  },
};
