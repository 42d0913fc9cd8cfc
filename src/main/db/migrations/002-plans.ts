import type { Migration } from './types.ts';

const PLAN_COLUMNS_EXCEPT_STATUS = [
  'id',
  'patient_id',
  'version',
  'previous_id',
  'title',
  'plan_date',
  'therapist',
  'review_date',
  'affected_joints',
  'rest',
  'created_at',
  'updated_at',
  'finalised_at',
  'finalised_by',
  'snapshot',
  'snapshot_sha256',
];

export const plans: Migration = {
  version: 2,
  name: 'catalogue, plans and templates',
  up: (db) => {
    db.exec(`
      CREATE TABLE catalogue_items (
        -- the seed id ("orthosis.resting-hand") for items the app ships, a UUID for the therapist's own
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('orthosis', 'equipment', 'principle', 'strategy', 'pacing')),
        content      TEXT NOT NULL CHECK (json_valid(content)),
        name         TEXT NOT NULL,
        search_text  TEXT NOT NULL,
        from_seed    INTEGER NOT NULL CHECK (from_seed IN (0, 1)),
        seed_version INTEGER,
        -- set once a therapist changes a seeded item: later seed updates leave it alone
        edited       INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
        retired_at   TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX catalogue_by_kind ON catalogue_items (kind, name);

      CREATE TABLE plans (
        id              TEXT PRIMARY KEY,
        patient_id      TEXT NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        version         INTEGER NOT NULL CHECK (version >= 1),
        -- deferred: deleting a patient removes all their versions at once, in any order
        previous_id     TEXT REFERENCES plans (id) DEFERRABLE INITIALLY DEFERRED,
        status          TEXT NOT NULL CHECK (status IN ('draft', 'finalised', 'superseded')),
        title           TEXT NOT NULL,
        plan_date       TEXT NOT NULL,
        therapist       TEXT NOT NULL,
        review_date     TEXT,
        affected_joints TEXT NOT NULL CHECK (json_valid(affected_joints)),
        rest            TEXT NOT NULL CHECK (json_valid(rest)),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        finalised_at    TEXT,
        finalised_by    TEXT,
        snapshot        TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
        snapshot_sha256 TEXT,
        UNIQUE (patient_id, version),
        -- a draft has no snapshot; a finalised or superseded plan always has one
        CHECK ((status = 'draft') = (snapshot IS NULL)),
        CHECK ((snapshot IS NULL) = (snapshot_sha256 IS NULL)),
        CHECK ((status = 'draft') = (finalised_at IS NULL))
      ) STRICT;
      -- one active (finalised) plan and at most one draft per patient
      CREATE UNIQUE INDEX plans_one_active ON plans (patient_id) WHERE status = 'finalised';
      CREATE UNIQUE INDEX plans_one_draft ON plans (patient_id) WHERE status = 'draft';
      CREATE INDEX plans_by_review_date ON plans (review_date) WHERE status = 'finalised';

      -- A finalised plan is frozen: the one change allowed is being superseded by a newer version.
      CREATE TRIGGER plans_frozen BEFORE UPDATE ON plans
      WHEN OLD.status <> 'draft' AND NOT (
        OLD.status = 'finalised' AND NEW.status = 'superseded' AND
        ${PLAN_COLUMNS_EXCEPT_STATUS.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ')}
      )
      BEGIN
        SELECT RAISE(ABORT, 'A finalised plan cannot be changed');
      END;

      CREATE TABLE plan_items (
        plan_id      TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        section      TEXT NOT NULL CHECK (section IN ('goal', 'orthosis', 'equipment', 'principle', 'strategy')),
        position     INTEGER NOT NULL CHECK (position >= 0),
        catalogue_id TEXT REFERENCES catalogue_items (id),
        data         TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (plan_id, section, position),
        CHECK ((section = 'goal') = (catalogue_id IS NULL))
      ) STRICT;
      -- "everyone with a resting hand splint"
      CREATE INDEX plan_items_by_catalogue ON plan_items (catalogue_id);

      CREATE TRIGGER plan_items_frozen_insert BEFORE INSERT ON plan_items
      WHEN (SELECT status FROM plans WHERE id = NEW.plan_id) <> 'draft'
      BEGIN
        SELECT RAISE(ABORT, 'A finalised plan cannot be changed');
      END;
      CREATE TRIGGER plan_items_frozen_update BEFORE UPDATE ON plan_items
      WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) <> 'draft'
      BEGIN
        SELECT RAISE(ABORT, 'A finalised plan cannot be changed');
      END;
      -- (deleting a patient still removes their plans: then the plan row is already gone)
      CREATE TRIGGER plan_items_frozen_delete BEFORE DELETE ON plan_items
      WHEN (SELECT status FROM plans WHERE id = OLD.plan_id) <> 'draft'
      BEGIN
        SELECT RAISE(ABORT, 'A finalised plan cannot be changed');
      END;

      CREATE TABLE plan_templates (
        -- the seed id for built-in templates, a UUID for the therapist's own
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        built_in    INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        content     TEXT NOT NULL CHECK (json_valid(content)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
