import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiseaseStage } from '../../shared/domain/patient.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Plan, PlanContent } from '../../shared/domain/plan.ts';
import { REVIEW_RESULT_LIMIT } from '../../shared/domain/review.ts';
import { syncShippedContent } from '../catalogue/seed.ts';
import { insertPatient } from '../db/repositories/patients.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { testPlanSplint } from '../../test-support/catalogue-content.ts';

// The harness's clock starts on Monday 2 March 2026.
const SPLINT = 'orthosis.resting-hand';
const JAR_OPENER = 'equipment.jar-opener';

let h: ApiHarness;

beforeEach(async () => {
  h = await openApiHarness();
  syncShippedContent(h.db, '2026-03-02T09:00:00.000Z');
});
afterEach(() => h.close());

interface Someone {
  name: string;
  chart?: string;
  stage?: DiseaseStage;
}

async function addPatient({ name, chart, stage }: Someone): Promise<string> {
  const [givenName = '', familyName = ''] = name.split(' ');
  const patient = await h.ok('patients.create', {
    patient: {
      ...emptyPatientInput(),
      givenName,
      familyName,
      chartNumber: chart ?? '',
      diseaseStage: stage ?? null,
    },
  });
  return patient.id;
}

function contentWith(plan: Plan, reviewDate: string, items: string[]): PlanContent {
  return {
    ...plan.content,
    title: 'Joint protection plan',
    therapist: 'Jo Bloggs OT',
    planDate: reviewDate < plan.content.planDate ? '2025-12-01' : plan.content.planDate,
    reviewDate,
    orthoses: items
      .filter((id) => id.startsWith('orthosis.'))
      .flatMap((catalogueId) =>
        (['right', 'left'] as const).map((side) => testPlanSplint(catalogueId, { side })),
      ),
    equipment: items
      .filter((id) => id.startsWith('equipment.'))
      .map((catalogueId) => ({ catalogueId, reason: null })),
  };
}

/** A finalised plan for the patient, from their active plan when they have one. */
async function finalise(
  patientId: string,
  reviewDate: string,
  items: string[] = [JAR_OPENER],
): Promise<Plan> {
  const active = (await h.ok('plans.list', { patientId })).find((p) => p.status === 'finalised');
  const draft = active
    ? await h.ok('plans.revise', { id: active.id })
    : await h.ok('plans.createDraft', { patientId, source: { from: 'blank' } });
  await h.ok('plans.saveDraft', { id: draft.id, content: contentWith(draft, reviewDate, items) });
  return h.ok('plans.finalise', { id: draft.id });
}

async function patientWithPlan(
  someone: Someone,
  reviewDate: string,
  items?: string[],
): Promise<{ patientId: string; plan: Plan }> {
  const patientId = await addPatient(someone);
  return { patientId, plan: await finalise(patientId, reviewDate, items) };
}

const names = (entries: { patientName: string }[]) => entries.map((e) => e.patientName);

