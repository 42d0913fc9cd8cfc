/**
 * The big caseload every --scale suite reads: 50,000 patients and 250,000 finalised plan
 * versions (five each), with an audit row for every write the app would have logged. Every
 * frozen snapshot is distinct, as real data is: its own patient, dates, goals, items drawn
 * from the seeded catalogue, wording and notes. Built once and kept under
 * ~/.cache/jointplan-bench (keyed by GENERATOR_VERSION): it takes minutes on two cores.
 * `node bench/big-database.ts` builds it on its own (e.g. in the background before a bench).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { DATABASE_FILE_NAME } from '../src/main/db/open.ts';
import { appendAudit } from '../src/main/db/repositories/audit.ts';
import { findCatalogueItems, listCatalogue } from '../src/main/db/repositories/catalogue.ts';
import { findPatient, insertPatient } from '../src/main/db/repositories/patients.ts';
import { finaliseDraft, insertDraft } from '../src/main/db/repositories/plans.ts';
import { getSettings, saveSettings } from '../src/main/db/repositories/settings.ts';
import { currentSafety } from '../src/main/plans/safety.ts';
import { buildSnapshot, catalogueIdsOf } from '../src/main/plans/snapshot.ts';
import type { CatalogueKind } from '../src/shared/domain/catalogue.ts';
import { JOINT_IDS, SIDES } from '../src/shared/domain/joints.ts';
import { patientInputSchema } from '../src/shared/domain/patient.ts';
import { finalPlanContentSchema, type PlanContent } from '../src/shared/domain/plan.ts';
import type { WearingPattern } from '../src/shared/domain/schedule.ts';
import { intBetween, pick, seededRandom, seededUuid } from './lib.ts';
import { fakePatient } from './patients.ts';

/**
 * Bump when what is generated changes, so a stale cached copy is never measured.
 * 2: frozen plans packed as the app now stores them (migration 010, db/packed-plan.ts).
 */
export const GENERATOR_VERSION = 2;
export const BIG = { patients: 50_000, versionsEach: 5 } as const;
const THERAPISTS = ['Alex Morgan, OT', 'Sam Patel, OT', 'Jo Okafor, OT', 'Kim Lee, CHT'];
const DAY_MS = 24 * 60 * 60 * 1000;
const GOALS = [
  ['Open jars and bottles without wrist pain', 'd430'],
  ['Type for an hour at work with rests', 'd850'],
  ['Carry the shopping home in two lighter bags', 'd430'],
  ['Garden for half an hour without a flare the next day', 'd640'],
  ['Get dressed without help, fastening buttons', 'd540'],
  ['Cook a meal for the family using lighter pans', 'd630'],
  ['Write a shopping list without hand cramp', 'd440'],
  ['Hold a cup of tea safely with both hands', 'd550'],
] as const;
const PATTERNS: readonly WearingPattern[] = [
  { type: 'night' },
  { type: 'hours', hoursOn: 2, hoursOff: 2 },
  { type: 'activities', activities: ['Cooking', 'Gardening', 'Typing at work'] },
  { type: 'continuous' },
  { type: 'custom', text: 'Wear it for heavy jobs and when the wrist aches after a busy day.' },
];
const ACTIVITIES = ['Housework', 'Shopping', 'Cooking', 'Work at the desk', 'Gardening', 'Walk'];

