import { describe, expect, it } from 'vitest';
import { JOINTS, SIDES } from '../../../../shared/domain/joints.ts';
import {
  JOINT_SPOTS,
  hitRadius,
  jointName,
  spotInDirection,
  spotKey,
  type Direction,
} from './diagram-geometry.ts';

describe('joint diagram geometry', () => {
  it('places every joint on both sides, once', () => {
    for (const joint of JOINTS) {
      for (const side of SIDES) {
        const spots = JOINT_SPOTS.filter((s) => s.joint === joint.id && s.side === side);
        expect(spots, `${side} ${joint.id}`).toHaveLength(1);
        const [spot] = spots;
        expect(Number.isFinite(spot?.x) && Number.isFinite(spot?.y), `${side} ${joint.id}`).toBe(
          true,
        );
        expect(spot?.r).toBeGreaterThan(0);
      }
    }
    expect(JOINT_SPOTS).toHaveLength(JOINTS.length * SIDES.length);
    expect(new Set(JOINT_SPOTS.map((s) => s.key)).size).toBe(JOINT_SPOTS.length);
  });

  it('keeps joints apart: no two circles overlap, nor do their pointer targets', () => {
    for (const [i, a] of JOINT_SPOTS.entries()) {
      for (const b of JOINT_SPOTS.slice(i + 1)) {
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        expect(distance, `${a.key} and ${b.key}`).toBeGreaterThan(a.r + b.r);
        expect(distance, `${a.key} and ${b.key} targets`).toBeGreaterThanOrEqual(
          hitRadius(a) + hitRadius(b),
        );
      }
    }
    for (const s of JOINT_SPOTS) expect(hitRadius(s)).toBeGreaterThanOrEqual(s.r);
  });

  it("draws the patient's right side on the viewer's left", () => {
    for (const joint of JOINTS) {
      const right = JOINT_SPOTS.find((s) => s.key === spotKey(joint.id, 'right'));
      const left = JOINT_SPOTS.find((s) => s.key === spotKey(joint.id, 'left'));
      expect(right && left && right.x < left.x, joint.id).toBe(true);
      expect(right?.y).toBe(left?.y);
    }
  });

  it('reaches every joint from every other with the arrow keys', () => {
    const directions: Direction[] = ['left', 'right', 'up', 'down'];
    for (const start of JOINT_SPOTS) {
      const seen = new Set([start.key]);
      const queue = [start];
      for (let s = queue.shift(); s; s = queue.shift()) {
        for (const d of directions) {
          const next = spotInDirection(s, d);
          if (next && !seen.has(next.key)) {
            seen.add(next.key);
            queue.push(next);
          }
        }
      }
      expect(seen.size, `from ${start.key}`).toBe(JOINT_SPOTS.length);
    }
  });

  it('moves along a finger and across a row', () => {
    const spot = (key: string) => JOINT_SPOTS.find((s) => s.key === key);
    const mcp2 = spot('right:mcp2');
    expect(mcp2 && spotInDirection(mcp2, 'up')?.key).toBe('right:pip2');
    expect(mcp2 && spotInDirection(mcp2, 'right')?.key).toBe('right:mcp3');
    const knee = spot('right:knee');
    expect(knee && spotInDirection(knee, 'right')?.key).toBe('left:knee');
    expect(knee && spotInDirection(knee, 'down')?.key).toBe('right:ankle');
  });

  it('names joints with side, clinical label and plain name', () => {
    expect(jointName('mcp2', 'right')).toBe('Right MCP 2 (index finger knuckle)');
    expect(jointName('wrist', 'left')).toBe('Left wrist');
    expect(jointName('cmc', 'left')).toBe('Left thumb CMC (base of the thumb)');
  });
});
