import type { AffectedJoint } from './joints.ts';
import { jointById, type JointId } from './joint-list.ts';

type SideWord = 'right' | 'left' | 'both';

/**
 * The joints in groups a patient names together ("your right shoulder, elbow and wrist", "the
 * knuckles of your right index and middle fingers"), head to toe.
 */
interface Group {
  joints: readonly JointId[];
  phrase(ids: readonly JointId[], side: SideWord): string;
}

const FINGERS: Partial<Record<number, string>> = {
  2: 'index',
  3: 'middle',
  4: 'ring',
  5: 'little',
};
const SIMPLE_PLURAL: Partial<Record<JointId, string>> = {
  shoulder: 'shoulders',
  elbow: 'elbows',
  wrist: 'wrists',
  hip: 'hips',
  knee: 'knees',
  ankle: 'ankles',
};

/** "a, b and c". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Shoulders, elbows, wrists; hips, knees, ankles: "your right hip and knee", "both knees". */
const limb = (joints: readonly JointId[]): Group => ({
  joints,
  phrase: (ids, side) =>
    side === 'both'
      ? `both ${listAnd(ids.map((id) => SIMPLE_PLURAL[id] ?? id))}`
      : `your ${side} ${listAnd(ids)}`,
});

/** One joint of the fingers: "the knuckles of your right index and middle fingers". */
const fingers = (family: 'mcp' | 'pip' | 'dip', one: string, many: string): Group => ({
  joints: [2, 3, 4, 5].map((n) => `${family}${n}` as JointId),
  phrase: (ids, side) => {
    const numbers = ids.map((id) => jointById(id).number ?? 0);
    const joint = numbers.length > 1 ? many : one;
    if (numbers.length === 4)
      return side === 'both'
        ? `the ${joint} of all four fingers on both hands`
        : `the ${joint} of all four fingers of your ${side} hand`;
    const names = listAnd(numbers.map((n) => FINGERS[n] ?? String(n)));
    const finger = numbers.length > 1 ? 'fingers' : 'finger';
    return side === 'both'
      ? `the ${joint} of the ${names} ${finger} on both hands`
      : `the ${joint} of your ${side} ${names} ${finger}`;
  },
});

const THUMB_PART: Partial<Record<JointId, string>> = {
  cmc: 'the base',
  mcp1: 'the knuckle',
  ip: 'the end joint',
};

const GROUPS: readonly Group[] = [
  limb(['shoulder', 'elbow', 'wrist']),
  {
    joints: ['cmc', 'mcp1', 'ip'],
    phrase: (ids, side) =>
      `${listAnd(ids.map((id) => THUMB_PART[id] ?? id))} of ${side === 'both' ? 'both thumbs' : `your ${side} thumb`}`,
  },
  fingers('mcp', 'knuckle', 'knuckles'),
  fingers('pip', 'middle joint', 'middle joints'),
  fingers('dip', 'end joint', 'end joints'),
  limb(['hip', 'knee', 'ankle']),
  {
    joints: ['mtp1', 'mtp2', 'mtp3', 'mtp4', 'mtp5'],
    phrase: (_ids, side) =>
      side === 'both' ? 'the balls of both feet' : `the ball of your ${side} foot`,
  },
];

/** The longest sentence the list is packed into, in words: long lists read as several. */
const SENTENCE_WORDS = 16;

const words = (s: string) => s.split(/\s+/).length;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The affected joints without clinical labels (MCP, PIP, CMC), for the patient's handout:
 * "Both wrists and the knuckles of your right index and middle fingers". A long list is
 * split into short sentences ("Your right shoulder, elbow and wrist. The base and the end
 * joint of your right thumb."), so a patient with many joints still reads it easily. No
 * final full stop: the caller ends it.
 */
export function summarizeJointsPlainly(list: readonly AffectedJoint[]): string {
  const phrases: string[] = [];
  for (const g of GROUPS) {
    const on = (side: 'right' | 'left') =>
      g.joints.filter((id) => list.some((j) => j.joint === id && j.side === side));
    const right = on('right');
    const left = on('left');
    if (right.length > 0 && right.join() === left.join()) {
      phrases.push(g.phrase(right, 'both'));
      continue;
    }
    if (right.length > 0) phrases.push(g.phrase(right, 'right'));
    if (left.length > 0) phrases.push(g.phrase(left, 'left'));
  }
  if (phrases.length === 0) return 'No joints recorded';
  const sentences: string[][] = [];
  for (const p of phrases) {
    const last = sentences.at(-1);
    if (last && words(listAnd([...last, p])) <= SENTENCE_WORDS) last.push(p);
    else sentences.push([p]);
  }
  return sentences.map((s) => capital(listAnd(s))).join('. ');
}