describe('the review queue', () => {
  beforeEach(async () => {
    await patientWithPlan({ name: 'Ann Long', chart: 'A-100' }, '2026-02-20');
    await patientWithPlan({ name: 'Ben Yesterday' }, '2026-03-01');
    await patientWithPlan({ name: 'Cat Today' }, '2026-03-02');
    await patientWithPlan({ name: 'Dan Sunday', chart: 'D-400' }, '2026-03-08');
    await patientWithPlan({ name: 'Eve Müller' }, '2026-03-09');
    await patientWithPlan({ name: 'Fay Far' }, '2026-05-03');
    await patientWithPlan({ name: 'Gus Later' }, '2026-05-04');
  });

  it('lists overdue, this week (7 days from today) and the 8 weeks after, soonest first', async () => {
    const queue = await h.ok('review.queue', { bucket: 'all', sort: 'review-date', query: '' });
    expect(
      queue.entries.map((e) => [e.patientName, e.bucket, e.daysFromToday, e.reviewDate]),
    ).toEqual([
      ['Long, Ann', 'overdue', -10, '2026-02-20'],
      ['Yesterday, Ben', 'overdue', -1, '2026-03-01'],
      ['Today, Cat', 'this-week', 0, '2026-03-02'],
      ['Sunday, Dan', 'this-week', 6, '2026-03-08'],
      ['Müller, Eve', 'upcoming', 7, '2026-03-09'],
      ['Far, Fay', 'upcoming', 62, '2026-05-03'],
    ]);
    expect(queue.counts).toEqual({ overdue: 2, 'this-week': 2, upcoming: 2 });
    expect(queue.truncated).toBe(false);
    expect(queue.entries[0]).toMatchObject({
      chartNumber: 'A-100',
      therapist: 'Jo Bloggs OT',
      planVersion: 1,
    });
  });

  it('shows one bucket at a time, keeping every bucket’s count', async () => {
    const overdue = await h.ok('review.queue', {
      bucket: 'overdue',
      sort: 'review-date',
      query: '',
    });
    expect(names(overdue.entries)).toEqual(['Long, Ann', 'Yesterday, Ben']);
    const week = await h.ok('review.queue', {
      bucket: 'this-week',
      sort: 'review-date',
      query: '',
    });
    expect(names(week.entries)).toEqual(['Today, Cat', 'Sunday, Dan']);
    expect(week.counts).toEqual({ overdue: 2, 'this-week': 2, upcoming: 2 });
  });

  it('sorts by family name when asked', async () => {
    const queue = await h.ok('review.queue', { bucket: 'all', sort: 'name', query: '' });
    expect(names(queue.entries)).toEqual([
      'Far, Fay',
      'Long, Ann',
      'Müller, Eve',
      'Sunday, Dan',
      'Today, Cat',
      'Yesterday, Ben',
    ]);
  });

  it('filters by name or chart number like the patient search, counts included', async () => {
    const byName = await h.ok('review.queue', { bucket: 'all', sort: 'name', query: 'MULLER' });
    expect(names(byName.entries)).toEqual(['Müller, Eve']);
    expect(byName.counts).toEqual({ overdue: 0, 'this-week': 0, upcoming: 1 });
    const byChart = await h.ok('review.queue', { bucket: 'all', sort: 'name', query: 'd-4' });
    expect(names(byChart.entries)).toEqual(['Sunday, Dan']);
  });

  it('moves patients between buckets as the days pass', async () => {
    h.clock.now = new Date('2026-03-09T09:00:00.000Z');
    const queue = await h.ok('review.queue', { bucket: 'all', sort: 'review-date', query: '' });
    expect(queue.counts).toEqual({ overdue: 4, 'this-week': 1, upcoming: 2 });
    expect(names(queue.entries)).toContain('Later, Gus');
  });

  it('leaves out archived patients, drafts, and the review dates of replaced versions', async () => {
    const archived = await patientWithPlan({ name: 'Hal Archived' }, '2026-03-03');
    await h.ok('patients.archive', { id: archived.patientId });
    const drafting = await addPatient({ name: 'Ida Draft' });
    const draft = await h.ok('plans.createDraft', {
      patientId: drafting,
      source: { from: 'blank' },
    });
    await h.ok('plans.saveDraft', { id: draft.id, content: contentWith(draft, '2026-03-03', []) });
    const revised = await patientWithPlan({ name: 'Jon Revised' }, '2026-03-04');
    const v2 = await finalise(revised.patientId, '2026-04-20');

    const queue = await h.ok('review.queue', { bucket: 'all', sort: 'review-date', query: '' });
    expect(names(queue.entries)).not.toContain('Archived, Hal');
    expect(names(queue.entries)).not.toContain('Draft, Ida');
    const jon = queue.entries.filter((e) => e.patientName === 'Revised, Jon');
    expect(jon).toEqual([
      expect.objectContaining({ planId: v2.id, planVersion: 2, reviewDate: '2026-04-20' }),
    ]);
  });

  it('refuses an unknown bucket or sort and says which', async () => {
    const error = await h.failure('review.queue', { bucket: 'soon', sort: 'name', query: '' });
    expect(error).toMatchObject({ code: 'invalid-input', message: 'Choose which reviews to show' });
  });
});

