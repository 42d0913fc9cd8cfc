import type { OrthosisContent } from '../../../shared/domain/catalogue.ts';
import type { PlanContent } from '../../../shared/domain/plan.ts';
import { orthosisPlace } from '../../../shared/domain/plan-words.ts';
import type { WearingPattern } from '../../../shared/domain/schedule.ts';
import { patternIn, placeIn, stageRowMeaningsIn, stageRowsIn, type StageRowIn } from '../words.ts';
import { patientItemName } from '../../../shared/domain/clinical-words.ts';
import { alertBox } from '../box.ts';
import { plural } from '../../../shared/domain/plan-words.ts';
import { longDate, type RenderContext } from '../context.ts';
import { drawTable, type Cell } from '../table.ts';
import { drawPhoto, keepWithPhoto } from './photo.ts';
import { describePatternThen } from './pattern-then.ts';
import {
  completeRedMarkNow,
  orthosisWords,
  sharedLinesFor,
  stageNow,
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

/** The stage names, as printed before the safety review. */
const STAGES_THEN = ['Usually', 'During a flare', 'When stable'] as const;

/** The schedule table as printed before the safety review (a reprint keeps its bytes). */
function scheduleRowsThen(ctx: RenderContext, o: PlanOrthosis, n: number): Cell[][] {
  const stages: [string, WearingPattern | null][] = [
    [STAGES_THEN[0], o.schedule.usual],
    [STAGES_THEN[1], o.schedule.flare],
    [STAGES_THEN[2], o.schedule.stable],
  ];
  return stages.flatMap(([label, pattern]): Cell[][] => {
    if (!pattern) return [];
    const when = ctx.user(
      `Splint ${n} schedule (${label.toLowerCase()})`,
      describePatternThen(pattern),
    );
    const dn = dayAndNight(pattern);
    const tick = (on: boolean | undefined): Cell =>
      dn ? { tick: on ?? false } : { text: 'See left' };
    return [[{ text: label, bold: true }, { text: when }, tick(dn?.day), tick(dn?.night)]];
  });
}

/**
 * The schedule table, led by what to do now. Every cell says what to do: "Wear it" or "Leave
 * it off" by day and by night, and when a row's words cannot be put as day or night (a
 * schedule in the therapist's own words), the table has no Day and Night columns at all.
 */
function drawSchedule(
  ctx: RenderContext,
  rows: readonly StageRowIn[],
  n: number,
  w: OrthosisWords,
): void {
  const { l } = ctx;
  const cells = rows.map((r) => ({
    label: r.label,
    when: ctx.user(`Splint ${n} schedule (${r.stage})`, patternIn(ctx.intl, r.pattern, w.many)),
    dn: dayAndNight(r.pattern),
  }));
  const withTimes = cells.every((c) => c.dn);
  const wear = ctx.say('schedule.wear');
  const leaveOff = ctx.say('schedule.leaveOff');
  const tick = (on: boolean): Cell => ({ tick: on, yes: wear, no: leaveOff });
  // Day and Night just wide enough for "✓ Wear it" and "Leave it off" on one line, in either
  // print size; the words of what to do get the rest.
  l.use({ bold: true });
  const yesNo = Math.max(
    l.doc.widthOfString(wear) + l.theme.body * 1.1,
    l.doc.widthOfString(leaveOff),
  );
  const dn = Math.min(25, ((yesNo + 2 * PAD + 4) / l.width) * 100);
  // "When to wear it" heads the column of stage names (no caption line above the table).
  const when = ctx.say('schedule.whenColumn');
  const what = ctx.say('schedule.whatColumn');
  const first = Math.max(20, ((l.doc.widthOfString(when) + 2 * PAD + 2) / l.width) * 100);
  drawTable(
    l,
    withTimes
      ? [
          { header: when, share: first },
          { header: what, share: 100 - first - 2 * dn },
          { header: ctx.say('schedule.dayColumn'), share: dn, center: true },
          { header: ctx.say('schedule.nightColumn'), share: dn, center: true },
        ]
      : [
          { header: when, share: first },
          { header: what, share: 100 - first },
        ],
    cells.map((c): Cell[] => [
      { text: c.label, bold: true },
      { text: c.when },
      ...(withTimes && c.dn ? [tick(c.dn.day), tick(c.dn.night)] : []),
    ]),
    undefined,
    PAD,
  );
}

/** The padding inside the schedule table's cells, in points. */
const PAD = 4;

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
  const headingKind = ctx.safety && !onlySplints ? 'mixed' : orthoses.length === 1 ? 'one' : 'many';
  l.heading(
    'hand',
    ctx.say(
      headingKind === 'mixed'
        ? 'splints.headingMixed'
        : headingKind === 'one'
          ? 'splints.headingOne'
          : 'splints.headingMany',
    ),
  );
  const lines = orthoses.flatMap((o, i) => {
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    return item ? [careLinesOf(ctx, item, words[i] ?? orthosisWords(item), i + 1)] : [];
  });
  // Since the safety review, lines every splint shares are printed once, after the last.
  const sharedCare = ctx.safety ? inEvery(lines.map((c) => c.common)) : new Set<string>();
  // Care the catalogue gives two or more of the splints in near the same words (keeping it away
  // from heat, say) is said once, in the fullest wording, with the lines for all of them.
  if (ctx.safety) for (const line of sameCareInMany(lines)) sharedCare.add(line);
  const explained = new Set<string>();
  const sharedWarnings = ctx.safety ? inEvery(lines.map((c) => c.warnings)) : new Set<string>();
  let k = 0;
  orthoses.forEach((o, i) => {
    const n = i + 1;
    const item = ctx.catalogue(o.catalogueId, 'orthosis');
    if (!item) return;
    if (i > 0) l.space(l.theme.body * 0.5);
    keepWithPhoto(ctx, o.photo ?? item.photo, 8);
    l.item(item.icon, ctx.user(`Splint ${n} name`, patientItemName(item)));
    const w = words[i] ?? orthosisWords(item);
    l.labelled(
      ctx.say('splints.where'),
      ctx.safety
        ? placeIn(ctx.intl, o, snapshot.plan.content.affectedJoints, item.fitsJoints)
        : orthosisPlace(o),
    );
    l.labelled(ctx.say('splints.purpose'), ctx.user(`Splint ${n} purpose`, item.purpose));
    if (o.photo)
      drawPhoto(ctx, o.photo, ctx.say('splints.photoOnYou'), `Splint ${n} photo description`);
    if (item.photo)
      drawPhoto(
        ctx,
        item.photo,
        ctx.say('photo.looksLike'),
        `Splint ${n} catalogue photo description`,
      );
    l.space(3);
    const rows = stageRowsIn(ctx.intl, o.schedule, stageNow(snapshot));
    if (ctx.safety) {
      drawSchedule(ctx, rows, n, w);
      // Each stage name is explained once, under the first table that uses it.
      const meanings = stageRowMeaningsIn(ctx.intl, rows).filter((m) => !explained.has(m));
      meanings.forEach((m) => explained.add(m));
      if (meanings.length > 0) l.bullets(meanings, { size: l.theme.small });
    } else
      drawTable(
        l,
        [
          { header: '', share: 24 },
          { header: 'When to wear it', share: 42 },
          { header: 'Day', share: 17, center: true },
          { header: 'Night', share: 17, center: true },
        ],
        scheduleRowsThen(ctx, o, n),
        undefined,
        undefined,
        { caption: 'When to wear it' },
      );
    if (o.schedule.hoursPerDay !== null) {
      // The total is for the usual schedule: say which row that is ("when the flare settles").
      const usual =
        rows.find((r) => r.stage === 'usual')?.label.toLocaleLowerCase(ctx.intl.locale) ??
        ctx.say('stage.mostDaysLower');
      l.labelled(
        ctx.say('splints.howLong'),
        ctx.safety
          ? ctx.say('splints.howLongTotal', { when: usual, hours: o.schedule.hoursPerDay })
          : `about ${plural(o.schedule.hoursPerDay, 'hour', 'hours')} a day in total.`,
      );
    }
    const start = ctx.user(`Splint ${n} start date`, o.schedule.startDate);
    if (start) l.labelled(ctx.say('splints.start'), longDate(ctx, start));
    const precautions = ctx.user(`Splint ${n} precautions`, o.precautions);
    if (precautions) l.labelled(ctx.say('splints.takeCare'), precautions);
    const notes = ctx.user(`Splint ${n} notes`, o.notes, true);
    if (notes) l.labelled(ctx.say('splints.fromTherapist'), notes);
    const own = lines[k++];
    if (own) drawCareAndWarnings(ctx, own, sharedCare, sharedWarnings);
  });
  drawSharedCare(ctx, lines, sharedCare, sharedWarnings, headingKind);
}

