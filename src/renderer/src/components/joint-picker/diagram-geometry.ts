import {
  JOINTS,
  SIDES,
  jointById,
  type JointId,
  type Side,
} from '../../../../shared/domain/joints.ts';

/**
 * Geometry of the joint diagram, in one shared coordinate plane so keyboard navigation can move
 * spatially between the two drawings. Everything is seen as a therapist facing the patient:
 * the patient's right side is on the viewer's left. Shapes are drawn for the right side and
 * mirrored for the left.
 */

export interface Point {
  x: number;
  y: number;
}

export interface JointSpot {
  key: string;
  joint: JointId;
  side: Side;
  view: 'hands' | 'body';
  x: number;
  y: number;
  /** Radius of the drawn circle; the pointer target is a little larger (see hitRadius). */
  r: number;
}

export const HANDS_VIEW = { minX: 0, minY: 50, width: 460, height: 410 } as const;
export const BODY_VIEW = { minX: 455, minY: 0, width: 425, height: 460 } as const;

/** Lines mirror about these x values. */
export const HANDS_MIRROR_X = HANDS_VIEW.minX + HANDS_VIEW.width / 2;
export const BODY_MIRROR_X = 545;
export const FEET_MIRROR_X = 762;

const HAND_R = 9;
const BODY_R = 9;
const FOOT_R = 7.5;

// ---- Shapes (right side; the left side is the mirror image) --------------------------------

/** A finger leaning `angle` degrees outward from its MCP; joints sit at distances along it. */
interface Finger {
  n: 2 | 3 | 4 | 5;
  mcp: Point;
  angle: number;
  pip: number;
  dip: number;
  tip: number;
  width: number;
}

const FINGERS: readonly Finger[] = [
  { n: 2, mcp: { x: 98, y: 268 }, angle: -7, pip: 58, dip: 94, tip: 122, width: 27 },
  { n: 3, mcp: { x: 128, y: 262 }, angle: 0, pip: 62, dip: 101, tip: 133, width: 28 },
  { n: 4, mcp: { x: 158, y: 268 }, angle: 6, pip: 59, dip: 96, tip: 126, width: 27 },
  { n: 5, mcp: { x: 186, y: 282 }, angle: 11, pip: 47, dip: 76, tip: 100, width: 23 },
];

function along(f: Finger, distance: number): Point {
  const a = (f.angle * Math.PI) / 180;
  return { x: f.mcp.x + distance * Math.sin(a), y: f.mcp.y - distance * Math.cos(a) };
}

const THUMB = {
  cmc: { x: 102, y: 366 },
  mcp: { x: 74, y: 320 },
  ip: { x: 54, y: 282 },
  tip: { x: 44, y: 256 },
  width: 30,
};

export const HAND_SHAPE = {
  /** The palm and the start of the forearm, which fades out at the bottom edge. */
  palm: `M86 244 C 120 230, 172 240, 204 266 C 212 304, 208 344, 192 380
    C 182 402, 178 424, 178 470 L 96 470 C 96 432, 94 412, 92 398 C 80 362, 76 302, 86 244 Z`,
  fingers: FINGERS.map((f) => ({ from: along(f, -36), to: along(f, f.tip), width: f.width })),
  thumb: {
    points: [{ x: 118, y: 388 }, THUMB.cmc, THUMB.mcp, THUMB.ip, THUMB.tip],
    width: THUMB.width,
  },
  /** Faint palm creases, purely decorative. */
  creases: [
    'M206 300 C 180 304, 144 296, 114 276',
    'M88 300 C 116 314, 152 322, 190 322',
    'M96 292 C 112 322, 118 352, 124 388',
  ],
} as const;

export const BODY_SHAPE = {
  head: { x: 545, y: 46, r: 22 },
  neck: { from: { x: 545, y: 64 }, to: { x: 545, y: 96 }, width: 16 },
  torso: `M512 96 L578 96 C 586 140, 580 190, 583 234 C 584 246, 578 252, 568 252
    L522 252 C 512 252, 506 246, 507 234 C 510 190, 504 140, 512 96 Z`,
  limbs: [
    {
      points: [
        { x: 510, y: 106 },
        { x: 494, y: 172 },
      ],
      width: 19,
    },
    {
      points: [
        { x: 494, y: 172 },
        { x: 484, y: 230 },
      ],
      width: 16,
    },
    {
      points: [
        { x: 526, y: 238 },
        { x: 524, y: 320 },
      ],
      width: 27,
    },
    {
      points: [
        { x: 524, y: 320 },
        { x: 527, y: 398 },
      ],
      width: 21,
    },
    {
      points: [
        { x: 527, y: 404 },
        { x: 515, y: 420 },
      ],
      width: 14,
    },
  ],
  handOval: { x: 482, y: 246, rx: 8, ry: 12 },
} as const;

/** Right foot seen from above, toes up; the big toe is on the inner side, toward the middle. */
const FOOT_ORIGIN = { x: 712, y: 218 };
const MTP: readonly Point[] = [
  { x: 30, y: 4 },
  { x: 9, y: -4 },
  { x: -11, y: -1 },
  { x: -29, y: 6 },
  { x: -46, y: 17 },
];
const TOE_TIPS: readonly Point[] = [
  { x: 33, y: -60 },
  { x: 7, y: -52 },
  { x: -15, y: -45 },
  { x: -34, y: -35 },
  { x: -52, y: -19 },
];
const TOE_WIDTHS = [26, 17, 16, 15, 13];

