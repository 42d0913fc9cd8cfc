import { canonicalJson } from '../canonical-json.ts';
import { catalogueItemName, ENERGY_P_VARIANTS, type CatalogueContent } from './catalogue.ts';
import { formatDate } from './dates.ts';
import type { PlanChange } from './history.ts';
import { ICF_CODES, type PlanContent } from './plan.ts';
import { summarizeJoints } from './joints.ts';
import { breakRuleInWords, orthosisPlace, plural } from './plan-words.ts';
import {
  listInWords,
  WEARING_PATTERN_LABELS,
  type WearingPattern,
  type WearingSchedule,
} from './schedule.ts';

/** A plan version as the therapist saw it: its content and the catalogue wording it used. */
export interface PlanVersionView {
  plan: { content: PlanContent };
  catalogue: Readonly<Record<string, CatalogueContent>>;
}

/** A change with the few words the one-line summary uses (no clinical free text). */
interface Found extends PlanChange {
  brief: string;
}

type Orthosis = PlanContent['orthoses'][number];

const SECTIONS = {
  plan: 'Plan details',
  goals: 'Goals',
  orthoses: 'Splints and braces',
  equipment: 'Equipment',
  rest: 'Rest and pacing',
  principles: 'Joint protection principles',
} as const;

/** Every difference from `older` to `newer`, in the order the plan screen shows its sections. */
export function comparePlanVersions(older: PlanVersionView, newer: PlanVersionView): PlanChange[] {
  return findChanges(older, newer).map(({ brief: _brief, ...change }) => change);
}

/**
 * What changed, in one line for the timeline: "Added Resting hand splint; review date 15 Jan
 * 2030". `older` is null for a patient's first version.
 */
