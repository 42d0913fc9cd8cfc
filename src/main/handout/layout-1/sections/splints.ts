import type { OrthosisContent } from '../../../../shared/domain/catalogue.ts';
import type { PlanContent } from '../../../../shared/domain/plan.ts';
import { orthosisPlace, orthosisPlaceForPatient } from '../words.ts';
import type { WearingPattern } from '../../../../shared/domain/schedule.ts';
import { describePattern } from '../words.ts';
import { alertBox } from '../box.ts';
import { plural } from '../words.ts';
import { longDate, type RenderContext } from '../context.ts';
import { drawTable, type Cell } from '../table.ts';
import { describePatternThen } from './pattern-then.ts';
import {
  completeRedMarkNow,
  orthosisWords,
  sharedLinesFor,
  type OrthosisWords,
} from './splint-words.ts';

type PlanOrthosis = PlanContent['orthoses'][number];

/** Whether a pattern means wearing it in the day and at night; null when only words can say. */
export function dayAndNight(p: WearingPattern): { day: boolean; night: boolean } | null {
  switch (p.type) {
    case 'continuous':
      return { day: true, night: true };
    case 'night':
    case 'alternate-nights':
      return { day: false, night: true };
    case 'activities':
      return { day: true, night: false };
    case 'hours':
      return { day: true, night: p.hoursOn >= 24 };
    case 'custom':
    case 'unset':
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

/** The stage names, as printed before the safety review and since (defined under the table). */
const STAGES_THEN = ['Usually', 'During a flare', 'When stable'] as const;
const STAGES_NOW = ['Most days', 'In a flare', 'When your joints have settled'] as const;
const STAGE_MEANING: Record<(typeof STAGES_NOW)[number], string> = {
  'Most days': 'Most days means when you are not in a flare.',
  'In a flare':
    'A flare is when your joints are more sore, swollen and stiff than usual for more than a day or two.',
  'When your joints have settled': 'Your joints have settled when we tell you they have.',
};

function scheduleRows(ctx: RenderContext, o: PlanOrthosis, n: number): Cell[][] {
  const labels = ctx.safety ? STAGES_NOW : STAGES_THEN;
  const stages: [string, WearingPattern | null][] = [
    [labels[0], o.schedule.usual],
    [labels[1], o.schedule.flare],
    [labels[2], o.schedule.stable],
  ];
  return stages.flatMap(([label, pattern]): Cell[][] => {
    if (!pattern) return [];
    const when = ctx.user(
      `Splint ${n} schedule (${label.toLowerCase()})`,
      (ctx.safety ? describePattern : describePatternThen)(pattern),
    );
    const dn = dayAndNight(pattern);
    // "See left" points one way on the page; the words themselves are what to read.
    const unsure = ctx.safety ? 'Read the words' : 'See left';
    const tick = (on: boolean | undefined): Cell => (dn ? { tick: on ?? false } : { text: unsure });
    return [[{ text: label, bold: true }, { text: when }, tick(dn?.day), tick(dn?.night)]];
  });
}

/** One plain line for each stage the table shows, so "In a flare" is never a guess. */
function stageMeanings(o: PlanOrthosis): string[] {
  const shown = [o.schedule.usual, o.schedule.flare, o.schedule.stable];
  const rows = STAGES_NOW.filter((_, i) => shown[i]);
  return rows.length > 1 ? rows.map((label) => STAGE_MEANING[label]) : [];
}

/** Each splint: what it is for, when to wear it (a table), how to care for it, and when to call. */
export function drawSplints(ctx: RenderContext): void {
  const { l, snapshot } = ctx;
  const orthoses = snapshot.plan.content.orthoses;
  if (orthoses.length === 0) return;
  const words = orthoses.map((o) => {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    return item ? orthosisWords(item) : null;
  });
  const onlySplints = words.every((w) => !w || w.noun === 'splint' || w.noun === 'ring');
  const heading =
    ctx.safety && !onlySplints
      ? 'Your splints and supports'
      : orthoses.length === 1
        ? 'Your splint'
        : 'Your splints';
  l.heading('hand', heading);
  orthoses.forEach((o, i) => {
    const n = i + 1;
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    if (!item) return;
    if (i > 0) l.space(l.theme.body);
    l.item(item.icon, ctx.user(`Splint ${n} name`, item.name));
    const w = words[i] ?? orthosisWords(item);
    l.labelled(
      'Where:',
      ctx.safety
        ? orthosisPlaceForPatient(o, snapshot.plan.content.affectedJoints, item.fitsJoints)
        : orthosisPlace(o),
    );
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
    if (ctx.safety) {
      const meanings = stageMeanings(o);
      if (meanings.length > 0) l.bullets(meanings, { size: l.theme.small });
    }
    if (o.schedule.hoursPerDay !== null)
      l.labelled(
        'How long:',
        // Tied to a row since the review (5.2): the total is for most days.
        `${ctx.safety ? 'most days, ' : ''}about ${plural(o.schedule.hoursPerDay, 'hour', 'hours')} a day in total.`,
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
    drawCareAndWarnings(ctx, item, w, n);
  });
}

function drawCareAndWarnings(
  ctx: RenderContext,
  item: OrthosisContent,
  w: OrthosisWords,
  n: number,
): void {
  const { l, options, safety } = ctx;
  const phone = ctx.user('Clinic phone', options.clinic.phone);
  const own = item.care.map((c, k) => ctx.user(`Splint ${n} care line ${k + 1}`, c));
  const driving = safety && w.strapped ? ctx.user('Driving note', safety.drivingNote) : '';
  const care = safety
    ? [...own, ...sharedLinesFor(safety.splintCare, w), ...(driving ? [driving] : [])]
    : own;
  if (care.length > 0) {
    l.space(6);
    l.ensure(l.theme.body * 4);
    l.text(safety ? `Looking after your ${w.noun}` : 'Looking after your splint', { bold: true });
    l.space(2);
    l.bullets(care);
  }
  const signs = item.warningSigns.map((s, k) => {
    const sign = ctx.user(`Splint ${n} warning sign ${k + 1}`, s);
    return (
      (safety && completeRedMarkNow(sign, options.redMarkMinutes)) ||
      completeRedMark(sign, options.redMarkMinutes)
    );
  });
  // The circulation line goes first: it is the one that cannot wait.
  const all = safety ? [...sharedLinesFor(safety.splintWarnings, w), ...signs] : signs;
  if (all.length > 0) {
    const off = safety ? `Take the ${w.noun} off and call us` : 'Take the splint off and call us';
    alertBox(l, 'Call us if you have any of these', all, phone ? `${off} on ${phone}.` : `${off}.`);
  }
}
