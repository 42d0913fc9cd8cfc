import type { PlanContent } from '../../../shared/domain/plan.ts';
import { orthosisPlace } from '../../../shared/domain/plan-words.ts';
import { describePattern, type WearingPattern } from '../../../shared/domain/schedule.ts';
import { alertBox } from '../box.ts';
import { plural } from '../../../shared/domain/plan-words.ts';
import { longDate, type RenderContext } from '../context.ts';
import { drawTable, type Cell } from '../table.ts';

type PlanOrthosis = PlanContent['orthoses'][number];

/** Whether a pattern means wearing it in the day and at night; null when only words can say. */
export function dayAndNight(p: WearingPattern): { day: boolean; night: boolean } | null {
  switch (p.type) {
    case 'continuous':
      return { day: true, night: true };
    case 'night':
      return { day: false, night: true };
    case 'activities':
      return { day: true, night: false };
    case 'hours':
      return { day: true, night: p.hoursOn >= 24 };
    case 'custom':
      return null;
  }
}

/** "A red mark that does not fade after you take it off" with the clinic's time added. */
export function completeRedMark(sign: string, minutes: number): string {
  if (!/red mark/i.test(sign) || /minute/i.test(sign)) return sign;
  const within = `within ${plural(minutes, 'minute', 'minutes')}`;
  if (/does not fade after/i.test(sign))
    return sign.replace(/does not fade after/i, `does not fade ${within} after`);
  return `${sign.replace(/[.\s]+$/, '')}, ${within} after you take it off`;
}

function scheduleRows(ctx: RenderContext, o: PlanOrthosis, n: number): Cell[][] {
  const stages: [string, WearingPattern | null][] = [
    ['Usually', o.schedule.usual],
    ['During a flare', o.schedule.flare],
    ['When stable', o.schedule.stable],
  ];
  return stages.flatMap(([label, pattern]): Cell[][] => {
    if (!pattern) return [];
    const when = ctx.user(
      `Splint ${n} schedule (${label.toLowerCase()})`,
      describePattern(pattern),
    );
    const dn = dayAndNight(pattern);
    const tick = (on: boolean | undefined): Cell =>
      dn ? { tick: on ?? false } : { text: 'See left' };
    return [[{ text: label, bold: true }, { text: when }, tick(dn?.day), tick(dn?.night)]];
  });
}

/** Each splint: what it is for, when to wear it (a table), how to care for it, and when to call. */
export function drawSplints(ctx: RenderContext): void {
  const { l, snapshot, options } = ctx;
  const orthoses = snapshot.plan.content.orthoses;
  if (orthoses.length === 0) return;
  l.heading('hand', orthoses.length === 1 ? 'Your splint' : 'Your splints');
  const phone = ctx.user('Clinic phone', options.clinic.phone);
  orthoses.forEach((o, i) => {
    const n = i + 1;
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    if (!item) return;
    if (i > 0) l.space(l.theme.body);
    l.item(item.icon, ctx.user(`Splint ${n} name`, item.name));
    l.labelled('Where:', orthosisPlace(o));
    l.labelled('What it is for:', ctx.user(`Splint ${n} purpose`, item.purpose));
    l.space(6);
    l.ensure(l.theme.body * 8);
    l.text('When to wear it', { bold: true });
    l.space(4);
    drawTable(
      l,
      [
        { header: '', share: 24 },
        { header: 'When to wear it', share: 42 },
        { header: 'Day', share: 17, center: true },
        { header: 'Night', share: 17, center: true },
      ],
      scheduleRows(ctx, o, n),
    );
    if (o.schedule.hoursPerDay !== null)
      l.labelled(
        'How long:',
        `about ${plural(o.schedule.hoursPerDay, 'hour', 'hours')} a day in total.`,
      );
    const start = ctx.user(`Splint ${n} start date`, o.schedule.startDate);
    if (start) l.labelled('Start:', longDate(start));
    const precautions = ctx.user(`Splint ${n} precautions`, o.precautions);
    if (precautions) l.labelled('Take care:', precautions);
    const notes = ctx.user(`Splint ${n} notes`, o.notes, true);
    if (notes) {
      l.space(4);
      l.text('Notes from your therapist', { bold: true });
      l.text(notes);
    }
    const care = item.care.map((c, k) => ctx.user(`Splint ${n} care line ${k + 1}`, c));
    if (care.length > 0) {
      l.space(6);
      l.ensure(l.theme.body * 4);
      l.text('Looking after your splint', { bold: true });
      l.space(2);
      l.bullets(care);
    }
    const signs = item.warningSigns.map((s, k) =>
      completeRedMark(ctx.user(`Splint ${n} warning sign ${k + 1}`, s), options.redMarkMinutes),
    );
    if (signs.length > 0) {
      alertBox(
        l,
        'Call us if you have any of these',
        signs,
        phone ? `Take the splint off and call us on ${phone}.` : 'Take the splint off and call us.',
      );
    }
  });
}
