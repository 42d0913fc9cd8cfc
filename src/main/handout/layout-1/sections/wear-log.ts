import type { WearingSchedule } from '../../../../shared/domain/schedule.ts';
import { patternFor } from '../words.ts';
import type { RenderContext } from '../context.ts';
import { dayAndNight } from './splints.ts';
import { drawTable, type Cell } from '../table.ts';
import { COLORS } from '../theme.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A week's chart on its own page: each splint by day and night, with a box to tick each day. */
export function drawWearLog(ctx: RenderContext): void {
  if (ctx.safety) {
    drawWearLogNow(ctx);
    return;
  }
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

/**
 * The rows a splint needs: Day, Night or both, as any stage of its schedule uses them (both
 * when only words say), each marked "in a flare" when only the flare pattern uses it.
 */
function timesOf(schedule: WearingSchedule): string[] {
  const stages = [null, 'flare', 'stable'] as const;
  const uses = stages.flatMap((st) =>
    st && !schedule[st]
      ? []
      : [{ st, dn: dayAndNight(patternFor(schedule, st)) ?? { day: true, night: true } }],
  );
  return (['day', 'night'] as const).flatMap((when) => {
    const by = uses.filter((u) => u.dn[when]);
    if (by.length === 0) return [];
    // Alternate nights: one tick a night, whichever hand wore it.
    const oneHand = by.some((u) => patternFor(schedule, u.st).type === 'alternate-nights');
    const label = when === 'day' ? 'Day' : oneHand ? 'Night, one hand' : 'Night';
    return [by.every((u) => u.st === 'flare') ? `${label} in a flare` : label];
  });
}

/**
 * The week's chart since the safety review: a row only for the times the splint is worn (a
 * night splint offers no Day boxes, so no one wears it all day to fill them), one tick a day,
 * and a row to note a flare.
 */
function drawWearLogNow(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const splints = snapshot.plan.content.orthoses.flatMap((o, i) => {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    return item
      ? [{ name: ctx.user(`Splint ${i + 1} name`, item.name), times: timesOf(o.schedule) }]
      : [];
  });
  if (splints.length === 0) return;
  l.newPage();
  l.heading('notebook-pen', 'My splint week');
  l.text('Put one tick in a box for each day or night you wore it as planned.');
  l.text('Rows are only for the times you wear it.', { color: COLORS.muted });
  l.space(l.theme.body * 0.4);
  l.text('Week starting: ______________________', { color: COLORS.muted });
  l.space(l.theme.body * 0.6);
  const size = l.theme.body - 2;
  const rows: Cell[][] = splints.flatMap(({ name, times }) =>
    times.map((when, k): Cell[] => [
      { text: k === 0 ? name : '', bold: true },
      { text: when },
      ...DAYS.map((): Cell => ({ box: true })),
    ]),
  );
  rows.push([
    { text: 'I had a flare today', bold: true },
    { text: '' },
    ...DAYS.map((): Cell => ({ box: true })),
  ]);
  drawTable(
    l,
    [
      { header: 'Splint', share: 22 },
      { header: '', share: 18 },
      ...DAYS.map((d) => ({ header: d, share: 60 / 7, center: true })),
    ],
    rows,
    size,
    4,
  );
}
