/**
 * The backup figures of the --scale suite, kept in their own file so the backup work can
 * replace how a backup is made without touching the rest: `backup.big_ms` (one backup of the
 * big database), `backup.main_stall_ms` (the main thread's longest stall meanwhile, seen as
 * the longest gap between 1 ms timer ticks) and `backup.total_size_ratio` (what the daily
 * copies kept take together, against the database's size). The backup is the app's own
 * (makeBackup: a `.jpbackup` made and checked on a worker thread, compressed, encrypted with
 * the live key when the data is), so the stall is what the window would feel.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { AppData } from '../src/main/app-data.ts';
import { BACKUP_EXTENSION, DAILY_BACKUPS_KEPT, makeBackup } from '../src/main/db/backups.ts';
import { round2, time } from './lib.ts';

/** The main thread's longest stall while `work` runs, from the gaps between timer ticks. */
export async function longestStall(
  work: () => Promise<unknown>,
): Promise<{ ms: number; stallMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    const ms = await time(work);
    return { ms, stallMs: Math.max(longest, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

export async function measureBackup(
  data: AppData,
  dir: string,
  log: (message: string) => void,
): Promise<Record<string, number | null>> {
  const file = path.join(dir, `backup${BACKUP_EXTENSION}`);
  log('backing up the database (a checked .jpbackup, made on a worker thread)…');
  let failure: unknown = null;
  const { ms, stallMs } = await longestStall(() =>
    makeBackup(data.db, file, { key: data.databaseKey }).catch((error: unknown) => {
      failure = error;
    }),
  );
  if (failure !== null) {
    // Said, and the figures left unmeasured, so the suite's other figures are still reported.
    log(`the backup failed: ${failure instanceof Error ? failure.message : String(failure)}`);
    return { 'backup.big_ms': null, 'backup.main_stall_ms': null, 'backup.total_size_ratio': null };
  }
  const ratio = (statSync(file).size * DAILY_BACKUPS_KEPT) / statSync(data.db.name).size;
  log(`backup in ${Math.round(ms)} ms, longest stall ${Math.round(stallMs)} ms`);
  return {
    'backup.big_ms': round2(ms),
    'backup.main_stall_ms': round2(stallMs),
    'backup.total_size_ratio': round2(ratio),
  };
}
