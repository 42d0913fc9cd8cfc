import type { Migration } from './types.ts';

/**
 * Which form of a derived column the rows hold, so a change in how the app derives it (a new
 * ICU orders names differently: db/name-order.ts) is found at open and the column rebuilt.
 * Empty here: the first open after it finds no form recorded and builds the name keys in
 * collation order (they were code point order before).
 */
export const derivedForms: Migration = {
  version: 11,
  name: 'forms of derived columns',
  up: (db) => {
    db.exec(`
      CREATE TABLE derived_forms (
        name TEXT PRIMARY KEY,
        form TEXT NOT NULL
      ) STRICT;
    `);
  },
};
