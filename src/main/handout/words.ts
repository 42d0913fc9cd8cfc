import type { IntlShape } from '@formatjs/intl';
import { jointById, type JointId, type Side } from '../../shared/domain/joint-list.ts';
import type { PlanContent } from '../../shared/domain/plan.ts';
import type {
  ScheduleStage,
  WearingPattern,
  WearingSchedule,
} from '../../shared/domain/schedule.ts';
import {
  stageRows as stageRowsInEnglish,
  type StageRow,
} from '../../shared/domain/schedule-words.ts';
import type { MessageId } from './messages/en.ts';
import { sayIn } from './messages/intl.ts';

/**
 * The handout's generated sentences (schedules, stage rows, where a splint is worn, dates) in
 * the handout's language: built from the structured plan and the language's messages, never
 * from English text. The shared domain's English helpers stay as they are: the frozen layouts
 * and the therapist's screen use them.
 */
type Intl = IntlShape<string>;
type Values = Record<string, string | number>;

const say = (intl: Intl, id: MessageId, values?: Values) => sayIn(intl, id, values);

/** "a, b and c" ("a, b or c") in the language's words. */
export function listIn(intl: Intl, items: readonly string[], kind: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return say(intl, kind === 'and' ? 'list.and' : 'list.or', {
    items: items.slice(0, -1).join(say(intl, 'list.separator')),
    last: items.at(-1) ?? '',
  });
}

/** "1 June 2026" ("Monday 1 June 2026") from "2026-06-01"; anything else is printed as it is. */
export function dateIn(intl: Intl, iso: string, weekday = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const when = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const date = intl.formatDate(when, { day: 'numeric', month: 'long', year: 'numeric' });
  if (!weekday) return date;
  return say(intl, 'date.withWeekday', {
    weekday: intl.formatDate(when, { weekday: 'long' }),
    date,
  });
}

/** The short weekday names, Monday first. */
export function weekdaysIn(intl: Intl): string[] {
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    intl.formatDate(Date.UTC(2026, 0, 5 + i), { weekday: 'short' }),
  );
}

/**
 * A schedule in plain words: "Wear it at night while you sleep." (`many`: a pair, such as
 * gloves or insoles: "Wear them"). The therapist's own words (a custom schedule) as written.
 */
export function patternIn(intl: Intl, p: WearingPattern, many = false): string {
  const it = { many: many ? 'yes' : 'no' };
  switch (p.type) {
    case 'continuous':
      return say(intl, 'pattern.continuous', it);
    case 'night':
      return say(intl, 'pattern.night', it);
    case 'alternate-nights':
      return say(intl, p.first === 'left' ? 'pattern.alternateLeft' : 'pattern.alternateRight', it);
    case 'activities':
      return say(intl, 'pattern.activities', {
        ...it,
        activities: listIn(
          intl,
          p.activities.map((a) => a.toLowerCase()),
          'or',
        ),
      });
    case 'hours':
      return p.hoursOff === 0
        ? say(intl, 'pattern.hoursAtATime', { ...it, on: p.hoursOn })
        : say(intl, 'pattern.hoursOnOff', { ...it, on: p.hoursOn, off: p.hoursOff });
    case 'custom':
      return p.text;
    case 'unset':
      return say(intl, 'pattern.unset', it);
  }
}

/** A stage row, with its label and after-words in the handout's language. */
export interface StageRowIn extends StageRow {
  /** The label's meaning, or null (see stageRowMeaningsIn). */
  meaning: MessageId | null;
}

/** The English row labels (schedule.ts) by their message ids: label, after, meaning. */
const ROWS: Record<string, [MessageId, MessageId | null, MessageId | null]> = {
  'Now, during this flare': ['stage.nowFlare', 'stage.nowFlareAfter', null],
  'When the flare settles': [
    'stage.flareSettles',
    'stage.flareSettlesAfter',
    'stage.meaningSettles',
  ],
  'When your joints have settled': ['stage.settled', 'stage.settledAfter', 'stage.meaningSettled'],
  'Now, while your joints are settled': ['stage.nowSettled', 'stage.nowSettledAfter', null],
  'If your joints get worse again': ['stage.worse', 'stage.worseAfter', null],
  'In a flare': ['stage.inFlare', 'stage.inFlareAfter', 'stage.meaningFlare'],
  'Every day': ['stage.everyDay', null, null],
  'Most days': ['stage.mostDays', null, 'stage.meaningMostDays'],
};

/** schedule.ts's rows (which patterns, in which order), labelled in the handout's language. */
export function stageRowsIn(
  intl: Intl,
  schedule: WearingSchedule,
  stage: ScheduleStage | null,
): StageRowIn[] {
  return stageRowsInEnglish(schedule, stage).map((r) => {
    const ids = ROWS[r.label];
    if (!ids) throw new Error(`No message for the schedule row "${r.label}"`);
    return {
      ...r,
      label: say(intl, ids[0]),
      after: ids[1] ? say(intl, ids[1]) : '',
      meaning: ids[2],
    };
  });
}

/** What each row's label means, when the table has more than one row to choose from. */
export function stageRowMeaningsIn(intl: Intl, rows: readonly StageRowIn[]): string[] {
  if (rows.length < 2) return [];
  // "Most days" means something only beside a flare row.
  const flare = rows.some((r) => r.stage === 'flare');
  return rows.flatMap((r) =>
    r.meaning && (flare || r.meaning !== 'stage.meaningMostDays') ? [say(intl, r.meaning)] : [],
  );
}

