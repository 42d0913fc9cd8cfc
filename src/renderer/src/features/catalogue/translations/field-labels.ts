import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import type { BodyRegion } from '../../../../../shared/domain/catalogue.ts';

type FieldMessage =
  | 'name'
  | 'title'
  | 'purpose'
  | 'helpsWith'
  | 'howTo'
  | 'explanation'
  | 'description'
  | 'care'
  | 'warningSigns'
  | 'schedule'
  | 'example';

const messages: Record<FieldMessage, MessageDescriptor> = defineMessages({
  name: { id: 'catalogue.translations.field.name', defaultMessage: 'Name' },
  title: { id: 'catalogue.translations.field.title', defaultMessage: 'Title' },
  purpose: { id: 'catalogue.translations.field.purpose', defaultMessage: 'What it is for' },
  helpsWith: {
    id: 'catalogue.translations.field.helpsWith',
    defaultMessage: 'What it helps with',
  },
  howTo: { id: 'catalogue.translations.field.howTo', defaultMessage: 'How-to tip' },
  explanation: { id: 'catalogue.translations.field.explanation', defaultMessage: 'Explanation' },
  description: { id: 'catalogue.translations.field.description', defaultMessage: 'Description' },
  care: { id: 'catalogue.translations.field.care', defaultMessage: 'Care, line {n}' },
  warningSigns: {
    id: 'catalogue.translations.field.warningSign',
    defaultMessage: 'Warning sign {n}',
  },
  schedule: {
    id: 'catalogue.translations.field.schedule',
    defaultMessage:
      'When to wear it ({stage, select, flare {in a flare} stable {when settled} other {most days}})',
  },
  example: { id: 'catalogue.translations.field.example', defaultMessage: 'Example: {region}' },
});

const regions: Record<BodyRegion, MessageDescriptor> = defineMessages({
  hand: { id: 'catalogue.translations.region.hand', defaultMessage: 'hands and fingers' },
  wrist: { id: 'catalogue.translations.region.wrist', defaultMessage: 'wrists' },
  'elbow-shoulder': {
    id: 'catalogue.translations.region.elbowShoulder',
    defaultMessage: 'elbows and shoulders',
  },
  back: { id: 'catalogue.translations.region.back', defaultMessage: 'back and neck' },
  'hip-knee': { id: 'catalogue.translations.region.hipKnee', defaultMessage: 'hips and knees' },
  foot: { id: 'catalogue.translations.region.foot', defaultMessage: 'feet and ankles' },
});

/** What the therapist calls the text at `path` ("care.0" is "Care, line 1"). */
export function translationFieldLabel(intl: IntlShape, path: string): string {
  const [head = '', second = '', third] = path.split('.');
  const n = Number(second) + 1;
  if (head === 'care') return intl.formatMessage(messages.care, { n });
  if (head === 'warningSigns') return intl.formatMessage(messages.warningSigns, { n });
  if (head === 'defaultSchedule' && third === 'text')
    return intl.formatMessage(messages.schedule, { stage: second });
  if (head === 'examples' && second in regions)
    return intl.formatMessage(messages.example, {
      region: intl.formatMessage(regions[second as BodyRegion]),
    });
  const single = messages[head as keyof typeof messages] as
    (typeof messages)[keyof typeof messages] | undefined;
  return single ? intl.formatMessage(single) : path;
}
