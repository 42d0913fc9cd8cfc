/**
 * The catalogue's fixed lists and their words, with no schemas, so the handout renderer (a
 * worker thread) loads them without zod. catalogue.ts re-exports every name.
 */
import type { CatalogueContent } from './catalogue.ts';

export const DAILY_ACTIVITIES = [
  'kitchen',
  'eating',
  'bathing',
  'dressing',
  'home',
  'writing',
  'mobility',
] as const;
export type DailyActivity = (typeof DAILY_ACTIVITIES)[number];
export const DAILY_ACTIVITY_LABELS: Record<DailyActivity, string> = {
  kitchen: 'Kitchen',
  eating: 'Eating',
  bathing: 'Bathing and toilet',
  dressing: 'Dressing',
  home: 'Around the home',
  writing: 'Writing and leisure',
  mobility: 'Getting about',
};

export const BODY_REGIONS = [
  'hand',
  'wrist',
  'elbow-shoulder',
  'back',
  'hip-knee',
  'foot',
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];
export const BODY_REGION_LABELS: Record<BodyRegion, string> = {
  hand: 'Hands and fingers',
  wrist: 'Wrists',
  'elbow-shoulder': 'Elbows and shoulders',
  back: 'Back and neck',
  'hip-knee': 'Hips and knees',
  foot: 'Feet and ankles',
};

/** The "Ps" of energy conservation; which ones a clinic teaches is the therapist's choice. */
export const ENERGY_PS = [
  'plan',
  'pace',
  'prioritise',
  'position',
  'problem-solve',
  'pause',
] as const;
export type EnergyP = (typeof ENERGY_PS)[number];
export const ENERGY_P_LABELS: Record<EnergyP, string> = {
  plan: 'Plan',
  pace: 'Pace',
  prioritise: 'Prioritise',
  position: 'Position',
  'problem-solve': 'Problem-solve',
  pause: 'Pause',
};

/** The versions of the "Ps" clinics teach; the therapist chooses one for each plan. */
export const ENERGY_P_VARIANTS = {
  'four-ps': {
    label: 'The 4 Ps: plan, pace, prioritise, position',
    ps: ['plan', 'pace', 'prioritise', 'position'],
  },
  'five-ps': {
    label: 'The 5 Ps: plan, pace, prioritise, position, pause',
    ps: ['plan', 'pace', 'prioritise', 'position', 'pause'],
  },
  'versus-arthritis': {
    label: 'Versus Arthritis: problem-solving, planning, prioritising, pacing',
    ps: ['problem-solve', 'plan', 'prioritise', 'pace'],
  },
} as const satisfies Record<string, { label: string; ps: readonly EnergyP[] }>;
export type EnergyPVariant = keyof typeof ENERGY_P_VARIANTS;
export const ENERGY_P_VARIANT_IDS = Object.keys(ENERGY_P_VARIANTS) as [
  EnergyPVariant,
  ...EnergyPVariant[],
];

/** The display name of any catalogue item. */
export function catalogueItemName(content: CatalogueContent): string {
  return 'name' in content ? content.name : content.title;
}