export function summarizePlanChanges(
  older: PlanVersionView | null,
  newer: PlanVersionView,
): string {
  if (!older) return 'First version';
  const briefs = [...new Set(findChanges(older, newer).map((c) => c.brief))];
  if (briefs.length === 0) return 'No changes';
  const shown = briefs.slice(0, 3);
  if (briefs.length > 3) shown.push(`${briefs.length - 3} more changes`);
  const line = shown.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** "night only", "2 hours on, 1 hour off", "when you cook or garden": a therapist's shorthand. */
export function patternInShort(p: WearingPattern): string {
  switch (p.type) {
    case 'continuous':
    case 'night':
    case 'alternate-nights':
    case 'unset':
      return WEARING_PATTERN_LABELS[p.type].toLowerCase();
    case 'activities':
      return `when you ${listInWords(p.activities.map((a) => a.toLowerCase()))}`;
    case 'hours':
      return `${plural(p.hoursOn, 'hour', 'hours')} on, ${plural(p.hoursOff, 'hour', 'hours')} off`;
    case 'custom':
      return `“${p.text}”`;
  }
}

/** The whole wearing schedule in one phrase: "night only; during a flare: all day and night". */
export function scheduleInShort(s: WearingSchedule): string {
  return scheduleParts(s)
    .filter((p) => p.value !== null)
    .map((p) => (p.label ? `${p.label}: ${p.value}` : p.value))
    .join('; ');
}

/** Each part of a schedule that can change on its own; null where the part is not set. */
function scheduleParts(s: WearingSchedule): { label: string; value: string | null }[] {
  return [
    { label: '', value: patternInShort(s.usual) },
    { label: 'during a flare', value: s.flare && patternInShort(s.flare) },
    { label: 'when stable', value: s.stable && patternInShort(s.stable) },
    {
      label: 'in all',
      value:
        s.hoursPerDay === null ? null : `about ${plural(s.hoursPerDay, 'hour', 'hours')} a day`,
    },
    { label: 'starting', value: s.startDate && formatDate(s.startDate) },
  ];
}

type Item = (
  section: string,
  kind: 'added' | 'removed',
  name: string,
  description: string,
  words?: { brief?: string; text?: string },
) => void;
type Field = (
  section: string,
  subject: string,
  was: string | null,
  now: string | null,
  brief: string,
) => void;
type NameOf = (catalogueId: string) => string;

function findChanges(older: PlanVersionView, newer: PlanVersionView): Found[] {
  const a = older.plan.content;
  const b = newer.plan.content;
  const nameOf: NameOf = (id) => {
    const item = newer.catalogue[id] ?? older.catalogue[id];
    return item ? catalogueItemName(item) : 'An item missing from the catalogue';
  };
  const out: Found[] = [];
  /** A whole item added or removed: one side describes it, the other is empty. */
  const item: Item = (section, kind, name, description, words = {}) => {
    const added = kind === 'added';
    const verb = added ? 'Added' : 'Removed';
    out.push({
      section,
      kind,
      subject: name,
      before: added ? null : description,
      after: added ? description : null,
      text: words.text ?? `${verb} ${description}`,
      brief: words.brief ?? `${kind} ${name}`,
    });
  };
  /** One value of an item that may be set, changed or cleared. */
  const field: Field = (section, subject, was, now, brief) => {
    if (was === now) return;
    const kind = was === null ? 'added' : now === null ? 'removed' : 'changed';
    const text = `${subject}: ${was ?? 'none'} → ${now ?? 'none'}`;
    out.push({ section, kind, subject, before: was, after: now, text, brief });
  };

  field(SECTIONS.plan, 'Title', a.title, b.title, 'new title');
  field(SECTIONS.plan, 'Therapist', a.therapist, b.therapist, 'therapist changed');
  const review = (d: string | null) => (d ? formatDate(d) : null);
  field(
    SECTIONS.plan,
    'Review date',
    review(a.reviewDate),
    review(b.reviewDate),
    b.reviewDate ? `review date ${formatDate(b.reviewDate)}` : 'no review date',
  );
  const joints = (c: PlanContent) =>
    c.affectedJoints.length === 0 ? null : summarizeJoints(c.affectedJoints);
  field(SECTIONS.plan, 'Affected joints', joints(a), joints(b), 'affected joints changed');
  diffGoals(a, b, item, field);
  diffOrthoses(a, b, nameOf, item, field);
  const reason = { label: 'reason', of: (e: PlanContent['equipment'][number]) => e.reason };
  diffNamed(SECTIONS.equipment, [a.equipment, b.equipment], reason, nameOf, item, field);
  diffRest(a, b, nameOf, item, field);
  const example = {
    label: 'example for the patient',
    of: (p: PlanContent['principles'][number]) => p.example,
  };
  diffNamed(SECTIONS.principles, [a.principles, b.principles], example, nameOf, item, field);
  diffCatalogueWording(older, newer, out);
  return out;
}

const withDetail = (name: string, detail: string | null) => (detail ? `${name}: ${detail}` : name);

function diffGoals(a: PlanContent, b: PlanContent, item: Item, field: Field): void {
  const S = SECTIONS.goals;
  const key = (g: PlanContent['goals'][number]) => g.text.trim().toLowerCase();
  const icf = (code: string | null) =>
    code ? `${code} ${ICF_CODES[code as keyof typeof ICF_CODES]}` : null;
  const goals = pair(a.goals, b.goals, key);
  for (const [kind, list] of [
    ['removed', goals.removed],
    ['added', goals.added],
  ] as const)
    for (const g of list)
      item(S, kind, 'Goal', `“${g.text}”`, {
        brief: `${kind} a goal`,
        text: `${kind === 'added' ? 'Added' : 'Removed'} goal “${g.text}”`,
      });
  for (const [x, y] of goals.paired)
    field(S, `Goal “${y.text}”, ICF code`, icf(x.icfCode), icf(y.icfCode), 'goal code changed');
}

function diffOrthoses(a: PlanContent, b: PlanContent, nameOf: NameOf, item: Item, field: Field) {
  const S = SECTIONS.orthoses;
  const describe = (o: Orthosis) =>
    `${nameOf(o.catalogueId)} (${orthosisPlace(o).toLowerCase()}): ${scheduleInShort(o.schedule)}`;
  // The same splint twice (say, one for each hand) is told apart by where it is worn.
  const repeated = new Set(
    [a.orthoses, b.orthoses].flatMap((list) =>
      list.map((o) => o.catalogueId).filter((id, i, ids) => ids.indexOf(id) !== i),
    ),
  );
  const matched = pair(
    a.orthoses,
    b.orthoses,
    (o) => o.catalogueId,
    (o) => o.side ?? '',
  );
  for (const o of matched.removed) item(S, 'removed', nameOf(o.catalogueId), describe(o));
  for (const o of matched.added) item(S, 'added', nameOf(o.catalogueId), describe(o));
  for (const [x, y] of matched.paired) {
    const base = nameOf(y.catalogueId);
    const name = repeated.has(y.catalogueId) ? `${base} (${orthosisPlace(x).toLowerCase()})` : base;
    field(S, `${name}, where`, orthosisPlace(x), orthosisPlace(y), `${base} moved`);
    const [was, now] = [scheduleParts(x.schedule), scheduleParts(y.schedule)];
    was.forEach(({ label, value }, i) => {
      const after = now[i]?.value ?? null;
      const subject = label ? `${name}, ${label}` : name;
      // A flare or stable pattern left empty means the usual one applies.
      const unset = i === 1 || i === 2 ? 'same as usual' : null;
      field(S, subject, value ?? unset, after ?? unset, `${base} schedule changed`);
    });
    field(S, `${name}, take care`, x.precautions, y.precautions, `${base} precautions changed`);
    field(S, `${name}, notes`, x.notes || null, y.notes || null, `${base} notes changed`);
  }
}

/** Items named from the catalogue with one optional line of the therapist's own. */
function diffNamed<T extends { catalogueId: string }>(
  section: string,
  list: [readonly T[], readonly T[]],
  detail: { label: string; of: (item: T) => string | null },
  nameOf: NameOf,
  item: Item,
  field: Field,
): void {
  const matched = pair(list[0], list[1], (x) => x.catalogueId);
  const describe = (x: T) => withDetail(nameOf(x.catalogueId), detail.of(x));
  for (const x of matched.removed) item(section, 'removed', nameOf(x.catalogueId), describe(x));
  for (const x of matched.added) item(section, 'added', nameOf(x.catalogueId), describe(x));
  for (const [x, y] of matched.paired) {
    const name = nameOf(y.catalogueId);
    const subject = `${name}, ${detail.label}`;
    field(section, subject, detail.of(x), detail.of(y), `${subject} changed`);
  }
}

function diffRest(a: PlanContent, b: PlanContent, nameOf: NameOf, item: Item, field: Field): void {
  const S = SECTIONS.rest;
  const rule = (r: PlanContent['rest']['breakRule']) => (r ? breakRuleInWords(r) : null);
  field(S, 'Breaks', rule(a.rest.breakRule), rule(b.rest.breakRule), 'breaks changed');
  const block = (t: PlanContent['rest']['timetable'][number]) =>
    `${t.kind === 'rest' ? 'Rest' : 'Activity'} ${t.start} to ${t.end}: “${t.label}”`;
  const blocks = pair(a.rest.timetable, b.rest.timetable, block);
  const brief = 'day timetable changed';
  for (const t of blocks.removed)
    item(S, 'removed', 'Day timetable', block(t), {
      brief,
      text: `Removed from the day: ${block(t)}`,
    });
  for (const t of blocks.added)
    item(S, 'added', 'Day timetable', block(t), { brief, text: `Added to the day: ${block(t)}` });
  const variant = (c: PlanContent) => ENERGY_P_VARIANTS[c.rest.energyPs]?.label ?? c.rest.energyPs;
  if (a.rest.strategies.length + b.rest.strategies.length > 0)
    field(S, 'Energy-saving ideas taught under', variant(a), variant(b), 'energy Ps changed');
  const ideas = pair(a.rest.strategies, b.rest.strategies, (x) => x.catalogueId);
  for (const x of ideas.removed) item(S, 'removed', nameOf(x.catalogueId), nameOf(x.catalogueId));
  for (const x of ideas.added) item(S, 'added', nameOf(x.catalogueId), nameOf(x.catalogueId));
}

/** An item kept in both versions whose catalogue wording (and so its handout) changed. */
function diffCatalogueWording(older: PlanVersionView, newer: PlanVersionView, out: Found[]): void {
  for (const [id, now] of Object.entries(newer.catalogue)) {
    const was = older.catalogue[id];
    if (!was || canonicalJson(was) === canonicalJson(now)) continue;
    const [before, after] = [catalogueItemName(was), catalogueItemName(now)];
    out.push({
      section: 'Catalogue wording',
      kind: 'changed',
      subject: after,
      before: `${before} as the catalogue read then`,
      after: `${after} as the catalogue reads now`,
      text: `${after}: its catalogue description (purpose, care, how-to or wording) was updated`,
      brief: `${after} description updated`,
    });
  }
}

/**
 * Matches items of two lists by key (and, among equal keys, by `prefer` first), keeping
 * order. What is left unmatched was removed from `a` or added in `b`.
 */
export function pair<T>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  prefer: (item: T) => string = key,
): { paired: [T, T][]; added: T[]; removed: T[] } {
  const used = new Set<number>();
  const paired: [T, T][] = [];
  const added: T[] = [];
  const find = (y: T, strict: boolean) =>
    a.findIndex(
      (x, i) => !used.has(i) && key(x) === key(y) && (!strict || prefer(x) === prefer(y)),
    );
  const unmatched: T[] = [];
  for (const y of b) {
    const i = find(y, true);
    if (i < 0) {
      unmatched.push(y);
      continue;
    }
    used.add(i);
    paired.push([a[i] as T, y]);
  }
  for (const y of unmatched) {
    const i = find(y, false);
    if (i < 0) added.push(y);
    else {
      used.add(i);
      paired.push([a[i] as T, y]);
    }
  }
  return { paired, added, removed: a.filter((_, i) => !used.has(i)) };
}
