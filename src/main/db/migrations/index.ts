import { patients } from './001-patients.ts';
import { plans } from './002-plans.ts';
import { settings } from './003-settings.ts';
import { handoutExports } from './004-handout-exports.ts';
import { history } from './005-history.ts';
import { seedSuggestions } from './006-seed-suggestions.ts';
import { patientTrigrams } from './007-patient-trigrams.ts';
import { reviewDue } from './008-review-due.ts';
import { catalogueSynonyms } from './009-catalogue-synonyms.ts';
import { packedPlans } from './010-packed-plans.ts';
import { derivedForms } from './011-derived-forms.ts';
import { contentTranslations } from './012-content-translations.ts';
import { patientHandoutLanguage } from './013-patient-handout-language.ts';
import type { Migration } from './types.ts';

/**
 * Every migration in order. Append only: a shipped migration is never edited (its hash is in
 * SHIPPED.sha256, checked by shipped.test.ts); a correction is a new migration saying why.
 */
export const MIGRATIONS: readonly Migration[] = [
  patients,
  plans,
  settings,
  handoutExports,
  history,
  seedSuggestions,
  patientTrigrams,
  reviewDue,
  catalogueSynonyms,
  packedPlans,
  derivedForms,
  contentTranslations,
  patientHandoutLanguage,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
