/**
 * Frozen copies of the shared word functions and data that layout 1 prints with (from
 * src/shared/domain at the time layout 1 was frozen). Private on purpose: the live words may
 * change, but a layout-1 handout must reprint byte for byte. Never edit (see README.md).
 */
import type { CatalogueContent, EnergyP } from '../../../shared/domain/catalogue.ts';
import type { GetHelpLine } from '../../../shared/domain/handout-safety.ts';
import type { AffectedJoint, JointId, Side } from '../../../shared/domain/joints.ts';
import type { PlanContent } from '../../../shared/domain/plan.ts';
import type {
  ScheduleStage,
  WearingPattern,
  WearingSchedule,
} from '../../../shared/domain/schedule.ts';

type PlanOrthosis = PlanContent['orthoses'][number];
type BreakRule = NonNullable<PlanContent['rest']['breakRule']>;

export const DAILY_ACTIVITIES = [
  'kitchen',
  'eating',
  'bathing',
  'dressing',
  'home',
  'writing',
  'mobility',
] as const;
export type DailyActivity = (typeof DAILY_ACTIVITIES)[number];
export const DAILY_ACTIVITY_LABELS: Record<DailyActivity, string> = {
  kitchen: 'Kitchen',
  eating: 'Eating',
  bathing: 'Bathing and toilet',
  dressing: 'Dressing',
  home: 'Around the home',
  writing: 'Writing and leisure',
  mobility: 'Getting about',
};

