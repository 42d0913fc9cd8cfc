import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import type { PlanContent } from '../../../shared/domain/plan.ts';
import { DATABASE_KEY_BYTES, type DatabaseKey } from '../cipher.ts';
import { migrate } from '../migrate.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import { countUnpacked, packFrozenPlans, type PackProgress } from '../pack-plans.ts';
import { packInBackground } from '../pack-in-background.ts';
import { PACKED } from '../packed-plan.ts';
import { toContent, type ContentColumns, type ItemRow } from '../repositories/plan-content.ts';
import { findPlan, findSnapshot } from '../repositories/plans.ts';
import { findPatients } from '../repositories/review.ts';
import { MIGRATIONS } from './index.ts';
import { openAppData } from '../../app-data.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m10-'));
  file = path.join(dir, DATABASE_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-05T10:00:00.000Z';
const SPLINTS = ['orthosis.resting-hand', 'orthosis.wrist-working'];
const TAPS = ['equipment.tap-turner', 'equipment.jar-opener'];
const VERSIONS = 4; // three frozen versions and a draft each
const PATIENTS = 24;
const FROZEN = PATIENTS * (VERSIONS - 1);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const patientId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const planId = (n: number, v: number) =>
  `10000000-0000-4000-8000-${String(n * 10 + v).padStart(12, '0')}`;

/**
 * Patients with plans as version 9 wrote them: raw SQL in its schema, each plan's items in
 * plan_items and its snapshot text in `snapshot`. Some snapshots are in JSON.stringify's
 * order (as early versions stored them) and some carry words in other scripts, so only a
 * byte-for-byte keeping of the text can keep their hashes.
 */
function writeVersion9Plans(db: Database): void {
  for (const id of [...SPLINTS, ...TAPS]) {
    db.prepare(
      `INSERT INTO catalogue_items (id, kind, content, name, search_text, from_seed, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', 1, ?, ?)`,
    ).run(id, id.split('.')[0], JSON.stringify({ kind: id.split('.')[0], name: id }), id, AT, AT);
  }
  const patient = db.prepare(
    `INSERT INTO patients (id, given_name, family_name, date_of_birth, chart_number, diagnosis,
       disease_stage, notes, sort_key, search_text, created_at, updated_at)
     VALUES (?, ?, 'Müller', '1950-02-03', NULL, '', 'stable', '', ?, '', ?, ?)`,
  );
  const plan = db.prepare(
    `INSERT INTO plans (id, patient_id, version, previous_id, status, title, plan_date, therapist,
       review_date, affected_joints, rest, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', ?, '2026-01-05', 'Jo Bloggs OT', '2026-04-05', ?, ?, ?, ?)`,
  );
  const item = db.prepare('INSERT INTO plan_items VALUES (?, ?, ?, ?, ?)');
  const supersede = db.prepare("UPDATE plans SET status = 'superseded' WHERE id = ?");
  const finalise = db.prepare(
    `UPDATE plans SET status = 'finalised', snapshot = ?, snapshot_sha256 = ?, finalised_at = ?,
       finalised_by = 'Jo Bloggs OT' WHERE id = ?`,
  );
  const joints = JSON.stringify([{ joint: 'wrist', side: 'right' }]);
  const rest = JSON.stringify({ breakRule: null, timetable: [], energyPs: 'four-ps' });
  db.transaction(() => {
    for (let n = 0; n < PATIENTS; n++) {
      patient.run(patientId(n), n % 3 === 0 ? 'Zoë' : 'Анна', `p${n}`, AT, AT);
      for (let v = 1; v <= VERSIONS; v++) {
        const id = planId(n, v);
        const title = v % 2 ? `Plan ${v} für Zoë` : `Joint plan ${v}, 手の保護`;
        plan.run(id, patientId(n), v, v > 1 ? planId(n, v - 1) : null, title, joints, rest, AT, AT);
        const goal = { text: `Open jars (${n}/${v}) «sans douleur»`, icfCode: 'd430' };
        item.run(id, 'goal', 0, null, JSON.stringify(goal));
        const splint = SPLINTS[(n + v) % 2] ?? '';
        item.run(
          id,
          'orthosis',
          0,
          splint,
          JSON.stringify({
            side: 'left',
            joints: ['wrist'],
            schedule: {
              usual: { type: 'night' },
              flare: null,
              stable: null,
              hoursPerDay: null,
              startDate: null,
            },
            precautions: null,
            notes: `Fitted n${n}`,
          }),
        );
        for (let e = 0; e <= (n + v) % 2; e++)
          item.run(id, 'equipment', e, TAPS[e] ?? '', JSON.stringify({ reason: `r${v}${e}` }));
        if (v === VERSIONS) continue; // the draft
        const snapshot = {
          format: 1,
          plan: {
            id,
            version: v,
            previousId: v > 1 ? planId(n, v - 1) : null,
            finalisedAt: AT,
            finalisedBy: 'Jo Bloggs OT',
            content: {
              title,
              affectedJoints: [{ joint: 'wrist', side: 'right' }],
              goals: [goal],
              orthoses: [{ catalogueId: splint, schedule: { usual: { type: 'night' } } }],
              equipment: [],
              principles: [],
              rest: { strategies: [] },
            },
          },
          patient: { id: patientId(n), givenName: 'Zoë', familyName: 'Müller' },
          // Words repeated as a catalogue's are: what packing saves, and VACUUM gives back.
          safety: {
            lines: Array.from({ length: 150 }, (_, i) => `Take it off if it hurts or rubs (${i}).`),
          },
          catalogue: { [splint]: { kind: 'orthosis', name: splint } },
        };
        const text = n % 2 ? canonicalJson(snapshot) : JSON.stringify(snapshot);
        if (v > 1) supersede.run(planId(n, v - 1));
        finalise.run(text, sha256(text), AT, id);
      }
    }
  })();
}

interface Before {
  pages: number;
  snapshots: Map<string, { text: string; sha: string }>;
  contents: Map<string, PlanContent>;
}

/** Each plan's snapshot text and content as version 9 reads them: its row and plan_items. */
function readBefore(db: Database): Before {
  const rows = db.prepare('SELECT * FROM plans ORDER BY id').all() as (ContentColumns & {
    id: string;
    snapshot: string | null;
    snapshot_sha256: string | null;
  })[];
  const items = db.prepare(
    'SELECT section, position, catalogue_id, data FROM plan_items WHERE plan_id = ?',
  );
  const before: Before = {
    pages: db.pragma('page_count', { simple: true }) as number,
    snapshots: new Map(),
    contents: new Map(),
  };
  for (const row of rows) {
    before.contents.set(row.id, toContent(row, items.all(row.id) as ItemRow[]));
    if (row.snapshot !== null)
      before.snapshots.set(row.id, { text: row.snapshot, sha: row.snapshot_sha256 ?? '' });
  }
  return before;
}

/** Every frozen plan packed and read back exactly: snapshot bytes, hash, content. */
function expectAllPackedAndIntact(db: Database, before: Before): void {
  expect(before.snapshots.size).toBe(FROZEN);
  expect(
    db
      .prepare('SELECT COUNT(*) AS n FROM plans WHERE snapshot IS NOT NULL AND packed IS NULL')
      .get(),
  ).toEqual({ n: 0 });
  for (const [id, { text, sha }] of before.snapshots) {
    const frozen = findSnapshot(db, id);
    expect(frozen?.json).toBe(text);
    expect(sha256(frozen?.json ?? '')).toBe(sha);
    expect(frozen?.sha256).toBe(sha);
  }
  for (const [id, content] of before.contents) expect(findPlan(db, id)?.content).toEqual(content);
  // Frozen plans keep no item rows; drafts keep theirs.
  expect(
    db
      .prepare(
        "SELECT COUNT(*) AS n FROM plan_items i JOIN plans p ON p.id = i.plan_id WHERE p.status <> 'draft'",
      )
      .get(),
  ).toEqual({ n: 0 });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

async function version9(key: DatabaseKey | null = null): Promise<Before> {
  const v9 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 9), key });
  writeVersion9Plans(v9);
  const before = readBefore(v9);
  v9.close();
  return before;
}

