import { useId, type ReactNode } from 'react';
import {
  BODY_MIRROR_X,
  BODY_SHAPE,
  FEET_MIRROR_X,
  FOOT_SHAPE,
  HAND_SHAPE,
  HANDS_MIRROR_X,
  HANDS_VIEW,
  type Point,
} from './diagram-geometry.ts';

/** Line art behind the joint circles: decoration only, drawn for the right side and mirrored. */

type Layer = 'outline' | 'fill';

const line = (a: Point, b: Point) => `M${a.x} ${a.y} L${b.x} ${b.y}`;
const polyline = (points: readonly Point[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
const mirror = (axis: number) => `translate(${2 * axis} 0) scale(-1 1)`;
const OUTLINE = 3;

/** Draws a silhouette twice, outline under fill, so overlapping parts merge into one shape. */
function Figure({ parts }: { parts: (layer: Layer) => ReactNode }) {
  return (
    <>
      <g className="jp-skin-outline">{parts('outline')}</g>
      <g className="jp-skin">{parts('fill')}</g>
    </>
  );
}

function Limb({ d, width, layer }: { d: string; width: number; layer: Layer }) {
  return <path d={d} fill="none" strokeWidth={layer === 'outline' ? width + OUTLINE : width} />;
}

const solid = (layer: Layer) => (layer === 'outline' ? OUTLINE : 0);

function Hand({ layer }: { layer: Layer }) {
  return (
    <>
      <path d={HAND_SHAPE.palm} strokeWidth={solid(layer)} />
      {HAND_SHAPE.fingers.map((f) => (
        <Limb key={f.from.x} d={line(f.from, f.to)} width={f.width} layer={layer} />
      ))}
      <Limb d={polyline(HAND_SHAPE.thumb.points)} width={HAND_SHAPE.thumb.width} layer={layer} />
    </>
  );
}

function Creases() {
  return HAND_SHAPE.creases.map((d) => <path key={d} d={d} />);
}

export function HandsArt() {
  const id = useId();
  const { minX, minY, width, height } = HANDS_VIEW;
  return (
    <>
      <defs>
        <linearGradient
          id={`${id}fade`}
          x1="0"
          y1={minY}
          x2="0"
          y2={minY + height}
          gradientUnits="userSpaceOnUse"
        >
          <stop offset="0.8" stopColor="#fff" />
          <stop offset="0.98" stopColor="#000" />
        </linearGradient>
        <mask
          id={`${id}mask`}
          maskUnits="userSpaceOnUse"
          x={minX}
          y={minY}
          width={width}
          height={height}
        >
          <rect x={minX} y={minY} width={width} height={height} fill={`url(#${id}fade)`} />
        </mask>
      </defs>
      <g mask={`url(#${id}mask)`}>
        <Figure
          parts={(layer) => (
            <>
              <Hand layer={layer} />
              <g transform={mirror(HANDS_MIRROR_X)}>
                <Hand layer={layer} />
              </g>
            </>
          )}
        />
        <g className="jp-crease">
          <Creases />
          <g transform={mirror(HANDS_MIRROR_X)}>
            <Creases />
          </g>
        </g>
      </g>
    </>
  );
}

function BodyHalf({ layer }: { layer: Layer }) {
  const { handOval } = BODY_SHAPE;
  return (
    <>
      {BODY_SHAPE.limbs.map((l) => (
        <Limb key={polyline(l.points)} d={polyline(l.points)} width={l.width} layer={layer} />
      ))}
      <ellipse
        cx={handOval.x}
        cy={handOval.y}
        rx={handOval.rx}
        ry={handOval.ry}
        strokeWidth={solid(layer)}
      />
    </>
  );
}

function Foot({ layer }: { layer: Layer }) {
  return (
    <>
      {FOOT_SHAPE.toes.map((t) => (
        <Limb key={t.from.x} d={line(t.from, t.to)} width={t.width} layer={layer} />
      ))}
      <path d={FOOT_SHAPE.sole} strokeWidth={solid(layer)} />
    </>
  );
}

export function BodyArt() {
  const { head, neck, torso } = BODY_SHAPE;
  return (
    <Figure
      parts={(layer) => (
        <>
          <BodyHalf layer={layer} />
          <g transform={mirror(BODY_MIRROR_X)}>
            <BodyHalf layer={layer} />
          </g>
          <Limb d={line(neck.from, neck.to)} width={neck.width} layer={layer} />
          <path d={torso} strokeWidth={solid(layer)} />
          <circle cx={head.x} cy={head.y} r={head.r} strokeWidth={solid(layer)} />
          <Foot layer={layer} />
          <g transform={mirror(FEET_MIRROR_X)}>
            <Foot layer={layer} />
          </g>
        </>
      )}
    />
  );
}
