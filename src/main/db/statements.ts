import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement for `sql`, compiled once per database. Preparing costs more than
 * running most of our queries, so repositories ask here instead of calling `db.prepare`.
 */
export function statement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** Rows inserted, changed or deleted on this connection since it opened. */
export function totalChanges(db: Database): number {
  return (statement(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
}
