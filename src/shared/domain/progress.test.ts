import { describe, expect, it } from 'vitest';
import { planMarkers, progressCharts, valueText } from './progress.ts';
import type { Session } from './session.ts';
import type { VisitMeasures } from './visit-measures.ts';

const none: VisitMeasures = {
  painNow: null,
  morningStiffnessMinutes: null,
  gripLeft: null,
  gripRight: null,
  splintAdherence: [],
  activities: [],
  goals: [],
  custom: [],
};

function visit(
  sessionDate: string,
  pain: number | null,
  measures: Partial<VisitMeasures> | null,
  status: Session['status'] = 'recorded',
): Session {
  return {
    id: sessionDate,
    patientId: 'p',
    planId: null,
    sessionDate,
    slot: null,
    status,
    therapist: 'Jo',
    agenda: '',
    checklist: [],
    outcome:
      status === 'recorded'
        ? {
            pain,
            adherence: null,
            notes: '',
            changes: '',
            ...(measures ? { measures: { ...none, ...measures } } : {}),
          }
        : null,
    earlierRecords: [],
    createdAt: '',
    updatedAt: '',
    recordedAt: null,
  };
}

describe('progress charts', () => {
  it('puts recorded visits in date order, leaves out planned ones and unmeasured charts', () => {
    const charts = progressCharts([
      visit('2026-03-01', 5, { painNow: 4, splintAdherence: [{ splint: 'Resting', days: 6 }] }),
      visit('2026-01-01', 7, null), // recorded before visits had measures
      visit('2026-04-01', null, null, 'planned'),
      visit('2026-02-01', 6, {
        goals: [{ goal: 'Garden', score: -1 }],
        splintAdherence: [
          { splint: 'Thumb spica', days: 3 },
          { splint: 'Resting', days: 7 },
        ],
      }),
    ]);
    expect(charts.map((c) => c.id)).toEqual(['pain', 'adherence', 'goals']);
    const [pain, adherence, goals] = charts;
    expect(pain?.dates).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(pain?.series).toEqual([
      { label: 'Pain now', values: [null, null, 4] },
      { label: 'Pain after activity', values: [7, 6, 5] },
    ]);
    expect(adherence?.series).toEqual([
      { label: 'Thumb spica', values: [null, 3, null] },
      { label: 'Resting', values: [null, 7, 6] },
    ]);
    expect(goals?.series[0]?.values.map((v) => valueText('goals', v))).toEqual(['–', '−1', '–']);
  });

  it('marks each finalised plan version on the day it was finalised', () => {
    expect(
      planMarkers([
        { version: 2, finalisedAt: '2026-02-10T10:00:00.000Z' },
        { version: 3, finalisedAt: null },
        { version: 1, finalisedAt: '2026-01-05T09:00:00.000Z' },
      ]),
    ).toEqual([
      { date: '2026-01-05', version: 1 },
      { date: '2026-02-10', version: 2 },
    ]);
  });
});
