import { describe, expect, it } from 'vitest';
import { testPlanSplint, testSplint } from '../../test-support/catalogue-content.ts';
import { catalogueContentSchema } from './catalogue.ts';
import { emptyPatientInput, patientInputSchema } from './patient.ts';
import { draftPlanContentSchema, emptyPlanContent, type PlanContentInput } from './plan.ts';
import type { WearingPattern } from './schedule.ts';

type Issue = { path: PropertyKey[]; message: string };

function issuesOf(result: { success: boolean; error?: { issues: Issue[] } }): Issue[] {
  return result.success ? [] : (result.error?.issues ?? []);
}

const ID = 'orthosis.resting-hand';

function planWith(fields: Partial<PlanContentInput>) {
  return draftPlanContentSchema.safeParse({ ...emptyPlanContent('2026-03-02'), ...fields });
}

function planWithSchedule(usual: WearingPattern, startDate: string | null = null) {
  const splint = testPlanSplint(ID);
  return planWith({
    orthoses: [{ ...splint, schedule: { ...splint.schedule, usual, startDate } }],
  });
}

const SCHEDULE = ['orthoses', 0, 'schedule'];

describe('a wearing schedule refuses, where it is typed, what the handout cannot print', () => {
  it('takes a custom schedule in Chinese or Arabic, which the handout prints', () => {
    expect(issuesOf(planWithSchedule({ type: 'custom', text: '晚上戴' }))).toEqual([]);
    expect(issuesOf(planWithSchedule({ type: 'custom', text: 'ليلاً 8 ساعات' }))).toEqual([]);
  });

  it('refuses an emoji in a custom schedule, naming the field and the characters', () => {
    const issues = issuesOf(planWithSchedule({ type: 'custom', text: 'At night 🌙' }));
    expect(issues).toEqual([
      expect.objectContaining({
        path: [...SCHEDULE, 'usual', 'text'],
        message: expect.stringMatching(
          /^When to wear it has characters .*"🌙" \(U\+1F319\)/,
        ) as unknown,
      }),
    ]);
  });

  it('refuses an emoji in an activity name', () => {
    const issues = issuesOf(
      planWithSchedule({ type: 'activities', activities: ['Gardening', 'Typing 💻'] }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        path: [...SCHEDULE, 'usual', 'activities', 1],
        message: expect.stringContaining(
          'Activity has characters a handout cannot print: "💻"',
        ) as unknown,
      }),
    ]);
  });

  it.each(['\u0000', '\u0007', '\u001b[31m'])(
    'refuses the control character %j in a custom schedule and an activity',
    (control) => {
      const custom = issuesOf(planWithSchedule({ type: 'custom', text: `At night${control}` }));
      expect(custom[0]?.path).toEqual([...SCHEDULE, 'usual', 'text']);
      expect(custom[0]?.message).toMatch(/When to wear it cannot contain .*control characters/);
      const activity = issuesOf(
        planWithSchedule({ type: 'activities', activities: [`Typing${control}`] }),
      );
      expect(activity[0]?.path).toEqual([...SCHEDULE, 'usual', 'activities', 0]);
      expect(activity[0]?.message).toMatch(/Activity cannot contain .*control characters/);
    },
  );

  it.each(['李华', 'soon', '2026-02-30', '14/03/2026'])('refuses %j as a start date', (date) => {
    const issues = issuesOf(planWithSchedule({ type: 'night' }, date));
    expect(issues).toEqual([
      expect.objectContaining({
        path: [...SCHEDULE, 'startDate'],
        message: 'Start date must be a real date, such as 2026-03-14',
      }),
    ]);
  });

  it('accepts a real start date, and an empty one as none', () => {
    const dated = planWithSchedule({ type: 'night' }, '2026-03-14');
    expect(dated.data?.orthoses[0]?.schedule.startDate).toBe('2026-03-14');
    const empty = planWithSchedule({ type: 'night' }, '');
    expect(empty.data?.orthoses[0]?.schedule.startDate).toBeNull();
  });

  it('refuses a catalogue splint whose default schedule the handout cannot print', () => {
    const splint = testSplint();
    const result = catalogueContentSchema.safeParse({
      ...splint,
      defaultSchedule: { ...splint.defaultSchedule, usual: { type: 'custom', text: 'ሌሊት' } },
    });
    expect(issuesOf(result)[0]?.path).toEqual(['defaultSchedule', 'usual', 'text']);
  });
});

describe('control characters are refused in every text, drafts included', () => {
  it.each<[string, Partial<PlanContentInput>, PropertyKey[]]>([
    ['title', { title: 'Plan\u0000' }, ['title']],
    ['therapist', { therapist: 'Jo\u0007' }, ['therapist']],
    ['goal', { goals: [{ text: 'Open jars\u001b', icfCode: null }] }, ['goals', 0, 'text']],
  ])('in a draft plan’s %s', (_, fields, path) => {
    const issues = issuesOf(planWith(fields));
    expect(issues[0]?.path).toEqual(path);
    expect(issues[0]?.message).toMatch(/cannot contain .*control characters/);
  });
});

describe('text with a lone surrogate is refused as invalid, not stored as U+FFFD', () => {
  const patient = (fields: object) =>
    patientInputSchema.safeParse({
      ...emptyPatientInput(),
      givenName: 'Ann',
      familyName: 'Lee',
      ...fields,
    });

  it.each([
    ['a one-line field', { familyName: 'abc\ud800def' }, 'familyName', 'Family name'],
    ['an optional field', { diagnosis: 'RA \udc00' }, 'diagnosis', 'Diagnosis'],
    ['a multi-line field', { notes: 'line one\n\ud83d' }, 'notes', 'Notes'],
  ])('in %s', (_, fields, key, label) => {
    const issues = issuesOf(patient(fields));
    expect(issues).toEqual([
      expect.objectContaining({
        path: [key],
        message: expect.stringMatching(new RegExp(`^${label} has invalid text`)) as unknown,
      }),
    ]);
  });

  it('in a custom schedule and a draft goal', () => {
    expect(
      issuesOf(planWithSchedule({ type: 'custom', text: 'abc\ud800def' }))[0]?.message,
    ).toMatch(/^When to wear it has invalid text/);
    const goal = planWith({ goals: [{ text: 'Open\udfff jars', icfCode: null }] });
    expect(issuesOf(goal)[0]?.message).toMatch(/^Goal has invalid text/);
  });

  it('still accepts a whole emoji (a proper surrogate pair) where nothing is printed', () => {
    expect(patient({ notes: 'Loves gardening 🌱' }).success).toBe(true);
  });
});
