import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { draftPlanContentSchema } from '../../../shared/domain/plan.ts';
import {
  OLD_AT,
  OLD_PATIENT,
  olderDatabase,
  writeOldCatalogueItem,
  writeOldPatient,
} from '../../../test-support/older-database.ts';
import { findPlan } from './plans.ts';

const PLAN = '8d2a9c1e-52b4-4f0e-9a51-0c3e7d6b2f10';
const SPLINT = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
const TAP = 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f';
const PRINCIPLE = 'd3e4f5a6-b7c8-4d9e-8f0a-2b3c4d5e6f7a';
const STRATEGY = 'e4f5a6b7-c8d9-4e0f-9a1b-3c4d5e6f7a8b';

let close = () => {};
afterEach(() => close());

// A draft as version 2 wrote it: its rest plan predates the choice of Ps and pacing patterns,
// its splint has a side (always chosen then), and its text passed that version's rules but
// not today's (a script the handout fonts lacked then, control characters, untrimmed text,
// a start date typed as words).
const joints = [
  { joint: 'wrist', side: 'right' },
  { joint: 'mcp2', side: 'left' },
];
const rest = {
  breakRule: { restMinutes: 5, everyMinutes: 30 },
  timetable: [{ start: '09:00', end: '10:00', kind: 'activity', label: 'غسل الصحون' }],
};
const goal = { text: '  فتح البرطمانات\u0007 ', icfCode: 'd430' };
const splint = {
  side: 'right',
  joints: ['wrist'],
  schedule: {
    usual: { type: 'activities', activities: [' gardening\u0001'] },
    flare: { type: 'continuous' },
    stable: null,
    hoursPerDay: 30,
    startDate: 'next week',
  },
  precautions: 'Check skin\u0007',
  notes: 'Wear it\r\nwell  ',
};
const tap = { reason: 'يسهل الإمساك' };
const principle = { example: null };

function writeDraft(db: Database, goalData: object = goal): void {
  writeOldPatient(db);
  writeOldCatalogueItem(db, SPLINT, { kind: 'orthosis', name: 'Splint' });
  writeOldCatalogueItem(db, TAP, { kind: 'equipment', name: 'Tap turner' });
  writeOldCatalogueItem(db, PRINCIPLE, { kind: 'principle', title: 'Use big joints' });
  writeOldCatalogueItem(db, STRATEGY, { kind: 'strategy', title: 'Sit to work' });
  db.prepare(
    `INSERT INTO plans (id, patient_id, version, previous_id, status, title, plan_date, therapist,
       review_date, affected_joints, rest, created_at, updated_at)
     VALUES (?, ?, 1, NULL, 'draft', ' Плán\u0007', '2026-01-05', 'Jo Bloggs OT', NULL, ?, ?, ?, ?)`,
  ).run(PLAN, OLD_PATIENT, JSON.stringify(joints), JSON.stringify(rest), OLD_AT, OLD_AT);
  const item = db.prepare('INSERT INTO plan_items VALUES (?, ?, ?, ?, ?)');
  item.run(PLAN, 'goal', 0, null, JSON.stringify(goalData));
  item.run(PLAN, 'orthosis', 0, SPLINT, JSON.stringify(splint));
  item.run(PLAN, 'equipment', 0, TAP, JSON.stringify(tap));
  item.run(PLAN, 'principle', 0, PRINCIPLE, JSON.stringify(principle));
  item.run(PLAN, 'strategy', 0, STRATEGY, '{}');
}

describe('draft plans as earlier versions stored them', () => {
  it('read back exactly as stored, with only the later rest setting at its default', async () => {
    const older = await olderDatabase(2, (db) => writeDraft(db));
    close = older.close;
    const content = findPlan(older.db, PLAN)?.content;
    expect(content).toEqual({
      title: ' Плán\u0007',
      planDate: '2026-01-05',
      therapist: 'Jo Bloggs OT',
      affectedJoints: joints,
      goals: [goal],
      reviewDate: null,
      orthoses: [{ catalogueId: SPLINT, ...splint }],
      equipment: [{ catalogueId: TAP, ...tap }],
      rest: { ...rest, energyPs: 'four-ps', strategies: [{ catalogueId: STRATEGY }] },
      principles: [{ catalogueId: PRINCIPLE, ...principle }],
    });
    // …which today's input rules would refuse: reading is not where they apply.
    expect(draftPlanContentSchema.safeParse(content).success).toBe(false);
  });

  it('a row whose structure is broken is named as damage, by table and row', async () => {
    const older = await olderDatabase(2, (db) => writeDraft(db, { text: 7, icfCode: null }));
    close = older.close;
    expect(() => findPlan(older.db, PLAN)).toThrow(
      `Row (plan ${PLAN}, goal 0) of table plan_items is damaged (data.text:`,
    );
  });
});
