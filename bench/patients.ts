import path from 'node:path';
import { createAppApi } from '../src/main/app-api.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../src/main/db/open.ts';
import { dispatch } from '../src/main/dispatch.ts';
import type { AppApi } from '../src/shared/api.ts';
import {
  DISEASE_STAGES,
  type PatientInput,
  type PatientPage,
} from '../src/shared/domain/patient.ts';
import { JOINT_IDS, SIDES, type AffectedJoint } from '../src/shared/domain/joints.ts';
import type { Result } from '../src/shared/result.ts';
import { call } from './api.ts';
import { DIAGNOSES, NAME_POOLS, type NamePool } from './names.ts';
import { noMatchQueries, searchFloor, type SearchFloor } from './search-floor.ts';
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

/**
 * Times patients.search through the dispatcher for each query after the warm-up ones, and
 * checks its first page is the floor's: a faster search giving other answers is no faster.
 */
async function timedSearches(
  api: AppApi,
  floor: SearchFloor,
  queries: readonly string[],
): Promise<number[]> {
  const ms: number[] = [];
  for (const [i, query] of queries.entries()) {
    let page: PatientPage | undefined;
    const took = await time(async () => (page = await call(api, 'patients.search', { query })));
    const ids = page?.patients.map((p) => p.id) ?? [];
    // The app's default page is 100 patients; the floor reads one more to know of a next page.
    if (ids.join() !== floor.scan(query).slice(0, 100).join())
      throw new Error(`patients.search ${JSON.stringify(query)} differs from a plain scan`);
    if (i >= WARM_UP_QUERIES) ms.push(took);
  }
  return ms;
}

/** The floor's time for each query after the warm-up ones. */
function timedScans(floor: SearchFloor, queries: readonly string[]): number[] {
  return queries.flatMap((query, i) => {
    const start = performance.now();
    floor.scan(query);
    const took = performance.now() - start;
    return i >= WARM_UP_QUERIES ? [took] : [];
  });
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
    'patients.search_p95_ms': { max: 2, label: '≤ 2 ms' },
    'patients.search_nomatch_p95_ms': { max: 2, label: '≤ 2 ms' },
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

    log(`searching ${SEARCH_QUERIES} times, and as many times for nothing…`);
    const floor = searchFloor(db);
    const queryRandom = seededRandom(2024);
    const typed = Array.from({ length: SEARCH_QUERIES + WARM_UP_QUERIES }, () =>
      randomQuery(queryRandom),
    );
    const nothing = noMatchQueries(queryRandom, floor, SEARCH_QUERIES + WARM_UP_QUERIES);
    const searchMs = await timedSearches(api, floor, typed);
    const noMatchMs = await timedSearches(api, floor, nothing);
    const floorMs = timedScans(floor, typed);
    const floorNoMatchMs = timedScans(floor, nothing);

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
      'patients.search_nomatch_p95_ms': round2(percentile(noMatchMs, 95)),
      // The in-memory scan's p95 over the same queries, and how many times slower the app is.
      'patients.search_floor_p95_ms': round2(percentile(floorMs, 95)),
      'patients.search_floor_ratio': round2(percentile(searchMs, 95) / percentile(floorMs, 95)),
      'patients.search_nomatch_floor_p95_ms': round2(percentile(floorNoMatchMs, 95)),
      'patients.search_nomatch_floor_ratio': round2(
        percentile(noMatchMs, 95) / percentile(floorNoMatchMs, 95),
      ),
      'db.open_ms': round2(median(openMs)),
    };
  },
};
