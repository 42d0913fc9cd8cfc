import type { Migration } from './types.ts';

// The plan columns a superseding update must leave alone (002's list plus change_summary).
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
  'change_summary',
];

export const history: Migration = {
  version: 5,
  name: 'sessions, audit trail and plan change summaries',
  up: (db) => {
    db.exec(`
      -- What changed since the previous version, in one line, written when a plan is
      -- finalised so the timeline never has to diff old versions. NULL for drafts and for
      -- plans finalised before this migration (the timeline works theirs out when asked).
      ALTER TABLE plans ADD COLUMN change_summary TEXT;

      DROP TRIGGER plans_frozen;
      CREATE TRIGGER plans_frozen BEFORE UPDATE ON plans
      WHEN OLD.status <> 'draft' AND NOT (
        OLD.status = 'finalised' AND NEW.status = 'superseded' AND
        ${PLAN_COLUMNS_EXCEPT_STATUS.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ')}
      )
      BEGIN
        SELECT RAISE(ABORT, 'A finalised plan cannot be changed');
      END;

      -- "Everyone in an active flare", in name order, without walking the whole caseload.
      CREATE INDEX patients_by_stage ON patients (disease_stage, sort_key, id);

      -- A visit: planned (agenda and checklist), then recorded (what happened), or cancelled.
      CREATE TABLE sessions (
        id           TEXT PRIMARY KEY,
        patient_id   TEXT NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        -- the active plan the checklist was drawn from, if there was one
        plan_id      TEXT REFERENCES plans (id) ON DELETE SET NULL,
        session_date TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('planned', 'recorded', 'cancelled')),
        therapist    TEXT NOT NULL,
        -- agenda, checklist and outcome, as JSON checked by the app's schema
        data         TEXT NOT NULL CHECK (json_valid(data)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        recorded_at  TEXT,
        CHECK ((status = 'recorded') = (recorded_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX sessions_by_patient ON sessions (patient_id, session_date);
      CREATE INDEX sessions_upcoming ON sessions (session_date) WHERE status = 'planned';

      -- One row per change to a patient, plan or session. Append only: the triggers below
      -- refuse every update and delete, and rows have no foreign key so they outlive what
      -- they describe (a deleted patient's trail says that it was deleted, and by whom).
      CREATE TABLE audit_log (
        seq        INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        therapist  TEXT NOT NULL,
        patient_id TEXT NOT NULL,
        entity     TEXT NOT NULL CHECK (entity IN ('patient', 'plan', 'session')),
        entity_id  TEXT NOT NULL,
        action     TEXT NOT NULL,
        summary    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_patient ON audit_log (patient_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed');
      END;
    `);
  },
};
