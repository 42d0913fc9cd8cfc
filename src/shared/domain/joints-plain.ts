import { JOINT_FAMILIES, jointById, type AffectedJoint } from './joints.ts';
import { listInWords } from './schedule.ts';

type SideWord = 'right' | 'left' | 'both';
const DIGITS = ['thumb', 'index', 'middle', 'ring', 'little'];
const JOINT_WORD: Record<string, string> = {
  mcp: 'knuckle',
  pip: 'middle joint',
  dip: 'end joint',
};

/** One family's joints on one side (or the same on both), in words a patient uses. */
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

/**
 * "Both wrists and the knuckles of your right index and middle fingers": the affected joints
 * without clinical labels (MCP, PIP, CMC), for the patient's handout.
 */
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
