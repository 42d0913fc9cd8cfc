import type { Migration } from './types.ts';

/**
 * The therapist's own words in other languages: one row per catalogue item (or template) and
 * handout language. `fields` maps each translated text's place in the item ("care.0") to its
 * words and the SHA-256 of the English they were translated from, so a translation whose
 * English later changed is known to be out of date without keeping the old English. A row is
 * a draft until a named therapist checks it on a day; the app's shipped drafts are written by
 * 'shipped', so a start-up never overwrites what a therapist wrote. No foreign key: an item or
 * template can be deleted or retired while its translations wait, and nothing prints them.
 */
export const contentTranslations: Migration = {
  version: 12,
  name: 'translations of catalogue items and templates',
  up: (db) => {
    db.exec(`
      CREATE TABLE content_translations (
        owner       TEXT NOT NULL CHECK (owner IN ('catalogue', 'template')),
        owner_id    TEXT NOT NULL,
        language    TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
        fields      TEXT NOT NULL
          CHECK (json_valid(fields) AND json_type(fields) = 'object'),
        checked_by  TEXT,
        checked_on  TEXT,
        written_by  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (owner, owner_id, language),
        CHECK ((checked_by IS NULL) = (checked_on IS NULL))
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
