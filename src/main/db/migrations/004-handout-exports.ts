import type { Migration } from './types.ts';

export const handoutExports: Migration = {
  version: 4,
  name: 'handout exports',
  up: (db) => {
    db.exec(`
      -- Every handout given out, with everything the renderer was given besides the plan's
      -- snapshot (clinic details, logo, paper, print size), so it can be printed again byte for byte.
      CREATE TABLE handout_exports (
        id         TEXT PRIMARY KEY,
        plan_id    TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        options    TEXT NOT NULL CHECK (json_valid(options)),
        sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX handout_exports_by_plan ON handout_exports (plan_id, created_at);
    `);
  },
};
