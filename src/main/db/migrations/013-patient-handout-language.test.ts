import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m13-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-01T00:00:00.000Z';
const ID = '3f0c6a52-9a55-4d55-9f43-7a1d2b0c9e11';

it('migration 13 gives patients a handout language, each existing one the clinic’s', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const v12 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 12) });
  v12
    .prepare(
      `INSERT INTO patients (id, given_name, family_name, sort_key, search_text, created_at, updated_at)
       VALUES (?, 'Ada', 'Lovelace', 'x', 'ada lovelace', ?, ?)`,
    )
    .run(ID, AT, AT);
  v12.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 13) });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(db.prepare('SELECT COUNT(*) FROM patient_handout_languages').pluck().get()).toBe(0);
    db.prepare('INSERT INTO patient_handout_languages VALUES (?, ?)').run(ID, 'es');
    // A language belongs to a patient: deleting the patient takes it too.
    db.prepare('DELETE FROM patients WHERE id = ?').run(ID);
    expect(db.prepare('SELECT COUNT(*) FROM patient_handout_languages').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
});
