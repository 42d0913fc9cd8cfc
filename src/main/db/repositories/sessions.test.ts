import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionOutcomeSchema } from '../../../shared/domain/session.ts';
import {
  OLD_AT,
  OLD_PATIENT,
  olderDatabase,
  writeOldPatient,
} from '../../../test-support/older-database.ts';
import { findSession, listSessionsForPatient } from './sessions.ts';

const PLANNED = '6a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const RECORDED = '7b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e';
const CORRECTED = '8c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f';

let close = () => {};
afterEach(() => close());

function writeSession(db: Database, id: string, status: string, data: object): void {
  db.prepare(
    `INSERT INTO sessions (id, patient_id, plan_id, session_date, status, therapist, data,
       created_at, updated_at, recorded_at) VALUES (?, ?, NULL, '2026-02-01', ?, 'Jo Bloggs OT', ?, ?, ?, ?)`,
  ).run(
    id,
    OLD_PATIENT,
    status,
    JSON.stringify(data),
    OLD_AT,
    OLD_AT,
    status === 'recorded' ? OLD_AT : null,
  );
}

// Text today's input rules refuse or would change, but that an earlier version stored.
const outcome = {
  pain: 4,
  adherence: 'mostly',
  notes: 'Wore it\u0007 most nights  \r\n',
  changes: '  Strap loosened',
};

describe('sessions as earlier versions stored them', () => {
  it('read back exactly as stored, whatever text rules they were written under', async () => {
    const planned = {
      agenda: '  Check fit\u0001 ',
      checklist: [
        { text: '', done: false },
        { text: ' Strap\u001f', done: true },
      ],
      outcome: null,
    };
    const recorded = { agenda: '', checklist: [], outcome };
    const corrected = {
      ...recorded,
      earlierRecords: [
        {
          replacedAt: OLD_AT,
          therapist: 'Ann Old',
          checklist: [{ text: 'x', done: true }],
          outcome,
        },
      ],
    };
    expect(sessionOutcomeSchema.safeParse({ ...outcome, checklist: [] }).success).toBe(false);
    const older = await olderDatabase(5, (db) => {
      writeOldPatient(db);
      // Version 5 wrote no earlierRecords; later versions add it once a record is corrected.
      writeSession(db, PLANNED, 'planned', planned);
      writeSession(db, RECORDED, 'recorded', recorded);
      writeSession(db, CORRECTED, 'recorded', corrected);
    });
    close = older.close;

    expect(findSession(older.db, PLANNED)).toMatchObject({ ...planned, earlierRecords: [] });
    expect(findSession(older.db, RECORDED)).toMatchObject({ ...recorded, earlierRecords: [] });
    expect(findSession(older.db, CORRECTED)).toMatchObject(corrected);
    expect(listSessionsForPatient(older.db, OLD_PATIENT)).toHaveLength(3);
  });

  it('a row whose structure is broken is named as damage, by table and row', async () => {
    const older = await olderDatabase(5, (db) => {
      writeOldPatient(db);
      writeSession(db, PLANNED, 'planned', {
        agenda: 'x',
        checklist: [{ text: 'a', done: 'yes' }],
        outcome: null,
      });
    });
    close = older.close;
    expect(() => findSession(older.db, PLANNED)).toThrow(
      `Row ${PLANNED} of table sessions is damaged (data.checklist.0.done:`,
    );
  });
});
