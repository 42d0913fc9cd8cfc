import { createHash } from 'node:crypto';
import type {
  ContentTranslation,
  SourceTexts,
  TranslatedField,
  TranslationLanguage,
} from '../../shared/domain/content-translation.ts';
import type {
  StoredTranslatedField,
  StoredTranslation,
} from '../db/repositories/content-translations.ts';

/** The SHA-256 of one English text, as a translation remembers its source by. */
export const sourceSha256 = (english: string): string =>
  createHash('sha256').update(english, 'utf8').digest('hex');

/** Words per path, each stamped with the hash of the English it translates now. */
export function stampFields(
  texts: Record<string, string>,
  sources: SourceTexts,
): Record<string, StoredTranslatedField> {
  const out: Record<string, StoredTranslatedField> = {};
  for (const [path, text] of Object.entries(texts)) {
    const english = sources[path];
    if (english !== undefined) out[path] = { text, sourceSha256: sourceSha256(english) };
  }
  return out;
}

/**
 * A stored translation against the English it belongs to now: a text is out of date when its
 * English has changed since (or is gone), and English with no words yet is listed as missing.
 */
export function describeTranslation(
  stored: StoredTranslation,
  sources: SourceTexts,
): ContentTranslation {
  const fields: Record<string, TranslatedField> = {};
  for (const [path, field] of Object.entries(stored.fields)) {
    const english = sources[path];
    fields[path] = {
      text: field.text,
      stale: english === undefined || sourceSha256(english) !== field.sourceSha256,
    };
  }
  return {
    owner: stored.owner,
    ownerId: stored.ownerId,
    language: stored.language as TranslationLanguage,
    fields,
    missing: Object.keys(sources).filter((path) => !(path in stored.fields)),
    stale: Object.values(fields).some((f) => f.stale),
    check:
      stored.checkedBy !== null && stored.checkedOn !== null
        ? { checkedBy: stored.checkedBy, checkedOn: stored.checkedOn }
        : null,
    writtenBy: stored.writtenBy,
    updatedAt: stored.updatedAt,
  };
}
