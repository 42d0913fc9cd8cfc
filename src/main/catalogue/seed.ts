import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import equipment from '../../../resources/catalogue/equipment.json' with { type: 'json' };
import orthoses from '../../../resources/catalogue/orthoses.json' with { type: 'json' };
import pacing from '../../../resources/catalogue/pacing.json' with { type: 'json' };
import principles from '../../../resources/catalogue/principles.json' with { type: 'json' };
import strategies from '../../../resources/catalogue/strategies.json' with { type: 'json' };
import synonyms from '../../../resources/catalogue/synonyms.json' with { type: 'json' };
import spanish from '../../../resources/catalogue/translations/es.json' with { type: 'json' };
import builtInTemplates from '../../../resources/templates/built-in.json' with { type: 'json' };
import { catalogueContentSchema, type OrthosisContent } from '../../shared/domain/catalogue.ts';
import { synonymsSchema } from '../../shared/domain/catalogue-search.ts';
import {
  catalogueSourceTexts,
  templateSourceTexts,
  translationLanguageSchema,
  type SourceTexts,
} from '../../shared/domain/content-translation.ts';
import { templateContentSchema, type TemplateContent } from '../../shared/domain/plan.ts';
import { stampFields } from '../api/translation-state.ts';
import { syncShippedTranslation } from '../db/repositories/content-translations.ts';
import {
  findCatalogueItems,
  syncSeedCatalogue,
  syncSeedSynonyms,
  type SeedItem,
} from '../db/repositories/catalogue.ts';
import { upsertTemplate } from '../db/repositories/templates.ts';

const seedFileSchema = z.object({
  version: z.int().min(1),
  items: z.array(z.object({ seedId: z.string(), content: catalogueContentSchema })),
});

/**
 * Equipment that must be measured, fitted or checked in the home before use (the clinical
 * review's 1.10 and section 4): templates may mention it in their description but never
 * preselect it, so a handout never tells someone to use a seat nobody has fitted.
 */
export const NEEDS_HOME_CHECK: readonly string[] = [
  'equipment.bath-board',
  'equipment.shower-seat',
  'equipment.raised-toilet-seat',
  'equipment.grab-rails',
  'equipment.perching-stool',
  'equipment.furniture-raisers',
  'equipment.toilet-frame',
  'equipment.bed-lever',
  'equipment.wheeled-walker',
];

/** The catalogue files the app ships, each with its own version, checked against the schema. */
export function seedCatalogueFiles(): { version: number; items: SeedItem[] }[] {
  return [orthoses, equipment, principles, strategies, pacing].map((file) =>
    seedFileSchema.parse(file),
  );
}

const synonymsFileSchema = z.object({
  version: z.int().min(1),
  synonyms: z.record(z.string(), synonymsSchema),
});

/** The other names the app ships for its items, by seed id (UK and US usage both). */
export function seedSynonyms(): Record<string, string[]> {
  return synonymsFileSchema.parse(synonyms).synonyms;
}

const templateFileSchema = z.object({
  version: z.int().min(1),
  templates: z.array(
    z.strictObject({
      id: z.string().regex(/^template\.[a-z0-9-]+$/),
      name: z.string().min(1),
      description: z.string(),
      title: z.string().min(1),
      goals: templateContentSchema.shape.goals,
      orthoses: z.array(
        // A side of null leaves the choice to the therapist (no template guesses the worse hand).
        z.strictObject({
          catalogueId: z.string(),
          side: z.enum(['right', 'left', 'both']).nullable(),
        }),
      ),
      equipment: z.array(z.string()),
      principles: z.array(z.string()),
      strategies: z.array(z.string()),
      breakRule: templateContentSchema.shape.rest.shape.breakRule,
    }),
  ),
});
export type BuiltInTemplate = z.infer<typeof templateFileSchema>['templates'][number];

export function builtInTemplateFile(): z.infer<typeof templateFileSchema> {
  return templateFileSchema.parse(builtInTemplates);
}

