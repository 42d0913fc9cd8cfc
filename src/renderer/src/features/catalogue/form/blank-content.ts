import type { CatalogueContent, CatalogueKind } from '../../../../../shared/domain/catalogue.ts';

/** What a new item of each kind starts as: required words blank, choices at a common default. */
export function blankContent(kind: CatalogueKind): CatalogueContent {
  switch (kind) {
    case 'orthosis':
      return {
        kind,
        name: '',
        orthosisType: 'other',
        fitsJoints: [],
        purpose: '',
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
      };
    case 'equipment':
      return {
        kind,
        name: '',
        activity: 'kitchen',
        helpsWith: '',
        howTo: '',
        icon: 'hand-helping',
      };
    case 'principle':
      return { kind, title: '', explanation: '', examples: {}, icon: 'hand' };
    case 'strategy':
      return { kind, title: '', p: 'plan', explanation: '', icon: 'target' };
    case 'pacing':
      return {
        kind,
        name: '',
        activityMinutes: 30,
        restMinutes: 5,
        description: '',
        icon: 'timer',
      };
  }
}