/** A splint's care lines and warning signs, before the ones all splints share are taken out. */
interface CareLines {
  own: string[];
  common: string[];
  warnings: string[];
  noun: string;
}

function careLinesOf(
  ctx: RenderContext,
  item: OrthosisContent,
  w: OrthosisWords,
  n: number,
): CareLines {
  const { options, safety } = ctx;
  const own = item.care.map((c, k) => ctx.user(`Splint ${n} care line ${k + 1}`, c));
  const driving = safety && w.strapped ? ctx.user('Driving note', safety.drivingNote) : '';
  const common = safety
    ? [...sharedLinesFor(safety.splintCare, w), ...(driving ? [driving] : [])]
    : [];
  const signs = item.warningSigns.map((s, k) => {
    const sign = ctx.user(`Splint ${n} warning sign ${k + 1}`, s);
    return (
      (safety && completeRedMarkNow(sign, options.redMarkMinutes)) ||
      completeRedMark(sign, options.redMarkMinutes)
    );
  });
  // The circulation line goes first: it is the one that cannot wait.
  const warnings = safety ? [...sharedLinesFor(safety.splintWarnings, w), ...signs] : signs;
  return { own, common, warnings, noun: safety ? w.noun : 'splint' };
}

/** The first words of a care line, which say what it is about ("keep it away from heat"). */
function topicOf(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .join(' ');
}

