import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  storedHandoutOptionsSchema,
  type HandoutExport,
  type StoredHandoutOptions,
} from '../../../shared/domain/handout.ts';
import { statement } from '../statements.ts';
import { readStoredJson } from './stored-json.ts';

interface ExportRow {
  id: string;
  plan_id: string;
  options: string;
  sha256: string;
  created_at: string;
}

function toExport(row: ExportRow): HandoutExport & { options: StoredHandoutOptions } {
  const options = readStoredJson(storedHandoutOptionsSchema, row.options, {
    table: 'handout_exports',
    id: row.id,
    column: 'options',
  });
  return {
    id: row.id,
    planId: row.plan_id,
    createdAt: row.created_at,
    sha256: row.sha256,
    paper: options.paper,
    largePrint: options.largePrint,
    wearLog: options.wearLog,
    sheet: options.sheet ?? 'full',
    language: options.language ?? 'en',
    options,
  };
}

export function insertHandoutExport(
  db: Database,
  e: { id: string; planId: string; options: StoredHandoutOptions; sha256: string },
  now: string,
): void {
  statement(
    db,
    'INSERT INTO handout_exports (id, plan_id, options, sha256, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(e.id, e.planId, JSON.stringify(e.options), e.sha256, now);
}

export function findHandoutExport(
  db: Database,
  id: string,
): (HandoutExport & { options: StoredHandoutOptions }) | null {
  const row = statement(db, 'SELECT * FROM handout_exports WHERE id = ?').get(id) as
    ExportRow | undefined;
  return row ? toExport(row) : null;
}

/** Newest first. */
export function listHandoutExports(db: Database, planId: string): HandoutExport[] {
  const rows = statement(
    db,
    'SELECT * FROM handout_exports WHERE plan_id = ? ORDER BY created_at DESC, id',
  ).all(planId) as ExportRow[];
  return rows.map((r) => {
    const { options: _options, ...summary } = toExport(r);
    return summary;
  });
}
