import type { CatalogueContent, OrthosisContent } from '../shared/domain/catalogue.ts';
import type { PlanContent } from '../shared/domain/plan.ts';

/** A splint for tests: worn at night, no care notes; override what a test is about. */
export function testSplint(overrides: Partial<OrthosisContent> = {}): OrthosisContent {
  return {
    kind: 'orthosis',
    name: 'Resting hand splint',
    orthosisType: 'resting-hand',
    fitsJoints: ['wrist'],
    purpose: 'Rests your hand and wrist to ease pain.',
    defaultSchedule: {
      usual: { type: 'night' },
      flare: null,
      stable: null,
      hoursPerDay: null,
      startDate: null,
    },
    care: [],
    warningSigns: [],
    icon: 'hand',
    ...overrides,
  };
}

/** A kitchen aid for tests. */
export function testJarOpener(): Extract<CatalogueContent, { kind: 'equipment' }> {
  return {
    kind: 'equipment',
    name: 'Jar opener',
    activity: 'kitchen',
    helpsWith: 'Opens lids without a tight grip.',
    howTo: 'Put the jar on a non-slip mat first.',
    icon: 'cooking-pot',
  };
}

/** A splint as a plan holds it: on the right wrist, worn at night unless told otherwise. */
export function testPlanSplint(
  catalogueId: string,
  overrides: Partial<PlanContent['orthoses'][number]> = {},
): PlanContent['orthoses'][number] {
  return {
    catalogueId,
    side: 'right',
    joints: ['wrist'],
    schedule: { ...testSplint().defaultSchedule },
    precautions: null,
    notes: '',
    ...overrides,
  };
}
