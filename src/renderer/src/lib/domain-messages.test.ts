import { expect, it } from 'vitest';
import { CATALOGUE_KIND_LABELS } from '../../../shared/domain/catalogue.ts';
import { DISEASE_STAGE_LABELS } from '../../../shared/domain/patient.ts';
import { WEARING_PATTERN_LABELS } from '../../../shared/domain/schedule.ts';
import {
  CATALOGUE_KIND_MESSAGES,
  DISEASE_STAGE_MESSAGES,
  WEARING_PATTERN_MESSAGES,
} from './domain-messages.ts';

it("shows the shared domain's choices in English exactly as src/shared names them", () => {
  const english = (messages: Record<string, { defaultMessage?: unknown }>) =>
    Object.fromEntries(Object.entries(messages).map(([k, m]) => [k, m.defaultMessage]));
  expect(english(DISEASE_STAGE_MESSAGES)).toEqual(DISEASE_STAGE_LABELS);
  expect(english(WEARING_PATTERN_MESSAGES)).toEqual(WEARING_PATTERN_LABELS);
  expect(english(CATALOGUE_KIND_MESSAGES)).toEqual(CATALOGUE_KIND_LABELS);
});
