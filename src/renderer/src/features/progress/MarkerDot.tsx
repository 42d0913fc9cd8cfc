import type { MarkerShape } from './chart-styles.ts';

interface Props {
  cx?: number | undefined;
  cy?: number | undefined;
  shape: MarkerShape;
  colour: string;
}

/** A point on a line, drawn in the line's own shape. */
export function MarkerDot({ cx, cy, shape, colour }: Props) {
  if (cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  const r = 4.5;
  switch (shape) {
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}
          fill={colour}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
          fill={colour}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`}
          stroke={colour}
          strokeWidth={2.5}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={r} fill={colour} />;
  }
}
