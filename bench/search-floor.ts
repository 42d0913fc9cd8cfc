/**
 * The floor patient search is measured against: a plain scan, in memory, of every patient's
 * folded text in name order, stopping when a page is full. No database, no index, no call
 * overhead: what the same answer costs when the data already sits in an array.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { searchTerms } from '../src/shared/text/fold.ts';
import { intBetween, pick } from './lib.ts';

const PAGE = 100;
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

export interface SearchFloor {
  /** The ids of the first page of active patients matching every word, as the app lists them. */
  scan: (query: string) => string[];
}

export function searchFloor(db: Database): SearchFloor {
  const rows = db
    .prepare('SELECT id, search_text FROM patients WHERE archived_at IS NULL ORDER BY sort_key, id')
    .all() as { id: string; search_text: string }[];
  const ids = rows.map((r) => r.id);
  const texts = rows.map((r) => r.search_text);
  return {
    scan(query) {
      const terms = searchTerms(query);
      const found: string[] = [];
      for (let i = 0; i < texts.length && found.length <= PAGE; i++) {
        const text = texts[i] ?? '';
        if (terms.every((t) => text.includes(t))) found.push(ids[i] ?? '');
      }
      return found;
    },
  };
}

/** `count` queries of 2–4 random letters that match no patient (one letter always matches). */
export function noMatchQueries(random: () => number, floor: SearchFloor, count: number): string[] {
  const queries: string[] = [];
  for (let tries = 0; queries.length < count && tries < count * 1000; tries++) {
    let query = '';
    for (let i = intBetween(random, 2, 4); i > 0; i--) query += pick(random, LETTERS);
    if (floor.scan(query).length === 0) queries.push(query);
  }
  if (queries.length < count) throw new Error(`found only ${queries.length} queries matching none`);
  return queries;
}
