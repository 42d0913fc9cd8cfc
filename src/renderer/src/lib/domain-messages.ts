import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { CatalogueKind } from '../../../shared/domain/catalogue.ts';
import type { DiseaseStage } from '../../../shared/domain/patient.ts';
import type { WearingPatternType } from '../../../shared/domain/schedule.ts';

/*
 * The screens' words for the shared domain's choices. src/shared keeps its English labels for
 * the main process (records, handout); the renderer shows these, in the app's language.
 */

export const WEARING_PATTERN_MESSAGES: Record<WearingPatternType, MessageDescriptor> =
  defineMessages({
    continuous: { id: 'domain.wearingPattern.continuous', defaultMessage: 'All day and night' },
    night: { id: 'domain.wearingPattern.night', defaultMessage: 'Night only' },
    'alternate-nights': {
      id: 'domain.wearingPattern.alternateNights',
      defaultMessage: 'Alternate nights (one hand a night)',
    },
    activities: {
      id: 'domain.wearingPattern.activities',
      defaultMessage: 'During listed activities',
    },
    hours: { id: 'domain.wearingPattern.hours', defaultMessage: 'Hours on and off' },
    custom: { id: 'domain.wearingPattern.custom', defaultMessage: 'Custom' },
    unset: { id: 'domain.wearingPattern.unset', defaultMessage: 'Not chosen yet' },
  });

export const DISEASE_STAGE_MESSAGES: Record<DiseaseStage, MessageDescriptor> = defineMessages({
  'active-flare': { id: 'domain.diseaseStage.activeFlare', defaultMessage: 'Active flare' },
  stable: { id: 'domain.diseaseStage.stable', defaultMessage: 'Stable' },
  'established-deformity': {
    id: 'domain.diseaseStage.establishedDeformity',
    defaultMessage: 'Established deformity',
  },
});

export const CATALOGUE_KIND_MESSAGES: Record<CatalogueKind, MessageDescriptor> = defineMessages({
  orthosis: { id: 'domain.catalogueKind.orthosis', defaultMessage: 'Splints and braces' },
  equipment: { id: 'domain.catalogueKind.equipment', defaultMessage: 'Equipment' },
  principle: {
    id: 'domain.catalogueKind.principle',
    defaultMessage: 'Joint-protection principles',
  },
  strategy: { id: 'domain.catalogueKind.strategy', defaultMessage: 'Energy conservation' },
  pacing: { id: 'domain.catalogueKind.pacing', defaultMessage: 'Rest and pacing' },
});
