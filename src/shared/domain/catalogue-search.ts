import { z } from 'zod';
import { foldForSearch, searchTerms } from '../text/fold.ts';
import type { CatalogueContent } from './catalogue.ts';
import { requiredLine } from './text-fields.ts';

/**
 * The other names an item goes by ("built-up cutlery", "Oval-8"): searched, never printed.
 * Duplicates (the same words in another case or with other accents) are dropped.
 */
export const synonymsSchema = z
  .array(requiredLine('Other name', 100))
  .max(30, 'At most 30 other names')
  .transform((names) => {
    const seen = new Set<string>();
    return names.filter((n) => {
      const key = foldForSearch(n);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

/** Synonyms as stored: a list of strings, whatever rules they were typed under. */
export const storedSynonymsSchema = z.array(z.string());

/** Codes, not words: "night" must not find every splint whose schedule is nights. */
const NOT_WORDS = new Set(['kind', 'icon', 'orthosisType', 'defaultSchedule', 'activity', 'p']);

/** Every word an item holds, however deep (care lines, examples by region …). */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}

/**
 * What an item is found by: its name, its other names and every word in it, folded (case and
 * accents ignored). Hyphens count as spaces, so "built up" finds "built-up" and back.
 */
export function catalogueSearchText(content: CatalogueContent, synonyms: readonly string[]) {
  const words = Object.entries(content).flatMap(([key, value]) =>
    NOT_WORDS.has(key) ? [] : wordsOf(value),
  );
  return foldForSearch([...synonyms, ...words].join(' ').replace(/-/g, ' '));
}

/** The folded words of a catalogue query; each must be found in an item's search text. */
export function catalogueQueryTerms(query: string): string[] {
  return searchTerms(query.replace(/-/g, ' '));
}

/** True when every word of the query is in the item's name, other names or content. */
export function matchesCatalogueQuery(searchText: string, terms: readonly string[]): boolean {
  return terms.every((t) => searchText.includes(t));
}

/**
 * Items whose own name holds every word come before those found by another name or a word
 * inside: "key turner" offers the Key turner before the car key holder ("car key turner").
 */
export function byNameFirst<T>(
  matches: readonly T[],
  nameOf: (item: T) => string,
  terms: readonly string[],
): T[] {
  const inName = (item: T) => {
    const name = foldForSearch(nameOf(item).replace(/-/g, ' '));
    return terms.every((t) => name.includes(t));
  };
  return [...matches.filter(inName), ...matches.filter((m) => !inName(m))];
}
