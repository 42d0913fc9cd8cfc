import { useRef, useState, type KeyboardEvent } from 'react';
import { BodyArt, HandsArt } from './DiagramArt.tsx';
import { hasJoint, toggleJoint, type AffectedJoint } from '../../../../shared/domain/joints.ts';
import {
  BODY_MIRROR_X,
  BODY_VIEW,
  FEET_MIRROR_X,
  HANDS_MIRROR_X,
  HANDS_VIEW,
  JOINT_SPOTS,
  hitRadius,
  jointName,
  spotInDirection,
  type Direction,
  type JointSpot,
} from './diagram-geometry.ts';

export interface JointDiagramProps {
  value: readonly AffectedJoint[];
  onChange?: (next: AffectedJoint[]) => void;
  /** A picture only: no controls, hidden from assistive technology (the caller shows text). */
  readOnly?: boolean;
  'aria-label'?: string;
  className?: string;
}

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Both hands (palm view), the body from the front and the feet from above, joints as checkboxes. */
export function JointDiagram({
  value,
  onChange,
  readOnly = false,
  className,
  ...rest
}: JointDiagramProps) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());

  const selected = (s: JointSpot) => hasJoint(value, s.joint, s.side);
  // The one tab stop: the joint last focused, else the first chosen joint, else the first joint.
  const tabKey = activeKey ?? JOINT_SPOTS.find(selected)?.key ?? JOINT_SPOTS[0]?.key;

  const toggle = (s: JointSpot) => onChange?.(toggleJoint(value, s.joint, s.side));

  const moveTo = (target: JointSpot | null | undefined) => {
    if (!target) return;
    setActiveKey(target.key);
    refs.current.get(target.key)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, s: JointSpot) => {
    const direction = ARROWS[event.key];
    if (direction) moveTo(spotInDirection(s, direction));
    else if (event.key === 'Home') moveTo(JOINT_SPOTS[0]);
    else if (event.key === 'End') moveTo(JOINT_SPOTS.at(-1));
    else if (event.key === ' ' || event.key === 'Enter') toggle(s);
    else return;
    event.preventDefault();
  };

  const renderSpot = (s: JointSpot) => {
    const on = selected(s);
    const name = jointName(s.joint, s.side);
    const dot = (
      <>
        <circle className="jp-joint-dot" cx={s.x} cy={s.y} r={s.r} />
        {on && (
          <path
            className="jp-joint-check"
            d={`M${s.x - s.r * 0.45} ${s.y + s.r * 0.02} l${s.r * 0.3} ${s.r * 0.32} l${s.r * 0.58} -${s.r * 0.66}`}
          />
        )}
      </>
    );
    if (readOnly) {
      return (
        <g key={s.key} className="jp-joint" data-selected={on || undefined}>
          {dot}
        </g>
      );
    }
    return (
      <g
        key={s.key}
        ref={(el) => {
          if (el) refs.current.set(s.key, el);
          else refs.current.delete(s.key);
        }}
        className="jp-joint"
        role="checkbox"
        aria-checked={on}
        aria-label={name}
        tabIndex={s.key === tabKey ? 0 : -1}
        data-selected={on || undefined}
        onClick={() => {
          setActiveKey(s.key);
          toggle(s);
        }}
        onFocus={() => setActiveKey(s.key)}
        onKeyDown={(e) => onKeyDown(e, s)}
      >
        <title>{name}</title>
        <circle className="jp-joint-hit" cx={s.x} cy={s.y} r={hitRadius(s)} />
        <circle className="jp-joint-focus" cx={s.x} cy={s.y} r={s.r + 5} />
        <circle className="jp-joint-focus jp-joint-focus-inner" cx={s.x} cy={s.y} r={s.r + 5} />
        {dot}
      </g>
    );
  };

  const caption = (x: number, y: number, text: string) => (
    <text className="jp-caption" x={x} y={y} textAnchor="middle">
      {text}
    </text>
  );

  const svgProps = (
    view: { minX: number; minY: number; width: number; height: number },
    label: string,
  ) => ({
    viewBox: `${view.minX} ${view.minY} ${view.width} ${view.height}`,
    style: { flexGrow: view.width },
    ...(readOnly ? {} : { role: 'group', 'aria-label': label }),
  });

  return (
    <div
      className={['jp-diagram', readOnly ? 'jp-diagram--readonly' : '', className ?? '']
        .join(' ')
        .trim()}
      {...(readOnly
        ? { 'aria-hidden': true }
        : { role: 'group', 'aria-label': rest['aria-label'] ?? 'Joint diagram' })}
    >
      <svg className="jp-svg jp-svg--hands" {...svgProps(HANDS_VIEW, 'Hands, palms facing you')}>
        <HandsArt />
        {caption(130, 84, readOnly ? 'R' : 'Right hand')}
        {caption(2 * HANDS_MIRROR_X - 130, 84, readOnly ? 'L' : 'Left hand')}
        {JOINT_SPOTS.filter((s) => s.view === 'hands').map(renderSpot)}
      </svg>
      <svg className="jp-svg jp-svg--body" {...svgProps(BODY_VIEW, 'Body and feet, facing you')}>
        <BodyArt />
        {caption(496, 448, readOnly ? 'R' : 'Right')}
        {caption(2 * BODY_MIRROR_X - 496, 448, readOnly ? 'L' : 'Left')}
        {caption(706, 418, readOnly ? 'R' : 'Right foot')}
        {caption(2 * FEET_MIRROR_X - 706, 418, readOnly ? 'L' : 'Left foot')}
        {JOINT_SPOTS.filter((s) => s.view === 'body').map(renderSpot)}
      </svg>
    </div>
  );
}
