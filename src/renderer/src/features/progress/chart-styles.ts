/**
 * How each line of a chart looks: its own colour token, dash and marker, so lines differ
 * even printed in grey or seen without colour. The legend shows the same marker.
 */
export const LINE_LOOKS = [
  { token: '--color-chart-1', dash: 'none', marker: 'circle' },
  { token: '--color-chart-2', dash: '6 3', marker: 'square' },
  { token: '--color-chart-3', dash: '2 3', marker: 'triangle' },
  { token: '--color-chart-4', dash: '8 3 2 3', marker: 'diamond' },
  { token: '--color-chart-5', dash: '12 4', marker: 'cross' },
] as const;

export type MarkerShape = (typeof LINE_LOOKS)[number]['marker'];

/** A token's colour as the page's stylesheet defines it (SVG attributes cannot read var()). */
export function tokenColour(token: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(token).trim();
}
