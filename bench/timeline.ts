/**
 * The patient timeline on a large caseload: one patient with 50 plan versions and 20
 * sessions added to a copy of the big caseload (50,000 patients, 250,000 plans, every
 * snapshot distinct: see big-database.ts); and a full backup of that database.
 */
import { copyFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { backupTo } from '../src/main/db/backups.ts';
import { DATABASE_FILE_NAME } from '../src/main/db/open.ts';
import { appendAudit } from '../src/main/db/repositories/audit.ts';
import type { AppApi } from '../src/shared/api.ts';
import { call, benchApi } from './api.ts';
import { BIG, bigDataDir, fillBigCaseload } from './big-database.ts';
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
import { fakePatient } from './patients.ts';

const VERSIONS = 50;
const SESSIONS = 20;
const CALLS = 200;
const WARM_UP = 20;
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

export const timelineBench: BenchSuite = {
  name: 'timeline',
  targets: { 'patients.timeline_p95_ms': { max: 10, label: '≤ 10 ms' } },
  async run({ dir, log, quick }) {
    const caseload = quick ? { patients: 300, versionsEach: 5 } : BIG;
    const random = seededRandom(0x74696d65);
    let now = Date.parse('2025-01-15T09:00:00.000Z');
    const clock = () => new Date(now);
    if (!quick) {
      // The big caseload (every snapshot distinct), copied so this suite may add to it.
      const big = path.join(await bigDataDir(log), DATABASE_FILE_NAME);
      log('copying the big caseload…');
      copyFileSync(big, path.join(dir, DATABASE_FILE_NAME));
    }
    const db = await openAppDatabase(dir, clock);
    try {
      if (quick) fillBigCaseload(db, caseload);
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

      log(`making one patient's ${VERSIONS} versions and ${SESSIONS} sessions…`);
      const target = await call(api, 'patients.create', {
        patient: fakePatient(random, caseload.patients + 1),
      });
      await makeVersions(api, refs, target.id, () => (now += 7 * DAY_MS));
      insertSessions(db, target.id, random);

      const size = {
        patients: caseload.patients + 1,
        plans: caseload.patients * caseload.versionsEach + VERSIONS,
      };
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
