import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppApi } from '../../app-api.ts';
import { dispatch } from '../../dispatch.ts';
import { DATABASE_KEY_BYTES } from '../cipher.ts';
import { nameSortKey } from '../name-order.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { unpackPlan } from '../packed-plan.ts';
import { packFrozenPlans } from '../pack-plans.ts';
import { findSnapshot } from '../repositories/plans.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './index.ts';

/**
 * A database as each earlier version of the app left it, filled with rows written the way
 * that version wrote them (raw SQL in that version's schema, not today's repositories),
 * must come up to the latest schema with every row intact and readable through the app.
 */

const PATIENT = '3f0c6a52-9a55-4d55-9f43-7a1d2b0c9e11';
const PLAN_V1 = '8d2a9c1e-52b4-4f0e-9a51-0c3e7d6b2f10';
const PLAN_V2 = '9e3b0d2f-63c5-4a1f-8b62-1d4f8e7c3a21';
const HANDOUT = '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const SPLINT = 'orthosis.resting-hand';
const AT = '2026-01-05T10:00:00.000Z';

const splintContent = (
  JSON.parse(readFileSync(path.resolve('resources/catalogue/orthoses.json'), 'utf8')) as {
    items: { seedId: string; content: { name: string } }[];
  }
).items.find((i) => i.seedId === SPLINT)?.content;

const rest = JSON.stringify({ breakRule: null, timetable: [], energyPs: 'four-ps' });
const joints = JSON.stringify([{ joint: 'wrist', side: 'right' }]);
const goal = JSON.stringify({ text: 'Open jars without pain', icfCode: null });
const splintItem = JSON.stringify({
  side: 'right',
  joints: ['wrist'],
  schedule: {
    usual: { type: 'night' },
    flare: null,
    stable: null,
    hoursPerDay: null,
    startDate: null,
  },
  precautions: null,
  notes: '',
});

function snapshotFor(planId: string, version: number, previousId: string | null): string {
  return JSON.stringify({
    format: 1,
    plan: {
      id: planId,
      version,
      previousId,
      finalisedAt: AT,
      finalisedBy: 'Jo Bloggs OT',
      content: {
        title: 'Joint protection plan',
        planDate: '2026-01-05',
        therapist: 'Jo Bloggs OT',
        affectedJoints: JSON.parse(joints) as unknown,
        goals: [JSON.parse(goal) as unknown],
        reviewDate: '2026-04-05',
        orthoses: [{ catalogueId: SPLINT, ...(JSON.parse(splintItem) as object) }],
        equipment: [],
        rest: { ...(JSON.parse(rest) as object), strategies: [] },
        principles: [],
      },
    },
    patient: {
      id: PATIENT,
      givenName: 'Zoë',
      familyName: 'Müller',
      preferredName: null,
      dateOfBirth: '1950-02-03',
      chartNumber: 'RA-7',
    },
    catalogue: { [SPLINT]: splintContent },
  });
}

