import type { PlanSummary } from './plan.ts';
import type { Session } from './session.ts';
import { GRIP_MAX_KG, type VisitMeasures } from './visit-measures.ts';

/** One line of a chart: a measure (or one hand, one splint, one activity) over the visits. */
export interface ProgressSeries {
  label: string;
  /** One value per visit of the chart, in visit order; null where it was not measured. */
  values: (number | null)[];
}

/** One chart of the patient's progress, and the table that says the same in words. */
export interface ProgressChart {
  id: string;
  title: string;
  unit: string;
  min: number;
  max: number;
  higherIsBetter: boolean;
  /** Dates of the recorded visits (YYYY-MM-DD), oldest first: the time axis. */
  dates: string[];
  series: ProgressSeries[];
}

/** A plan version, marked on the time axis on the day it was finalised. */
export interface PlanMarker {
  date: string;
  version: number;
}

/** The progress PDF, as the renderer saves or prints it. */
export interface ProgressPdf {
  fileName: string;
  pdfBase64: string;
}

interface Visit {
  date: string;
  outcome: NonNullable<Session['outcome']>;
  measures: VisitMeasures | undefined;
}

type ChartFrame = Omit<ProgressChart, 'dates' | 'series'>;

/** Builds one chart from a value per visit for each named line; null if nothing was measured. */
function chart(
  frame: ChartFrame,
  visits: readonly Visit[],
  lines: { label: string; value(v: Visit): number | null | undefined }[],
): ProgressChart | null {
  const series = lines
    .map((line) => ({ label: line.label, values: visits.map((v) => line.value(v) ?? null) }))
    .filter((s) => s.values.some((v) => v !== null));
  if (series.length === 0) return null;
  return { ...frame, dates: visits.map((v) => v.date), series };
}

/** Every name a list-like measure used across the visits, in the order first met. */
function namesOf(visits: readonly Visit[], pick: (m: VisitMeasures) => string[]): string[] {
  return [...new Set(visits.flatMap((v) => (v.measures ? pick(v.measures) : [])))];
}

/**
 * The patient's progress charts from their recorded visits, oldest first: pain, morning
 * stiffness, grip, each splint's adherence, their own activity ratings, goal attainment and
 * each clinic measure. Charts with nothing measured are left out.
 */
export function progressCharts(sessions: readonly Session[]): ProgressChart[] {
  const visits: Visit[] = sessions
    .filter((s) => s.status === 'recorded' && s.outcome !== null)
    .map((s) => ({
      date: s.sessionDate,
      outcome: s.outcome as NonNullable<Session['outcome']>,
      measures: s.outcome?.measures,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const m = (v: Visit) => v.measures;
  const charts = [
    chart(
      { id: 'pain', title: 'Pain', unit: '0–10', min: 0, max: 10, higherIsBetter: false },
      visits,
      [
        { label: 'Pain now', value: (v) => m(v)?.painNow },
        { label: 'Pain after activity', value: (v) => v.outcome.pain },
      ],
    ),
    chart(
      {
        id: 'stiffness',
        title: 'Morning stiffness',
        unit: 'minutes',
        min: 0,
        max: Math.max(60, ...visits.map((v) => m(v)?.morningStiffnessMinutes ?? 0)),
        higherIsBetter: false,
      },
      visits,
      [{ label: 'Morning stiffness', value: (v) => m(v)?.morningStiffnessMinutes }],
    ),
    chart(
      {
        id: 'grip',
        title: 'Grip strength (mean of tries)',
        unit: 'kg',
        min: 0,
        max: Math.min(
          GRIP_MAX_KG,
          Math.max(
            30,
            ...visits.map((v) =>
              Math.max(m(v)?.gripLeft?.meanKg ?? 0, m(v)?.gripRight?.meanKg ?? 0),
            ),
          ),
        ),
        higherIsBetter: true,
      },
      visits,
      [
        { label: 'Left hand', value: (v) => m(v)?.gripLeft?.meanKg },
        { label: 'Right hand', value: (v) => m(v)?.gripRight?.meanKg },
      ],
    ),
    chart(
      {
        id: 'adherence',
        title: 'Splints worn as planned',
        unit: 'days of 7',
        min: 0,
        max: 7,
        higherIsBetter: true,
      },
      visits,
      namesOf(visits, (x) => x.splintAdherence.map((s) => s.splint)).map((splint) => ({
        label: splint,
        value: (v) => m(v)?.splintAdherence.find((s) => s.splint === splint)?.days,
      })),
    ),
    chart(
      {
        id: 'activities',
        title: 'Activities the patient rated',
        unit: '0–10',
        min: 0,
        max: 10,
        higherIsBetter: true,
      },
      visits,
      namesOf(visits, (x) => x.activities.map((a) => a.activity)).map((activity) => ({
        label: activity,
        value: (v) => m(v)?.activities.find((a) => a.activity === activity)?.score,
      })),
    ),
    chart(
      {
        id: 'goals',
        title: 'Goal attainment',
        unit: '−2 to +2',
        min: -2,
        max: 2,
        higherIsBetter: true,
      },
      visits,
      namesOf(visits, (x) => x.goals.map((g) => g.goal)).map((goal) => ({
        label: goal,
        value: (v) => m(v)?.goals.find((g) => g.goal === goal)?.score,
      })),
    ),
    ...customCharts(visits),
  ];
  return charts.filter((c): c is ProgressChart => c !== null);
}

/** One chart per clinic measure, named and ranged as at its latest recording. */
function customCharts(visits: readonly Visit[]): (ProgressChart | null)[] {
  const latest = new Map<string, VisitMeasures['custom'][number]>();
  for (const v of visits) for (const c of v.measures?.custom ?? []) latest.set(c.measureId, c);
  return [...latest.values()].map((c) => {
    const values = visits.map((v) => v.measures?.custom.find((x) => x.measureId === c.measureId));
    const numbers = values.flatMap((x) => (x ? [x.value] : []));
    return chart(
      {
        id: `custom-${c.measureId}`,
        title: c.name,
        unit: c.unit,
        min: Math.min(0, ...numbers),
        max: Math.max(...numbers, 1),
        higherIsBetter: c.higherIsBetter,
      },
      visits,
      [
        {
          label: c.name,
          value: (v) => v.measures?.custom.find((x) => x.measureId === c.measureId)?.value,
        },
      ],
    );
  });
}

/** Finalised versions (current or superseded), oldest first, for the time axis. */
export function planMarkers(
  plans: readonly Pick<PlanSummary, 'version' | 'finalisedAt'>[],
): PlanMarker[] {
  return plans
    .flatMap((p) =>
      p.finalisedAt ? [{ date: p.finalisedAt.slice(0, 10), version: p.version }] : [],
    )
    .sort((a, b) => a.version - b.version);
}

/** How a value reads in a table: "4", "22.5", "+1"; "–" when not measured. */
export function valueText(chartId: string, value: number | null): string {
  if (value === null) return '–';
  if (chartId === 'goals' && value > 0) return `+${value}`;
  if (chartId === 'goals' && value < 0) return `−${-value}`;
  return String(value);
}
