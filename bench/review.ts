/**
 * The review queue on a large caseload with many reviews overdue: 50,000 patients (1,000
 * under --quick), nearly all with an active plan, two thirds of them past their review date.
 * Every bucket and both sorts are called, with and without a name filter; the p95 is over all.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { insertPatient } from '../src/main/db/repositories/patients.ts';
import { patientInputSchema } from '../src/shared/domain/patient.ts';
import { benchApi, call } from './api.ts';
import {
  intBetween,
  percentile,
  round2,
  seededRandom,
  seededUuid,
  sized,
  time,
  type BenchSuite,
} from './lib.ts';
import { fakePatient, patientCount } from './patients.ts';

const TODAY = '2026-03-02';
const DAY_MS = 24 * 60 * 60 * 1000;
const BUCKETS = ['overdue', 'this-week', 'upcoming', 'all'] as const;
const SORTS = ['review-date', 'name'] as const;
const QUERIES = ['', 'an', 'smith', 'zzq'];

const dayFrom = (days: number) =>
  new Date(Date.parse(TODAY) + days * DAY_MS).toISOString().slice(0, 10);

/** A review date: 2/3 overdue (up to two years), then this week, the next 8 weeks, later. */
function reviewDay(random: () => number): string {
  const r = random();
  if (r < 0.66) return dayFrom(-intBetween(random, 1, 730));
  if (r < 0.72) return dayFrom(intBetween(random, 0, 6));
  if (r < 0.9) return dayFrom(intBetween(random, 7, 62));
  return dayFrom(intBetween(random, 63, 365));
}

/** The caseload written straight to the tables (the triggers keep review_due as they go). */
function fill(db: Database, random: () => number, patients: number): void {
  const insertPlan = db.prepare(
    `INSERT INTO plans (id, patient_id, version, status, title, plan_date, therapist, review_date,
       affected_joints, rest, created_at, updated_at)
     VALUES (?, ?, 1, 'draft', 'Joint protection plan', '2025-01-01', 'Alex Morgan, OT', ?, '[]',
       '{"breakRule":null,"timetable":[],"energyPs":"four-ps"}', ?, ?)`,
  );
  const freeze = db.prepare(
    `UPDATE plans SET status = 'finalised', snapshot = '{}', snapshot_sha256 = ?, finalised_at = ?,
       finalised_by = 'Alex Morgan, OT' WHERE id = ?`,
  );
  const at = '2025-01-01T09:00:00.000Z';
  db.transaction(() => {
    for (let n = 0; n < patients; n++) {
      const id = seededUuid(random);
      insertPatient(db, id, patientInputSchema.parse(fakePatient(random, n)), at);
      if (random() < 0.04)
        db.prepare('UPDATE patients SET archived_at = ? WHERE id = ?').run(at, id);
      if (random() < 0.05) continue; // no plan yet
      const planId = seededUuid(random);
      insertPlan.run(planId, id, reviewDay(random), at, at);
      freeze.run('f'.repeat(64), at, planId);
    }
  })();
}

export const reviewBench: BenchSuite = {
  name: 'review',
  targets: { 'review.queue_p95_ms': { max: 20, label: '≤ 20 ms' } },
  async run({ dir, log, quick }) {
    const random = seededRandom(0x52455649);
    const clock = () => new Date(`${TODAY}T09:00:00.000Z`);
    const db = await openAppDatabase(dir, clock);
    try {
      const api = benchApi(db, dir, clock, random);
      const patients = patientCount(quick);
      log(`filling ${patients} patients with active plans, two thirds overdue…`);
      fill(db, random, patients);
      db.exec('ANALYZE');

      const rounds = sized(quick, 10, 1);
      log(`calling review.queue ${rounds} times for each bucket, sort and filter…`);
      const ms: number[] = [];
      let overdue = 0;
      for (let round = -1; round < rounds; round++)
        for (const bucket of BUCKETS)
          for (const sort of SORTS)
            for (const query of QUERIES) {
              let counted = 0;
              const took = await time(async () => {
                const queue = await call(api, 'review.queue', { bucket, sort, query });
                counted = queue.counts.overdue;
              });
              if (query === '') overdue = counted;
              if (round >= 0) ms.push(took); // round -1 warms up
            }
      log(`${overdue} reviews overdue; ${ms.length} calls timed`);
      if (overdue < patients / 2)
        throw new Error(`expected most reviews overdue, found ${overdue}`);
      return {
        'review.queue_p50_ms': round2(percentile(ms, 50)),
        'review.queue_p95_ms': round2(percentile(ms, 95)),
      };
    } finally {
      db.close();
    }
  },
};
