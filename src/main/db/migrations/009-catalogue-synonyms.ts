import type { Migration } from './types.ts';

/**
 * Also an index of patients by date of birth, for search (see the comment in the SQL).
 *
 * The other names therapists use for an item ("built-up cutlery", "Oval-8"), searched with
 * its own words; and items made for one plan only (a "one-off"), kept out of the catalogue's
 * lists but stored like any item, so a plan that names one finalises, prints and travels
 * in a record as it would with a catalogue item. Synonyms are a column beside the content,
 * not a field in it, so the content a plan's snapshot freezes keeps its shape.
 */
export const catalogueSynonyms: Migration = {
  version: 9,
  name: 'catalogue synonyms, one-off items, patients by date of birth',
  up: (db) => {
    db.exec(`
      ALTER TABLE catalogue_items ADD COLUMN synonyms TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(synonyms) AND json_type(synonyms) = 'array');
      -- set once a therapist changes an item's synonyms: the shipped list then leaves them alone
      ALTER TABLE catalogue_items ADD COLUMN synonyms_edited INTEGER NOT NULL DEFAULT 0
        CHECK (synonyms_edited IN (0, 1));
      -- 1 for an item added from inside one plan, until the therapist saves it to the catalogue
      ALTER TABLE catalogue_items ADD COLUMN one_off INTEGER NOT NULL DEFAULT 0
        CHECK (one_off IN (0, 1));

      -- Patient search by date of birth (the usual way to tell two people of one name apart):
      -- the few patients born that day, found without walking the name index.
      CREATE INDEX patients_by_birth ON patients (date_of_birth, sort_key, id);
    `);
  },
};
