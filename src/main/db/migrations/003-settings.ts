import type { Migration } from './types.ts';

export const settings: Migration = {
  version: 3,
  name: 'clinic settings',
  up: (db) => {
    db.exec(`
      -- one row: the clinic's details and handout defaults, as JSON checked by the app's schema
      CREATE TABLE settings (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        data       TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
