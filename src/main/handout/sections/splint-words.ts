import type { OrthosisContent } from '../../../shared/domain/catalogue.ts';
import type { SharedSplintLine } from '../../../shared/domain/handout-safety.ts';
import type { PlanSnapshot } from '../../../shared/domain/plan-snapshot.ts';
import { plural } from '../../../shared/domain/plan-words.ts';
import type { ScheduleStage } from '../../../shared/domain/schedule.ts';

/** How the handout names an item: "take the insoles off", not "take the splint off". */
export interface OrthosisWords {
  noun: string;
  many: boolean;
  /** What shows poor blood flow first: the fingers, or the toes for a leg or foot item. */
  part: 'fingers' | 'toes';
  /** Held on by straps, so it gets the strap and driving lines. */
  strapped: boolean;
}

const LEG_JOINTS = new Set(['hip', 'knee', 'ankle', 'mtp']);

export function orthosisWords(item: OrthosisContent): OrthosisWords {
  const name = item.name.toLowerCase();
  const part = item.fitsJoints.some((j) => LEG_JOINTS.has(j)) ? 'toes' : 'fingers';
  const word = (noun: string, many: boolean, strapped: boolean): OrthosisWords => ({
    noun,
    many,
    part,
    strapped,
  });
  if (/glove/.test(name)) return word('gloves', true, false);
  if (/shoe|boot|footwear/.test(name)) return word('shoes', true, false);
  if (/insole/.test(name)) return word('insoles', true, false);
  if (item.orthosisType === 'finger-ring') return word('ring', false, false);
  if (/brace/.test(name)) return word('brace', false, true);
  if (/support/.test(name)) return word('support', false, true);
  return word('splint', false, item.orthosisType !== 'foot');
}

/** A shared line in the item's own words (see SharedSplintLine for the tokens). */
export function inItemWords(text: string, w: OrthosisWords): string {
  const part = w.part;
  return text
    .replaceAll('{noun}', w.noun)
    .replaceAll('{its}', w.many ? 'their' : 'its')
    .replaceAll('{it}', w.many ? 'them' : 'it')
    .replaceAll('{es}', w.many ? '' : 'es')
    .replaceAll('{s}', w.many ? '' : 's')
    .replaceAll('{Part}', part.charAt(0).toUpperCase() + part.slice(1))
    .replaceAll('{part}', part);
}

export function sharedLinesFor(lines: readonly SharedSplintLine[], w: OrthosisWords): string[] {
  return lines.filter((l) => w.strapped || !l.strappedOnly).map((l) => inItemWords(l.text, w));
}

/**
 * "A red mark that is still there 20 minutes after you take it off": the clinic's minutes go
 * into the corrected wording; older wording is completed as it always was.
 */
export function completeRedMarkNow(sign: string, minutes: number): string | null {
  if (!/red mark/i.test(sign) || /minute/i.test(sign) || !/still there after/i.test(sign))
    return null;
  return sign.replace(
    /still there after/i,
    `still there ${plural(minutes, 'minute', 'minutes')} after`,
  );
}

/** The schedule stage the patient is in now, from the stage recorded when the plan was frozen. */
export function stageNow(snapshot: PlanSnapshot): ScheduleStage | null {
  switch (snapshot.patient.diseaseStage) {
    case 'active-flare':
      return 'flare';
    case 'stable':
      return 'stable';
    default:
      return null;
  }
}
