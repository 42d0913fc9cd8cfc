import type { Migration } from './types.ts';

export const seedSuggestions: Migration = {
  version: 6,
  name: 'corrected seed wording offered for edited catalogue items',
  up: (db) => {
    db.exec(`
      -- A newer shipped version of a seeded item the therapist has edited: never applied on its
      -- own (their edit stays), only shown beside the item to accept or dismiss. NULL for none.
      ALTER TABLE catalogue_items ADD COLUMN suggested_content TEXT
        CHECK (suggested_content IS NULL OR json_valid(suggested_content));
    `);
  },
};
