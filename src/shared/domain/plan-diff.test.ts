import { describe, expect, it } from 'vitest';
import type { CatalogueContent } from './catalogue.ts';
import { emptyPlanContent, type PlanContent } from './plan.ts';
import {
  comparePlanVersions,
  scheduleInShort,
  summarizePlanChanges,
  type PlanVersionView,
} from './plan-diff.ts';
import { testJarOpener, testPlanSplint, testSplint } from '../../test-support/catalogue-content.ts';

const splint = testSplint({ purpose: 'Rests your hand.' });
const jarOpener = testJarOpener();
const spread: CatalogueContent = {
  kind: 'principle',
  title: 'Spread the load',
  explanation: 'Use bigger joints.',
  examples: {},
  icon: 'hand',
};
const sitDown: CatalogueContent = {
  kind: 'strategy',
  title: 'Sit to prepare food',
  p: 'position',
  explanation: 'Use a perching stool.',
  icon: 'chair',
};
const catalogue = { s: splint, j: jarOpener, p: spread, st: sitDown };

const nightSplint = testPlanSplint('s');

function view(change: (c: PlanContent) => PlanContent = (c) => c): PlanVersionView {
  const base: PlanContent = {
    ...emptyPlanContent('2026-03-02'),
    therapist: 'Jo Bloggs OT',
    reviewDate: '2026-06-01',
    goals: [{ text: 'Open jars without pain', icfCode: 'd440' }],
    orthoses: [nightSplint],
    equipment: [{ catalogueId: 'j', reason: null }],
    principles: [{ catalogueId: 'p', example: 'Carry bags on your forearm' }],
  };
  return { plan: { content: change(base) }, catalogue };
}