/** The line of `shared` on the same topic as `line`, or '' when there is none. */
function topicTwin(line: string, shared: ReadonlySet<string>): string {
  const topic = topicOf(line);
  for (const s of shared) if (topicOf(s) === topic) return s;
  return '';
}

/**
 * The splints' own care lines that two or more of them share in topic: for each such topic, its
 * longest wording (the one that says most, such as the heat sources found in bed).
 */
function sameCareInMany(lines: readonly CareLines[]): string[] {
  const byTopic = new Map<string, { longest: string; splints: number }>();
  for (const c of lines)
    for (const line of new Set(c.own.map(topicOf))) {
      const words = c.own.filter((l) => topicOf(l) === line);
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
      const seen = byTopic.get(line);
      byTopic.set(line, {
        longest: seen && seen.longest.length >= longest.length ? seen.longest : longest,
        splints: (seen?.splints ?? 0) + 1,
      });
    }
  return [...byTopic.values()].filter((t) => t.splints > 1).map((t) => t.longest);
}

/** The lines that every one of two or more splints has, word for word: printed once. */
function inEvery(lists: readonly (readonly string[])[]): Set<string> {
  if (lists.length < 2) return new Set();
  const [first = [], ...rest] = lists;
  return new Set(first.filter((line) => rest.every((list) => list.includes(line))));
}

function callUs(ctx: RenderContext, noun: string): string {
  const phone = ctx.user('Clinic phone', ctx.options.clinic.phone);
  return phone
    ? ctx.say('splints.takeOffCall', { noun, phone })
    : ctx.say('splints.takeOffCallNoPhone', { noun });
}

/** Each splint's own care lines, and its own warnings boxed; shared ones come after all. */
function drawCareAndWarnings(
  ctx: RenderContext,
  lines: CareLines,
  sharedCare: ReadonlySet<string>,
  sharedWarnings: ReadonlySet<string>,
): void {
  const { l, safety } = ctx;
  const care = [...lines.own, ...lines.common].filter(
    (c) => !sharedCare.has(c) && !(safety && sharedCare.has(topicTwin(c, sharedCare))),
  );
  if (care.length > 0) {
    l.space(6);
    l.text(ctx.say('splints.lookingAfter', { noun: safety ? lines.noun : 'splint' }), {
      bold: true,
    });
    l.space(2);
    l.bullets(care);
  }
  const warnings = lines.warnings.filter((s) => !sharedWarnings.has(s));
  if (warnings.length > 0)
    alertBox(l, ctx.say('splints.callUsIf'), warnings, callUs(ctx, lines.noun));
}

/** "Looking after all your splints" and one "Call us if" box, after the last splint. */
function drawSharedCare(
  ctx: RenderContext,
  all: readonly CareLines[],
  care: ReadonlySet<string>,
  warnings: ReadonlySet<string>,
  heading: 'mixed' | 'one' | 'many',
): void {
  const { l } = ctx;
  const nouns = new Set(all.map((c) => c.noun));
  const noun = nouns.size === 1 ? [...nouns][0] : 'splint';
  if (care.size > 0) {
    l.space(l.theme.body * 0.4);
    l.text(ctx.say('splints.lookingAfterAll', { heading }), { bold: true });
    l.space(2);
    l.bullets([...care]);
  }
  if (warnings.size > 0) {
    const more = all.some((c) => c.warnings.some((s) => !warnings.has(s)));
    alertBox(
      l,
      ctx.say(more ? 'splints.callUsIfAll' : 'splints.callUsIf'),
      [...warnings],
      callUs(ctx, noun ?? 'splint'),
    );
  }
}
