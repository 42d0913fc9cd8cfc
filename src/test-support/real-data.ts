import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { emptyPatientInput } from '../shared/domain/patient.ts';
import { createAppApi } from '../main/app-api.ts';
import { dispatch } from '../main/dispatch.ts';

export const sha256 = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

/** Adds patients through the real API (so each gets its audit record), one commit each. */
export async function addPatients(
  db: SqliteDatabase,
  familyNames: readonly string[],
  dataDir = '/nonexistent',
): Promise<void> {
  const api = createAppApi({ db, dataDir, appVersion: 'test' });
  for (const familyName of familyNames) {
    const patient = { ...emptyPatientInput(), givenName: 'Ann', familyName };
    const result = await dispatch(api, 'patients.create', { patient }, (m, e) => {
      throw new Error(`${m}: ${String(e)}`);
    });
    if (!result.ok) throw new Error(`patients.create failed: ${JSON.stringify(result.error)}`);
  }
}

/** Family names of every patient, sorted. */
export function familyNames(db: SqliteDatabase): string[] {
  return (
    db.prepare('SELECT family_name AS n FROM patients ORDER BY n').all() as { n: string }[]
  ).map((r) => r.n);
}
