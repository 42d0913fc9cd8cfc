import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { insertPatient, setArchived } from '../repositories/patients.ts';
import { countReviewsBefore, reviewQueue } from '../repositories/review.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m8-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-01T00:00:00.000Z';
const id = (kind: number, n: number) =>
  `00000000-0000-4000-800${kind}-${String(n).padStart(12, '0')}`;

it('migration 8 backs up a version-7 database and lists every active review already in it', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const v7 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 7) });
  const plan = v7.prepare(
    `INSERT INTO plans (id, patient_id, version, status, title, plan_date, therapist, review_date,
       affected_joints, rest, created_at, updated_at)
     VALUES (?, ?, ?, 'draft', 'Plan', '2025-12-01', 'Jo', ?, '[]',
       '{"breakRule":null,"timetable":[],"energyPs":"four-ps"}', ?, ?)`,
  );
  const freeze = v7.prepare(
    `UPDATE plans SET status = ?, snapshot = '{}', snapshot_sha256 = ?, finalised_at = ?,
       finalised_by = 'Jo' WHERE id = ?`,
  );
  const names = ['José Müller', 'Ann Quist', 'Zoë Łukasik', 'Bo Draft'];
  names.forEach((name, n) => {
    const [givenName, familyName] = name.split(' ');
    insertPatient(
      v7,
      id(1, n),
      patientInputSchema.parse({ ...emptyPatientInput(), givenName, familyName }),
      AT,
    );
  });
  plan.run(id(2, 0), id(1, 0), 1, '2025-06-01', AT, AT);
  freeze.run('superseded', 'a'.repeat(64), AT, id(2, 0));
  plan.run(id(2, 1), id(1, 0), 2, '2026-02-01', AT, AT);
  freeze.run('finalised', 'a'.repeat(64), AT, id(2, 1));
  plan.run(id(2, 2), id(1, 1), 1, '2026-03-04', AT, AT);
  freeze.run('finalised', 'a'.repeat(64), AT, id(2, 2));
  plan.run(id(2, 3), id(1, 2), 1, '2026-01-15', AT, AT);
  freeze.run('finalised', 'a'.repeat(64), AT, id(2, 3));
  setArchived(v7, id(1, 2), AT, AT);
  plan.run(id(2, 4), id(1, 3), 1, '2026-01-10', AT, AT); // a draft: no review yet
  v7.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 8) });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([
      expect.stringMatching(/^before-migration-v7-/),
    ]);
    const queue = reviewQueue(db, { from: null, to: '2026-05-01' }, '', 'review-date', 10);
    expect(queue.map((r) => [r.planId, r.patientName, r.reviewDate])).toEqual([
      [id(2, 1), 'Müller, José', '2026-02-01'],
      [id(2, 2), 'Quist, Ann', '2026-03-04'],
    ]);
    expect(countReviewsBefore(db, ['2026-03-02', '2026-03-09'], 'muller')).toEqual([1, 1]);
    // Unarchived later, the patient's review comes back.
    setArchived(db, id(1, 2), null, AT);
    expect(countReviewsBefore(db, ['2026-03-02', '2026-03-09'], '')).toEqual([2, 3]);
  } finally {
    db.close();
  }
});
