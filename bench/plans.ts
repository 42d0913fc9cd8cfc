import { call, benchApi } from './api.ts';
import { fortyItemRefs, planContent, PLAN_ITEMS } from './forty-item-plan.ts';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import type { PlanContentInput } from '../src/shared/domain/plan.ts';
import { percentile, round2, seededRandom, sized, time, type BenchSuite } from './lib.ts';

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
    'plans.finalise40_p95_ms': { max: 10, label: '≤ 10 ms' },
  },
  async run({ dir, log, quick }) {
    const WARM_UP = sized(quick, 20, 2);
    const SAVES = sized(quick, 200, 10);
    const FINALISES = sized(quick, 100, 5);
    const random = seededRandom(0x504c414e);
    const clock = () => new Date('2025-01-15T09:00:00.000Z');
    const db: Database = await openAppDatabase(dir, clock);
    try {
      const api = benchApi(db, dir, clock, random);
      const refs = await fortyItemRefs(api);
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
      // plan and saving it with a review date (revise clears it); only finalise is timed.
      log(`finalising ${FINALISES} ${PLAN_ITEMS}-item drafts…`);
      let current = draft;
      const finaliseMs: number[] = [];
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
        const ms = await time(async () => (current = await call(api, 'plans.finalise', { id })));
        if (current.status !== 'finalised' || !current.snapshotSha256)
          throw new Error(`plan ${id} was not finalised`);
        if (i >= 0) finaliseMs.push(ms);
      }
      const versions = await call(api, 'plans.list', { patientId: patient.id });
      if (versions.length !== WARM_UP + FINALISES)
        throw new Error(`expected ${WARM_UP + FINALISES} plan versions, found ${versions.length}`);

      return {
        'plans.save40_p50_ms': round2(percentile(saveMs, 50)),
        'plans.save40_p95_ms': round2(percentile(saveMs, 95)),
        'plans.finalise40_p50_ms': round2(percentile(finaliseMs, 50)),
        'plans.finalise40_p95_ms': round2(percentile(finaliseMs, 95)),
      };
    } finally {
      db.close();
    }
  },
};
