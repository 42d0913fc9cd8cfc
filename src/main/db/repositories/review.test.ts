import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import type { ReviewSort } from '../../../shared/domain/review.ts';
import { searchTerms } from '../../../shared/text/fold.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { deletePatient, insertPatient, setArchived, updatePatient } from './patients.ts';
import { countReviewsBefore, reviewQueue, type DateWindow } from './review.ts';

// The queue reads review_due, a table kept by triggers. Whatever is written to plans and
// patients, its answers must stay those of the plain rule over plans and patients themselves
// (the queries the queue ran before review_due, kept here as the reference).

let dir: string;
let db: SqliteDatabase;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-review-'));
  db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const AT = '2026-03-02T09:00:00.000Z';
const GIVEN = ['Anna', 'Ánna', 'José', 'Zoë', 'Qadir'];
const FAMILY = ['Smith', 'Šmíd', 'Nguyễn', 'Łukasik', 'Straße', 'Xu', 'Ødegaard'];
const id = (kind: number, n: number) =>
  `00000000-0000-4000-800${kind}-${String(n).padStart(12, '0')}`;
const fields = (n: number) =>
  patientInputSchema.parse({
    ...emptyPatientInput(),
    givenName: GIVEN[n % GIVEN.length],
    familyName: FAMILY[(n * 3) % FAMILY.length],
    chartNumber: n % 3 === 0 ? '' : `MRN-${100 + n}`,
  });

let planNo = 0;
/** A plan as the app writes one: a draft, then (unless `draft`) frozen as `status`. */
function addPlan(patientId: string, reviewDate: string | null, status = 'finalised') {
  const planId = id(9, ++planNo);
  db.prepare(
    `INSERT INTO plans (id, patient_id, version, status, title, plan_date, therapist, review_date,
       affected_joints, rest, created_at, updated_at)
     VALUES (?, ?, ?, 'draft', 'Plan', '2026-01-01', 'Jo', ?, '[]',
       '{"breakRule":null,"timetable":[],"energyPs":"four-ps"}', ?, ?)`,
  ).run(planId, patientId, planNo, reviewDate, AT, AT);
  if (status !== 'draft')
    db.prepare(
      `UPDATE plans SET status = ?, snapshot = '{}', snapshot_sha256 = ?, finalised_at = ?,
         finalised_by = 'Jo' WHERE id = ?`,
    ).run(status, 'a'.repeat(64), AT, planId);
  return planId;
}

/** The queue and counts as computed before review_due: straight from plans and patients. */
function reference(window: DateWindow, query: string, sort: ReviewSort) {
  const params: Record<string, string | null> = { to: window.to, from: window.from };
  const terms = searchTerms(query);
  terms.forEach((t, i) => (params[`t${i}`] = t));
  const where = [
    "p.status = 'finalised'",
    'p.review_date < :to',
    '(:from IS NULL OR p.review_date >= :from)',
    'pt.archived_at IS NULL',
    ...terms.map((_, i) => `instr(pt.search_text, :t${i}) > 0`),
  ].join(' AND ');
  const order = sort === 'name' ? 'pt.sort_key, pt.id' : 'p.review_date, pt.sort_key, pt.id';
  return db
    .prepare(
      `SELECT p.id FROM plans p JOIN patients pt ON pt.id = p.patient_id WHERE ${where} ORDER BY ${order}`,
    )
    .pluck()
    .all(params) as string[];
}

const WINDOWS: DateWindow[] = [
  { from: null, to: '2026-03-02' },
  { from: '2026-03-02', to: '2026-03-09' },
  { from: '2026-03-09', to: '2026-05-04' },
  { from: null, to: '2026-05-04' },
];
const QUERIES = ['', 'a', 'anna', 'smid', 'ø', 'mrn-1', 'x u', 'nothing'];