export function bigCacheDir(): string {
  return path.join(os.homedir(), '.cache', 'jointplan-bench', `big-v${GENERATOR_VERSION}`);
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Some of `ids`, at least `min`, in a random order. */
function some(random: () => number, ids: readonly string[], min: number, max: number): string[] {
  const pool = [...ids];
  const picked: string[] = [];
  for (let n = intBetween(random, min, Math.min(max, pool.length)); n > 0; n--) {
    picked.push(...pool.splice(Math.floor(random() * pool.length), 1));
  }
  return picked;
}

type Ids = Record<CatalogueKind, string[]>;

/** One plan version's content: drawn afresh, so no two snapshots are alike. */
function planContent(random: () => number, ids: Ids, planMs: number, n: number, v: number) {
  const planDate = day(planMs);
  const joints = some(random, JOINT_IDS, 1, 3).map((joint) => ({
    joint,
    side: pick(random, SIDES),
  }));
  return finalPlanContentSchema.parse({
    title: v === 1 ? 'Joint protection plan' : `Joint protection plan, review ${v - 1}`,
    planDate,
    therapist: pick(random, THERAPISTS),
    affectedJoints: joints,
    goals: some(
      random,
      GOALS.map((_, i) => String(i)),
      1,
      3,
    ).map((i) => {
      const [text, icfCode] = GOALS[Number(i)] ?? GOALS[0];
      return { text: `${text} (patient ${n + 1}, v${v})`, icfCode };
    }),
    reviewDate: day(planMs + intBetween(random, 42, 120) * DAY_MS),
    orthoses: some(random, ids.orthosis, 1, 3).map((catalogueId, i) => ({
      catalogueId,
      side: pick(random, ['left', 'right', 'both'] as const),
      joints: some(random, JOINT_IDS, 1, 3),
      schedule: {
        usual: pick(random, PATTERNS),
        flare: { type: 'continuous' },
        stable: { type: 'activities', activities: some(random, ACTIVITIES, 1, 3) },
        hoursPerDay: intBetween(random, 2, 12),
        startDate: planDate,
      },
      precautions: 'Take it off if fingers tingle, go pale or swell.',
      notes: `Fitted ${planDate}; strap ${intBetween(random, 1, 4)} loosened. Splint ${i + 1}.`,
    })),
    equipment: some(random, ids.equipment, 1, 6).map((catalogueId) => ({
      catalogueId,
      reason: pick(random, ['Less grip force needed', 'Pain at the wrist', 'Weak pinch', '']),
    })),
    rest: {
      breakRule: { restMinutes: intBetween(random, 3, 10), everyMinutes: 30 },
      timetable: [
        { start: '09:00', end: '10:30', kind: 'activity', label: pick(random, ACTIVITIES) },
        { start: '10:30', end: '11:00', kind: 'rest', label: 'Rest with feet up' },
      ],
      strategies: some(random, ids.strategy, 1, 4).map((catalogueId) => ({ catalogueId })),
      energyPs: 'four-ps',
    },
    principles: some(random, ids.principle, 1, 5).map((catalogueId, i) => ({
      catalogueId,
      example: i === 0 ? `At home: ${pick(random, ACTIVITIES).toLowerCase()} with both hands.` : '',
    })),
  }) as PlanContent;
}

/** Fills `db` (a fresh app database) with the big caseload; `progress` is told per 1,000. */
export function fillBigCaseload(
  db: Database,
  size: { patients: number; versionsEach: number },
  progress: (patients: number) => void = () => {},
): void {
  const random = seededRandom(0x42494721);
  const at = '2019-01-01T09:00:00.000Z';
  saveSettings(db, { ...getSettings(db), clinicName: 'Bench clinic', therapists: THERAPISTS }, at);
  const ids = Object.fromEntries(
    (['orthosis', 'equipment', 'principle', 'strategy'] as const).map((kind) => [
      kind,
      listCatalogue(db, { kind, query: '', includeRetired: false }).map((i) => i.id),
    ]),
  ) as Ids;
  const catalogue = new Map(
    findCatalogueItems(db, Object.values(ids).flat()).map((i) => [i.id, i.content]),
  );
  const safety = currentSafety(db);
  const BATCH = 500;
  for (let start = 0; start < size.patients; start += BATCH) {
    db.transaction(() => {
      for (let n = start; n < Math.min(start + BATCH, size.patients); n++) {
        const patientId = seededUuid(random);
        const created = Date.UTC(2016, 0, 1) + intBetween(random, 0, 900) * DAY_MS;
        const createdAt = new Date(created).toISOString();
        insertPatient(db, patientId, patientInputSchema.parse(fakePatient(random, n)), createdAt);
        const by = pick(random, THERAPISTS);
        appendAudit(db, {
          at: createdAt,
          therapist: by,
          patientId,
          entity: 'patient',
          entityId: patientId,
          action: 'created',
          summary: 'Created patient',
        });
        const patient = findPatient(db, patientId);
        if (!patient) throw new Error('patient not written');
        let previousId: string | null = null;
        let planMs = created + intBetween(random, 1, 30) * DAY_MS;
        for (let v = 1; v <= size.versionsEach; v++) {
          const id = seededUuid(random);
          const content = planContent(random, ids, planMs, n, v);
          const finalisedAt = new Date(planMs + 3_600_000).toISOString();
          insertDraft(db, { id, patientId, version: v, previousId, content }, finalisedAt);
          const frozen = buildSnapshot({
            plan: { id, version: v, previousId, content },
            patient,
            catalogue: new Map(catalogueIdsOf(content).map((c) => [c, catalogue.get(c)!])),
            finalisedAt,
            finalisedBy: content.therapist,
            safety,
          });
          finaliseDraft(db, id, patientId, {
            snapshot: frozen.json,
            snapshotSha256: frozen.sha256,
            finalisedAt,
            finalisedBy: content.therapist,
            changeSummary: v === 1 ? 'First version' : 'Review date changed; items changed',
          });
          appendAudit(db, {
            at: finalisedAt,
            therapist: content.therapist,
            patientId,
            entity: 'plan',
            entityId: id,
            action: 'finalised',
            summary: `Finalised version ${v}`,
          });
          previousId = id;
          planMs += intBetween(random, 60, 200) * DAY_MS;
        }
      }
    })();
    progress(Math.min(start + BATCH, size.patients));
  }
}

/**
 * The data folder holding the big database, built if the cache has none. The folder is the
 * bench's own: suites open it as the app would (which may migrate it once) but add nothing.
 */
export async function bigDataDir(log: (message: string) => void): Promise<string> {
  const dir = path.join(bigCacheDir(), 'data');
  if (existsSync(path.join(dir, DATABASE_FILE_NAME))) return dir;
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const clock = () => new Date('2026-03-02T09:00:00.000Z');
  const db = await openAppDatabase(building, clock);
  const started = performance.now();
  try {
    db.pragma('synchronous = OFF');
    fillBigCaseload(db, BIG, (n) => {
      if (n % 5000 === 0)
        log(`big database: ${n} patients (${Math.round((performance.now() - started) / 1000)} s)`);
    });
    db.pragma('synchronous = FULL');
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  renameSync(building, dir);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = await bigDataDir((m) => console.error(m));
  console.error(`big database ready in ${dir}`);
}
