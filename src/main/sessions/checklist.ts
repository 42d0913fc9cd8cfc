import { catalogueItemName } from '../../shared/domain/catalogue.ts';
import { formatDate } from '../../shared/domain/dates.ts';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import {
  MAX_CHECKLIST_ITEMS,
  type ChecklistItem,
  type SessionData,
} from '../../shared/domain/session.ts';

const ITEM_MAX = 200;
const PAIN_ITEM = 'Ask about pain after activity';
const SIDE_WORDS = {
  right: 'right',
  left: 'left',
  both: 'both sides',
  unset: 'side not chosen',
} as const;

/** For a patient with no finalised plan: what a first or general visit covers. */
export const GENERAL_CHECKLIST = [
  PAIN_ITEM,
  'Ask which daily activities are hard or painful',
  'Check any splints or braces the patient already wears',
  'Ask what equipment the patient already uses',
  'Agree the goals for a joint-protection plan',
] as const;

export const GENERAL_AGENDA = 'General review: no finalised joint-protection plan yet.';

/** "Resting hand splint" reads "the resting hand splint"; "MCP splint" keeps its capitals. */
function inSentence(name: string): string {
  const lower = /^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
  return `the ${lower}`;
}

function shorten(text: string): string {
  return text.length <= ITEM_MAX ? text : `${text.slice(0, ITEM_MAX - 1).trimEnd()}…`;
}

const unticked = (text: string): ChecklistItem => ({ text: shorten(text), done: false });

/**
 * A visit's agenda and checklist drawn from the patient's active plan, in the therapist's
 * words: each splint's fit and wearing schedule, each piece of equipment, pain after activity,
 * each goal, and the next review date. A long plan is cut to the checklist's limit, keeping
 * the pain question and the review date.
 */
export function checklistFromPlan(
  snapshot: PlanSnapshot,
): Pick<SessionData, 'agenda' | 'checklist'> {
  const { content, version } = snapshot.plan;
  const name = (catalogueId: string, fallback: string) => {
    const item = snapshot.catalogue[catalogueId];
    return item ? inSentence(catalogueItemName(item)) : fallback;
  };
  const planItems = [
    ...content.orthoses.flatMap((o) => {
      const splint = name(o.catalogueId, 'the splint');
      return [
        // "(right)" after a name that ends in brackets of its own reads better as ", right".
        splint.endsWith(')')
          ? `Check the fit of ${splint}, ${SIDE_WORDS[o.side ?? 'unset']}`
          : `Check the fit of ${splint} (${SIDE_WORDS[o.side ?? 'unset']})`,
        `Ask how the wearing schedule went for ${splint}`,
      ];
    }),
    ...content.equipment.map(
      (e) => `Review ${name(e.catalogueId, 'the equipment')}: used? helping?`,
    ),
  ];
  const goals = content.goals.map((g) => `Review goal: ${g.text}`);
  const review = content.reviewDate
    ? [`Review the date for the next plan review (${formatDate(content.reviewDate)})`]
    : [];
  const room = MAX_CHECKLIST_ITEMS - 1 - review.length;
  const kept = planItems.slice(0, room);
  const checklist = [...kept, PAIN_ITEM, ...goals.slice(0, room - kept.length), ...review];
  return {
    agenda: `Follow-up on plan version ${version}: ${content.title}`,
    checklist: checklist.map(unticked),
  };
}

export function generalChecklist(): Pick<SessionData, 'agenda' | 'checklist'> {
  return { agenda: GENERAL_AGENDA, checklist: GENERAL_CHECKLIST.map(unticked) };
}