describe('comparing two plan versions', () => {
  it('finds nothing between identical versions', () => {
    expect(comparePlanVersions(view(), view())).toEqual([]);
    expect(summarizePlanChanges(view(), view())).toBe('No changes');
  });

  it('says a changed splint schedule in plain words, before and after', () => {
    const newer = view((c) => ({
      ...c,
      orthoses: [
        { ...nightSplint, schedule: { ...nightSplint.schedule, flare: { type: 'continuous' } } },
      ],
    }));
    expect(comparePlanVersions(view(), newer)).toEqual([
      {
        section: 'Splints and braces',
        kind: 'changed',
        subject: 'Resting hand splint, during a flare',
        before: 'same as usual',
        after: 'all day and night',
        text: 'Resting hand splint, during a flare: same as usual → all day and night',
      },
    ]);
    const usual = view((c) => ({
      ...c,
      orthoses: [
        { ...nightSplint, schedule: { ...nightSplint.schedule, usual: { type: 'continuous' } } },
      ],
    }));
    expect(comparePlanVersions(view(), usual).map((c) => c.text)).toEqual([
      'Resting hand splint: night only → all day and night',
    ]);
  });

  it('describes a whole schedule in short, stage by stage', () => {
    expect(
      scheduleInShort({
        usual: { type: 'hours', hoursOn: 2, hoursOff: 1 },
        flare: { type: 'custom', text: 'Wear it when resting' },
        stable: { type: 'activities', activities: ['Garden', 'Type'] },
        hoursPerDay: 8,
        startDate: '2026-04-01',
      }),
    ).toBe(
      '2 hours on, 1 hour off; during a flare: “Wear it when resting”; when stable: when you garden or type; in all: about 8 hours a day; starting: 1 Apr 2026',
    );
  });

  it('lists splints, equipment, principles and energy ideas added and removed by name', () => {
    const newer = view((c) => ({
      ...c,
      orthoses: [],
      equipment: [],
      principles: [],
      rest: { ...c.rest, strategies: [{ catalogueId: 'st' }] },
    }));
    const texts = comparePlanVersions(view(), newer).map((c) => `${c.kind}: ${c.text}`);
    expect(texts).toEqual([
      'removed: Removed Resting hand splint (right wrist): night only',
      'removed: Removed Jar opener',
      'added: Added Sit to prepare food',
      'removed: Removed Spread the load: Carry bags on your forearm',
    ]);
    const back = comparePlanVersions(newer, view()).map((c) => c.kind);
    expect(back).toEqual(['added', 'added', 'removed', 'added']);
  });

  it('covers the header, goals, side, notes, reasons, examples, breaks and the timetable', () => {
    const newer = view((c) => ({
      ...c,
      title: 'Flare plan',
      reviewDate: '2030-01-15',
      affectedJoints: [{ joint: 'wrist', side: 'left' }],
      goals: [
        { text: 'Open jars without pain', icfCode: null },
        { text: 'Garden again', icfCode: null },
      ],
      orthoses: [{ ...nightSplint, side: 'both', notes: 'Check the strap' }],
      equipment: [{ catalogueId: 'j', reason: 'Weak grip' }],
      principles: [{ catalogueId: 'p', example: 'Use a trolley' }],
      rest: {
        ...c.rest,
        breakRule: { restMinutes: 5, everyMinutes: 30 },
        timetable: [{ start: '13:00', end: '13:30', kind: 'rest', label: 'Lie down' }],
      },
    }));
    const texts = comparePlanVersions(view(), newer).map((c) => c.text);
    expect(texts).toEqual([
      'Title: Joint protection plan → Flare plan',
      'Review date: 1 Jun 2026 → 15 Jan 2030',
      'Affected joints: none → Left wrist',
      'Added goal “Garden again”',
      'Goal “Open jars without pain”, ICF code: d440 Fine hand use → none',
      'Resting hand splint, where: Right wrist → Both wrists',
      'Resting hand splint, notes: none → Check the strap',
      'Jar opener, reason: none → Weak grip',
      'Breaks: none → a break of 5 minutes after every 30 minutes of activity',
      'Added to the day: Rest 13:00 to 13:30: “Lie down”',
      'Spread the load, example for the patient: Carry bags on your forearm → Use a trolley',
    ]);
  });

  it('tells the same splint on each hand apart', () => {
    const older = view((c) => ({
      ...c,
      orthoses: [nightSplint, { ...nightSplint, side: 'left' }],
    }));
    const newer = view((c) => ({
      ...c,
      orthoses: [
        {
          ...nightSplint,
          side: 'left',
          schedule: { ...nightSplint.schedule, usual: { type: 'continuous' } },
        },
        nightSplint,
      ],
    }));
    expect(comparePlanVersions(older, newer).map((c) => c.text)).toEqual([
      'Resting hand splint (left wrist): night only → all day and night',
    ]);
  });

  it('notices catalogue wording that changed under an item kept in both', () => {
    const newer = {
      ...view(),
      catalogue: { ...catalogue, j: { ...jarOpener, howTo: 'Tap the lid.' } },
    };
    expect(comparePlanVersions(view(), newer).map((c) => c.subject)).toEqual(['Jar opener']);
  });
});

describe('the one-line summary', () => {
  it('says "First version" for a first plan', () => {
    expect(summarizePlanChanges(null, view())).toBe('First version');
  });

  it('names what was added and the new review date, without clinical free text', () => {
    const older = view((c) => ({ ...c, orthoses: [], goals: [] }));
    const newer = view((c) => ({ ...c, reviewDate: '2030-01-15' }));
    expect(summarizePlanChanges(older, newer)).toBe(
      'Review date 15 Jan 2030; added a goal; added Resting hand splint',
    );
  });

  it('counts what it leaves out', () => {
    const newer = view((c) => ({
      ...c,
      title: 'New',
      therapist: 'Sam',
      orthoses: [],
      equipment: [],
      principles: [],
    }));
    expect(summarizePlanChanges(view(), newer)).toBe(
      'New title; therapist changed; removed Resting hand splint; 2 more changes',
    );
  });
});
