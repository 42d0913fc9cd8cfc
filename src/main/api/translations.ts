import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import {
  catalogueSourceTexts,
  templateSourceTexts,
  type ContentTranslation,
  type SourceTexts,
  type TranslationOwner,
} from '../../shared/domain/content-translation.ts';
import { findCatalogueItem, findCatalogueItems } from '../db/repositories/catalogue.ts';
import * as translations from '../db/repositories/content-translations.ts';
import { findPlan } from '../db/repositories/plans.ts';
import { findTemplateContent } from '../db/repositories/templates.ts';
import { currentTherapist } from './audit.ts';
import { notFound, type ApiContext } from './context.ts';
import type { Plan } from '../../shared/domain/plan.ts';
import {
  printedFromSnapshot,
  translationCoverage,
  type PrintedPlan,
} from './translation-coverage.ts';
import { describeTranslation, stampFields } from './translation-state.ts';

/** What a plan prints from: a finalised one's frozen snapshot, a draft's catalogue today. */
function printedPlan(ctx: ApiContext, plan: Plan): PrintedPlan {
  if (plan.snapshot) return printedFromSnapshot(plan.snapshot);
  const { content } = plan;
  const ids = [
    ...content.orthoses,
    ...content.equipment,
    ...content.principles,
    ...content.rest.strategies,
  ].map((e) => e.catalogueId);
  const items = findCatalogueItems(ctx.db, ids);
  return { content, catalogue: Object.fromEntries(items.map((i) => [i.id, i.content])) };
}

type TranslationMethods = Pick<
  AppApi,
  'translations.list' | 'translations.save' | 'translations.markChecked' | 'translations.coverage'
>;

/**
 * The therapist's own words in the handout languages. These change no patient, plan or
 * session, so they keep their own who-and-when on the row (written by, checked by whom on
 * which day) rather than a patient's audit trail, which admits only those three.
 */
export function translationMethods(ctx: ApiContext): TranslationMethods {
  const { db } = ctx;

  /** The English a translation belongs to, as it reads now. */
  const sourcesOf = (owner: TranslationOwner, ownerId: string): SourceTexts => {
    if (owner === 'catalogue') {
      const item = findCatalogueItem(db, ownerId);
      if (!item) throw notFound('catalogue item');
      return catalogueSourceTexts(item.content);
    }
    const template = findTemplateContent(db, ownerId);
    if (!template) throw notFound('template');
    return templateSourceTexts(template);
  };

  const describe = (
    owner: TranslationOwner,
    ownerId: string,
    language: string,
    sources: SourceTexts,
  ): ContentTranslation => {
    const stored = translations.findTranslation(db, owner, ownerId, language);
    if (!stored) throw notFound('translation');
    return describeTranslation(stored, sources);
  };

  return {
    'translations.list': ({ owner, ownerId }) => {
      const sources = sourcesOf(owner, ownerId);
      return translations
        .listTranslations(db, owner, ownerId)
        .map((stored) => describeTranslation(stored, sources));
    },

    'translations.save': ({ owner, ownerId, language, texts }) =>
      db.transaction(() => {
        const sources = sourcesOf(owner, ownerId);
        const unknown = Object.keys(texts).filter((path) => !(path in sources));
        if (unknown.length > 0)
          throw new AppError(
            'invalid-input',
            `These texts are not in the English of this ${owner === 'catalogue' ? 'item' : 'template'} (it may have just changed): ${unknown.join(', ')}. Reload it and try again.`,
            Object.fromEntries(
              unknown.map((path) => [`texts.${path}`, 'Not in the English any more']),
            ),
          );
        const fields = stampFields(texts, sources);
        const existing = translations.findTranslation(db, owner, ownerId, language);
        // Saving the same words against the same English keeps the check it already has.
        if (!existing || JSON.stringify(existing.fields) !== JSON.stringify(fields))
          translations.saveTranslation(
            db,
            { owner, ownerId, language, fields, writtenBy: currentTherapist(ctx) },
            ctx.now(),
          );
        return describe(owner, ownerId, language, sources);
      })(),

    'translations.markChecked': ({ owner, ownerId, language, checkedBy }) =>
      db.transaction(() => {
        const sources = sourcesOf(owner, ownerId);
        const existing = translations.findTranslation(db, owner, ownerId, language);
        if (!existing) throw notFound('translation');
        // Checking is done against the English as it reads now: its texts are up to date again.
        const texts = Object.fromEntries(
          Object.entries(existing.fields)
            .filter(([path]) => path in sources)
            .map(([path, f]) => [path, f.text]),
        );
        translations.markTranslationChecked(
          db,
          { owner, ownerId, language },
          { checkedBy, checkedOn: ctx.today(), fields: stampFields(texts, sources) },
          ctx.now(),
        );
        return describe(owner, ownerId, language, sources);
      })(),

    'translations.coverage': ({ planId, language }) => {
      const plan = findPlan(db, planId);
      if (!plan) throw notFound('plan');
      const printed = printedPlan(ctx, plan);
      const ids = Object.keys(printed.catalogue);
      return translationCoverage(
        printed,
        language,
        translations.findTranslations(db, 'catalogue', ids, language),
      );
    },
  };
}
