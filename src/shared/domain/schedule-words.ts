/**
 * A schedule in the patient's words: pure functions with no schemas, so the handout renderer
 * (a worker thread) loads them without zod. schedule.ts re-exports them.
 */
import type { ScheduleStage, WearingPattern, WearingSchedule } from './schedule.ts';

function hours(n: number): string {
  return `${n} ${n === 1 ? 'hour' : 'hours'}`;
}

/** Plain words for the patient: "Wear it at night while you sleep." */
export function describePattern(p: WearingPattern): string {
  switch (p.type) {
    case 'continuous':
      // Not "do your exercises": a patient may never have been given any (review 1.23).
      return 'Wear it day and night. Take it off only to wash, to check your skin, and to move your joints gently a few times a day.';
    case 'night':
      return 'Wear it at night while you sleep.';
    case 'alternate-nights':
      return p.first === 'left'
        ? 'Wear it on one hand each night: the left hand one night, the right hand the next.'
        : 'Wear it on one hand each night: the right hand one night, the left hand the next.';
    case 'activities':
      return `Wear it when you ${listInWords(p.activities.map((a) => a.toLowerCase()))}.`;
    case 'hours':
      return p.hoursOff === 0
        ? `Wear it for ${hours(p.hoursOn)} at a time.`
        : `Wear it for ${hours(p.hoursOn)}, then take it off for ${hours(p.hoursOff)}.`;
    case 'custom':
      return p.text;
    case 'unset':
      return 'We will tell you when to wear it.';
  }
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The pattern a stage asks for: its own variant, or the usual one when it has none. */
export function patternFor(schedule: WearingSchedule, stage: ScheduleStage | null): WearingPattern {
  return (stage && schedule[stage]) ?? schedule.usual;
}

/** One row of a splint's schedule on the handout: when, in the patient's words, and what. */
export interface StageRow {
  /** The table's label: "Now, during this flare", "When the flare settles", "Most days". */
  label: string;
  /** The same, after the splint's name on page 1 ("…, in a flare:"); '' for the plain row. */
  after: string;
  pattern: WearingPattern;
  /** What the patient is to do now, by their recorded stage. */
  now: boolean;
  /** Which of the schedule's patterns this is. */
  stage: 'usual' | ScheduleStage;
}

const SETTLED = 'When your joints have settled';

/**
 * A schedule's rows, led by what to do now: in a flare with a flare schedule, that schedule
 * first and "When the flare settles" the usual one; likewise when settled with a settled
 * schedule. Otherwise the usual one first, then the flare and settled ones it has.
 */
export function stageRows(schedule: WearingSchedule, stage: ScheduleStage | null): StageRow[] {
  const { usual, flare, stable } = schedule;
  const row = (
    label: string,
    after: string,
    pattern: WearingPattern | null,
    which: StageRow['stage'],
    now = false,
  ): StageRow[] => (pattern ? [{ label, after, pattern, now, stage: which }] : []);
  if (stage === 'flare' && flare)
    return [
      ...row('Now, during this flare', 'now, during this flare', flare, 'flare', true),
      ...row('When the flare settles', 'when the flare settles', usual, 'usual'),
      ...row(SETTLED, 'when your joints have settled', stable, 'stable'),
    ];
  if (stage === 'stable' && stable)
    return [
      ...row('Now, while your joints are settled', 'now', stable, 'stable', true),
      ...row('If your joints get worse again', 'if your joints get worse again', usual, 'usual'),
      ...row('In a flare', 'in a flare', flare, 'flare'),
    ];
  const only = !flare && !stable;
  return [
    ...row(only ? 'Every day' : 'Most days', '', usual, 'usual', stage !== null),
    ...row('In a flare', 'in a flare', flare, 'flare'),
    ...row(SETTLED, 'when your joints have settled', stable, 'stable'),
  ];
}

/** What each row's label means, when the table has more than one row to choose from. */
export function stageRowMeanings(rows: readonly StageRow[]): string[] {
  if (rows.length < 2) return [];
  const meanings: Record<string, string> = {
    'Most days': 'Most days means when you are not in a flare.',
    'In a flare':
      'A flare is when your joints are more sore, swollen and stiff than usual for more than a day or two.',
    'When the flare settles':
      'The flare has settled when your joints are no more sore or stiff than usual.',
    [SETTLED]: 'Your joints have settled when we tell you they have.',
  };
  // "Most days" means something only beside a flare row.
  const flare = rows.some((r) => r.stage === 'flare');
  return rows.flatMap((r) =>
    meanings[r.label] && (flare || r.label !== 'Most days') ? [meanings[r.label] as string] : [],
  );
}
