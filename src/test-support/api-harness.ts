import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../shared/api.ts';
import type { ApiError } from '../shared/result.ts';
import { createAppApi } from '../main/app-api.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../main/db/open.ts';
import { dispatch } from '../main/dispatch.ts';

/** The real app API on a real, fresh SQLite file in its own temporary folder. */
export interface ApiHarness {
  db: SqliteDatabase;
  dir: string;
  file: string;
  clock: { now: Date };
  ok<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  failure(method: MethodName, input: unknown): Promise<ApiError>;
  close(): void;
}

export async function openApiHarness(
  start = new Date('2026-03-02T09:00:00.000Z'),
): Promise<ApiHarness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-test-'));
  const file = path.join(dir, DATABASE_FILE_NAME);
  const db = await openDatabase(file);
  const clock = { now: start };
  const api = createAppApi({ db, dataDir: dir, appVersion: 'test', clock: () => clock.now });
  const failOnLog = (method: string, error: unknown) => {
    throw new Error(`${method} hit an internal error: ${String(error)}`);
  };
  return {
    db,
    dir,
    file,
    clock,
    async ok(method, input) {
      const result = await dispatch(api, method, input, failOnLog);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async failure(method, input) {
      const result = await dispatch(api, method, input, failOnLog);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
    close() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
