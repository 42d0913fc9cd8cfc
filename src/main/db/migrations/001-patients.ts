import type { Migration } from './types.ts';

export const patients: Migration = {
  version: 1,
  name: 'patients',
  up: (db) => {
    db.exec(`
      CREATE TABLE patients (
        id             TEXT PRIMARY KEY,
        given_name     TEXT NOT NULL,
        family_name    TEXT NOT NULL,
        preferred_name TEXT,
        date_of_birth  TEXT,
        chart_number   TEXT,
        diagnosis      TEXT,
        disease_stage  TEXT CHECK (disease_stage IN ('active-flare', 'stable', 'established-deformity')),
        phone          TEXT,
        notes          TEXT NOT NULL DEFAULT '',
        -- folded (lower case, no accents) copies that ordering and search run on
        sort_key       TEXT NOT NULL,
        search_text    TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        archived_at    TEXT
      ) STRICT;

      -- a chart number is optional but never shared; compared without regard to case
      CREATE UNIQUE INDEX patients_chart_number ON patients (chart_number COLLATE NOCASE)
        WHERE chart_number IS NOT NULL;

      -- covers the patient list: walked in name order, filtered without touching the table
      CREATE INDEX patients_list ON patients (sort_key, id, search_text, archived_at);

      CREATE TABLE patient_joints (
        patient_id TEXT NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        joint      TEXT NOT NULL,
        side       TEXT NOT NULL CHECK (side IN ('right', 'left')),
        PRIMARY KEY (patient_id, joint, side)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