describe('finding patients by their active plan', () => {
  let withSplint: string;
  let splintBefore: string;
  let flareNoPlan: string;

  beforeEach(async () => {
    withSplint = (
      await patientWithPlan({ name: 'Kim Splint', stage: 'active-flare' }, '2026-04-01', [
        SPLINT,
        JAR_OPENER,
      ])
    ).patientId;
    await patientWithPlan({ name: 'Lee Jar', stage: 'stable' }, '2026-06-15', [JAR_OPENER]);
    // had a splint in version 1, not in the active version 2
    splintBefore = (
      await patientWithPlan({ name: 'Max Former', stage: 'stable' }, '2026-04-02', [SPLINT])
    ).patientId;
    await finalise(splintBefore, '2026-04-03', [JAR_OPENER]);
    flareNoPlan = await addPatient({ name: 'Nia Noplan', stage: 'active-flare' });
    const archived = await patientWithPlan({ name: 'Oz Gone' }, '2026-04-01', [SPLINT]);
    await h.ok('patients.archive', { id: archived.patientId });
  });

  const find = (filters: Record<string, string | null>) =>
    h.ok('review.findPatients', {
      catalogueId: null,
      stage: null,
      reviewFrom: null,
      reviewTo: null,
      ...filters,
    });

  it('finds everyone whose active plan has a catalogue item, once each', async () => {
    const found = await find({ catalogueId: SPLINT });
    expect(found.patients).toEqual([
      {
        patientId: withSplint,
        patientName: 'Splint, Kim',
        chartNumber: null,
        diseaseStage: 'active-flare',
        planId: expect.any(String),
        planVersion: 1,
        reviewDate: '2026-04-01',
      },
    ]);
    expect(found.truncated).toBe(false);
    expect(names((await find({ catalogueId: JAR_OPENER })).patients)).toEqual([
      'Former, Max',
      'Jar, Lee',
      'Splint, Kim',
    ]);
  });

  it('finds by disease stage, including patients with no plan yet', async () => {
    const found = await find({ stage: 'active-flare' });
    expect(found.patients.map((p) => [p.patientName, p.planVersion])).toEqual([
      ['Noplan, Nia', null],
      ['Splint, Kim', 1],
    ]);
    expect(found.patients[0]?.patientId).toBe(flareNoPlan);
  });

  it('finds by review date range, either end open, both ends included', async () => {
    expect(
      names((await find({ reviewFrom: '2026-04-01', reviewTo: '2026-04-03' })).patients),
    ).toEqual(['Former, Max', 'Splint, Kim']);
    expect(names((await find({ reviewFrom: '2026-05-01' })).patients)).toEqual(['Jar, Lee']);
    expect(names((await find({ reviewTo: '2026-04-01' })).patients)).toEqual(['Splint, Kim']);
  });

  it('needs every given filter to match', async () => {
    expect(names((await find({ catalogueId: JAR_OPENER, stage: 'stable' })).patients)).toEqual([
      'Former, Max',
      'Jar, Lee',
    ]);
    const found = await find({ catalogueId: JAR_OPENER, stage: 'stable', reviewTo: '2026-05-01' });
    expect(names(found.patients)).toEqual(['Former, Max']);
  });

  it('asks for at least one filter, and for a range that runs forwards', async () => {
    const none = await h.failure('review.findPatients', {});
    expect(none.code).toBe('invalid-input');
    expect(none.message).toContain('Choose at least one thing to search by');
    const backwards = await h.failure('review.findPatients', {
      reviewFrom: '2026-05-01',
      reviewTo: '2026-04-01',
    });
    expect(backwards.fields).toEqual({
      reviewTo: 'The review “to” date must be on or after the “from” date',
    });
  });

  it(`stops at the first ${REVIEW_RESULT_LIMIT} in name order and says there were more`, async () => {
    h.db.transaction(() => {
      for (let i = 0; i <= REVIEW_RESULT_LIMIT; i++) {
        const n = String(i).padStart(3, '0');
        insertPatient(
          h.db,
          `00000000-0000-4000-8000-000000000${n}`,
          {
            ...emptyPatientInput(),
            givenName: 'Zed',
            familyName: `Many${n}`,
            chartNumber: null,
            preferredName: null,
            dateOfBirth: null,
            diagnosis: null,
            phone: null,
            diseaseStage: 'established-deformity',
          },
          '2026-03-02T09:00:00.000Z',
        );
      }
    })();
    const found = await find({ stage: 'established-deformity' });
    expect(found.patients).toHaveLength(REVIEW_RESULT_LIMIT);
    expect(found.truncated).toBe(true);
    expect(found.patients.at(-1)?.patientName).toBe(`Many${REVIEW_RESULT_LIMIT - 1}, Zed`);
  });
});