/** What each version added, written in that version's own schema. */
const FILL: Record<number, (db: Database) => void> = {
  1: (db) => {
    db.prepare(
      `INSERT INTO patients (id, given_name, family_name, date_of_birth, chart_number, diagnosis,
         disease_stage, notes, sort_key, search_text, created_at, updated_at)
       VALUES (?, 'Zoë', 'Müller', '1950-02-03', 'RA-7', 'Rheumatoid arthritis', 'stable',
         'Prefers mornings', 'muller zoe', 'zoe muller ra-7', ?, ?)`,
    ).run(PATIENT, AT, AT);
    db.prepare("INSERT INTO patient_joints VALUES (?, 'wrist', 'right')").run(PATIENT);
  },
  2: (db) => {
    db.prepare(
      `INSERT INTO catalogue_items (id, kind, content, name, search_text, from_seed, seed_version,
         created_at, updated_at) VALUES (?, 'orthosis', ?, ?, ?, 1, 1, ?, ?)`,
    ).run(
      SPLINT,
      JSON.stringify(splintContent),
      splintContent?.name,
      'resting hand splint',
      AT,
      AT,
    );
    const plan = db.prepare(
      `INSERT INTO plans (id, patient_id, version, previous_id, status, title, plan_date, therapist,
         review_date, affected_joints, rest, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'draft', 'Joint protection plan', '2026-01-05', 'Jo Bloggs OT',
         '2026-04-05', ?, ?, ?, ?)`,
    );
    const item = db.prepare('INSERT INTO plan_items VALUES (?, ?, 0, ?, ?)');
    const finalise = db.prepare(
      `UPDATE plans SET status = 'finalised', snapshot = ?, snapshot_sha256 = ?, finalised_at = ?,
         finalised_by = 'Jo Bloggs OT' WHERE id = ?`,
    );
    plan.run(PLAN_V1, PATIENT, 1, null, joints, rest, AT, AT);
    item.run(PLAN_V1, 'goal', null, goal);
    item.run(PLAN_V1, 'orthosis', SPLINT, splintItem);
    finalise.run(snapshotFor(PLAN_V1, 1, null), 'a'.repeat(64), AT, PLAN_V1);
    db.prepare("UPDATE plans SET status = 'superseded' WHERE id = ?").run(PLAN_V1);
    plan.run(PLAN_V2, PATIENT, 2, PLAN_V1, joints, rest, AT, AT);
    item.run(PLAN_V2, 'goal', null, goal);
    finalise.run(snapshotFor(PLAN_V2, 2, PLAN_V1), 'b'.repeat(64), AT, PLAN_V2);
    db.prepare(
      `INSERT INTO plan_templates (id, name, description, built_in, content, created_at, updated_at)
       VALUES ('3c9d0e1f-2a3b-4c5d-9e6f-7a8b9c0d1e2f', 'My flare plan', '', 0, ?, ?, ?)`,
    ).run(
      JSON.stringify({
        title: 'Flare',
        goals: [],
        orthoses: [],
        equipment: [],
        rest: JSON.parse(rest) as unknown,
        principles: [],
      }),
      AT,
      AT,
    );
  },
  3: (db) => {
    db.prepare('INSERT INTO settings (id, data, updated_at) VALUES (1, ?, ?)').run(
      JSON.stringify({
        clinicName: 'Riverside Hand Therapy',
        clinicAddress: '12 Mill Lane',
        clinicPhone: null,
        therapistName: 'Jo Bloggs OT',
        logo: null,
        paperSize: 'A4',
        printSize: 'large',
        redMarkMinutes: 25,
      }),
      AT,
    );
  },
  4: (db) => {
    db.prepare('INSERT INTO handout_exports VALUES (?, ?, ?, ?, ?)').run(
      HANDOUT,
      PLAN_V2,
      JSON.stringify({
        paper: 'A4',
        largePrint: true,
        wearLog: false,
        redMarkMinutes: 25,
        clinic: {
          name: 'Riverside Hand Therapy',
          address: '12 Mill Lane',
          phone: '',
          logoBase64: null,
        },
      }),
      'c'.repeat(64),
      AT,
    );
  },
};

function tablesOf(db: Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[]
  ).map((t) => t.name);
}

/**
 * A copy of `table` in a temp table, with what migration 010 packed read back in place:
 * a packed plan's snapshot text, columns and item rows, as they were before packing.
 */
function unpackedCopy(db: Database, table: string): string {
  const copy = `temp.unpacked_${table}`;
  db.exec(`DROP TABLE IF EXISTS ${copy}; CREATE TABLE ${copy} AS SELECT * FROM "${table}"`);
  if (!hasPacked(db) || (table !== 'plans' && table !== 'plan_items')) return copy;
  const packed = db.prepare('SELECT id, packed FROM plans WHERE packed IS NOT NULL').all() as {
    id: string;
    packed: Buffer;
  }[];
  for (const { id, packed: value } of packed) {
    const { snapshot, affectedJoints, rest, items } = unpackPlan(value);
    if (table === 'plans') {
      // `packed` itself is only how the plan is kept: a version-10 database the test filled
      // has plans not packed yet, which opening a later version packs.
      db.prepare(
        `UPDATE ${copy} SET snapshot = ?, affected_joints = ?, rest = ?, packed = NULL WHERE id = ?`,
      ).run(snapshot, affectedJoints, rest, id);
    } else {
      const insert = db.prepare(
        `INSERT INTO ${copy} (plan_id, section, position, catalogue_id, data) VALUES (?, ?, ?, ?, ?)`,
      );
      for (const i of items) insert.run(id, i.section, i.position, i.catalogue_id, i.data);
    }
  }
  return copy;
}

/** Every frozen snapshot's text, by plan id: as stored before 010, as the app reads it after. */
function snapshotTexts(db: Database): Map<string, string> {
  if (!tablesOf(db).includes('plans')) return new Map();
  const rows = db
    .prepare(`SELECT id, snapshot FROM plans WHERE snapshot IS NOT NULL ORDER BY id`)
    .all() as { id: string; snapshot: string }[];
  return new Map(
    rows.map(({ id, snapshot }) => [
      id,
      hasPacked(db) ? (findSnapshot(db, id)?.json ?? '') : snapshot,
    ]),
  );
}

const hasPacked = (db: Database) =>
  (db.pragma('table_info(plans)') as { name: string }[]).some((c) => c.name === 'packed');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Every row of every table, by the columns the old version had, but two derived ones, checked
 * apart: the name-order keys (rebuilt in collation order at open) and a frozen plan's packed
 * form (its snapshot, unpacked, must be the bytes it was hashed as).
 */
