/**
 * The backup figures of the --scale suite, kept in their own file so the backup work can
 * replace how a backup is made without touching the rest: `backup.big_ms` (one backup of the
 * big database), `backup.main_stall_ms` (the main thread's longest stall meanwhile, seen as
 * the longest gap between 1 ms timer ticks) and `backup.total_size_ratio` (what the daily
 * copies kept take together, against the database's size). Today's backup is a plain SQLite
 * copy of the whole file, so the ratio is the number of copies kept.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { AppData } from '../src/main/app-data.ts';
import { backupTo, DAILY_BACKUPS_KEPT } from '../src/main/db/backups.ts';
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
  const file = path.join(dir, 'backup.sqlite');
  log('backing up the database (a plain copy of the whole file)…');
  const { ms, stallMs } = await longestStall(() => backupTo(data.db, file));
  const ratio = (statSync(file).size * DAILY_BACKUPS_KEPT) / statSync(data.db.name).size;
  log(`backup in ${Math.round(ms)} ms, longest stall ${Math.round(stallMs)} ms`);
  return {
    'backup.big_ms': round2(ms),
    'backup.main_stall_ms': round2(stallMs),
    'backup.total_size_ratio': round2(ratio),
  };
}
