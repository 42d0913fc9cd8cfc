/**
 * The patient timeline on a large caseload: one patient with 50 plan versions and 20
 * sessions among 50,000 patients and 250,000 plans; and a full backup of that database.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { backupTo } from '../src/main/db/backups.ts';
import { appendAudit } from '../src/main/db/repositories/audit.ts';
import { insertPatient } from '../src/main/db/repositories/patients.ts';
import type { AppApi } from '../src/shared/api.ts';
import { patientInputSchema } from '../src/shared/domain/patient.ts';
import { call, benchApi } from './api.ts';
import { fortyItemRefs, planContent, type Refs } from './forty-item-plan.ts';
import {
  percentile,
  round2,
  seededRandom,
  seededUuid,
  sized,
  time,
  type BenchSuite,
} from './lib.ts';
import { fakePatient, patientCount } from './patients.ts';

const VERSIONS = 50;
const SESSIONS = 20;
const CALLS = 200;
const WARM_UP = 20;
/** Five plan versions for each patient of the caseload. */
const planCount = (quick: boolean) => patientCount(quick) * 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The target patient's 50 versions, made through the API so each carries the summary the app writes. */
async function makeVersions(api: AppApi, refs: Refs, patientId: string, advance: () => void) {
  let plan = await call(api, 'plans.createDraft', { patientId, source: { from: 'blank' } });
  for (let v = 1; v <= VERSIONS; v++) {
    if (v > 1) plan = await call(api, 'plans.revise', { id: plan.id });
    const content = planContent(refs, v);
    // Each version moves the first splint to a different pattern, as a review often does.
    const usual = [
      { type: 'night' },
      { type: 'continuous' },
      { type: 'hours', hoursOn: 2, hoursOff: 2 },
    ][v % 3] as (typeof content.orthoses)[number]['schedule']['usual'];
    content.orthoses = content.orthoses.map((o, i) =>
      i === 0 ? { ...o, schedule: { ...o.schedule, usual } } : o,
    );
    content.planDate = plan.content.planDate;
    content.reviewDate = new Date(Date.parse(plan.content.planDate) + 90 * DAY_MS)
      .toISOString()
      .slice(0, 10);
    await call(api, 'plans.saveDraft', { id: plan.id, content });
    plan = await call(api, 'plans.finalise', { id: plan.id });
    advance();
  }
}

function insertSessions(db: Database, patientId: string, random: () => number): void {
  const insert = db.prepare(
    `INSERT INTO sessions (id, patient_id, plan_id, session_date, status, therapist, data, created_at, updated_at, recorded_at)
     VALUES (?, ?, NULL, ?, ?, 'Alex Morgan, OT', ?, ?, ?, ?)`,
  );
  const checklist = [
    'Check splint fit',
    'Review skin',
    'Grip strength',
    'Pacing diary',
    'Goals',
    'Handout',
  ];
  for (let i = 0; i < SESSIONS; i++) {
    const status = i < 16 ? 'recorded' : i < 18 ? 'cancelled' : 'planned';
    const date = new Date(Date.UTC(2025, 0, 20) + i * 14 * DAY_MS).toISOString().slice(0, 10);
    const at = `${date}T10:00:00.000Z`;
    const data = {
      agenda: 'Review splint wear and pacing since the last visit.',
      checklist: checklist.map((text) => ({ text, done: status === 'recorded' })),
      outcome:
        status === 'recorded'
          ? {
              pain: i % 11,
              adherence: (['fully', 'mostly', 'partly'] as const)[i % 3],
              notes: 'Notes.',
              changes: '',
            }
          : null,
    };
    const id = seededUuid(random);
    insert.run(
      id,
      patientId,
      date,
      status,
      JSON.stringify(data),
      at,
      at,
      status === 'recorded' ? at : null,
    );
    appendAudit(db, {
      at,
      therapist: 'Alex Morgan, OT',
      patientId,
      entity: 'session',
      entityId: id,
      action: status,
      summary: `Session ${status}`,
    });
  }
}

