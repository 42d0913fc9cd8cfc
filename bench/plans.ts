import { call, catalogueIds } from './api.ts';
import type { Database } from 'better-sqlite3';
import { createAppApi } from '../src/main/app-api.ts';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { JOINT_IDS } from '../src/shared/domain/joints.ts';
import type { PlanContentInput } from '../src/shared/domain/plan.ts';
import type { WearingPattern } from '../src/shared/domain/schedule.ts';
import { percentile, round2, seededRandom, seededUuid, time, type BenchSuite } from './lib.ts';

/** 8 splints with full schedules + 16 equipment + 8 principles + 8 strategies = 40 items. */
const ORTHOSES = 8;
const EQUIPMENT = 16;
const PRINCIPLES = 8;
const STRATEGIES = 8;
export const PLAN_ITEMS = ORTHOSES + EQUIPMENT + PRINCIPLES + STRATEGIES;

const WARM_UP = 20;
const SAVES = 200;
const FINALISES = 100;

const PLAN_DATE = '2025-01-15';
const REVIEW_DATE = '2025-04-15';

interface Refs {
  orthoses: string[];
  equipment: string[];
  principles: string[];
  strategies: string[];
}

const PATTERNS: readonly WearingPattern[] = [
  { type: 'night' },
  { type: 'hours', hoursOn: 2, hoursOff: 2 },
  { type: 'activities', activities: ['Cooking', 'Gardening', 'Typing at work'] },
  { type: 'continuous' },
  { type: 'custom', text: 'Wear it for heavy jobs and when the wrist aches after a busy day.' },
];

/**
 * A complete 40-item plan, as the editor would send it. `edit` changes a few fields (a note,
 * a reason, the title) so every save writes something different.
 */
function planContent(refs: Refs, edit: number): PlanContentInput {
  return {
    title: `Joint protection plan (edit ${edit})`,
    planDate: PLAN_DATE,
    therapist: 'Alex Morgan, OT',
    affectedJoints: [
      { joint: 'wrist', side: 'right' },
      { joint: 'wrist', side: 'left' },
    ],
    goals: [
      { text: 'Open jars and bottles without wrist pain', icfCode: 'd430' },
      { text: 'Type for an hour at work with rests', icfCode: 'd850' },
    ],
    reviewDate: REVIEW_DATE,
    orthoses: refs.orthoses.map((catalogueId, i) => ({
      catalogueId,
      side: i % 3 === 0 ? 'both' : i % 2 === 0 ? 'right' : 'left',
      joints: JOINT_IDS.slice(i % 4, (i % 4) + 3),
      schedule: {
        usual: PATTERNS[i % PATTERNS.length] ?? { type: 'night' },
        flare: { type: 'continuous' },
        stable: { type: 'activities', activities: ['Carrying shopping', 'Cleaning'] },
        hoursPerDay: 8,
        startDate: PLAN_DATE,
      },
      precautions: 'Take it off if fingers tingle, go pale or swell.',
      notes: `Fitted in clinic; check straps at review.\nEdit ${edit}, splint ${i + 1}.`,
    })),
    equipment: refs.equipment.map((catalogueId, i) => ({
      catalogueId,
      reason: i === edit % EQUIPMENT ? `Changed at edit ${edit}` : 'Less grip force needed',
    })),
    rest: {
      breakRule: { restMinutes: 5, everyMinutes: 30 },
      timetable: [
        { start: '09:00', end: '10:30', kind: 'activity', label: 'Housework' },
        { start: '10:30', end: '11:00', kind: 'rest', label: 'Rest with feet up' },
      ],
      strategies: refs.strategies.map((catalogueId) => ({ catalogueId })),
    },
    principles: refs.principles.map((catalogueId, i) => ({
      catalogueId,
      example: `Example ${i + 1}: use both hands to lift the kettle.`,
    })),
  };
}

function itemCount(content: PlanContentInput): number {
  return (
    content.orthoses.length +
    content.equipment.length +
    content.principles.length +
    (content.rest.strategies?.length ?? 0)
  );
}

