import { afterEach, expect, it } from 'vitest';
import {
  OLD_AT,
  OLD_PATIENT,
  olderDatabase,
  writeOldPatient,
} from '../../../test-support/older-database.ts';
import { findHandoutExport } from './handout-exports.ts';

const PLAN = '8d2a9c1e-52b4-4f0e-9a51-0c3e7d6b2f10';
const HANDOUT = '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

let close = () => {};
afterEach(() => close());

it('a handout whose stored options are broken is named as damage, by table and row', async () => {
  const older = await olderDatabase(4, (db) => {
    writeOldPatient(db);
    db.prepare(
      `INSERT INTO plans (id, patient_id, version, previous_id, status, title, plan_date, therapist,
         review_date, affected_joints, rest, created_at, updated_at)
       VALUES (?, ?, 1, NULL, 'draft', 'Plan', '2026-01-05', 'Jo', NULL, '[]', '{}', ?, ?)`,
    ).run(PLAN, OLD_PATIENT, OLD_AT, OLD_AT);
    db.prepare('INSERT INTO handout_exports VALUES (?, ?, ?, ?, ?)').run(
      HANDOUT,
      PLAN,
      JSON.stringify({ paper: 'A4', largePrint: 'yes' }),
      'c'.repeat(64),
      OLD_AT,
    );
  });
  close = older.close;
  expect(() => findHandoutExport(older.db, HANDOUT)).toThrow(
    `Row ${HANDOUT} of table handout_exports is damaged (options.largePrint:`,
  );
});
