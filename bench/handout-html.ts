/**
 * The handout as HTML, for the Chromium comparison in bench/handouts.ts: the same sections,
 * words, icons, schedule table, lists and "call us" box that src/main/handout draws with
 * PDFKit, laid out with CSS at the same sizes and colours on A4, in the same font. It is what
 * an app that prints its handouts with Chromium's page.pdf() would hand to the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  BODY_REGIONS,
  catalogueItemName,
  DAILY_ACTIVITIES,
  DAILY_ACTIVITY_LABELS,
  ENERGY_P_LABELS,
  ENERGY_P_VARIANTS,
  type CatalogueContent,
  type DailyActivity,
  type EnergyP,
} from '../src/shared/domain/catalogue.ts';
import { summarizeJoints } from '../src/shared/domain/joints.ts';
import type { PlanContent } from '../src/shared/domain/plan.ts';
import type { PlanSnapshot } from '../src/shared/domain/plan-snapshot.ts';
import { describePattern, type WearingPattern } from '../src/shared/domain/schedule.ts';
import { longDate, patientName } from '../src/main/handout/context.ts';
import { plural } from '../src/shared/domain/plan-words.ts';
import { CURRENT_FONT_SET, FONT_SETS } from '../src/main/handout/fonts.ts';
import type { HandoutOptions } from '../src/main/handout/options.ts';
import { completeRedMark, dayAndNight } from '../src/main/handout/sections/splints.ts';
import { COLORS, themeFor } from '../src/main/handout/theme.ts';

const ACTIVITY_ICONS: Record<DailyActivity, string> = {
  kitchen: 'cooking-pot',
  eating: 'utensils',
  bathing: 'bath',
  dressing: 'shirt',
  home: 'armchair',
  writing: 'pen-line',
  mobility: 'footprints',
};

const FONT_DIR = path.resolve(import.meta.dirname, '../resources/fonts');

/** The two handout fonts as @font-face rules, each a base64 data: URL (no file access needed). */
export function handoutFontCss(): string {
  const face = (file: string, weight: number) => {
    const data = readFileSync(path.join(FONT_DIR, `${file}.ttf`)).toString('base64');
    return `@font-face{font-family:'Atkinson Hyperlegible';font-weight:${weight};src:url(data:font/ttf;base64,${data}) format('truetype');}`;
  };
  const files = FONT_SETS[CURRENT_FONT_SET];
  return face(files.regular, 400) + face(files.bold, 700);
}

const iconCache = new Map<string, string>();
let lucideDir: string | null = null;

