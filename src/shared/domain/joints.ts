import { z } from 'zod';
import { JOINT_IDS, JOINTS, SIDES, type JointId, type Side } from './joint-list.ts';

// The joints and their words live in their own schema-free module (the handout worker loads
// them): every name is still exported from here.
export * from './joint-list.ts';

export const affectedJointSchema = z.strictObject({
  joint: z.enum(JOINT_IDS, { error: 'Unknown joint' }),
  side: z.enum(SIDES, { error: 'Side must be right or left' }),
});
export type AffectedJoint = z.infer<typeof affectedJointSchema>;

export const affectedJointsSchema = z
  .array(affectedJointSchema)
  .max(JOINTS.length * SIDES.length, 'Too many joints')
  .refine(
    (list) => new Set(list.map((j) => `${j.side}:${j.joint}`)).size === list.length,
    'Each joint can be chosen once per side',
  )
  .transform(sortJoints);

const ORDER = new Map(JOINTS.map((j, i) => [j.id, i]));

/** Head-to-toe order, right before left: the order a therapist reads them out. */
export function sortJoints(list: readonly AffectedJoint[]): AffectedJoint[] {
  return [...list].sort(
    (a, b) =>
      (ORDER.get(a.joint) ?? 0) - (ORDER.get(b.joint) ?? 0) ||
      SIDES.indexOf(a.side) - SIDES.indexOf(b.side),
  );
}

export function hasJoint(list: readonly AffectedJoint[], joint: JointId, side: Side): boolean {
  return list.some((j) => j.joint === joint && j.side === side);
}

export function toggleJoint(
  list: readonly AffectedJoint[],
  joint: JointId,
  side: Side,
): AffectedJoint[] {
  return hasJoint(list, joint, side)
    ? list.filter((j) => !(j.joint === joint && j.side === side))
    : sortJoints([...list, { joint, side }]);
}
