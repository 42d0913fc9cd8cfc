import type { Migration } from './types.ts';

/**
 * A trigram index over each patient's folded search text, so a search that matches few
 * patients reads only those instead of walking the whole name index (10–12 ms at 50,000).
 * Kept by triggers, so every writer of `patients` keeps it without knowing it exists.
 *
 * The text is indexed with two U+0001 characters after it (a character no folded name holds):
 * then every one- and two-letter piece of the text is also the start of a trigram, which the
 * repository finds through the vocabulary table. Rows are keyed by the patient's rowid, which
 * SQLite keeps for a row's lifetime (the app never runs VACUUM, the one thing that may renumber
 * rows of a table without an INTEGER PRIMARY KEY).
 */
export const patientTrigrams: Migration = {
  version: 7,
  name: 'trigram index for patient search',
  up: (db) => {
    db.exec(`
      -- case_sensitive 1: the text is already folded (src/shared/text/fold.ts); matching it
      -- exactly keeps the index and instr() in the name-order walk in agreement.
      CREATE VIRTUAL TABLE patient_trigrams USING fts5 (
        text, tokenize = 'trigram case_sensitive 1', detail = 'full'
      );
      CREATE VIRTUAL TABLE patient_trigram_terms USING fts5vocab (patient_trigrams, 'row');

      CREATE TRIGGER patient_trigrams_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patient_trigrams (rowid, text) VALUES (new.rowid, new.search_text || char(1, 1));
      END;
      CREATE TRIGGER patient_trigrams_update AFTER UPDATE OF search_text ON patients
        WHEN old.search_text IS NOT new.search_text BEGIN
        DELETE FROM patient_trigrams WHERE rowid = old.rowid;
        INSERT INTO patient_trigrams (rowid, text) VALUES (new.rowid, new.search_text || char(1, 1));
      END;
      CREATE TRIGGER patient_trigrams_delete AFTER DELETE ON patients BEGIN
        DELETE FROM patient_trigrams WHERE rowid = old.rowid;
      END;

      INSERT INTO patient_trigrams (rowid, text) SELECT rowid, search_text || char(1, 1) FROM patients;
    `);
  },
};
