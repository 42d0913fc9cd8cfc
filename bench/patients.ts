import path from 'node:path';
import { createAppApi } from '../src/main/app-api.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../src/main/db/open.ts';
import { dispatch } from '../src/main/dispatch.ts';
import type { AppApi } from '../src/shared/api.ts';
import { DISEASE_STAGES, type PatientInput } from '../src/shared/domain/patient.ts';
import { JOINT_IDS, SIDES, type AffectedJoint } from '../src/shared/domain/joints.ts';
import type { Result } from '../src/shared/result.ts';
import { DIAGNOSES, NAME_POOLS, type NamePool } from './names.ts';
import {
  intBetween,
  median,
  percentile,
  pick,
  round2,
  seededRandom,
  sized,
  seededUuid,
  time,
  type BenchSuite,
} from './lib.ts';

/** The caseload every large-data suite builds: 50,000 patients, 1,000 under --quick. */
export const patientCount = (quick: boolean) => sized(quick, 50_000, 1_000);
const BATCH = 1_000;
const SEARCH_QUERIES = 200;
const WARM_UP_QUERIES = 20;
const OPEN_RUNS = 5;
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

function weightedPool(random: () => number): NamePool {
  const total = NAME_POOLS.reduce((sum, p) => sum + p.weight, 0);
  let r = random() * total;
  for (const pool of NAME_POOLS) {
    r -= pool.weight;
    if (r < 0) return pool;
  }
  return NAME_POOLS[NAME_POOLS.length - 1] as NamePool;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The n-th seeded patient, as a therapist would type them into the form. */
export function fakePatient(random: () => number, n: number): PatientInput {
  const pool = weightedPool(random);
  let givenName = pick(random, pool.given);
  // Some people carry two given names or a double-barrelled family name.
  if (random() < 0.08) givenName = `${givenName} ${pick(random, pool.given)}`;
  let familyName = pick(random, pool.family);
  if (random() < 0.05) familyName = `${familyName}-${pick(random, pool.family)}`;
  const joints = new Map<string, AffectedJoint>();
  for (let i = intBetween(random, 0, 6); i > 0; i--) {
    const joint = { joint: pick(random, JOINT_IDS), side: pick(random, SIDES) };
    joints.set(`${joint.side}:${joint.joint}`, joint);
  }
  return {
    givenName,
    familyName,
    preferredName:
      random() < 0.1 ? givenName.slice(0, Math.max(2, Math.ceil(givenName.length / 2))) : '',
    dateOfBirth:
      random() < 0.9
        ? isoDate(
            intBetween(random, 1935, 2012),
            intBetween(random, 1, 12),
            intBetween(random, 1, 28),
          )
        : '',
    // Most patients have a chart number; every one is unique.
    chartNumber: random() < 0.85 ? `MRN-${String(100_000 + n * 7).padStart(7, '0')}` : '',
    diagnosis: random() < 0.8 ? pick(random, DIAGNOSES) : '',
    diseaseStage: random() < 0.7 ? pick(random, DISEASE_STAGES) : null,
    affectedJoints: [...joints.values()],
    phone:
      random() < 0.7
        ? `+44 ${intBetween(random, 1000, 9999)} ${intBetween(random, 100000, 999999)}`
        : '',
    notes:
      random() < 0.3
        ? 'Prefers large-print handouts. Reviewed splint fit; discussed pacing and joint protection at work.'
        : '',
  };
}

function expectOk(result: Result<unknown>, what: string): void {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
}

/** 1–4 random letters, like someone starting to type a name. */
function randomQuery(random: () => number): string {
  let query = '';
  for (let i = intBetween(random, 1, 4); i > 0; i--) query += pick(random, LETTERS);
  return query;
}

async function seed(
  api: AppApi,
  db: Awaited<ReturnType<typeof openDatabase>>,
  random: () => number,
  total: number,
): Promise<void> {
  for (let start = 0; start < total; start += BATCH) {
    // dispatch is async, so the batch transaction is opened by hand; each create nests inside it.
    db.exec('BEGIN IMMEDIATE');
    try {
      for (let n = start; n < Math.min(start + BATCH, total); n++) {
        expectOk(
          await dispatch(api, 'patients.create', { patient: fakePatient(random, n) }),
          `patients.create #${n}`,
        );
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}

export const patientsBench: BenchSuite = {
  name: 'patients',
  targets: {
    'patients.search_p95_ms': { max: 5, label: '≤ 5 ms' },
    'db.open_ms': { max: 200, label: '≤ 200 ms' },
  },
  async run({ dir, log, quick }) {
    const total = patientCount(quick);
    const file = path.join(dir, DATABASE_FILE_NAME);
    const random = seededRandom(0x4a504c4e);
    let db = await openDatabase(file);
    const api = createAppApi({
      db,
      dataDir: dir,
      appVersion: 'bench',
      clock: () => new Date('2025-01-15T09:00:00.000Z'),
      newId: () => seededUuid(random),
    });

    log(`seeding ${total.toLocaleString('en')} patients through patients.create…`);
    const insertMs = await time(() => seed(api, db, random, total));
    const count = (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;
    if (count !== total) throw new Error(`expected ${total} patients, found ${count}`);

    log(`searching ${SEARCH_QUERIES} times…`);
    const queryRandom = seededRandom(2024);
    for (let i = 0; i < WARM_UP_QUERIES; i++)
      await dispatch(api, 'patients.search', { query: randomQuery(queryRandom) });
    const searchMs: number[] = [];
    for (let i = 0; i < SEARCH_QUERIES; i++) {
      const query = randomQuery(queryRandom);
      let result: Result<unknown> | undefined;
      searchMs.push(
        await time(async () => (result = await dispatch(api, 'patients.search', { query }))),
      );
      if (result) expectOk(result, `patients.search ${JSON.stringify(query)}`);
    }

    log(`reopening the database ${OPEN_RUNS} times…`);
    db.close();
    const openMs: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      openMs.push(await time(async () => (db = await openDatabase(file))));
      db.close();
    }

    return {
      'patients.insert50k_ms': round2(insertMs),
      'patients.search_p50_ms': round2(percentile(searchMs, 50)),
      'patients.search_p95_ms': round2(percentile(searchMs, 95)),
      'db.open_ms': round2(median(openMs)),
    };
  },
};
