/** Sizes and colours of the handout: large, calm and high in contrast. */
export interface Theme {
  body: number;
  small: number;
  h1: number;
  h2: number;
  h3: number;
  icon: number;
  lineGap: number;
  margin: { top: number; bottom: number; side: number };
}

export function themeFor(largePrint: boolean): Theme {
  const body = largePrint ? 18 : 14;
  return {
    body,
    small: largePrint ? 14 : 12,
    h1: largePrint ? 32 : 26,
    h2: largePrint ? 24 : 20,
    h3: largePrint ? 20 : 16,
    icon: largePrint ? 24 : 20,
    // Tight but calm: type stays large, the white space around it is what shrinks. No extra
    // gap: the font's own line height (1.24 times its size) is the leading, as in a letter.
    lineGap: 0,
    // Narrow enough to keep lines long (fewer of them), wide enough for any printer's edge.
    margin: { top: 28, bottom: 50, side: 28 },
  };
}

export const COLORS = {
  text: '#111111',
  muted: '#3A3A3A',
  heading: '#0F3557',
  accent: '#1D5C8C',
  rule: '#9AA8B6',
  tableHead: '#E6EEF5',
  tableBorder: '#4F6173',
  alert: '#A1221B',
  alertFill: '#FCEDEB',
  rest: '#2E7D4F',
  restFill: '#DDF0E3',
  activity: '#1D5C8C',
  activityFill: '#DCE9F5',
} as const;
