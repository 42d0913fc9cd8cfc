import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { TranslationOwner } from '../../../shared/domain/content-translation.ts';
import { statement } from '../statements.ts';
import { readStoredJson } from './stored-json.ts';

/** One translated text as stored: its words and the SHA-256 of the English it came from. */
export interface StoredTranslatedField {
  text: string;
  sourceSha256: string;
}

/** A translation row as the app keeps it; whether it is out of date is worked out by the reader. */
export interface StoredTranslation {
  owner: TranslationOwner;
  ownerId: string;
  language: string;
  fields: Record<string, StoredTranslatedField>;
  checkedBy: string | null;
  checkedOn: string | null;
  /** 'shipped' for the app's own drafts; otherwise the therapist profile that wrote it. */
  writtenBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Who wrote the drafts the app ships: start-up may replace these, never a therapist's. */
export const SHIPPED_TRANSLATOR = 'shipped';

const storedFieldsSchema = z.record(
  z.string(),
  z.object({ text: z.string(), sourceSha256: z.string() }),
);

interface Row {
  owner: TranslationOwner;
  ownerId: string;
  language: string;
  fields: string;
  checkedBy: string | null;
  checkedOn: string | null;
  writtenBy: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `owner, owner_id AS ownerId, language, fields, checked_by AS checkedBy,
  checked_on AS checkedOn, written_by AS writtenBy, created_at AS createdAt, updated_at AS updatedAt`;

const fromRow = (row: Row): StoredTranslation => ({
  ...row,
  fields: readStoredJson(storedFieldsSchema, row.fields, {
    table: 'content_translations',
    id: `${row.owner}/${row.ownerId}/${row.language}`,
    column: 'fields',
  }),
});

/** Every translation of one item or template, in the order the languages were added. */
export function listTranslations(
  db: Database,
  owner: TranslationOwner,
  ownerId: string,
): StoredTranslation[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM content_translations WHERE owner = ? AND owner_id = ? ORDER BY created_at, language`,
  ).all(owner, ownerId) as Row[];
  return rows.map(fromRow);
}

/** Every translation into one language of the given items (for a plan's coverage). */
export function findTranslations(
  db: Database,
  owner: TranslationOwner,
  ownerIds: readonly string[],
  language: string,
): StoredTranslation[] {
  if (ownerIds.length === 0) return [];
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM content_translations
     WHERE owner = ? AND language = ? AND owner_id IN (SELECT value FROM json_each(?))`,
  ).all(owner, language, JSON.stringify(ownerIds)) as Row[];
  return rows.map(fromRow);
}

export function findTranslation(
  db: Database,
  owner: TranslationOwner,
  ownerId: string,
  language: string,
): StoredTranslation | null {
  const row = statement(
    db,
    `SELECT ${COLUMNS} FROM content_translations WHERE owner = ? AND owner_id = ? AND language = ?`,
  ).get(owner, ownerId, language) as Row | undefined;
  return row ? fromRow(row) : null;
}

/**
 * Writes a translation's words, as a draft: new words have not been checked by anyone. The
 * row's first writing time is kept.
 */
export function saveTranslation(
  db: Database,
  t: Pick<StoredTranslation, 'owner' | 'ownerId' | 'language' | 'fields' | 'writtenBy'>,
  now: string,
): void {
  statement(
    db,
    `INSERT INTO content_translations
       (owner, owner_id, language, fields, checked_by, checked_on, written_by, created_at, updated_at)
     VALUES (:owner, :ownerId, :language, :fields, NULL, NULL, :writtenBy, :now, :now)
     ON CONFLICT (owner, owner_id, language) DO UPDATE SET
       fields = excluded.fields, checked_by = NULL, checked_on = NULL,
       written_by = excluded.written_by, updated_at = excluded.updated_at`,
  ).run({ ...t, fields: JSON.stringify(t.fields), now });
}

/** Records that a named therapist checked the translation today, against the English now. */
export function markTranslationChecked(
  db: Database,
  key: Pick<StoredTranslation, 'owner' | 'ownerId' | 'language'>,
  check: { checkedBy: string; checkedOn: string; fields: Record<string, StoredTranslatedField> },
  now: string,
): boolean {
  return (
    statement(
      db,
      `UPDATE content_translations
       SET checked_by = :checkedBy, checked_on = :checkedOn, fields = :fields, updated_at = :now
       WHERE owner = :owner AND owner_id = :ownerId AND language = :language`,
    ).run({ ...key, ...check, fields: JSON.stringify(check.fields), now }).changes === 1
  );
}

/**
 * Brings in one shipped draft: added where the item has no translation in that language,
 * replaced only where the one there is still the app's own unchecked draft. A therapist's
 * words, or a draft someone has checked, are never touched.
 */
export function syncShippedTranslation(
  db: Database,
  t: Pick<StoredTranslation, 'owner' | 'ownerId' | 'language' | 'fields'>,
  now: string,
): void {
  // Runs for every shipped item at each start: compare the stored text as it is, unparsed.
  const fields = JSON.stringify(t.fields);
  const existing = statement(
    db,
    `SELECT fields, written_by AS writtenBy, checked_by AS checkedBy FROM content_translations
     WHERE owner = ? AND owner_id = ? AND language = ?`,
  ).get(t.owner, t.ownerId, t.language) as
    { fields: string; writtenBy: string; checkedBy: string | null } | undefined;
  if (existing) {
    const ours = existing.writtenBy === SHIPPED_TRANSLATOR && existing.checkedBy === null;
    if (!ours || existing.fields === fields) return;
  }
  saveTranslation(db, { ...t, writtenBy: SHIPPED_TRANSLATOR }, now);
}
