import { patientItemName } from '../../../shared/domain/clinical-words.ts';
import type { WearingPattern } from '../../../shared/domain/schedule.ts';
import { patternFor } from '../../../shared/domain/schedule-words.ts';
import { weekdaysIn } from '../words.ts';
import { stageNow } from './splint-words.ts';
import type { RenderContext } from '../context.ts';
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

/** One row of the chart: what it is for, in the words under the splint's name. */
function rowsOf(ctx: RenderContext, pattern: WearingPattern): string[] {
  const day = ctx.say('wearLog.day');
  const night = ctx.say('wearLog.night');
  switch (pattern.type) {
    case 'night':
      return [night];
    case 'alternate-nights':
      return [ctx.say('wearLog.nightOneHand')];
    case 'continuous':
      return [day, night];
    case 'activities': {
      // One row for each job it is worn for, up to four; more share one row.
      const jobs = pattern.activities.map((a) => a.trim()).filter(Boolean);
      return jobs.length <= 4
        ? jobs
        : [
            ctx.say('wearLog.whenYou', {
              activities: jobs.join(ctx.say('list.separator')).toLocaleLowerCase(ctx.intl.locale),
            }),
          ];
    }
    case 'hours': {
      // The on-blocks of a waking day (16 hours), as many as fit, up to four.
      const cycle = pattern.hoursOn + pattern.hoursOff;
      const count = Math.max(1, Math.min(4, Math.floor(16 / Math.max(cycle, 0.5))));
      return Array.from({ length: count }, (_, k) =>
        ctx.say('wearLog.time', { n: k + 1, on: pattern.hoursOn }),
      );
    }
    case 'custom':
    case 'unset':
      // Only words say when: both times, so whatever they say can be ticked.
      return [day, night];
  }
}

/**
 * The week's chart: for each splint, a row for each time its schedule (for the stage the plan
 * is for) says to wear it: a night splint has Night boxes only, a working splint a row for each
 * job it is worn for, an hours-on splint a row for each block. Every row names its splint, and
 * all rows are the same height so the boxes line up. A last row notes a flare.
 */
function drawWearLogNow(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const stage = stageNow(ctx.snapshot);
  const rows: Cell[][] = snapshot.plan.content.orthoses.flatMap((o, i) => {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    if (!item) return [];
    const name = ctx.user(`Splint ${i + 1} name`, patientItemName(item));
    return rowsOf(ctx, patternFor(o.schedule, stage)).map((when, k): Cell[] => [
      { text: name, bold: true },
      { text: ctx.user(`Splint ${i + 1} wear log row ${k + 1}`, when) },
      ...DAYS.map((): Cell => ({ box: true })),
    ]);
  });
  if (rows.length === 0) return;
  l.newPage();
  l.heading('notebook-pen', ctx.say('wearLog.heading'));
  l.text(ctx.say('wearLog.tickOnce'));
  l.space(l.theme.body * 0.4);
  l.text(ctx.say('wearLog.weekStarting'), { color: COLORS.muted });
  l.space(l.theme.body * 0.6);
  rows.push([
    { text: ctx.say('wearLog.flare'), bold: true },
    { text: '' },
    ...DAYS.map((): Cell => ({ box: true })),
  ]);
  const days = weekdaysIn(ctx.intl);
  const daysShare = dayColumnsShare(l, days);
  drawTable(
    l,
    [
      // The day columns take what their names need from the splint column, never a word cut.
      { header: ctx.say('wearLog.splintColumn'), share: 30 - (daysShare - 54) },
      { header: ctx.say('wearLog.whenColumn'), share: 16 },
      ...days.map((d) => ({
        header: d,
        share: daysShare === 54 ? 54 / 7 : daysShare / 7,
        center: true,
      })),
    ],
    rows,
    l.theme.small,
    PAD,
    { evenRows: true },
  );
}

const PAD = 4;

/**
 * The share of the chart's width (of 100) its seven day columns take: 54, or more when a
 * language's short weekday names are wider ("الخميس" in large print), so none is cut in two.
 */
function dayColumnsShare(l: RenderContext['l'], days: readonly string[]): number {
  const widest = Math.max(...days.map((d) => l.widthOf(d, { bold: true, size: l.theme.small })));
  const needed = (((widest + 2 * PAD + 1) * 7) / l.width) * 100;
  return needed > 54 ? needed : 54;
}