/** 50,000 patients and 250,000 plans in all, written straight to the tables in one transaction. */
function fillCaseload(
  db: Database,
  random: () => number,
  snapshot: string,
  existing: { patients: number; plans: number },
  size: { patients: number; plans: number },
) {
  const insertPlan = db.prepare(
    `INSERT INTO plans (id, patient_id, version, previous_id, status, title, plan_date, therapist, review_date,
       affected_joints, rest, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', 'Joint protection plan', ?, 'Alex Morgan, OT', ?, '[{"joint":"wrist","side":"right"}]',
       '{"breakRule":{"restMinutes":5,"everyMinutes":30},"timetable":[],"energyPs":"four-ps"}', ?, ?)`,
  );
  const insertItem = db.prepare(
    'INSERT INTO plan_items (plan_id, section, position, catalogue_id, data) VALUES (?, ?, 0, ?, ?)',
  );
  const freeze = db.prepare(
    `UPDATE plans SET status = ?, snapshot = ?, snapshot_sha256 = ?, finalised_at = ?, finalised_by = 'Alex Morgan, OT',
       change_summary = ? WHERE id = ?`,
  );
  const orthosis = JSON.parse(snapshot).plan.content.orthoses[0];
  const equipment = JSON.parse(snapshot).plan.content.equipment[0];
  const sha = 'f'.repeat(64);
  let plansLeft = size.plans - existing.plans;
  db.transaction(() => {
    for (let n = existing.patients; n < size.patients; n++) {
      const id = seededUuid(random);
      insertPatient(
        db,
        id,
        patientInputSchema.parse(fakePatient(random, n)),
        '2024-01-01T09:00:00.000Z',
      );
      const versions = Math.min(5, plansLeft);
      plansLeft -= versions;
      let previous: string | null = null;
      for (let v = 1; v <= versions; v++) {
        const planId = seededUuid(random);
        const date = new Date(Date.UTC(2020, 0, 1) + (v * 120 + (n % 90)) * DAY_MS).toISOString();
        const day = date.slice(0, 10);
        insertPlan.run(planId, id, v, previous, day, day, date, date);
        insertItem.run(planId, 'goal', null, '{"text":"Open jars without pain","icfCode":"d440"}');
        const { catalogueId: o, ...oData } = orthosis;
        insertItem.run(planId, 'orthosis', o, JSON.stringify(oData));
        const { catalogueId: e, ...eData } = equipment;
        insertItem.run(planId, 'equipment', e, JSON.stringify(eData));
        const summary =
          v === 1 ? 'First version' : 'Review date changed; Night splint schedule changed';
        freeze.run(
          v === versions ? 'finalised' : 'superseded',
          snapshot,
          sha,
          date,
          summary,
          planId,
        );
        previous = planId;
      }
    }
  })();
  if (plansLeft > 0) throw new Error(`${plansLeft} plans could not be placed`);
}

export const timelineBench: BenchSuite = {
  name: 'timeline',
  targets: { 'patients.timeline_p95_ms': { max: 10, label: '≤ 10 ms' } },
  async run({ dir, log, quick }) {
    const size = { patients: patientCount(quick), plans: planCount(quick) };
    const random = seededRandom(0x74696d65);
    let now = Date.parse('2025-01-15T09:00:00.000Z');
    const clock = () => new Date(now);
    const db = await openAppDatabase(dir, clock);
    try {
      const api = benchApi(db, dir, clock, random);
      const settings = await call(api, 'settings.get', {});
      await call(api, 'settings.update', {
        settings: {
          ...settings,
          clinicName: 'Bench clinic',
          therapists: ['Alex Morgan, OT'],
          therapistName: 'Alex Morgan, OT',
        },
      });
      const refs = await fortyItemRefs(api);

      // A typical 10-item plan whose frozen snapshot every other plan in the caseload reuses.
      const typical = await call(api, 'patients.create', { patient: fakePatient(random, 0) });
      const small: Refs = {
        orthoses: refs.orthoses.slice(0, 2),
        equipment: refs.equipment.slice(0, 4),
        principles: refs.principles.slice(0, 2),
        strategies: refs.strategies.slice(0, 2),
      };
      const draft = await call(api, 'plans.createDraft', {
        patientId: typical.id,
        source: { from: 'blank' },
      });
      await call(api, 'plans.saveDraft', { id: draft.id, content: planContent(small, 0) });
      await call(api, 'plans.finalise', { id: draft.id });
      const snapshot = (
        db.prepare('SELECT snapshot FROM plans WHERE id = ?').get(draft.id) as { snapshot: string }
      ).snapshot;

      log(`making one patient's ${VERSIONS} versions and ${SESSIONS} sessions…`);
      const target = await call(api, 'patients.create', { patient: fakePatient(random, 1) });
      await makeVersions(api, refs, target.id, () => (now += 7 * DAY_MS));
      insertSessions(db, target.id, random);

      log(`filling the caseload to ${size.patients} patients and ${size.plans} plans…`);
      const fillMs = await time(() =>
        fillCaseload(db, random, snapshot, { patients: 2, plans: VERSIONS + 1 }, size),
      );
      log(`filled in ${Math.round(fillMs)} ms`);
      const counts = db
        .prepare(
          'SELECT (SELECT COUNT(*) FROM patients) AS patients, (SELECT COUNT(*) FROM plans) AS plans',
        )
        .get() as { patients: number; plans: number };
      if (counts.patients !== size.patients || counts.plans !== size.plans)
        throw new Error(
          `expected ${size.patients} patients and ${size.plans} plans, found ${JSON.stringify(counts)}`,
        );
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('ANALYZE');

      log(`reading the timeline ${CALLS} times…`);
      const read = async () => {
        const timeline = await call(api, 'history.timeline', { patientId: target.id });
        if (timeline.entries.length !== VERSIONS + SESSIONS)
          throw new Error(
            `expected ${VERSIONS + SESSIONS} timeline entries, found ${timeline.entries.length}`,
          );
      };
      for (let i = 0; i < sized(quick, WARM_UP, 2); i++) await read();
      const ms: number[] = [];
      for (let i = 0; i < sized(quick, CALLS, 10); i++) ms.push(await time(read));

      const file = path.join(dir, 'backup.sqlite');
      log('backing up the whole database…');
      const backupMs = await time(() => backupTo(db, file));
      log(`backup of ${Math.round(statSync(file).size / 1e6)} MB in ${Math.round(backupMs)} ms`);

      return {
        'patients.timeline_p50_ms': round2(percentile(ms, 50)),
        'patients.timeline_p95_ms': round2(percentile(ms, 95)),
        'backup.full_ms': round2(backupMs),
      };
    } finally {
      db.close();
    }
  },
};
