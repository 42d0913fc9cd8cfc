import type { RenderContext } from '../context.ts';
import { drawTable, type Cell } from '../table.ts';
import { COLORS } from '../theme.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A week's chart on its own page: each splint by day and night, with a box to tick each day. */
export function drawWearLog(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const splints = snapshot.plan.content.orthoses.flatMap((o, i) => {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    return item ? [ctx.user(`Splint ${i + 1} name`, item.name)] : [];
  });
  if (splints.length === 0) return;
  l.newPage();
  l.heading('notebook-pen', 'My splint week');
  l.text(
    'Tick a box each time you wear your splint as planned: one box for the day, one for the night.',
  );
  l.space(l.theme.body * 0.4);
  l.text('Week starting: ______________________', { color: COLORS.muted });
  l.space(l.theme.body * 0.6);
  const size = l.theme.body - 2;
  const rows: Cell[][] = splints.flatMap((name) =>
    ['Day', 'Night'].map((when): Cell[] => [
      { text: when === 'Day' ? name : '', bold: true },
      { text: when },
      ...DAYS.map((): Cell => ({ box: true })),
    ]),
  );
  drawTable(
    l,
    [
      { header: 'Splint', share: 24 },
      { header: '', share: 12 },
      ...DAYS.map((d) => ({ header: d, share: 9.14, center: true })),
    ],
    rows,
    size,
    4,
  );
}
