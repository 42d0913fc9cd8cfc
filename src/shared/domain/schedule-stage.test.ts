import { describe, expect, it } from 'vitest';
import { stageRowMeanings, stageRows, type WearingSchedule } from './schedule.ts';

const schedule: WearingSchedule = {
  usual: { type: 'night' },
  flare: { type: 'continuous' },
  stable: { type: 'activities', activities: ['Garden'] },
  hoursPerDay: null,
  startDate: null,
};

const labels = (s: WearingSchedule, stage: 'flare' | 'stable' | null) =>
  stageRows(s, stage).map((r) => [r.label, r.pattern.type, r.now]);

describe('the schedule a handout leads with', () => {
  it('in a flare: the flare schedule now, the usual one when it settles', () => {
    expect(labels(schedule, 'flare')).toEqual([
      ['Now, during this flare', 'continuous', true],
      ['When the flare settles', 'night', false],
      ['When your joints have settled', 'activities', false],
    ]);
  });

  it('when settled: the settled schedule now, then what to do if things get worse', () => {
    expect(labels(schedule, 'stable')).toEqual([
      ['Now, while your joints are settled', 'activities', true],
      ['If your joints get worse again', 'night', false],
      ['In a flare', 'continuous', false],
    ]);
  });

  it('with no stage recorded, or none the splint has a schedule for: the usual one first', () => {
    expect(labels(schedule, null)[0]).toEqual(['Most days', 'night', false]);
    const usualOnly = { ...schedule, flare: null, stable: null };
    expect(labels(usualOnly, 'flare')).toEqual([['Every day', 'night', true]]);
  });

  it('explains "most days" only beside a flare row, and nothing for a single row', () => {
    expect(stageRowMeanings(stageRows(schedule, null))).toEqual([
      'Most days means when you are not in a flare.',
      'A flare is when your joints are more sore, swollen and stiff than usual for more than a day or two.',
      'Your joints have settled when we tell you they have.',
    ]);
    expect(stageRowMeanings(stageRows({ ...schedule, flare: null }, null))).toEqual([
      'Your joints have settled when we tell you they have.',
    ]);
    expect(stageRowMeanings(stageRows({ ...schedule, flare: null, stable: null }, null))).toEqual(
      [],
    );
  });
});
