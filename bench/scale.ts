/**
 * The app at ten years' size (`--scale`): start-up, the first patient list, the review queue
 * and a search that matches nothing, read from the big caseload of big-database.ts (built
 * once, cached), and the database's size. Under --quick the same figures come from a small
 * caseload built in the suite's own folder, so `npm test` proves the suite still runs.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openAppData, type AppData } from '../src/main/app-data.ts';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { checkInBackground } from '../src/main/db/background-check.ts';
import { DATABASE_FILE_NAME } from '../src/main/db/open.ts';
import { call } from './api.ts';
import { bigDataDir, fillBigCaseload } from './big-database.ts';
import { measureBackup } from './scale-backup.ts';
import { noMatchQueries, searchFloor } from './search-floor.ts';
import { median, percentile, round2, seededRandom, time, type BenchSuite } from './lib.ts';

const OPEN_RUNS = 5;
const QUEUE_ROUNDS = 5;
const NO_MATCH_QUERIES = 200;
const WARM_UP = 20;
const BUCKETS = ['overdue', 'this-week', 'upcoming', 'all'] as const;
const SORTS = ['review-date', 'name'] as const;
const CLOCK = () => new Date('2026-03-02T09:00:00.000Z');

/** Empties the page cache so the next start reads from disk; false where not permitted. */
function dropCaches(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

/** The start the window waits for: the data opened and checked, then its first patient list. */
async function start(dataDir: string): Promise<{ openMs: number; listMs: number; data: AppData }> {
  const began = performance.now();
  const data = await openAppData({ dataDir, appVersion: 'bench', clock: CLOCK });
  const openMs = performance.now() - began;
  const page = await call(data.api, 'patients.search', { query: '' });
  if (page.patients.length === 0) throw new Error('the first patient list is empty');
  return { openMs, listMs: performance.now() - began, data };
}

async function smallDataDir(dir: string): Promise<string> {
  const dataDir = path.join(dir, 'data');
  const db = await openAppDatabase(dataDir, CLOCK);
  try {
    fillBigCaseload(db, { patients: 100, versionsEach: 2 });
  } finally {
    db.close();
  }
  return dataDir;
}

export const scaleBench: BenchSuite = {
  name: 'scale',
  targets: {
    'startup.big_open_ms': { max: 1000, label: '≤ 1000 ms' },
    'startup.big_first_list_ms': { max: 1000, label: '≤ 1000 ms' },
    'startup.big_first_list_cold_ms': { max: 2000, label: '≤ 2000 ms' },
    'review.big_queue_p95_ms': { max: 20, label: '≤ 20 ms' },
    'patients.big_search_nomatch_p95_ms': { max: 2, label: '≤ 2 ms' },
    'db.big_size_mb': { max: 1000, label: '≤ 1000 MB' },
    'backup.main_stall_ms': { max: 50, label: '≤ 50 ms' },
    'backup.total_size_ratio': { max: 4, label: '≤ 4×' },
  },
  async run({ dir, log, quick }) {
    const dataDir = quick ? await smallDataDir(dir) : await bigDataDir(log);
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const sizeMb = statSync(file).size / 1e6;
    log(`database of ${Math.round(sizeMb)} MB in ${dataDir}`);

    log(`starting ${OPEN_RUNS} times with the file in the page cache…`);
    const openMs: number[] = [];
    const listMs: number[] = [];
    for (let i = -1; i < (quick ? 1 : OPEN_RUNS); i++) {
      const run = await start(dataDir);
      run.data.close();
      if (i < 0) continue; // the first run warms the cache
      openMs.push(run.openMs);
      listMs.push(run.listMs);
    }
    let coldMs: number | null = null;
    if (!quick && dropCaches()) {
      const run = await start(dataDir);
      run.data.close();
      coldMs = run.listMs;
    } else if (!quick) log('could not empty the page cache here: no cold figure');

    const { data } = await start(dataDir);
    try {
      log(`calling review.queue ${QUEUE_ROUNDS} times for each bucket and sort…`);
      const queueMs: number[] = [];
      for (let round = -1; round < (quick ? 1 : QUEUE_ROUNDS); round++)
        for (const bucket of BUCKETS)
          for (const sort of SORTS) {
            const took = await time(() =>
              call(data.api, 'review.queue', { bucket, sort, query: '' }),
            );
            if (round >= 0) queueMs.push(took);
          }

      log(`searching ${NO_MATCH_QUERIES} times for names no patient has…`);
      const floor = searchFloor(data.db);
      const queries = noMatchQueries(
        seededRandom(0x6e6f6e65),
        floor,
        quick ? WARM_UP + 10 : NO_MATCH_QUERIES + WARM_UP,
      );
      const noMatchMs: number[] = [];
      const floorMs: number[] = [];
      for (const [i, query] of queries.entries()) {
        const took = await time(async () => {
          const page = await call(data.api, 'patients.search', { query });
          if (page.patients.length > 0) throw new Error(`${query} was to match nobody`);
        });
        const scan = await time(() => floor.scan(query));
        if (i >= WARM_UP) {
          noMatchMs.push(took);
          floorMs.push(scan);
        }
      }

      log('checking every page on a worker, as after a start…');
      const worker = new URL('../src/main/db/integrity-worker.ts', import.meta.url);
      let sound = false;
      // The app's worker does not keep a process alive; here nothing else would.
      const keepAlive = setInterval(() => {}, 1000);
      const checkMs = await time(async () => {
        const check = await checkInBackground(worker, file, null);
        sound = check?.reply.ok ?? false;
        await check?.release();
      });
      clearInterval(keepAlive);
      if (!sound) throw new Error('the big database failed its check');

      const backup = await measureBackup(data, dir, log);
      return {
        'startup.big_open_ms': round2(median(openMs)),
        'startup.big_first_list_ms': round2(median(listMs)),
        'startup.big_first_list_cold_ms': coldMs === null ? null : round2(coldMs),
        'review.big_queue_p95_ms': round2(percentile(queueMs, 95)),
        'patients.big_search_nomatch_p95_ms': round2(percentile(noMatchMs, 95)),
        'patients.big_search_nomatch_floor_p95_ms': round2(percentile(floorMs, 95)),
        'patients.big_search_nomatch_floor_ratio': round2(
          percentile(noMatchMs, 95) / percentile(floorMs, 95),
        ),
        'db.big_size_mb': round2(sizeMb),
        // Not on the start path: how long after start a damaged large file is found.
        'startup.big_background_check_ms': round2(checkMs),
        ...backup,
      };
    } finally {
      data.close();
    }
  },
};
