import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type { CatalogueItem } from '../../shared/domain/catalogue.ts';
import * as catalogue from '../db/repositories/catalogue.ts';
import { notFound, type ApiContext } from './context.ts';

type CatalogueMethods = Pick<
  AppApi,
  | 'catalogue.list'
  | 'catalogue.get'
  | 'catalogue.create'
  | 'catalogue.update'
  | 'catalogue.retire'
  | 'catalogue.restore'
  | 'catalogue.acceptSuggestion'
  | 'catalogue.dismissSuggestion'
  | 'catalogue.keepOneOff'
>;

export function catalogueMethods(ctx: ApiContext): CatalogueMethods {
  const { db } = ctx;
  const mustFind = (id: string): CatalogueItem => {
    const item = catalogue.findCatalogueItem(db, id);
    if (!item) throw notFound('catalogue item');
    return item;
  };

  return {
    'catalogue.list': (query) => catalogue.listCatalogue(db, query),

    'catalogue.get': ({ id }) => mustFind(id),

    'catalogue.create': ({ content, synonyms, oneOff }) => {
      const id = ctx.newId();
      catalogue.insertCatalogueItem(
        db,
        { id, content, fromSeed: false, seedVersion: null, synonyms, oneOff },
        ctx.now(),
      );
      return mustFind(id);
    },

    'catalogue.keepOneOff': ({ id }) => {
      const item = mustFind(id);
      if (item.oneOff) catalogue.keepOneOffInCatalogue(db, id, ctx.now());
      return mustFind(id);
    },

    'catalogue.update': ({ id, content, synonyms }) => {
      const existing = mustFind(id);
      if (existing.content.kind !== content.kind) {
        // Plans refer to items by kind (a splint stays a splint); a new kind is a new item.
        throw new AppError(
          'invalid-input',
          'An item cannot change its kind. Add a new item instead.',
          {
            'content.kind': 'An item cannot change its kind',
          },
        );
      }
      db.transaction(() => {
        // Only new wording marks a shipped item as the clinic's own; other names alone do not.
        if (JSON.stringify(content) !== JSON.stringify(existing.content))
          catalogue.updateCatalogueContent(db, id, content, ctx.now(), { byTherapist: true });
        const changed =
          synonyms !== undefined && JSON.stringify(synonyms) !== JSON.stringify(existing.synonyms);
        if (changed) catalogue.setCatalogueSynonyms(db, id, synonyms, ctx.now(), true);
      })();
      return mustFind(id);
    },

    'catalogue.retire': ({ id }) => {
      const item = mustFind(id);
      if (item.retiredAt !== null) return item;
      const at = ctx.now();
      catalogue.setCatalogueRetired(db, id, at, at);
      return mustFind(id);
    },

    'catalogue.acceptSuggestion': ({ id }) => {
      const item = mustFind(id);
      if (item.suggestion === null)
        throw new AppError('conflict', 'There is no suggested wording for this item.');
      catalogue.acceptCatalogueSuggestion(db, id, ctx.now());
      return mustFind(id);
    },

    'catalogue.dismissSuggestion': ({ id }) => {
      const item = mustFind(id);
      if (item.suggestion === null) return item;
      catalogue.setCatalogueSuggestion(db, id, null, ctx.now());
      return mustFind(id);
    },

    'catalogue.restore': ({ id }) => {
      const item = mustFind(id);
      if (item.retiredAt === null) return item;
      catalogue.setCatalogueRetired(db, id, null, ctx.now());
      return mustFind(id);
    },
  };
}
