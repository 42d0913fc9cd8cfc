import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../shared/domain/catalogue.ts';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { Plan, PlanContent } from '../../shared/domain/plan.ts';
import { testJarOpener, testPlanSplint, testSplint } from '../../test-support/catalogue-content.ts';
import { updateCatalogueContent } from '../db/repositories/catalogue.ts';
import { replaceDraftContent } from '../db/repositories/plans.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

let h: ApiHarness;
let draft: Plan;
let splintId: string;
let jarOpenerId: string;

beforeEach(async () => {
  h = await openApiHarness();
  const patient = await h.ok('patients.create', {
    patient: { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Smith' },
  });
  splintId = (await h.ok('catalogue.create', { content: testSplint() })).id;
  jarOpenerId = (await h.ok('catalogue.create', { content: testJarOpener() })).id;
  draft = await h.ok('plans.createDraft', { patientId: patient.id, source: { from: 'blank' } });
});

afterEach(() => h.close());

function complete(changes: Partial<PlanContent> = {}): PlanContent {
  return {
    ...draft.content,
    therapist: 'Jo Bloggs OT',
    reviewDate: '2026-06-01',
    orthoses: [testPlanSplint(splintId)],
    equipment: [{ catalogueId: jarOpenerId, reason: null }],
    ...changes,
  };
}

const withCustomSchedule = (text: string) =>
  complete({
    orthoses: [
      testPlanSplint(splintId, {
        schedule: { ...testSplint().defaultSchedule, usual: { type: 'custom', text } },
      }),
    ],
  });

const stored = () => [
  h.db.prepare('SELECT * FROM plans').all(),
  h.db.prepare('SELECT * FROM plan_items').all(),
];

describe('the plan boundary refuses what its handout could not print', () => {
  it('refuses a custom schedule with a control character, saving nothing', async () => {
    const before = stored();
    const error = await h.failure('plans.saveDraft', {
      id: draft.id,
      content: withCustomSchedule('At night\u0000'),
    });
    expect(error.code).toBe('invalid-input');
    expect(error.fields).toEqual({
      'content.orthoses.0.schedule.usual.text':
        'When to wear it cannot contain line breaks or control characters',
    });
    expect(stored()).toEqual(before);
  });

  it('will not finalise a draft saved before the rule, whose handout could not be made', async () => {
    // As an older JointPlan stored it: the boundary is bypassed on purpose.
    replaceDraftContent(
      h.db,
      draft.id,
      withCustomSchedule('Wear it 🌙'),
      h.clock.now.toISOString(),
    );
    const error = await h.failure('plans.finalise', { id: draft.id });
    expect(error.code).toBe('invalid-input');
    expect(error.fields?.['orthoses.0.schedule.usual.text']).toMatch(
      /^When to wear it has characters a handout cannot print: "🌙" \(U\+1F319\)/,
    );
    expect((await h.ok('plans.get', { id: draft.id })).status).toBe('draft');
  });

  it('will not finalise a plan whose catalogue splint its handout cannot print', async () => {
    await h.ok('plans.saveDraft', { id: draft.id, content: complete() });
    // A catalogue entry stored before the rule: its care line has a bell character in it.
    const bad: CatalogueContent = testSplint({ care: ['Wash it\u0007 gently.'] });
    updateCatalogueContent(h.db, splintId, bad, h.clock.now.toISOString(), { byTherapist: true });
    const error = await h.failure('plans.finalise', { id: draft.id });
    expect(error.code).toBe('invalid-input');
    expect(error.fields?.['orthoses.0.catalogueId']).toMatch(
      /^Splint 1 \(Resting hand splint\) cannot be printed as the catalogue has it: Care cannot contain line breaks or control characters\. Change it in the catalogue/,
    );
    expect((await h.ok('plans.get', { id: draft.id })).status).toBe('draft');
  });
});

describe('what the schedule fields accept, the handout prints', () => {
  it('finalises and prints a plan using every schedule field in Greek, Cyrillic and Latin', async () => {
    const schedule = {
      usual: { type: 'custom', text: 'Ночью и после работы; à la maison' },
      flare: { type: 'activities', activities: ['Κηπουρική', 'Jardinería', 'Шитьё'] },
      stable: null,
      hoursPerDay: 8,
      startDate: '2026-03-14',
    } as const;
    await h.ok('plans.saveDraft', {
      id: draft.id,
      content: complete({
        orthoses: [
          testPlanSplint(splintId, {
            schedule: {
              ...schedule,
              flare: { ...schedule.flare, activities: [...schedule.flare.activities] },
            },
          }),
        ],
      }),
    });
    const plan = await h.ok('plans.finalise', { id: draft.id });
    const handout = await h.ok('handouts.create', { planId: plan.id });
    expect(Buffer.from(handout.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('finalising checks the patient’s printed name too', () => {
  it('will not finalise for a patient whose name, stored before the rule, cannot print', async () => {
    await h.ok('plans.saveDraft', { id: draft.id, content: complete() });
    h.db.prepare("UPDATE patients SET preferred_name = 'Annie 😊'").run();
    const error = await h.failure('plans.finalise', { id: draft.id });
    expect(error.code).toBe('invalid-input');
    expect(error.fields?.['patient.preferredName']).toMatch(
      /^The patient’s preferred name has characters a handout cannot print: "😊" \(U\+1F60A\).* Change it on the patient’s page, then finalise\.$/,
    );
    expect((await h.ok('plans.get', { id: draft.id })).status).toBe('draft');
  });
});

describe('a catalogue item in the wrong list is refused at the boundary', () => {
  it('refuses equipment saved in the splints list, naming the entry', async () => {
    const before = stored();
    const error = await h.failure('plans.saveDraft', {
      id: draft.id,
      content: complete({ orthoses: [testPlanSplint(jarOpenerId)] }),
    });
    expect(error.code).toBe('invalid-input');
    expect(error.fields).toEqual({
      'content.orthoses.0.catalogueId': `Splint 1 is not a splint or brace: the catalogue item "${jarOpenerId}" is from Equipment. Choose one from Splints and braces.`,
    });
    expect(error.message).toBe(error.fields?.['content.orthoses.0.catalogueId']);
    expect(stored()).toEqual(before);
  });

  it('refuses a splint saved in the equipment list', async () => {
    const error = await h.failure('plans.saveDraft', {
      id: draft.id,
      content: complete({ equipment: [{ catalogueId: splintId, reason: null }] }),
    });
    expect(Object.keys(error.fields ?? {})).toEqual(['content.equipment.0.catalogueId']);
  });

  it('will not finalise a draft that already holds one', async () => {
    replaceDraftContent(
      h.db,
      draft.id,
      complete({ equipment: [{ catalogueId: splintId, reason: null }] }),
      h.clock.now.toISOString(),
    );
    const error = await h.failure('plans.finalise', { id: draft.id });
    expect(error.fields?.['equipment.0.catalogueId']).toMatch(/^Equipment 1 is not a piece/);
    expect((await h.ok('plans.get', { id: draft.id })).status).toBe('draft');
  });
});