/** A lucide icon as inline SVG (the same files the PDF draws its paths from). */
function icon(name: string, size: number, color: string): string {
  let svg = iconCache.get(name);
  if (svg === undefined) {
    lucideDir ??= path.join(
      path.dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')),
      'icons',
    );
    try {
      svg = readFileSync(path.join(lucideDir, `${name}.svg`), 'utf8')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/\s+/g, ' ')
        .replace(/ width="24" height="24"/, '')
        .trim();
    } catch {
      svg = name === 'circle-dot' ? '' : icon('circle-dot', 24, 'currentColor');
    }
    iconCache.set(name, svg);
  }
  return svg.replace(
    '<svg ',
    `<svg width="${size}pt" height="${size}pt" style="color:${color}" class="i" `,
  );
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function css(options: HandoutOptions, fontCss: string): string {
  const t = themeFor(options.largePrint);
  const lh = (t.body * 1.15 + t.lineGap) / t.body;
  return `${fontCss}
@page{size:A4}
*{box-sizing:border-box}
body{margin:0;font-family:'Atkinson Hyperlegible',sans-serif;font-size:${t.body}pt;line-height:${lh};color:${COLORS.text};-webkit-print-color-adjust:exact;print-color-adjust:exact}
p{margin:0}
.clinic{font-size:${t.h3}pt;font-weight:700;color:${COLORS.heading}}
.muted{color:${COLORS.muted}}
.masthead{border-bottom:3pt solid ${COLORS.heading};padding-bottom:10pt;margin-bottom:${t.body}pt}
h1{font-size:${t.h1}pt;color:${COLORS.heading};margin:0 0 4pt;line-height:1.2}
.meta{font-size:${t.h3}pt}
h2{display:flex;align-items:center;gap:10pt;font-size:${t.h2}pt;color:${COLORS.heading};margin:${t.body * 0.8}pt 0 ${t.body * 0.6}pt;padding-bottom:4pt;border-bottom:1.5pt solid ${COLORS.rule};break-after:avoid;line-height:1.2}
h3{display:flex;align-items:center;gap:8pt;font-size:${t.h3}pt;color:${COLORS.heading};margin:${t.body * 0.4}pt 0 4pt;break-after:avoid}
h4{font-size:${t.h3}pt;color:${COLORS.accent};margin:4pt 0 0;break-after:avoid}
.item{display:flex;align-items:flex-start;gap:10pt;font-size:${t.h3}pt;font-weight:700;margin-top:${t.body * 0.3}pt;break-after:avoid}
.indent{padding-left:${t.icon + 10}pt}
.block{break-inside:avoid;margin-bottom:${t.body * 0.4}pt}
.label{font-weight:700}
ul{margin:0;padding-left:18pt}
li{margin-bottom:${t.lineGap * 0.5}pt;break-inside:avoid}
li::marker{font-size:0.8em}
table{width:100%;border-collapse:collapse;margin:4pt 0 ${t.body * 0.6}pt;break-inside:avoid}
th,td{border:1pt solid ${COLORS.tableBorder};padding:7pt;text-align:left;vertical-align:top}
th{background:${COLORS.tableHead}}
td.c,th.c{text-align:center}
td.no{color:${COLORS.muted}}
td.yes{font-weight:700}
.alert{border:2.5pt solid ${COLORS.alert};background:${COLORS.alertFill};padding:12pt;margin:${t.body * 0.4}pt 0 ${t.body * 0.6}pt;break-inside:avoid}
.alert .title{display:flex;align-items:center;gap:10pt;font-size:${t.h3}pt;font-weight:700;color:${COLORS.alert};margin-bottom:6pt}
.alert li::marker{color:${COLORS.alert}}
.day{width:100%;border-collapse:collapse;margin:6pt 0 ${t.body * 0.6}pt}
.day td{border:none;padding:4pt 6pt}
.day tr:nth-child(odd){background:#F3F5F8}
.bar{height:${t.body * 1.3}pt;position:relative}
.bar span{position:absolute;top:0;bottom:0;border:1pt solid}
.closing{break-inside:avoid;margin-top:${t.body * 0.6}pt}
`;
}

type Content = PlanContent;
type Catalogue = PlanSnapshot['catalogue'];

function cat<K extends CatalogueContent['kind']>(
  catalogue: Catalogue,
  id: string,
  kind: K,
): Extract<CatalogueContent, { kind: K }> | null {
  const item = catalogue[id];
  return item && item.kind === kind ? (item as Extract<CatalogueContent, { kind: K }>) : null;
}

const labelled = (label: string, text: string) =>
  `<p><span class="label">${esc(label)}</span> ${esc(text)}</p>`;
const bullets = (lines: readonly string[]) =>
  `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`;

function heading(iconName: string, text: string, size: number): string {
  return `<h2>${icon(iconName, size * 1.1, COLORS.heading)}<span>${esc(text)}</span></h2>`;
}