/** A built-in template as plan content: each splint starts on its catalogue's usual schedule. */
export function expandTemplate(
  t: BuiltInTemplate,
  orthosisById: ReadonlyMap<string, OrthosisContent>,
): TemplateContent {
  return templateContentSchema.parse({
    title: t.title,
    goals: t.goals,
    orthoses: t.orthoses.map((o) => {
      const item = orthosisById.get(o.catalogueId);
      if (!item) throw new Error(`Template ${t.id} names an unknown splint ${o.catalogueId}`);
      return {
        catalogueId: o.catalogueId,
        side: o.side,
        joints: [],
        schedule: item.defaultSchedule,
        precautions: null,
        notes: '',
      };
    }),
    equipment: t.equipment.map((catalogueId) => ({ catalogueId, reason: null })),
    rest: {
      breakRule: t.breakRule,
      timetable: [],
      strategies: t.strategies.map((catalogueId) => ({ catalogueId })),
    },
    principles: t.principles.map((catalogueId) => ({ catalogueId, example: null })),
  });
}

const translationFileSchema = z.object({
  version: z.int().min(1),
  language: translationLanguageSchema,
  producedBy: z.string().min(1),
  /** Words per text's path, by seed id (catalogue) or template id (built-in templates). */
  catalogue: z.record(z.string(), z.record(z.string(), z.string().min(1))),
  templates: z.record(z.string(), z.record(z.string(), z.string().min(1))),
});

/** The translations the app ships of its own catalogue and templates: drafts, to be checked. */
export function shippedTranslationFiles(): z.infer<typeof translationFileSchema>[] {
  return [spanish].map((file) => translationFileSchema.parse(file));
}

/**
 * Brings in the shipped drafts, each stamped against the shipped English it translates (not
 * the item as the clinic may have reworded it, so a reworded item shows its draft out of
 * date). Never over a therapist's own words or a checked draft (syncShippedTranslation).
 */
function syncShippedTranslations(
  db: Database,
  english: { catalogue: Map<string, SourceTexts>; templates: Map<string, SourceTexts> },
  now: string,
): void {
  for (const file of shippedTranslationFiles()) {
    for (const owner of ['catalogue', 'templates'] as const) {
      for (const [ownerId, texts] of Object.entries(file[owner])) {
        const sources = english[owner].get(ownerId);
        if (!sources)
          throw new Error(
            `The ${file.language} translations name ${ownerId}, which is not shipped`,
          );
        syncShippedTranslation(
          db,
          {
            owner: owner === 'catalogue' ? 'catalogue' : 'template',
            ownerId,
            language: file.language,
            fields: stampFields(texts, sources),
          },
          now,
        );
      }
    }
  }
}

/**
 * Brings the shipped catalogue and built-in templates into the database at start-up.
 * A therapist's edits to seeded items are never overwritten (see syncSeedCatalogue).
 */
export function syncShippedContent(db: Database, now: string): void {
  db.transaction(() => {
    const files = seedCatalogueFiles();
    for (const file of files) syncSeedCatalogue(db, file.items, file.version, now);
    syncSeedSynonyms(db, seedSynonyms(), now);
    const templates = builtInTemplateFile().templates;
    const ids = templates.flatMap((t) => t.orthoses.map((o) => o.catalogueId));
    const orthosisById = new Map(
      findCatalogueItems(db, ids).flatMap((i) =>
        i.content.kind === 'orthosis' ? [[i.id, i.content] as const] : [],
      ),
    );
    const templateEnglish = new Map<string, SourceTexts>();
    for (const t of templates) {
      const content = expandTemplate(t, orthosisById);
      templateEnglish.set(t.id, templateSourceTexts(content));
      upsertTemplate(
        db,
        { id: t.id, name: t.name, description: t.description, builtIn: true, content },
        now,
      );
    }
    const catalogueEnglish = new Map(
      files.flatMap((file) =>
        file.items.map((i) => [i.seedId, catalogueSourceTexts(i.content)] as const),
      ),
    );
    syncShippedTranslations(db, { catalogue: catalogueEnglish, templates: templateEnglish }, now);
  })();
}