const at = (p: Point): Point => ({ x: FOOT_ORIGIN.x + p.x, y: FOOT_ORIGIN.y + p.y });

export const FOOT_SHAPE = {
  sole: `M${at({ x: 44, y: -8 }).x} ${at({ x: 44, y: -8 }).y}
    c 6 40, -6 80, -10 118 c -4 40, -22 56, -42 56 c -22 0, -34 -18, -34 -50
    c 0 -30, -14 -60, -18 -96 c -2 -16, 4 -26, 14 -30 c 26 -12, 66 -16, 90 2 Z`,
  toes: MTP.map((m, i) => ({ from: at(m), to: at(TOE_TIPS[i] ?? m), width: TOE_WIDTHS[i] ?? 14 })),
} as const;

// ---- Joint positions -----------------------------------------------------------------------

type Placement = Point & { r: number; view: JointSpot['view'] };

const RIGHT_POSITIONS: Record<JointId, Placement> = {
  wrist: { x: 137, y: 404, r: HAND_R, view: 'hands' },
  cmc: { ...THUMB.cmc, r: HAND_R, view: 'hands' },
  mcp1: { ...THUMB.mcp, r: HAND_R, view: 'hands' },
  ip: { ...THUMB.ip, r: HAND_R, view: 'hands' },
  ...(Object.fromEntries(
    FINGERS.flatMap((f) => [
      [`mcp${f.n}`, { ...f.mcp, r: HAND_R, view: 'hands' }],
      [`pip${f.n}`, { ...along(f, f.pip), r: HAND_R, view: 'hands' }],
      [`dip${f.n}`, { ...along(f, f.dip), r: HAND_R, view: 'hands' }],
    ]),
  ) as Record<`${'mcp' | 'pip' | 'dip'}${2 | 3 | 4 | 5}`, Placement>),
  shoulder: { x: 510, y: 106, r: BODY_R, view: 'body' },
  elbow: { x: 494, y: 172, r: BODY_R, view: 'body' },
  hip: { x: 526, y: 240, r: BODY_R, view: 'body' },
  knee: { x: 524, y: 320, r: BODY_R, view: 'body' },
  ankle: { x: 527, y: 396, r: BODY_R, view: 'body' },
  ...(Object.fromEntries(
    MTP.map((m, i) => [`mtp${i + 1}`, { ...at(m), r: FOOT_R, view: 'body' }]),
  ) as Record<`mtp${1 | 2 | 3 | 4 | 5}`, Placement>),
};

function mirrorX(joint: JointId, x: number): number {
  const def = jointById(joint);
  const axis =
    def.region === 'hand' ? HANDS_MIRROR_X : def.family === 'mtp' ? FEET_MIRROR_X : BODY_MIRROR_X;
  return 2 * axis - x;
}

export function spotKey(joint: JointId, side: Side): string {
  return `${side}:${joint}`;
}

/** Every joint on both sides: hands first, then body, each head to toe, right before left. */
export const JOINT_SPOTS: readonly JointSpot[] = [...JOINTS]
  .sort((a, b) => (a.region === b.region ? 0 : a.region === 'hand' ? -1 : 1))
  .flatMap((def) =>
    SIDES.map((side): JointSpot => {
      const p = RIGHT_POSITIONS[def.id];
      return {
        key: spotKey(def.id, side),
        joint: def.id,
        side,
        view: p.view,
        x: side === 'right' ? p.x : mirrorX(def.id, p.x),
        y: p.y,
        r: p.r,
      };
    }),
  );

const HIT_RADII = new Map(
  JOINT_SPOTS.map((s) => {
    const nearest = Math.min(
      ...JOINT_SPOTS.filter((o) => o !== s).map((o) => Math.hypot(o.x - s.x, o.y - s.y)),
    );
    return [s.key, Math.max(s.r, Math.min(s.r + 5, nearest / 2 - 0.5))];
  }),
);

/** Pointer target radius: the circle plus a margin, never reaching a neighbour's target. */
export function hitRadius(spot: JointSpot): number {
  return HIT_RADII.get(spot.key) ?? spot.r;
}

/** "Right MCP 2 (index finger knuckle)", "Left wrist". */
export function jointName(joint: JointId, side: Side): string {
  const def = jointById(joint);
  const sideName = side === 'right' ? 'Right' : 'Left';
  return def.plainName === def.label
    ? `${sideName} ${def.label}`
    : `${sideName} ${def.label} (${def.plainName})`;
}

export type Direction = 'left' | 'right' | 'up' | 'down';
const VECTORS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The nearest spot in a direction: distance along the direction plus a penalty for drifting
 * sideways, so a press stays in the same row or column where there is one. Null at an edge.
 */
export function spotInDirection(
  from: JointSpot,
  direction: Direction,
  spots = JOINT_SPOTS,
): JointSpot | null {
  const v = VECTORS[direction];
  let best: JointSpot | null = null;
  let bestScore = Infinity;
  for (const s of spots) {
    const dx = s.x - from.x;
    const dy = s.y - from.y;
    const along = dx * v.x + dy * v.y;
    if (along <= 1) continue;
    const across = Math.abs(dx * v.y - dy * v.x);
    const score = along + 2.5 * across;
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}
