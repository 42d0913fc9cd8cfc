import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One benchmark module: a name for its figures and a function that measures them. */
export interface BenchSuite {
  name: string;
  /**
   * Figures keyed `<area>.<figure>`, e.g. `patients.search_p95_ms`; null when a figure could
   * not be measured here (say why on stderr).
   */
  run: (ctx: BenchContext) => Promise<Record<string, number | null>>;
  /** Targets to print beside the figures (never enforced: benches do not pass or fail). */
  targets?: Record<string, BenchTarget>;
}

/** A figure's target: at most `max`, at least `min`, or both. */
export type BenchTarget = { label?: string } & (
  { max: number; min?: number } | { min: number; max?: number }
);

export interface BenchContext {
  /** A fresh temporary folder for this suite, removed afterwards. */
  dir: string;
  /** Progress notes for people watching; silent in --json mode. */
  log: (message: string) => void;
  /**
   * `--quick`: the same figures on small data, so `npm test` proves every suite still runs.
   * Quick figures are not comparable with full ones.
   */
  quick: boolean;
}

/** `full` normally, `small` under --quick: one place per suite to say how small. */
export const sized = (quick: boolean, full: number, small: number): number =>
  quick ? small : full;

/** mulberry32: a small, fast, seeded PRNG so every run does the same work. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A version-4-shaped UUID drawn from the PRNG, so ids are repeatable too. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Milliseconds taken by `fn`. */
export async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Nearest-rank percentile (p in 0..100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export const round2 = (n: number) => Math.round(n * 100) / 100;

export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
