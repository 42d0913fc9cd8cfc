import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import type { DatabaseKey } from '../src/main/db/cipher.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../src/main/db/open.ts';
import { benchApi, call } from './api.ts';
import { fortyItemRefs, planContent } from './forty-item-plan.ts';
import { fakePatient } from './patients.ts';
import {
  median,
  percentile,
  pick,
  round2,
  seededRandom,
  sized,
  time,
  type BenchSuite,
} from './lib.ts';

const PREFIXES = ['a', 'ma', 'sm', 'jo', 'ok', 'ch', 'li', 'br', 'ann', 'mur', 'wil', 'k'];

/** The same work on one database: search, 40-item plan save and finalise, reopen. */
async function measure(
  dir: string,
  key: DatabaseKey | null,
  quick: boolean,
): Promise<Record<string, number>> {
  mkdirSync(dir, { recursive: true });
  const clock = () => new Date('2025-01-15T09:00:00.000Z');
  const random = seededRandom(0x454e4352);
  const file = path.join(dir, DATABASE_FILE_NAME);
  let db: Database = await openAppDatabase(dir, clock, { key });
  try {
    const api = benchApi(db, dir, clock, random);
    const total = sized(quick, 10_000, 500);
    db.exec('BEGIN IMMEDIATE');
    for (let n = 0; n < total; n++) {
      await call(api, 'patients.create', { patient: fakePatient(random, n) });
    }
    db.exec('COMMIT');
    // Off the page cache: what the file holds is read (and, encrypted, decrypted) again.
    db.close();
    db = await openAppDatabase(dir, clock, { key });
    const reopened = benchApi(db, dir, clock, random);
    const searches = sized(quick, 300, 60);
    const searchMs: number[] = [];
    const queryRandom = seededRandom(7);
    // Two rounds of every prefix first, as a therapist's first searches of the day: what is
    // timed is the app in use, with its pages (decrypted, when encrypted) in the cache.
    for (const query of [...PREFIXES, ...PREFIXES])
      await call(reopened, 'patients.search', { query });
    for (let i = 0; i < searches; i++) {
      const query = pick(queryRandom, PREFIXES);
      searchMs.push(await time(() => call(reopened, 'patients.search', { query })));
    }

    const refs = await fortyItemRefs(reopened);
    const patient = await call(reopened, 'patients.create', { patient: fakePatient(random, -1) });
    let draft = await call(reopened, 'plans.createDraft', {
      patientId: patient.id,
      source: { from: 'blank' },
    });
    let edit = 0;
    const saveMs: number[] = [];
    for (let i = 0; i < sized(quick, 150, 10); i++) {
      const id = draft.id;
      saveMs.push(
        await time(async () => {
          draft = await call(reopened, 'plans.saveDraft', {
            id,
            content: planContent(refs, ++edit),
          });
        }),
      );
    }
    const finaliseMs: number[] = [];
    let current = draft;
    for (let i = 0; i < sized(quick, 60, 5); i++) {
      if (current.status !== 'draft') {
        const revised = await call(reopened, 'plans.revise', { id: current.id });
        await call(reopened, 'plans.saveDraft', {
          id: revised.id,
          content: planContent(refs, ++edit),
        });
        current = revised;
      }
      const id = current.id;
      finaliseMs.push(
        await time(async () => (current = await call(reopened, 'plans.finalise', { id }))),
      );
    }
    db.close();
    const openMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      openMs.push(await time(async () => (db = await openDatabase(file, { key }))));
      db.close();
    }
    return {
      search_p50_ms: percentile(searchMs, 50),
      search_p95_ms: percentile(searchMs, 95),
      save40_p50_ms: percentile(saveMs, 50),
      save40_p95_ms: percentile(saveMs, 95),
      finalise40_p50_ms: percentile(finaliseMs, 50),
      finalise40_p95_ms: percentile(finaliseMs, 95),
      open_ms: median(openMs),
    };
  } finally {
    if (db.open) db.close();
  }
}

/**
 * Encryption on against off, in the same run on the same machine: the same seeded caseload
 * and plans, once in a plain database and once in one encrypted with a random key. Each
 * `<figure>_ratio` is encrypted ÷ plain (the aim: ≤ 1.15).
 */
export const encryptionBench: BenchSuite = {
  name: 'encryption',
  targets: {
    'encryption.search_p50_ratio': { max: 1.15, label: '≤ 1.15×' },
    'encryption.search_p95_ratio': { max: 1.15, label: '≤ 1.15×' },
    'encryption.save40_p50_ratio': { max: 1.15, label: '≤ 1.15×' },
    'encryption.finalise40_p50_ratio': { max: 1.15, label: '≤ 1.15×' },
    'encryption.save40_p95_ratio': { max: 1.15, label: '≤ 1.15×' },
    'encryption.finalise40_p95_ratio': { max: 1.15, label: '≤ 1.15×' },
    'encryption.open_ratio': { max: 1.15, label: '≤ 1.15×' },
  },
  async run({ dir, log, quick }) {
    // Two rounds, alternating, keeping each figure's best: a busy machine slows one round,
    // not one side.
    const best = (a: Record<string, number>, b: Record<string, number>) =>
      Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Math.min(v, b[k] ?? v)]));
    let plain: Record<string, number> = {};
    let encrypted: Record<string, number> = {};
    for (let round = 1; round <= 2; round++) {
      log(`round ${round}: a plain database, then the same work encrypted…`);
      const p = await measure(path.join(dir, `plain-${round}`), null, quick);
      const e = await measure(path.join(dir, `encrypted-${round}`), randomBytes(32), quick);
      plain = round === 1 ? p : best(plain, p);
      encrypted = round === 1 ? e : best(encrypted, e);
    }
    const figures: Record<string, number> = {};
    for (const [name, value] of Object.entries(plain)) {
      const withKey = encrypted[name] ?? NaN;
      figures[`encryption.plain_${name}`] = round2(value);
      figures[`encryption.encrypted_${name}`] = round2(withKey);
      figures[`encryption.${name.replace(/_ms$/, '')}_ratio`] = round2(withKey / value);
    }
    return figures;
  },
};