export const plansBench: BenchSuite = {
  name: 'plans',
  targets: {
    'plans.save40_p95_ms': { max: 10, label: '≤ 10 ms' },
    'plans.finalize40_p95_ms': { max: 10, label: '≤ 10 ms' },
  },
  async run({ dir, log }) {
    const random = seededRandom(0x504c414e);
    const clock = () => new Date('2025-01-15T09:00:00.000Z');
    const db: Database = await openAppDatabase(dir, clock);
    try {
      const api = createAppApi({
        db,
        dataDir: dir,
        appVersion: 'bench',
        clock,
        newId: () => seededUuid(random),
      });
      const refs: Refs = {
        orthoses: await catalogueIds(api, 'orthosis', ORTHOSES),
        equipment: await catalogueIds(api, 'equipment', EQUIPMENT),
        principles: await catalogueIds(api, 'principle', PRINCIPLES),
        strategies: await catalogueIds(api, 'strategy', STRATEGIES),
      };
      if (itemCount(planContent(refs, 0)) !== PLAN_ITEMS)
        throw new Error(`expected a ${PLAN_ITEMS}-item plan`);

      const patient = await call(api, 'patients.create', {
        patient: {
          givenName: 'Bench',
          familyName: 'Plans',
          preferredName: '',
          dateOfBirth: '1961-06-02',
          chartNumber: 'MRN-PLANS-1',
          diagnosis: 'Rheumatoid arthritis',
          diseaseStage: null,
          affectedJoints: [{ joint: 'wrist', side: 'right' }],
          phone: '',
          notes: '',
        },
      });

      // Saving: one draft, rewritten with a slightly different 40-item plan each time.
      let draft = await call(api, 'plans.createDraft', {
        patientId: patient.id,
        source: { from: 'blank' },
      });
      const draftId = draft.id;
      let edit = 0;
      const save = async () => {
        draft = await call(api, 'plans.saveDraft', {
          id: draftId,
          content: planContent(refs, ++edit),
        });
      };
      log(`saving a ${PLAN_ITEMS}-item draft ${SAVES} times…`);
      for (let i = 0; i < WARM_UP; i++) await save();
      const saveMs: number[] = [];
      for (let i = 0; i < SAVES; i++) saveMs.push(await time(save));
      if (itemCount(draft.content) !== PLAN_ITEMS || !draft.content.title.endsWith(`${edit})`))
        throw new Error('the last save did not come back as written');

      // Finalising: each sample finalises a fresh draft, made by revising the last finalised
      // plan and saving it with a review date (revise clears it); only finalize is timed.
      log(`finalising ${FINALISES} ${PLAN_ITEMS}-item drafts…`);
      let current = draft;
      const finalizeMs: number[] = [];
      for (let i = -WARM_UP; i < FINALISES; i++) {
        if (current.status !== 'draft') {
          const revised = await call(api, 'plans.revise', { id: current.id });
          await call(api, 'plans.saveDraft', {
            id: revised.id,
            content: planContent(refs, ++edit),
          });
          current = revised;
        }
        const id = current.id;
        const ms = await time(async () => (current = await call(api, 'plans.finalize', { id })));
        if (current.status !== 'finalised' || !current.snapshotSha256)
          throw new Error(`plan ${id} was not finalised`);
        if (i >= 0) finalizeMs.push(ms);
      }
      const versions = await call(api, 'plans.list', { patientId: patient.id });
      if (versions.length !== WARM_UP + FINALISES)
        throw new Error(`expected ${WARM_UP + FINALISES} plan versions, found ${versions.length}`);

      return {
        'plans.save40_p50_ms': round2(percentile(saveMs, 50)),
        'plans.save40_p95_ms': round2(percentile(saveMs, 95)),
        'plans.finalize40_p50_ms': round2(percentile(finalizeMs, 50)),
        'plans.finalize40_p95_ms': round2(percentile(finalizeMs, 95)),
      };
    } finally {
      db.close();
    }
  },
};