export const BODY_REGIONS = [
  'hand',
  'wrist',
  'elbow-shoulder',
  'back',
  'hip-knee',
  'foot',
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

export const ENERGY_P_LABELS: Record<EnergyP, string> = {
  plan: 'Plan',
  pace: 'Pace',
  prioritise: 'Prioritise',
  position: 'Position',
  'problem-solve': 'Problem-solve',
  pause: 'Pause',
};

export const ENERGY_P_VARIANTS = {
  'four-ps': {
    label: 'The 4 Ps: plan, pace, prioritise, position',
    ps: ['plan', 'pace', 'prioritise', 'position'],
  },
  'five-ps': {
    label: 'The 5 Ps: plan, pace, prioritise, position, pause',
    ps: ['plan', 'pace', 'prioritise', 'position', 'pause'],
  },
  'versus-arthritis': {
    label: 'Versus Arthritis: problem-solving, planning, prioritising, pacing',
    ps: ['problem-solve', 'plan', 'prioritise', 'pace'],
  },
} as const satisfies Record<string, { label: string; ps: readonly EnergyP[] }>;

export function catalogueItemName(content: CatalogueContent): string {
  return 'name' in content ? content.name : content.title;
}

const HELP_URGENCIES = ['emergency', 'same-day', 'few-days', 'clinic'] as const;

export function getHelpInOrder(lines: readonly GetHelpLine[]): GetHelpLine[] {
  return lines
    .map((line, i) => ({ line, i }))
    .sort(
      (a, b) =>
        HELP_URGENCIES.indexOf(a.line.urgency) - HELP_URGENCIES.indexOf(b.line.urgency) ||
        a.i - b.i,
    )
    .map((x) => x.line);
}

// ---- joints ----

const JOINT_FAMILIES = [
  { family: 'shoulder', label: 'shoulder', region: 'body', numbers: [] },
  { family: 'elbow', label: 'elbow', region: 'body', numbers: [] },
  { family: 'wrist', label: 'wrist', region: 'hand', numbers: [] },
  { family: 'cmc', label: 'thumb CMC', region: 'hand', numbers: [] },
  { family: 'mcp', label: 'MCP', region: 'hand', numbers: [1, 2, 3, 4, 5] },
  { family: 'ip', label: 'thumb IP', region: 'hand', numbers: [] },
  { family: 'pip', label: 'PIP', region: 'hand', numbers: [2, 3, 4, 5] },
  { family: 'dip', label: 'DIP', region: 'hand', numbers: [2, 3, 4, 5] },
  { family: 'hip', label: 'hip', region: 'body', numbers: [] },
  { family: 'knee', label: 'knee', region: 'body', numbers: [] },
  { family: 'ankle', label: 'ankle', region: 'body', numbers: [] },
  { family: 'mtp', label: 'MTP', region: 'body', numbers: [1, 2, 3, 4, 5] },
] as const;

type Family = (typeof JOINT_FAMILIES)[number];

interface JointDefinition {
  id: JointId;
  family: Family['family'];
  region: 'hand' | 'body';
  number: number | null;
  label: string;
}

const JOINTS: readonly JointDefinition[] = JOINT_FAMILIES.flatMap((f): JointDefinition[] => {
  const numbers: readonly (number | null)[] = f.numbers.length === 0 ? [null] : f.numbers;
  return numbers.map((n) => ({
    id: (n === null ? f.family : `${f.family}${n}`) as JointId,
    family: f.family,
    region: f.region,
    number: n,
    label: n === null ? f.label : `${f.label} ${n}`,
  }));
});

const BY_ID = new Map(JOINTS.map((j) => [j.id, j]));

export function jointById(id: JointId): JointDefinition {
  const joint = BY_ID.get(id);
  if (!joint) throw new Error(`Unknown joint ${id}`);
  return joint;
}

/** "1–3 and 5" for [1, 2, 3, 5]. */
function numberRanges(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.length <= 1
    ? (ranges[0] ?? '')
    : `${ranges.slice(0, -1).join(', ')} and ${ranges.at(-1)}`;
}

export function summarizeJoints(list: readonly AffectedJoint[]): string {
  const parts: string[] = [];
  for (const f of JOINT_FAMILIES) {
    const numbersOn = (side: Side) =>
      list
        .filter((j) => j.side === side && jointById(j.joint).family === f.family)
        .map((j) => jointById(j.joint).number ?? 0);
    const right = numbersOn('right');
    const left = numbersOn('left');
    const describe = (numbers: number[], plural: boolean) =>
      f.numbers.length === 0
        ? `${f.label}${plural ? 's' : ''}`
        : `${f.label} ${numberRanges(numbers)}`;
    const same = right.length > 0 && numberRanges(right) === numberRanges(left);
    if (same) {
      parts.push(`both ${describe(right, true)}`);
      continue;
    }
    if (right.length > 0) parts.push(`right ${describe(right, false)}`);
    if (left.length > 0) parts.push(`left ${describe(left, false)}`);
  }
  if (parts.length === 0) return 'No joints recorded';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type SideWord = 'right' | 'left' | 'both';
const DIGITS = ['thumb', 'index', 'middle', 'ring', 'little'];
const JOINT_WORD: Record<string, string> = {
  mcp: 'knuckle',
  pip: 'middle joint',
  dip: 'end joint',
};

function phrase(family: string, numbers: readonly number[], side: SideWord): string {
  const your = side === 'both' ? 'both' : `your ${side}`;
  switch (family) {
    case 'cmc':
      return side === 'both' ? 'the base of both thumbs' : `the base of your ${side} thumb`;
    case 'ip':
      return side === 'both'
        ? 'the end joints of both thumbs'
        : `the end joint of your ${side} thumb`;
    case 'mtp':
      return side === 'both' ? 'the balls of both feet' : `the ball of your ${side} foot`;
    case 'mcp':
    case 'pip':
    case 'dip': {
      const word = JOINT_WORD[family] ?? family;
      const names = numbers.map((n) => DIGITS[n - 1] ?? String(n));
      const onlyThumb = names.length === 1 && names[0] === 'thumb';
      const digits = onlyThumb
        ? 'thumb'
        : `${listInWords(names).replace(/ or /, ' and ')} finger${names.length > 1 ? 's' : ''}`;
      const joints = names.length > 1 ? `${word}s` : word;
      return side === 'both'
        ? `the ${joints} of the ${digits} on both hands`
        : `the ${joints} of your ${side} ${digits}`;
    }
    default:
      return side === 'both' ? `both ${family}s` : `${your} ${family}`;
  }
}

export function summarizeJointsPlainly(list: readonly AffectedJoint[]): string {
  const parts: string[] = [];
  for (const f of JOINT_FAMILIES) {
    const on = (side: 'right' | 'left') =>
      list
        .filter((j) => j.side === side && jointById(j.joint).family === f.family)
        .map((j) => jointById(j.joint).number ?? 0)
        .sort((a, b) => a - b);
    const right = on('right');
    const left = on('left');
    if (right.length > 0 && right.join() === left.join()) {
      parts.push(phrase(f.family, right, 'both'));
      continue;
    }
    if (right.length > 0) parts.push(phrase(f.family, right, 'right'));
    if (left.length > 0) parts.push(phrase(f.family, left, 'left'));
  }
  if (parts.length === 0) return 'No joints recorded';
  const text = listInWords(parts).replace(/ or ([^,]*)$/, ' and $1');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---- plan words ----

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function orthosisPlace(o: Pick<PlanOrthosis, 'side' | 'joints'>): string {
  if (o.side === null) return 'Side not chosen yet';
  const sides = o.side === 'both' ? (['right', 'left'] as const) : ([o.side] as const);
  if (o.joints.length === 0)
    return o.side === 'both' ? 'Both sides' : `${o.side === 'right' ? 'Right' : 'Left'} side`;
  return summarizeJoints(sides.flatMap((side) => o.joints.map((joint) => ({ joint, side }))));
}

export function orthosisPlaceForPatient(
  o: Pick<PlanOrthosis, 'side' | 'joints'>,
  affected: readonly { joint: JointId; side: Side }[],
  fits: readonly string[] = [],
): string {
  if (o.side === null) return 'Side not chosen yet';
  const sides = o.side === 'both' ? (['right', 'left'] as const) : ([o.side] as const);
  if (o.joints.length === 0) {
    const covered = affected.filter(
      (a) => sides.includes(a.side) && fits.includes(jointById(a.joint).family),
    );
    if (covered.length > 0) return summarizeJointsPlainly(covered);
    return o.side === 'both' ? 'Both sides' : o.side === 'right' ? 'Right side' : 'Left side';
  }
  const all = sides.flatMap((side) => o.joints.map((joint) => ({ joint, side })));
  const own = all.filter((j) => affected.some((a) => a.joint === j.joint && a.side === j.side));
  return summarizeJointsPlainly(own.length > 0 ? own : all);
}

export function breakRuleInWords(rule: BreakRule): string {
  return `a break of ${plural(rule.restMinutes, 'minute', 'minutes')} after every ${plural(
    rule.everyMinutes,
    'minute',
    'minutes',
  )} of activity`;
}

// ---- schedules ----

function hours(n: number): string {
  return `${n} ${n === 1 ? 'hour' : 'hours'}`;
}

export function describePattern(p: WearingPattern): string {
  switch (p.type) {
    case 'continuous':
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

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function patternFor(schedule: WearingSchedule, stage: ScheduleStage | null): WearingPattern {
  return (stage && schedule[stage]) ?? schedule.usual;
}

// ---- text ----

const DROPPED_WHEN_PRINTED = /(?![\n])[\p{Cc}\p{Cf}\p{Co}]/gu;

/** The text as printed: composed (NFC), tabs as spaces, control characters removed. */
export function cleanText(value: string, multiLine = false): string {
  const composed = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(DROPPED_WHEN_PRINTED, '');
  return multiLine ? composed : composed.replace(/\n+/g, ' ');
}