describe('on a large caseload', () => {
  /** The query plan of every statement the method prepares, one line per step. */
  async function queryPlans(method: 'review.queue' | 'review.findPatients', input: object) {
    const prepare = vi.spyOn(h.db, 'prepare');
    await h.ok(method, input as never);
    const sqls = prepare.mock.calls.map(([sql]) => sql);
    prepare.mockRestore();
    return sqls.map((sql) => {
      const params = Object.fromEntries(
        [...sql.matchAll(/:(\w+)/g)].map(([, name]) => [name, 'x']),
      );
      const steps = h.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
      return steps.map((s) => s.detail).join('\n');
    });
  }

  // The queue and its counts read review_due's indexes alone (plans and patients only by key
  // for the rows returned); timed in the bench (review.queue_p95_ms), never here.
  it('reads review dates, active plans and catalogue items through their indexes', async () => {
    // A bare "SCAN d" reads the subquery's own few rows (the page), not a table.
    const fullScan =
      /^SCAN (p|pt|plan_items|d)\b(?!$)(?! USING (COVERING )?INDEX (patients_list|review_due_by_name)\b)/m;
    // Statements are prepared once and cached, so the plans are gathered over every shape.
    const queue: string[] = [];
    for (const bucket of ['overdue', 'this-week', 'upcoming', 'all'] as const)
      for (const sort of ['name', 'review-date'] as const)
        for (const query of ['', 'a', 'a b'])
          queue.push(...(await queryPlans('review.queue', { bucket, sort, query })));
    expect(queue.length).toBeGreaterThanOrEqual(6);
    // The patient search's own questions to its trigram index (how few match) are its tests'.
    const own = queue.filter(
      (plan) => !/^(CO-ROUTINE \(subquery-1\)\n)?SCAN patient_trigram(s|_terms) VIRTUAL/.test(plan),
    );
    for (const plan of own) {
      expect(plan).toMatch(
        /USING (COVERING INDEX review_due_by_(date|name)|PRIMARY KEY|INDEX sqlite_autoindex_review_due_1)|review_due_days/,
      );
      expect(plan).not.toMatch(fullScan);
      // plans and patients are read only by key, for the page's rows.
      expect(plan).not.toMatch(/^(SCAN|SEARCH) (p|pt) (?!USING INDEX sqlite_autoindex_)/m);
    }
    const [byItem] = await queryPlans('review.findPatients', {
      catalogueId: SPLINT,
      stage: 'stable',
    });
    expect(byItem).toContain('SEARCH plan_catalogue_refs USING PRIMARY KEY (catalogue_id=?)');
    expect(byItem).not.toMatch(fullScan);
    const [byDate] = await queryPlans('review.findPatients', { reviewFrom: '2026-03-01' });
    expect(byDate).toContain('USING INDEX plans_by_review_date');
    expect(byDate).not.toMatch(fullScan);
    const [byStage] = await queryPlans('review.findPatients', { stage: 'stable' });
    expect(byStage).toContain('USING INDEX plans_one_active');
    expect(byStage).toContain('USING INDEX patients_by_stage (disease_stage=?)');
    expect(byStage).not.toContain('TEMP B-TREE');
  });
});