function atAGlance(c: Content, catalogue: Catalogue): string[] {
  const lines: string[] = [];
  if (c.affectedJoints.length > 0)
    lines.push(`Joints we are looking after: ${summarizeJoints(c.affectedJoints)}.`);
  for (const o of c.orthoses) {
    const item = cat(catalogue, o.catalogueId, 'orthosis');
    if (item) lines.push(`${catalogueItemName(item)}: ${describePattern(o.schedule.usual)}`);
  }
  if (c.equipment.length > 0)
    lines.push(
      `Use your ${plural(c.equipment.length, 'piece', 'pieces')} of equipment to make daily jobs easier.`,
    );
  if (c.rest.breakRule)
    lines.push(
      `Rest for ${plural(c.rest.breakRule.restMinutes, 'minute', 'minutes')} after every ${plural(c.rest.breakRule.everyMinutes, 'minute', 'minutes')} of activity.`,
    );
  if (c.rest.strategies.length > 0)
    lines.push(`Try ${plural(c.rest.strategies.length, 'way', 'ways')} to save your energy.`);
  if (c.principles.length > 0)
    lines.push(`Follow ${plural(c.principles.length, 'way', 'ways')} to protect your joints.`);
  if (c.goals.length > 0) lines.push(`Work towards ${plural(c.goals.length, 'goal', 'goals')}.`);
  if (c.reviewDate) lines.push(`Your next check is on ${longDate(c.reviewDate)}.`);
  return lines;
}

function sideWords(o: Content['orthoses'][number]): string {
  const sides = o.side === 'both' ? (['right', 'left'] as const) : ([o.side] as const);
  if (o.joints.length === 0)
    return o.side === 'both' ? 'Both sides' : `${o.side === 'right' ? 'Right' : 'Left'} side`;
  return summarizeJoints(sides.flatMap((side) => o.joints.map((joint) => ({ joint, side }))));
}

function splints(c: Content, catalogue: Catalogue, options: HandoutOptions, size: number): string {
  if (c.orthoses.length === 0) return '';
  const t = themeFor(options.largePrint);
  const phone = options.clinic.phone;
  const parts = [heading('hand', c.orthoses.length === 1 ? 'Your splint' : 'Your splints', size)];
  for (const o of c.orthoses) {
    const item = cat(catalogue, o.catalogueId, 'orthosis');
    if (!item) continue;
    const stages: [string, WearingPattern | null][] = [
      ['Usually', o.schedule.usual],
      ['During a flare', o.schedule.flare],
      ['When stable', o.schedule.stable],
    ];
    const rows = stages.flatMap(([label, pattern]) => {
      if (!pattern) return [];
      const dn = dayAndNight(pattern);
      const tick = (on: boolean) =>
        on
          ? `<td class="c yes">${icon('check', t.body * 1.1, COLORS.rest)} Yes</td>`
          : '<td class="c no">No</td>';
      const cells = dn
        ? tick(dn.day) + tick(dn.night)
        : '<td class="c">See left</td><td class="c">See left</td>';
      return [
        `<tr><td class="label">${esc(label)}</td><td>${esc(describePattern(pattern))}</td>${cells}</tr>`,
      ];
    });
    const signs = item.warningSigns.map((s) => completeRedMark(s, options.redMarkMinutes));
    parts.push(
      `<div class="item">${icon(item.icon, t.icon, COLORS.accent)}<span>${esc(item.name)}</span></div>`,
      labelled('Where:', sideWords(o)),
      labelled('What it is for:', item.purpose),
      `<p class="label" style="margin-top:6pt">When to wear it</p>`,
      `<table><colgroup><col style="width:24%"><col style="width:42%"><col style="width:17%"><col style="width:17%"></colgroup><tr><th></th><th>When to wear it</th><th class="c">Day</th><th class="c">Night</th></tr>${rows.join('')}</table>`,
      o.schedule.hoursPerDay !== null
        ? labelled(
            'How long:',
            `about ${plural(o.schedule.hoursPerDay, 'hour', 'hours')} a day in total.`,
          )
        : '',
      o.schedule.startDate ? labelled('Start:', longDate(o.schedule.startDate)) : '',
      o.precautions ? labelled('Take care:', o.precautions) : '',
      o.notes
        ? `<p class="label" style="margin-top:4pt">Notes from your therapist</p><p style="white-space:pre-line">${esc(o.notes)}</p>`
        : '',
      item.care.length > 0
        ? `<p class="label" style="margin-top:6pt">Looking after your splint</p>${bullets(item.care)}`
        : '',
      signs.length > 0
        ? `<div class="alert"><div class="title">${icon('triangle-alert', t.icon, COLORS.alert)}<span>Call us if you have any of these</span></div>${bullets(signs)}<p class="label">${esc(phone ? `Take the splint off and call us on ${phone}.` : 'Take the splint off and call us.')}</p></div>`
        : '',
    );
  }
  return parts.join('');
}

