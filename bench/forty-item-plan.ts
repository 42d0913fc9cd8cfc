import type { AppApi } from '../src/shared/api.ts';
import { JOINT_IDS } from '../src/shared/domain/joints.ts';
import type { PlanContentInput } from '../src/shared/domain/plan.ts';
import type { WearingPattern } from '../src/shared/domain/schedule.ts';
import { catalogueIds } from './api.ts';

/** 8 splints with full schedules + 16 equipment + 8 principles + 8 strategies = 40 items. */
export const ORTHOSES = 8;
export const EQUIPMENT = 16;
export const PRINCIPLES = 8;
export const STRATEGIES = 8;
export const PLAN_ITEMS = ORTHOSES + EQUIPMENT + PRINCIPLES + STRATEGIES;

export const PLAN_DATE = '2025-01-15';
export const REVIEW_DATE = '2025-04-15';

export interface Refs {
  orthoses: string[];
  equipment: string[];
  principles: string[];
  strategies: string[];
}

const PATTERNS: readonly WearingPattern[] = [
  { type: 'night' },
  { type: 'hours', hoursOn: 2, hoursOff: 2 },
  { type: 'activities', activities: ['Cooking', 'Gardening', 'Typing at work'] },
  { type: 'continuous' },
  { type: 'custom', text: 'Wear it for heavy jobs and when the wrist aches after a busy day.' },
];

/**
 * A complete 40-item plan, as the editor would send it. `edit` changes a few fields (a note,
 * a reason, the title) so every save writes something different.
 */
export function planContent(refs: Refs, edit: number): PlanContentInput {
  return {
    title: `Joint protection plan (edit ${edit})`,
    planDate: PLAN_DATE,
    therapist: 'Alex Morgan, OT',
    affectedJoints: [
      { joint: 'wrist', side: 'right' },
      { joint: 'wrist', side: 'left' },
    ],
    goals: [
      { text: 'Open jars and bottles without wrist pain', icfCode: 'd430' },
      { text: 'Type for an hour at work with rests', icfCode: 'd850' },
    ],
    reviewDate: REVIEW_DATE,
    orthoses: refs.orthoses.map((catalogueId, i) => ({
      catalogueId,
      side: i % 3 === 0 ? 'both' : i % 2 === 0 ? 'right' : 'left',
      joints: JOINT_IDS.slice(i % 4, (i % 4) + 3),
      schedule: {
        usual: PATTERNS[i % PATTERNS.length] ?? { type: 'night' },
        flare: { type: 'continuous' },
        stable: { type: 'activities', activities: ['Carrying shopping', 'Cleaning'] },
        hoursPerDay: 8,
        startDate: PLAN_DATE,
      },
      precautions: 'Take it off if fingers tingle, go pale or swell.',
      notes: `Fitted in clinic; check straps at review.\nEdit ${edit}, splint ${i + 1}.`,
    })),
    equipment: refs.equipment.map((catalogueId, i) => ({
      catalogueId,
      reason: i === edit % EQUIPMENT ? `Changed at edit ${edit}` : 'Less grip force needed',
    })),
    rest: {
      breakRule: { restMinutes: 5, everyMinutes: 30 },
      timetable: [
        { start: '09:00', end: '10:30', kind: 'activity', label: 'Housework' },
        { start: '10:30', end: '11:00', kind: 'rest', label: 'Rest with feet up' },
      ],
      strategies: refs.strategies.map((catalogueId) => ({ catalogueId })),
      energyPs: 'four-ps',
    },
    principles: refs.principles.map((catalogueId, i) => ({
      catalogueId,
      example: `Example ${i + 1}: use both hands to lift the kettle.`,
    })),
  };
}

/** Real catalogue ids from the seeded catalogue, enough for the 40 items. */
export async function fortyItemRefs(api: AppApi): Promise<Refs> {
  return {
    orthoses: await catalogueIds(api, 'orthosis', ORTHOSES),
    equipment: await catalogueIds(api, 'equipment', EQUIPMENT),
    principles: await catalogueIds(api, 'principle', PRINCIPLES),
    strategies: await catalogueIds(api, 'strategy', STRATEGIES),
  };
}