function expectSameAsReference() {
  for (const window of WINDOWS)
    for (const query of QUERIES)
      for (const sort of ['name', 'review-date'] as const) {
        const all = reference(window, query, sort);
        for (const limit of [5, 1000])
          expect(
            reviewQueue(db, window, query, sort, limit).map((r) => r.planId),
            `${JSON.stringify(window)} ${JSON.stringify(query)} ${sort} ${limit}`,
          ).toEqual(all.slice(0, limit));
      }
  for (const query of QUERIES)
    expect(
      countReviewsBefore(
        db,
        WINDOWS.slice(0, 3).map((w) => w.to),
        query,
      ),
    ).toEqual(
      WINDOWS.slice(0, 3).map((w) => reference({ from: null, to: w.to }, query, 'name').length),
    );
}

it('gives the queue and its counts of the plain rule, through every kind of change', () => {
  const patients = Array.from({ length: 60 }, (_, n) => {
    insertPatient(db, id(1, n), fields(n), AT);
    return id(1, n);
  });
  patients.forEach((p, n) => {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = ['01', '02', '03', '04', '05', '06'][n % 6];
    if (n % 10 === 0) return; // no plan yet
    if (n % 10 === 1) addPlan(p, `2026-${month}-${day}`, 'draft');
    else if (n % 10 === 2) addPlan(p, null);
    else {
      if (n % 4 === 0) addPlan(p, '2025-12-01', 'superseded');
      addPlan(p, `2026-${month}-${day}`);
    }
  });
  for (const n of [5, 15, 25]) setArchived(db, id(1, n), AT, AT);
  expectSameAsReference();

  // Over a thousand more Annas: too many for the trigram index to narrow "an" or "a", so
  // those filters walk review_due's indexes while "smid" or "mrn-1" still read candidates.
  db.transaction(() => {
    for (let n = 100; n < 1_200; n++) {
      insertPatient(db, id(1, n), { ...fields(0), familyName: `Annan${n}`, chartNumber: null }, AT);
      addPlan(id(1, n), `2026-0${1 + (n % 5)}-${String(1 + (n % 28)).padStart(2, '0')}`);
    }
  })();
  expectSameAsReference();

  // A new version replaces the active one (superseded first, then finalised, as the app does).
  const replaced = db
    .prepare("SELECT id FROM plans WHERE patient_id = ? AND status = 'finalised'")
    .pluck()
    .get(id(1, 7)) as string;
  db.prepare("UPDATE plans SET status = 'superseded' WHERE id = ?").run(replaced);
  addPlan(id(1, 7), '2026-03-03');
  // Unarchived, archived, renamed, deleted; a draft finalised; a plan deleted with its patient.
  setArchived(db, id(1, 15), null, AT);
  setArchived(db, id(1, 33), AT, AT);
  updatePatient(db, id(1, 34), { ...fields(34), givenName: 'Þórunn', chartNumber: 'ZZ-1' }, AT);
  deletePatient(db, id(1, 44));
  addPlan(id(1, 10), '2026-03-05');
  // A plan written already finalised (no writer does so today; the trigger covers it anyway).
  db.prepare(
    `INSERT INTO plans (id, patient_id, version, status, title, plan_date, therapist, review_date,
       affected_joints, rest, created_at, updated_at, snapshot, snapshot_sha256, finalised_at,
       finalised_by)
     VALUES ('direct', ?, 1, 'finalised', 'Plan', '2026-01-01', 'Jo', '2026-02-20', '[]',
       '{"breakRule":null,"timetable":[],"energyPs":"four-ps"}', ?, ?, '{}', ?, ?, 'Jo')`,
  ).run(id(1, 20), AT, AT, 'a'.repeat(64), AT);
  expectSameAsReference();
  expect(db.prepare('SELECT count(*) FROM review_due').pluck().get()).toBe(
    reference(WINDOWS[3] ?? { from: null, to: '' }, '', 'name').length +
      (db
        .prepare(
          `SELECT count(*) FROM plans p JOIN patients pt ON pt.id = p.patient_id
           WHERE p.status = 'finalised' AND p.review_date >= '2026-05-04' AND pt.archived_at IS NULL`,
        )
        .pluck()
        .get() as number),
  );
});
