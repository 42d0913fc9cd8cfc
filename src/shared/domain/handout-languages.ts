import { z } from 'zod';

/**
 * The languages a handout's own words can be printed in (main/handout/messages holds their
 * catalogues), each by its name in itself, as a patient would recognise it on a list.
 * `printable`: whether the handout can draw its script today; the others are listed but
 * cannot be chosen for printing until it can (main/handout/language.test.ts keeps this true).
 */
export const HANDOUT_LANGUAGE_LIST = [
  { tag: 'en', name: 'English', printable: true },
  { tag: 'es', name: 'Español', printable: true },
  { tag: 'pl', name: 'Polski', printable: true },
  { tag: 'pt', name: 'Português', printable: true },
  { tag: 'vi', name: 'Tiếng Việt', printable: true },
  { tag: 'zh-Hans', name: '简体中文', printable: true },
  { tag: 'ar', name: 'العربية', printable: true },
  { tag: 'ur', name: 'اردو', printable: true },
  { tag: 'pa-Guru', name: 'ਪੰਜਾਬੀ', printable: true },
] as const;

export const HANDOUT_LANGUAGE_TAGS = HANDOUT_LANGUAGE_LIST.map((l) => l.tag) as [
  HandoutLanguageTag,
  ...HandoutLanguageTag[],
];
export type HandoutLanguageTag = (typeof HANDOUT_LANGUAGE_LIST)[number]['tag'];

export const handoutLanguageSchema = z.enum(HANDOUT_LANGUAGE_TAGS, {
  error: 'Choose a handout language from the list',
});

/** A handout language's own name ("Español"), or the tag itself for one no longer shipped. */
export function handoutLanguageName(tag: string): string {
  return HANDOUT_LANGUAGE_LIST.find((l) => l.tag === tag)?.name ?? tag;
}
