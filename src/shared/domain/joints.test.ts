import { describe, expect, it } from 'vitest';
import {
  JOINTS,
  JOINT_IDS,
  affectedJointsSchema,
  hasJoint,
  jointById,
  summarizeJoints,
  toggleJoint,
  type AffectedJoint,
} from './joints.ts';

describe('JOINTS', () => {
  it('lists exactly the joint ids, in the same head-to-toe order', () => {
    expect(JOINTS.map((j) => j.id)).toEqual([...JOINT_IDS]);
  });

  it('gives numbered joints a clinical label and a plain name', () => {
    expect(jointById('mcp2')).toMatchObject({
      label: 'MCP 2',
      plainName: 'index finger knuckle',
      region: 'hand',
    });
    expect(jointById('cmc')).toMatchObject({ label: 'thumb CMC', plainName: 'base of the thumb' });
    expect(jointById('mtp1').plainName).toBe('big toe joint at the ball of the foot');
  });
});

describe('summarizeJoints', () => {
  it('reads out one side per family, head to toe, right before left', () => {
    const list: AffectedJoint[] = [
      { joint: 'mcp3', side: 'left' },
      { joint: 'wrist', side: 'right' },
      { joint: 'mcp2', side: 'left' },
    ];
    expect(summarizeJoints(list)).toBe('Right wrist, left MCP 2–3');
  });

  it('says "both" when a family is chosen identically on both sides', () => {
    expect(
      summarizeJoints([
        { joint: 'knee', side: 'left' },
        { joint: 'knee', side: 'right' },
      ]),
    ).toBe('Both knees');
    expect(
      summarizeJoints([
        { joint: 'shoulder', side: 'right' },
        { joint: 'wrist', side: 'right' },
        { joint: 'wrist', side: 'left' },
      ]),
    ).toBe('Right shoulder, both wrists');
    expect(
      summarizeJoints([
        { joint: 'pip2', side: 'right' },
        { joint: 'pip3', side: 'right' },
        { joint: 'pip3', side: 'left' },
        { joint: 'pip2', side: 'left' },
      ]),
    ).toBe('Both PIP 2–3');
  });

  it('names each side when the two sides differ', () => {
    expect(
      summarizeJoints([
        { joint: 'mcp2', side: 'right' },
        { joint: 'mcp2', side: 'left' },
        { joint: 'mcp3', side: 'left' },
      ]),
    ).toBe('Right MCP 2, left MCP 2–3');
  });

  it('collapses runs of digits into ranges', () => {
    const list: AffectedJoint[] = [1, 2, 3, 5].map((n) => ({
      joint: `mcp${n}` as AffectedJoint['joint'],
      side: 'right',
    }));
    expect(summarizeJoints(list)).toBe('Right MCP 1–3 and 5');
    const scattered: AffectedJoint[] = [1, 3, 5].map((n) => ({
      joint: `mtp${n}` as AffectedJoint['joint'],
      side: 'left',
    }));
    expect(summarizeJoints(scattered)).toBe('Left MTP 1, 3 and 5');
  });

  it('says so when nothing is recorded', () => {
    expect(summarizeJoints([])).toBe('No joints recorded');
  });
});

describe('toggleJoint', () => {
  it('adds a joint that is not chosen, keeping head-to-toe order', () => {
    const list = toggleJoint([{ joint: 'knee', side: 'right' }], 'wrist', 'left');
    expect(list).toEqual([
      { joint: 'wrist', side: 'left' },
      { joint: 'knee', side: 'right' },
    ]);
    expect(hasJoint(list, 'wrist', 'left')).toBe(true);
  });

  it('removes a joint that is chosen, leaving the other side alone', () => {
    const start: AffectedJoint[] = [
      { joint: 'wrist', side: 'right' },
      { joint: 'wrist', side: 'left' },
    ];
    const list = toggleJoint(start, 'wrist', 'right');
    expect(list).toEqual([{ joint: 'wrist', side: 'left' }]);
    expect(start).toHaveLength(2);
  });

  it('toggling twice gives back the same list', () => {
    const start: AffectedJoint[] = [{ joint: 'cmc', side: 'right' }];
    expect(toggleJoint(toggleJoint(start, 'dip4', 'left'), 'dip4', 'left')).toEqual(start);
  });
});

describe('affectedJointsSchema', () => {
  it('accepts a valid list and returns it head to toe', () => {
    const parsed = affectedJointsSchema.parse([
      { joint: 'ankle', side: 'left' },
      { joint: 'shoulder', side: 'left' },
      { joint: 'shoulder', side: 'right' },
    ]);
    expect(parsed).toEqual([
      { joint: 'shoulder', side: 'right' },
      { joint: 'shoulder', side: 'left' },
      { joint: 'ankle', side: 'left' },
    ]);
  });

  it('rejects the same joint twice on one side', () => {
    const result = affectedJointsSchema.safeParse([
      { joint: 'wrist', side: 'right' },
      { joint: 'wrist', side: 'right' },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Each joint can be chosen once per side');
  });

  it('rejects unknown joints and sides', () => {
    const joint = affectedJointsSchema.safeParse([{ joint: 'mcp6', side: 'right' }]);
    expect(joint.success).toBe(false);
    expect(joint.error?.issues[0]?.message).toBe('Unknown joint');
    const side = affectedJointsSchema.safeParse([{ joint: 'wrist', side: 'both' }]);
    expect(side.success).toBe(false);
    expect(side.error?.issues[0]?.message).toBe('Side must be right or left');
  });

  it('rejects extra keys on a joint', () => {
    expect(
      affectedJointsSchema.safeParse([{ joint: 'wrist', side: 'right', severity: 3 }]).success,
    ).toBe(false);
  });
});
