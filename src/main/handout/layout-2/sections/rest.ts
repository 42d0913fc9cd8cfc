import {
  ENERGY_P_LABELS,
  ENERGY_P_VARIANTS,
  type EnergyP,
} from '../../../../shared/domain/catalogue.ts';
import { breakRuleInWords, plural } from '../../../../shared/domain/plan-words.ts';
import { type RenderContext } from '../context.ts';
import { COLORS } from '../theme.ts';

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The break rule in words, the day's timetable as bars, and energy-saving ideas under the Ps. */
export function drawRest(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const rest = snapshot.plan.content.rest;
  if (!rest.breakRule && rest.timetable.length === 0 && rest.strategies.length === 0) return;
  l.heading('clock', 'Rest and pacing');
  const pattern = pacingPattern(ctx);
  if (pattern) {
    // The pattern's own words: "swap to a light job" is not a rest, and a bad-day rule is
    // not an every-day one.
    l.labelled('Your break pattern:', ctx.user('Break pattern name', pattern.name));
    l.text(ctx.user('Break pattern description', pattern.description));
    l.space(l.theme.body * 0.5);
  } else if (rest.breakRule) {
    l.text(
      `Take ${breakRuleInWords(rest.breakRule)}. Stop before you feel tired or sore, not after.`,
    );
    l.space(l.theme.body * 0.5);
  }
  if (rest.timetable.length > 0) drawTimetable(ctx);
  drawStrategies(ctx);
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
  const band = t.body * 2.2;
  const axis = t.small * 1.6 + 4;
  const xOf = (minutes: number) => l.left + ((minutes - from) / span) * l.width;
  const items = blocks.map((b, i) => {
    const own = ctx.user(`Timetable block ${i + 1}`, b.label);
    return `${i + 1}. ${b.start} to ${b.end}. ${b.kind === 'rest' ? 'Rest' : 'Activity'}: ${own}`;
  });
  l.subheading('Your day', 'calendar-check');
  l.block(false, band + axis + t.body * 2);
  const top = l.y;
  const rests = blocks.filter((b) => b.kind === 'rest').length;
  const alt = `Your day on a time line from ${clock(from)} to ${clock(to)}: ${plural(blocks.length - rests, 'activity', 'activities')} and ${plural(rests, 'rest', 'rests')}, listed below.`;
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
  // The blocks by number: two columns when the lines are short enough.
  l.bullets(items, { size: t.body });
  l.space(t.body * 0.3);
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
  l.subheading('Ways to save your energy', 'battery-low');
  if (!ctx.safety)
    l.text(`We use ${variant.label.replace(/^The /, 'the ')}.`, { color: COLORS.muted });
  else {
    // Says which Ps the clinic teaches, then that only some are shown, so none seem lost.
    const source =
      rest.energyPs === 'versus-arthritis'
        ? 'the 4 Ps from Versus Arthritis'
        : `the ${variant.ps.length} Ps`;
    const names = variant.ps.map((p) => ENERGY_P_LABELS[p].toLowerCase()).join(', ');
    const shown = new Set(chosen.map((c) => c.item.p));
    const all = variant.ps.every((p) => shown.has(p));
    l.text(`We use ${source}: ${names}.${all ? '' : ' Here are the ones for you.'}`, {
      color: COLORS.muted,
    });
  }
  const groups: [string, typeof chosen][] = ps.map((p) => [
    ENERGY_P_LABELS[p],
    chosen.filter((c) => c.item.p === p),
  ]);
  groups.push(['Other ideas', chosen.filter((c) => !ps.includes(c.item.p))]);
  for (const [label, group] of groups) {
    if (group.length === 0) continue;
    l.space(4);
    l.ensure(l.theme.body * 5);
    l.text(label, { bold: true, size: l.theme.h3, color: COLORS.accent });
    for (const { n, item } of group) {
      l.item(item.icon, ctx.user(`Energy idea ${n} title`, item.title), 0);
      l.text(ctx.user(`Energy idea ${n} explanation`, item.explanation), {
        indent: l.theme.icon + 10,
      });
    }
  }
}