function equipment(c: Content, catalogue: Catalogue, size: number, iconSize: number): string {
  const chosen = c.equipment.flatMap((e) => {
    const item = cat(catalogue, e.catalogueId, 'equipment');
    return item ? [{ item, reason: e.reason }] : [];
  });
  if (chosen.length === 0) return '';
  const parts = [heading('hand-helping', 'Equipment to make daily jobs easier', size)];
  for (const activity of DAILY_ACTIVITIES) {
    const group = chosen.filter((g) => g.item.activity === activity);
    if (group.length === 0) continue;
    parts.push(
      `<h3>${icon(ACTIVITY_ICONS[activity], size * 0.96, COLORS.accent)}<span>${esc(DAILY_ACTIVITY_LABELS[activity])}</span></h3>`,
    );
    for (const { item, reason } of group)
      parts.push(
        `<div class="block"><div class="item">${icon(item.icon, iconSize, COLORS.accent)}<span>${esc(item.name)}</span></div><div class="indent"><p>${esc(item.helpsWith)}</p>${labelled('Tip:', item.howTo)}${reason ? labelled('Why it is for you:', reason) : ''}</div></div>`,
      );
  }
  return parts.join('');
}

function rest(c: Content, catalogue: Catalogue, size: number, iconSize: number): string {
  const r = c.rest;
  if (!r.breakRule && r.timetable.length === 0 && r.strategies.length === 0) return '';
  const parts = [heading('clock', 'Rest and pacing', size)];
  if (r.breakRule)
    parts.push(
      `<p>Take a break of ${plural(r.breakRule.restMinutes, 'minute', 'minutes')} after every ${plural(r.breakRule.everyMinutes, 'minute', 'minutes')} of activity. Stop before you feel tired or sore, not after.</p>`,
    );
  if (r.timetable.length > 0) {
    const minutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
    const first = Math.min(...r.timetable.map((b) => minutes(b.start)));
    const span = Math.max(Math.max(...r.timetable.map((b) => minutes(b.end))) - first, 60);
    const rows = r.timetable.map((b) => {
      const isRest = b.kind === 'rest';
      const left = ((minutes(b.start) - first) / span) * 100;
      const width = ((minutes(b.end) - minutes(b.start)) / span) * 100;
      const style = isRest
        ? `background:${COLORS.restFill};border-color:${COLORS.rest}`
        : `background:${COLORS.activityFill};border-color:${COLORS.activity}`;
      const weight = isRest ? ' class="label"' : '';
      return `<tr><td${weight}>${b.start} to ${b.end}</td><td${weight}>${esc(b.label)}</td><td style="width:34%"><div class="bar"><span style="left:${left}%;width:${width}%;${style}"></span></div></td></tr>`;
    });
    parts.push(
      `<h3>${icon('calendar-check', size * 0.96, COLORS.accent)}<span>Your day</span></h3><p class="muted">Blue bars are activity. Green bars are rest.</p><table class="day">${rows.join('')}</table>`,
    );
  }
  const chosen = r.strategies.flatMap((s) => {
    const item = cat(catalogue, s.catalogueId, 'strategy');
    return item ? [item] : [];
  });
  if (chosen.length > 0) {
    const variant = ENERGY_P_VARIANTS[r.energyPs];
    const ps: readonly EnergyP[] = variant.ps;
    parts.push(
      `<h3>${icon('battery-low', size * 0.96, COLORS.accent)}<span>Ways to save your energy</span></h3><p class="muted">We use ${esc(variant.label.replace(/^The /, 'the '))}.</p>`,
    );
    const groups: [string, typeof chosen][] = ps.map((p) => [
      ENERGY_P_LABELS[p],
      chosen.filter((s) => s.p === p),
    ]);
    groups.push(['Other ideas', chosen.filter((s) => !ps.includes(s.p))]);
    for (const [label, group] of groups) {
      if (group.length === 0) continue;
      parts.push(`<h4>${esc(label)}</h4>`);
      for (const s of group)
        parts.push(
          `<div class="block"><div class="item">${icon(s.icon, iconSize, COLORS.accent)}<span>${esc(s.title)}</span></div><p class="indent">${esc(s.explanation)}</p></div>`,
        );
    }
  }
  return parts.join('');
}

