import { z } from 'zod';
import type { CatalogueContent } from './catalogue.ts';
import type { TemplateContent } from './plan.ts';
import { PRINTED, requiredLine } from './text-fields.ts';

/**
 * The languages the therapist's own words can be translated into: every handout language
 * but English, the source. The same tags, in the same order, as the handout's message
 * catalogues (src/main/handout/messages/languages.ts; a test holds the two together).
 */
export const TRANSLATION_LANGUAGES = [
  'es',
  'pl',
  'pt',
  'vi',
  'zh-Hans',
  'ar',
  'ur',
  'pa-Guru',
] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export const translationLanguageSchema = z.enum(TRANSLATION_LANGUAGES, {
  error: 'Choose one of the handout languages (not English, which is the source)',
});

/** Each language's name in itself, as a patient would recognise it. */
export const TRANSLATION_LANGUAGE_NAMES: Record<TranslationLanguage, string> = {
  es: 'Español',
  pl: 'Polski',
  pt: 'Português',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  ar: 'العربية',
  ur: 'اردو',
  'pa-Guru': 'ਪੰਜਾਬੀ',
};

/** What a translation belongs to: a catalogue item or a template. */
export const TRANSLATION_OWNERS = ['catalogue', 'template'] as const;
export type TranslationOwner = (typeof TRANSLATION_OWNERS)[number];

/**
 * A patient-facing English text and where it sits in its item, as a path ("care.0",
 * "examples.hand", "defaultSchedule.flare.text"). Only text a handout prints is here:
 * icons, kinds and minutes are not words to translate.
 */
export type SourceTexts = Record<string, string>;

const listTexts = (out: SourceTexts, key: string, lines: readonly string[]) =>
  lines.forEach((line, i) => (out[`${key}.${i}`] = line));

/** Every text of a catalogue item that a handout prints, by path. */
export function catalogueSourceTexts(content: CatalogueContent): SourceTexts {
  const out: SourceTexts = {};
  switch (content.kind) {
    case 'orthosis': {
      out.name = content.name;
      out.purpose = content.purpose;
      for (const stage of ['usual', 'flare', 'stable'] as const) {
        const pattern = content.defaultSchedule[stage];
        if (pattern?.type === 'custom') out[`defaultSchedule.${stage}.text`] = pattern.text;
      }
      listTexts(out, 'care', content.care);
      listTexts(out, 'warningSigns', content.warningSigns);
      break;
    }
    case 'equipment':
      out.name = content.name;
      out.helpsWith = content.helpsWith;
      out.howTo = content.howTo;
      break;
    case 'principle':
      out.title = content.title;
      out.explanation = content.explanation;
      for (const [region, example] of Object.entries(content.examples))
        if (example !== undefined) out[`examples.${region}`] = example;
      break;
    case 'strategy':
      out.title = content.title;
      out.explanation = content.explanation;
      break;
    case 'pacing':
      out.name = content.name;
      out.description = content.description;
      break;
  }
  return out;
}

/** Every text of a template that a plan started from it prints, by path. */
export function templateSourceTexts(content: TemplateContent): SourceTexts {
  const out: SourceTexts = { title: content.title };
  content.goals.forEach((g, i) => (out[`goals.${i}.text`] = g.text));
  content.orthoses.forEach((o, i) => {
    if (o.notes) out[`orthoses.${i}.notes`] = o.notes;
    if (o.precautions) out[`orthoses.${i}.precautions`] = o.precautions;
  });
  content.equipment.forEach((e, i) => {
    if (e.reason) out[`equipment.${i}.reason`] = e.reason;
  });
  content.principles.forEach((p, i) => {
    if (p.example) out[`principles.${i}.example`] = p.example;
  });
  return out;
}

/** Who checked a translation and on which day; null while it is a draft. */
export interface TranslationCheck {
  checkedBy: string;
  /** The day it was checked (YYYY-MM-DD). */
  checkedOn: string;
}

/** One translated text, with whether its English has changed since it was written. */
export interface TranslatedField {
  text: string;
  /** True when the English it was translated from is no longer the item's English. */
  stale: boolean;
}

/** An item's (or template's) words in one language. */
export interface ContentTranslation {
  owner: TranslationOwner;
  ownerId: string;
  language: TranslationLanguage;
  fields: Record<string, TranslatedField>;
  /** English texts the translation has no words for yet (a new care line, say). */
  missing: string[];
  /** True when any translated text's English has changed since (see `fields`). */
  stale: boolean;
  /** Null for a draft. */
  check: TranslationCheck | null;
  /** 'shipped' for the app's own drafts; otherwise the therapist profile that wrote it. */
  writtenBy: string;
  updatedAt: string;
}

/** What a therapist types: the words per path; a blank field is left untranslated. */
export const translationTextsSchema = z
  .record(
    z.string().regex(/^[A-Za-z]+(\.[A-Za-z0-9-]+)*$/, 'Not a field of this item'),
    requiredLine('Translation', 1000, PRINTED),
  )
  .refine((texts) => Object.keys(texts).length > 0, 'Type at least one translated text');

/** Who checked a translation, as typed: a person's name, printed nowhere but kept with it. */
export const checkedBySchema = requiredLine("Checking therapist's name", 100);

/** Shipped items and built-in templates are named ("orthosis.resting-hand"); the clinic's own are UUIDs. */
export const translationOwnerIdSchema = z
  .string()
  .regex(/^([a-z]+\.[a-z0-9.-]{1,90}|[0-9a-f-]{36})$/, 'Not a catalogue item or template id');

export const translationKeySchema = z.strictObject({
  owner: z.enum(TRANSLATION_OWNERS, {
    error: 'Translations belong to a catalogue item or a template',
  }),
  ownerId: translationOwnerIdSchema,
  language: translationLanguageSchema,
});

/**
 * How ready one printed item's words are in a language: checked by a therapist; a draft
 * nobody has checked; out of date (its English changed since, or gained text with no words
 * yet); or missing altogether.
 */
export type CoverageStatus = 'checked' | 'draft' | 'stale' | 'missing';

/** One line of what the print dialog shows before printing in a language. */
export interface CoverageLine {
  /** 'catalogue' for a catalogue item; 'plan' for text this plan adds (a reason, a goal). */
  source: 'catalogue' | 'plan';
  /** The catalogue id, or the plan field's path ("goals.0.text", "equipment.1.reason"). */
  id: string;
  /** What the therapist will recognise it by: the item's English name or the text itself. */
  label: string;
  status: CoverageStatus;
  /** For a checked translation: who checked it and on which day. */
  checkedBy: string | null;
  checkedOn: string | null;
}