function dump(db: Database): Map<string, { columns: string[]; rows: unknown[] }> {
  const out = new Map<string, { columns: string[]; rows: unknown[] }>();
  // derived_forms says which form the derived columns are in: bookkeeping of those columns.
  for (const table of tablesOf(db).filter((t) => t !== 'derived_forms')) {
    const columns = (db.pragma(`table_info(${table})`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c !== 'sort_key' && c !== 'packed');
    const list = columns.map((c) => `"${c}"`).join(', ');
    out.set(table, {
      columns,
      rows: db.prepare(`SELECT ${list} FROM ${unpackedCopy(db, table)} ORDER BY ${list}`).all(),
    });
  }
  return out;
}

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-every-version-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['plain', null],
  ['encrypted', randomBytes(DATABASE_KEY_BYTES)],
] as const)(
  'a %s database from every earlier version migrates to the latest with its data intact',
  (_kind, key) => {
    for (let version = 1; version < LATEST_SCHEMA_VERSION; version++) {
      it(`from version ${version}`, async () => {
        const file = path.join(dir, DATABASE_FILE_NAME);
        const old = await openDatabase(file, { migrations: MIGRATIONS.slice(0, version), key });
        for (let v = 1; v <= version; v++) FILL[v]?.(old);
        // The fill writes patients' name keys as version 1 did: say so where a version records it.
        if (tablesOf(old).includes('derived_forms')) old.exec('DELETE FROM derived_forms');
        const before = dump(old);
        const snapshotsBefore = snapshotTexts(old);
        old.close();

        const db = await openDatabase(file, { key });
        packFrozenPlans(db); // as the app does after start (pack-in-background.ts)
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        for (const [table, { columns, rows }] of before) {
          const list = columns.map((c) => `"${c}"`).join(', ');
          expect(
            db.prepare(`SELECT ${list} FROM ${unpackedCopy(db, table)} ORDER BY ${list}`).all(),
            table,
          ).toEqual(rows);
        }
        // Every name-order key rebuilt from its patient's names, the review list's with it.
        const patients = db
          .prepare('SELECT id, family_name, given_name, sort_key FROM patients')
          .all() as { id: string; family_name: string; given_name: string; sort_key: string }[];
        expect(patients.length).toBeGreaterThan(0);
        for (const p of patients) expect(p.sort_key).toBe(nameSortKey(p.family_name, p.given_name));
        expect(
          db
            .prepare(
              'SELECT COUNT(*) AS n FROM review_due d JOIN patients p ON p.id = d.patient_id WHERE d.sort_key IS NOT p.sort_key',
            )
            .get(),
        ).toEqual({ n: 0 });
        // Every frozen plan packed (migration 010), its snapshot the very bytes it was hashed as.
        const after = snapshotTexts(db);
        expect([...after.keys()]).toEqual([...snapshotsBefore.keys()]);
        for (const [id, text] of snapshotsBefore)
          expect(sha256(after.get(id) ?? '')).toBe(sha256(text));
        expect(
          db
            .prepare(
              'SELECT COUNT(*) AS n FROM plans WHERE snapshot IS NOT NULL AND packed IS NULL',
            )
            .get(),
        ).toEqual({ n: 0 });

        // …and the app reads it.
        const api = createAppApi({ db, dataDir: dir, appVersion: 'test' });
        const call = async (method: string, input: unknown) => {
          const result = await dispatch(api, method, input, (m, e) => {
            throw new Error(`${m}: ${String(e)}`);
          });
          if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
          return result.value as Record<string, unknown>;
        };
        expect(await call('patients.get', { id: PATIENT })).toMatchObject({
          familyName: 'Müller',
          chartNumber: 'RA-7',
          affectedJoints: [{ joint: 'wrist', side: 'right' }],
        });
        if (version >= 2) {
          expect(await call('plans.get', { id: PLAN_V2 })).toMatchObject({
            status: 'finalised',
            version: 2,
            content: { goals: [{ text: 'Open jars without pain' }] },
          });
          const timeline = (await call('history.timeline', { patientId: PATIENT })) as {
            entries: { kind: string; version?: number }[];
          };
          expect(timeline.entries.filter((e) => e.kind === 'plan').map((e) => e.version)).toEqual([
            2, 1,
          ]);
        }
        if (version >= 3) {
          expect(await call('settings.get', {})).toMatchObject({
            therapistName: 'Jo Bloggs OT',
            redMarkMinutes: 25,
            printSize: 'large',
          });
        }
        if (version >= 4) {
          expect(await call('handouts.list', { planId: PLAN_V2 })).toEqual([
            expect.objectContaining({ id: HANDOUT, largePrint: true }),
          ]);
        }
        db.close();
      });
    }
  },
);