type SideWord = 'right' | 'left' | 'both';

interface Group {
  joints: readonly JointId[];
  phrase(intl: Intl, ids: readonly JointId[], side: SideWord): string;
}

const sideOf = (intl: Intl, side: SideWord) => say(intl, 'joints.side', { side });

const limb = (joints: readonly JointId[]): Group => ({
  joints,
  phrase: (intl, ids, side) =>
    side === 'both'
      ? say(intl, 'joints.limbsBoth', {
          joints: listIn(
            intl,
            ids.map((joint) => say(intl, 'joints.limbBoth', { joint })),
          ),
        })
      : say(intl, 'joints.limbsSide', {
          side: sideOf(intl, side),
          joints: listIn(
            intl,
            ids.map((joint) => say(intl, 'joints.limbOne', { joint })),
          ),
        }),
});

const fingers = (family: 'mcp' | 'pip' | 'dip'): Group => ({
  joints: [2, 3, 4, 5].map((n) => `${family}${n}` as JointId),
  phrase: (intl, ids, side) => {
    const numbers = ids.map((id) => jointById(id).number ?? 0);
    const count = numbers.length;
    const joint = say(intl, 'joints.fingerJoint', { family, count });
    if (count === 4)
      return side === 'both'
        ? say(intl, 'joints.allFingersBoth', { joint })
        : say(intl, 'joints.allFingersSide', { joint, side: sideOf(intl, side) });
    const names = listIn(
      intl,
      numbers.map((finger) => say(intl, 'joints.finger', { finger: String(finger) })),
    );
    return side === 'both'
      ? say(intl, 'joints.fingersBoth', { joint, fingers: names, count })
      : say(intl, 'joints.fingersSide', { joint, fingers: names, count, side: sideOf(intl, side) });
  },
});

const GROUPS: readonly Group[] = [
  limb(['shoulder', 'elbow', 'wrist']),
  {
    joints: ['cmc', 'mcp1', 'ip'],
    phrase: (intl, ids, side) => {
      const parts = listIn(
        intl,
        ids.map((part) => say(intl, 'joints.thumbPart', { part })),
      );
      return side === 'both'
        ? say(intl, 'joints.thumbBoth', { parts })
        : say(intl, 'joints.thumbSide', { parts, side: sideOf(intl, side) });
    },
  },
  fingers('mcp'),
  fingers('pip'),
  fingers('dip'),
  limb(['hip', 'knee', 'ankle']),
  {
    joints: ['mtp1', 'mtp2', 'mtp3', 'mtp4', 'mtp5'],
    phrase: (intl, _ids, side) =>
      side === 'both'
        ? say(intl, 'joints.ballsBoth')
        : say(intl, 'joints.ballSide', { side: sideOf(intl, side) }),
  },
];

/** The longest sentence the list is packed into, in words: long lists read as several. */
const SENTENCE_WORDS = 16;
const wordCount = (s: string) => s.split(/\s+/).length;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The affected joints without clinical labels, in the handout's language (joints-plain.ts,
 * whose grouping this follows, says it in English for the screen). No final full stop.
 */
export function jointsPlainlyIn(
  intl: Intl,
  list: readonly { joint: JointId; side: Side }[],
): string {
  const phrases: string[] = [];
  for (const g of GROUPS) {
    const on = (side: 'right' | 'left') =>
      g.joints.filter((id) => list.some((j) => j.joint === id && j.side === side));
    const right = on('right');
    const left = on('left');
    if (right.length > 0 && right.join() === left.join()) {
      phrases.push(g.phrase(intl, right, 'both'));
      continue;
    }
    if (right.length > 0) phrases.push(g.phrase(intl, right, 'right'));
    if (left.length > 0) phrases.push(g.phrase(intl, left, 'left'));
  }
  if (phrases.length === 0) return say(intl, 'joints.none');
  const sentences: string[][] = [];
  for (const p of phrases) {
    const last = sentences.at(-1);
    if (last && wordCount(listIn(intl, [...last, p])) <= SENTENCE_WORDS) last.push(p);
    else sentences.push([p]);
  }
  return sentences.map((s) => capital(listIn(intl, s))).join(say(intl, 'joints.sentenceEnd'));
}

type PlanOrthosis = PlanContent['orthoses'][number];

/** Where a splint is worn, in the patient's words (plan-words.ts orthosisPlaceForPatient). */
export function placeIn(
  intl: Intl,
  o: Pick<PlanOrthosis, 'side' | 'joints'>,
  affected: readonly { joint: JointId; side: Side }[],
  fits: readonly string[] = [],
): string {
  if (o.side === null) return say(intl, 'place.notChosen');
  const sides = o.side === 'both' ? (['right', 'left'] as const) : ([o.side] as const);
  if (o.joints.length === 0) {
    const covered = affected.filter(
      (a) => sides.includes(a.side) && fits.includes(jointById(a.joint).family),
    );
    if (covered.length > 0) return jointsPlainlyIn(intl, covered);
    return say(
      intl,
      o.side === 'both'
        ? 'place.bothSides'
        : o.side === 'right'
          ? 'place.rightSide'
          : 'place.leftSide',
    );
  }
  const all = sides.flatMap((side) => o.joints.map((joint) => ({ joint, side })));
  const own = all.filter((j) => affected.some((a) => a.joint === j.joint && a.side === j.side));
  return jointsPlainlyIn(intl, own.length > 0 ? own : all);
}
