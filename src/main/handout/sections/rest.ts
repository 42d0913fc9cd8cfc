import { ENERGY_P_VARIANTS, type EnergyP } from '../../../shared/domain/catalogue-lists.ts';
import { type RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The break rule in words, the day's timetable as bars, and energy-saving ideas under the Ps. */
export function drawRest(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const rest = snapshot.plan.content.rest;
  if (!rest.breakRule && rest.timetable.length === 0 && rest.strategies.length === 0) return;
  l.heading('clock', ctx.say('rest.heading'));
  const pattern = pacingPattern(ctx);
  if (pattern) {
    // The pattern's own words: "swap to a light job" is not a rest, and a bad-day rule is
    // not an every-day one.
    // Its name is on page 1 ("at a glance"); here, what it means, in one paragraph.
    l.labelled(
      ctx.say('rest.breakPattern'),
      ctx.user('Break pattern description', pattern.description),
    );
    l.space(l.theme.body * 0.5);
  } else if (rest.breakRule) {
    l.text(
      ctx.say('rest.breakRule', {
        rest: rest.breakRule.restMinutes,
        every: rest.breakRule.everyMinutes,
      }),
    );
    l.space(l.theme.body * 0.5);
  }
  // The short checklist of energy ideas before the day's time line: the time line and its list
  // stay together, so a checklist is what best fills the foot of a page before it.
  drawStrategies(ctx);
  if (rest.timetable.length > 0) drawTimetable(ctx);
}

/**
 * The catalogue pattern the break rule came from, when its numbers are still the pattern's
 * (a therapist who changed them made a rule of their own). Only since the safety review.
 */
export function pacingPattern(ctx: RenderContext) {
  const rule = ctx.snapshot.plan.content.rest.breakRule;
  if (!ctx.safety || !rule?.pacingId) return null;
  const item = ctx.catalogue(rule.pacingId, 'pacing');
  return item && item.restMinutes === rule.restMinutes && item.activityMinutes === rule.everyMinutes
    ? item
    : null;
}

/**
 * The day on a labelled time axis: one band from the first hour to the last, each block a
 * numbered bar (blue for activity, green and striped for rest, so a grey printer still tells
 * them apart), hours marked below; then the blocks listed by number, each saying Rest or
 * Activity in words.
 */
function drawTimetable(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const blocks = snapshot.plan.content.rest.timetable;
  const t = l.theme;
  const doc = l.doc;
  const from = Math.floor(Math.min(...blocks.map((b) => minutesOf(b.start))) / 60) * 60;
  const to = Math.max(
    Math.ceil(Math.max(...blocks.map((b) => minutesOf(b.end))) / 60) * 60,
    from + 60,
  );
  const span = to - from;
  const band = t.body * 1.5;
  const axis = t.small * 1.6 + 4;
  const xOf = (minutes: number) => l.left + ((minutes - from) / span) * l.width;
  // Short enough for two columns: when each block starts (its end is said only when the next
  // does not start then) and what to do, "Rest" said in words for a rest.
  const items = blocks.map((b, i) => {
    const own = ctx.user(`Timetable block ${i + 1}`, b.label);
    const next = blocks[i + 1];
    const time =
      next?.start === b.end ? b.start : ctx.say('rest.blockUntil', { start: b.start, end: b.end });
    const what = b.kind === 'rest' ? ctx.say('rest.restBlock', { label: own }) : own;
    return ctx.say('rest.block', { n: i + 1, time, what });
  });
  // The time line and its list together: numbered bars mean nothing apart from the list.
  l.ensure(t.h3 * 1.4 + band + axis + listHeight(ctx, items));
  l.subheading(ctx.say('rest.yourDay'), 'calendar-check');
  l.block(false, band + axis + t.body * 2);
  const top = l.y;
  const rests = blocks.filter((b) => b.kind === 'rest').length;
  const alt = ctx.say('rest.timelineAlt', {
    from: clock(from),
    to: clock(to),
    busy: blocks.length - rests,
    rests,
  });
  l.tag(
    'Figure',
    () => {
      blocks.forEach((b, i) => {
        const rest = b.kind === 'rest';
        const x = xOf(minutesOf(b.start));
        const w = Math.max(xOf(minutesOf(b.end)) - x, 3);
        doc
          .rect(x, top, w, band)
          .fillAndStroke(
            rest ? COLORS.restFill : COLORS.activityFill,
            rest ? COLORS.rest : COLORS.activity,
          );
        if (rest) {
          // Stripes: rest is told from activity without colour.
          doc.save().rect(x, top, w, band).clip();
          for (let s = x - band; s < x + w; s += 6)
            doc
              .moveTo(s, top + band)
              .lineTo(s + band, top)
              .lineWidth(0.6)
              .strokeColor(COLORS.rest)
              .stroke();
          doc.restore();
        }
        const label = String(i + 1);
        l.use({ bold: true, size: t.small });
        const lw = doc.widthOfString(label);
        if (lw + 2 <= w) {
          doc
            .rect(x + (w - lw) / 2 - 1, top + band / 2 - t.small * 0.55, lw + 2, t.small * 1.1)
            .fill('#FFFFFF');
          l.use({ bold: true, size: t.small }).text(
            label,
            x + (w - lw) / 2,
            top + band / 2 - t.small * 0.5,
            {
              lineBreak: false,
            },
          );
        }
      });
      for (let m = from; m <= to; m += 60) {
        const x = xOf(m);
        doc
          .moveTo(x, top + band)
          .lineTo(x, top + band + 4)
          .lineWidth(1)
          .strokeColor(COLORS.tableBorder)
          .stroke();
        const text = clock(m);
        l.use({ size: t.small, color: COLORS.muted });
        const w = doc.widthOfString(text);
        const tx = Math.min(Math.max(x - w / 2, l.left), l.right - w);
        doc.text(text, tx, top + band + 8, { lineBreak: false });
      }
    },
    { alt },
  );
  l.y = top + band + axis + 4;
  listInTwoColumns(ctx, items);
  l.space(t.body * 0.3);
}

/**
 * The blocks by number, down the left column then down the right (the order they are read
 * in), kept together on one page; one column when they would take more than half a page.
 */
function listInTwoColumns(ctx: RenderContext, items: readonly string[]): void {
  const { l } = ctx;
  const { column, gap, columns, height } = twoColumns(ctx, items);
  if (!columns) {
    l.bullets(items);
    return;
  }
  l.ensure(height);
  const top = l.y;
  let bottom = top;
  columns.forEach((lines, k) => {
    l.y = top;
    l.bullets(lines, { width: column - 18, indent: k * (column + gap) });
    bottom = Math.max(bottom, l.y);
  });
  l.y = bottom;
}

/** How the list splits into two columns (none when it is short, or too long for them). */
function twoColumns(ctx: RenderContext, items: readonly string[]) {
  const { l } = ctx;
  const t = l.theme;
  const gap = t.body;
  const column = (l.width - gap) / 2;
  const half = Math.ceil(items.length / 2);
  const split = [items.slice(0, half), items.slice(half)];
  const heightOf = (lines: readonly string[], width: number) =>
    lines.reduce((sum, line) => sum + l.heightOf(line, { width }) + t.lineGap * 1.5, 0);
  const height = Math.max(...split.map((c) => heightOf(c, column - 18)));
  const fits = items.length >= 4 && height <= l.pageBodyHeight / 2;
  return {
    column,
    gap,
    columns: fits ? split : null,
    height: fits ? height : heightOf(items, l.width - 18),
  };
}

/** The height the list of blocks takes, in points. */
function listHeight(ctx: RenderContext, items: readonly string[]): number {
  return twoColumns(ctx, items).height;
}

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function drawStrategies(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const rest = snapshot.plan.content.rest;
  const chosen = rest.strategies.flatMap((s, i) => {
    const item = ctx.catalogue(s.catalogueId, 'strategy');
    return item ? [{ n: i + 1, item }] : [];
  });
  if (chosen.length === 0) return;
  const variant = ENERGY_P_VARIANTS[rest.energyPs] ?? ENERGY_P_VARIANTS['four-ps'];
  const ps: readonly EnergyP[] = variant.ps;
  l.subheading(ctx.say('rest.energyHeading'), 'battery-low');
  if (!ctx.safety)
    l.text(`We use ${variant.label.replace(/^The /, 'the ')}.`, { color: COLORS.muted });
  else {
    // Says which Ps the clinic teaches, then that only some are shown, so none seem lost.
    const names = variant.ps
      .map((p) => ctx.say('rest.p', { p: p === 'problem-solve' ? 'problemSolve' : p }))
      .join(ctx.say('list.separator'));
    const shown = new Set(chosen.map((c) => c.item.p));
    const all = variant.ps.every((p) => shown.has(p));
    const versus = rest.energyPs === 'versus-arthritis';
    const line = all
      ? ctx.say(versus ? 'rest.energyPsVersusArthritis' : 'rest.energyPs', {
          names,
          count: variant.ps.length,
        })
      : ctx.say(versus ? 'rest.energyPsSome' : 'rest.energyPsCountSome', {
          names,
          count: variant.ps.length,
        });
    l.text(line, { color: COLORS.muted });
  }
  // In the order of the Ps (the line above names them), then any others; each idea's name
  // already says which P it is, so the Ps are not repeated as labels.
  const ordered = [
    ...ps.flatMap((p) => chosen.filter((c) => c.item.p === p)),
    ...chosen.filter((c) => !ps.includes(c.item.p)),
  ];
  // A checklist of their names, two to a row: each name says what to do ("Pace yourself",
  // "Share the load"); the explanations are for the therapist's screen and the talk in clinic.
  const t = l.theme;
  const indent = t.icon + 8;
  const cards = ordered.map(({ n, item }) => ({
    icon: item.icon,
    title: ctx.user(`Energy idea ${n} title`, item.title),
  }));
  l.grid(
    cards,
    2,
    (card, width) => l.heightOf(card.title, { bold: true, width: width - indent }),
    (card, x, width) => {
      l.icon(card.icon, x, l.y + 1, t.icon * 0.9, COLORS.accent);
      l.textAt(card.title, x + indent, width - indent, { bold: true });
    },
  );
}