// Real files, a backup and a VACUUM each: slow on a busy machine, so a longer guard.
describe('migration 10 packs every frozen plan', { timeout: 120_000 }, () => {
  for (const kind of ['plain', 'encrypted'] as const) {
    it(`of a ${kind} version 9 database, each snapshot the bytes it was hashed as`, async () => {
      const key = kind === 'encrypted' ? randomBytes(DATABASE_KEY_BYTES) : null;
      const before = await version9(key);
      const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 10), key });
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(10);
        // The start does not pack them: the window shows first (pack-in-background.ts).
        expect(countUnpacked(db)).toBe(FROZEN);
        for (const [id, { text }] of before.snapshots)
          expect(findSnapshot(db, id)?.json).toBe(text);
        const progress: (PackProgress | null)[] = [];
        const packed = await packInBackground(async (work) => work(db), {
          onProgress: (p) => progress.push(p),
          reclaimUpTo: Infinity,
        });
        expect(packed).toBe(FROZEN);
        expectAllPackedAndIntact(db, before);
        expect(progress[0]).toEqual({ done: 0, total: FROZEN });
        expect(progress.at(-2)).toEqual({ done: FROZEN, total: FROZEN });
        expect(progress.at(-1)).toBeNull();
        // The space the old text took is given back to the disk.
        expect(db.pragma('freelist_count', { simple: true })).toBe(0);
        expect(db.pragma('page_count', { simple: true })).toBeLessThan(before.pages / 2);
        // The runner backed the data up before changing it.
        expect(readdirSync(path.join(dir, 'backups'))).toEqual([
          expect.stringMatching(/^before-migration-v9-/),
        ]);
      } finally {
        db.close();
      }
    });
  }

  it('carries on where an interrupted conversion stopped, and ends with every snapshot intact', async () => {
    const before = await version9();
    const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 9) });
    await migrate(db, file);
    // Stopped after two batches of 25 (as if the computer went off there)…
    expect(packFrozenPlans(db, { batchSize: 25, maxBatches: 2 })).toBe(50);
    expect(db.prepare('SELECT COUNT(*) AS n FROM plans WHERE packed IS NOT NULL').get()).toEqual({
      n: 50,
    });
    // …while the half-converted data still reads as before.
    for (const [id, content] of before.contents) expect(findPlan(db, id)?.content).toEqual(content);
    for (const [id, { text }] of before.snapshots) expect(findSnapshot(db, id)?.json).toBe(text);
    db.close();

    const progress: (PackProgress | null)[] = [];
    const reopened = await openDatabase(file);
    try {
      await packInBackground(async (work) => work(reopened), {
        onProgress: (p) => progress.push(p),
      });
      expect(progress[0]).toEqual({ done: 0, total: FROZEN - 50 });
      expectAllPackedAndIntact(reopened, before);
    } finally {
      reopened.close();
    }
  });

  it('keeps the review search’s catalogue filter finding active plans only', async () => {
    await version9();
    const db = await openDatabase(file);
    try {
      const found = (catalogueId: string) =>
        findPatients(db, { catalogueId, stage: null, reviewFrom: null, reviewTo: null }, 100);
      // Each patient's active plan is version 3; its splint alternates from patient to patient.
      for (const splint of SPLINTS) {
        const rows = found(splint);
        expect(rows).toHaveLength(PATIENTS / 2);
        expect(new Set(rows.map((r) => r.planVersion))).toEqual(new Set([3]));
      }
      expect(
        db
          .prepare(
            "SELECT COUNT(*) AS n FROM plan_catalogue_refs r JOIN plans p ON p.id = r.plan_id WHERE p.status <> 'finalised'",
          )
          .get(),
      ).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('keeps a packed plan frozen', async () => {
    await version9();
    const db = await openDatabase(file);
    packFrozenPlans(db); // as the app does after start (pack-in-background.ts)
    try {
      const id = planId(0, 1);
      const refused = /cannot be changed/;
      expect(() => db.prepare("UPDATE plans SET packed = x'01' WHERE id = ?").run(id)).toThrow(
        refused,
      );
      expect(() => db.prepare("UPDATE plans SET snapshot = '{}' WHERE id = ?").run(id)).toThrow(
        refused,
      );
      expect(() => db.prepare('UPDATE plans SET packed = NULL WHERE id = ?').run(id)).toThrow(
        refused,
      );
      expect(() =>
        db.prepare("INSERT INTO plan_items VALUES (?, 'goal', 5, NULL, '{}')").run(id),
      ).toThrow(refused);
      expect(db.prepare('SELECT snapshot FROM plans WHERE id = ?').get(id)).toEqual({
        snapshot: PACKED,
      });
    } finally {
      db.close();
    }
  });

  it('the app opens before packing, then packs between calls with its progress shown', async () => {
    const before = await version9();
    const data = await openAppData({ dataDir: dir, appVersion: 'test' });
    try {
      // Nothing packed before the window could ask for anything.
      expect(countUnpacked(data.db)).toBe(FROZEN);
      const shown: unknown[] = [];
      const watching = setInterval(
        () =>
          void Promise.resolve(data.api['backups.status']({})).then((s) =>
            shown.push(s.dataUpdate),
          ),
        0,
      );
      // A call from the window is answered while the packing is under way.
      const page = await data.api['patients.search']({
        query: '',
        includeArchived: false,
        after: null,
        limit: 100,
      });
      expect(page.patients).toHaveLength(PATIENTS);
      expect(await data.packed).toBe(FROZEN);
      clearInterval(watching);
      expectAllPackedAndIntact(data.db, before);
      expect(shown).toContainEqual({ done: expect.any(Number), total: FROZEN });
      expect((await data.api['backups.status']({})).dataUpdate).toBeNull();
    } finally {
      data.close();
    }
  });
});