function principles(c: Content, catalogue: Catalogue, size: number, iconSize: number): string {
  if (c.principles.length === 0) return '';
  const parts = [heading('shield', 'Ways to protect your joints', size)];
  for (const p of c.principles) {
    const item = cat(catalogue, p.catalogueId, 'principle');
    if (!item) continue;
    const region = BODY_REGIONS.find((r) => item.examples[r]);
    const example = p.example
      ? labelled('Your example:', p.example)
      : region
        ? labelled('For example:', item.examples[region] ?? '')
        : '';
    parts.push(
      `<div class="block"><div class="item">${icon(item.icon, iconSize, COLORS.accent)}<span>${esc(item.title)}</span></div><div class="indent"><p>${esc(item.explanation)}</p>${example}</div></div>`,
    );
  }
  return parts.join('');
}

/** A complete HTML document for the handout of `snapshot`. */
export function handoutHtml(
  snapshot: PlanSnapshot,
  options: HandoutOptions,
  fontCss: string,
): string {
  const t = themeFor(options.largePrint);
  const c = snapshot.plan.content;
  const catalogue = snapshot.catalogue;
  const clinic = options.clinic;
  const glance = atAGlance(c, catalogue);
  const goals = c.goals.map((g) => g.text).filter(Boolean);
  const therapist = c.therapist || snapshot.plan.finalisedBy;
  const body = [
    `<div class="masthead"><p class="clinic">${esc(clinic.name)}</p><p class="muted" style="white-space:pre-line">${esc(clinic.address)}</p><p class="muted">Phone: ${esc(clinic.phone)}</p></div>`,
    `<h1>${esc(c.title || 'Your joint protection plan')}</h1>`,
    `<div class="meta">${labelled('For:', patientName(snapshot))}${labelled('Date:', longDate(c.planDate, false))}</div>`,
    glance.length > 0
      ? heading('list-checks', 'Your plan at a glance', t.h2) + bullets(glance)
      : '',
    splints(c, catalogue, options, t.h2),
    equipment(c, catalogue, t.h2, t.icon),
    rest(c, catalogue, t.h2, t.icon),
    principles(c, catalogue, t.h2, t.icon),
    goals.length > 0
      ? heading('target', goals.length === 1 ? 'Your goal' : 'Your goals', t.h2) + bullets(goals)
      : '',
    heading('calendar-check', 'Your next check', t.h2),
    c.reviewDate
      ? `<p class="label">We will see you again on ${esc(longDate(c.reviewDate))}.</p>`
      : '',
    '<p>Bring this plan and your splints with you.</p>',
    `<div class="closing">${therapist ? labelled('Your therapist:', therapist) : ''}${labelled('Clinic:', clinic.name)}<p class="muted">${esc(clinic.address)}</p>${labelled('Phone:', clinic.phone)}<p class="muted" style="margin-top:${t.body * 0.6}pt">This plan was made for ${esc(patientName(snapshot))}. If you are not sure about anything in it, ask us.</p></div>`,
  ];
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Your joint protection plan</title><style>${css(options, fontCss)}</style></head><body>${body.join('')}</body></html>`;
}

/** The "name … Page N of M" footer, as a page.pdf() footerTemplate. */
export function handoutFooterTemplate(snapshot: PlanSnapshot, options: HandoutOptions): string {
  const t = themeFor(options.largePrint);
  return `<div style="width:100%;margin:0 ${t.margin.side}pt;padding-top:6pt;border-top:0.75pt solid ${COLORS.rule};display:flex;justify-content:space-between;font-family:'Atkinson Hyperlegible',sans-serif;font-size:${t.small}pt;color:${COLORS.muted}"><span>${esc(patientName(snapshot))}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
