/**
 * The joints, their names and their summary in words, with no schemas, so the handout renderer
 * (a worker thread) loads them without zod. joints.ts re-exports every name.
 */
import type { AffectedJoint } from './joints.ts';

export const SIDES = ['right', 'left'] as const;
export type Side = (typeof SIDES)[number];

/** Joint families, head to toe; a family with numbers has one joint per digit or toe. */
export const JOINT_FAMILIES = [
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

/** Every joint, head to toe; an id is the family plus the digit or toe number, if any. */
export const JOINT_IDS = [
  'shoulder',
  'elbow',
  'wrist',
  'cmc',
  'mcp1',
  'mcp2',
  'mcp3',
  'mcp4',
  'mcp5',
  'ip',
  'pip2',
  'pip3',
  'pip4',
  'pip5',
  'dip2',
  'dip3',
  'dip4',
  'dip5',
  'hip',
  'knee',
  'ankle',
  'mtp1',
  'mtp2',
  'mtp3',
  'mtp4',
  'mtp5',
] as const;
export type JointId = (typeof JOINT_IDS)[number];

export interface JointDefinition {
  id: JointId;
  family: Family['family'];
  region: 'hand' | 'body';
  number: number | null;
  /** Short clinical name, e.g. "MCP 2" or "thumb CMC". */
  label: string;
  /** Plain name a patient understands, e.g. "index finger knuckle". */
  plainName: string;
}

const FINGER_NAMES = ['thumb', 'index finger', 'middle finger', 'ring finger', 'little finger'];
const TOE_NAMES = ['big toe', 'second toe', 'third toe', 'fourth toe', 'little toe'];

function plainNameOf(family: Family['family'], n: number | null): string {
  const finger = n === null ? '' : (FINGER_NAMES[n - 1] ?? '');
  switch (family) {
    case 'cmc':
      return 'base of the thumb';
    case 'ip':
      return 'thumb end joint';
    case 'mcp':
      return `${finger} knuckle`;
    case 'pip':
      return `${finger} middle joint`;
    case 'dip':
      return `${finger} end joint`;
    case 'mtp':
      return `${n === null ? '' : TOE_NAMES[n - 1]} joint at the ball of the foot`;
    default:
      return family;
  }
}

export const JOINTS: readonly JointDefinition[] = JOINT_FAMILIES.flatMap((f): JointDefinition[] => {
  const numbers: readonly (number | null)[] = f.numbers.length === 0 ? [null] : f.numbers;
  return numbers.map((n) => ({
    id: (n === null ? f.family : `${f.family}${n}`) as JointId,
    family: f.family,
    region: f.region,
    number: n,
    label: n === null ? f.label : `${f.label} ${n}`,
    plainName: plainNameOf(f.family, n),
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

/**
 * A readable summary, e.g. "Right wrist, left MCP 2–3, both knees".
 * A family chosen identically on both sides is said once with "both".
 */
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
