import type { EnergyP } from '../../../../shared/domain/catalogue.ts';
import { breakRuleInWords, ENERGY_P_LABELS, ENERGY_P_VARIANTS } from '../words.ts';
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

function drawTimetable(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const blocks = snapshot.plan.content.rest.timetable;
  const t = l.theme;
  const doc = l.doc;
  const first = Math.min(...blocks.map((b) => minutesOf(b.start)));
  const last = Math.max(...blocks.map((b) => minutesOf(b.end)));
  const span = Math.max(last - first, 60);
  l.use({ bold: true });
  const timeWidth = doc.widthOfString('00:00 to 00:00') + 12;
  const barWidth = l.width * 0.34;
  const barLeft = l.right - barWidth;
  const labelWidth = barLeft - l.left - timeWidth - 12;
  l.subheading('Your day', 'calendar-check');
  if (!ctx.safety) l.text('Blue bars are activity. Green bars are rest.', { color: COLORS.muted });
  l.space(6);
  blocks.forEach((b, i) => {
    const own = ctx.user(`Timetable block ${i + 1}`, b.label);
    // Each row says Rest or Activity in words: colour alone is lost on a grey printer.
    const label = ctx.safety ? `${b.kind === 'rest' ? 'Rest' : 'Activity'}: ${own}` : own;
    const rest = b.kind === 'rest';
    const h = Math.max(l.heightOf(label, { width: labelWidth, bold: rest }), t.body * 1.3) + 8;
    l.ensure(h);
    const top = l.y;
    const x = barLeft + ((minutesOf(b.start) - first) / span) * barWidth;
    const w = Math.max(((minutesOf(b.end) - minutesOf(b.start)) / span) * barWidth, 4);
    if (i % 2 === 0) doc.rect(l.left, top, l.width, h).fill('#F3F5F8');
    doc
      .rect(x, top + 4, w, h - 8)
      .fillAndStroke(
        rest ? COLORS.restFill : COLORS.activityFill,
        rest ? COLORS.rest : COLORS.activity,
      );
    l.use({ bold: rest }).text(`${b.start} to ${b.end}`, l.left + 6, top + 4, { lineBreak: false });
    l.y = top + 4;
    l.text(label, { indent: timeWidth, width: labelWidth, bold: rest });
    l.y = top + h;
  });
  l.space(t.body * 0.6);
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
