import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  catalogueItemName,
  storedCatalogueContentSchema,
  type CatalogueContent,
  type CatalogueItem,
  type CatalogueKind,
} from '../../../shared/domain/catalogue.ts';
import {
  catalogueQueryTerms,
  catalogueSearchText,
  storedSynonymsSchema,
} from '../../../shared/domain/catalogue-search.ts';
import { statement } from '../statements.ts';
import { readStoredJson } from './stored-json.ts';

interface CatalogueRow {
  id: string;
  kind: string;
  content: string;
  from_seed: number;
  seed_version: number | null;
  edited: number;
  retired_at: string | null;
  suggested_content: string | null;
  /** Absent before migration 9 (its tests run today's code on older files). */
  synonyms?: string;
  synonyms_edited?: number;
  one_off?: number;
  created_at: string;
  updated_at: string;
}

/** An item's content (or offered wording) as stored, whatever rules it was written under. */
function contentOf(id: string, json: string, column: 'content' | 'suggested_content') {
  return readStoredJson(storedCatalogueContentSchema, json, {
    table: 'catalogue_items',
    id,
    column,
  });
}

function toItem(row: CatalogueRow): CatalogueItem {
  return {
    id: row.id,
    content: contentOf(row.id, row.content, 'content'),
    fromSeed: row.from_seed === 1,
    edited: row.edited === 1,
    retiredAt: row.retired_at,
    suggestion:
      row.suggested_content === null
        ? null
        : contentOf(row.id, row.suggested_content, 'suggested_content'),
    synonyms: synonymsIn(row),
    oneOff: row.one_off === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function synonymsIn(row: Pick<CatalogueRow, 'id' | 'synonyms'>): string[] {
  return readStoredJson(storedSynonymsSchema, row.synonyms ?? '[]', {
    table: 'catalogue_items',
    id: row.id,
    column: 'synonyms',
  });
}

/** The synonyms stored for an item, for recomputing its search text when its content changes. */
function synonymsOf(db: Database, id: string): string[] {
  const row = statement(db, 'SELECT * FROM catalogue_items WHERE id = ?').get(id) as
    CatalogueRow | undefined;
  return row ? synonymsIn(row) : [];
}

export function findCatalogueItem(db: Database, id: string): CatalogueItem | null {
  const row = statement(db, 'SELECT * FROM catalogue_items WHERE id = ?').get(id) as
    CatalogueRow | undefined;
  return row ? toItem(row) : null;
}

/** The items with these ids that exist, in no particular order. */
export function findCatalogueItems(db: Database, ids: readonly string[]): CatalogueItem[] {
  if (ids.length === 0) return [];
  const rows = statement(
    db,
    'SELECT * FROM catalogue_items WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify([...new Set(ids)])) as CatalogueRow[];
  return rows.map(toItem);
}

export interface CatalogueQuery {
  kind: CatalogueKind | null;
  query: string;
  includeRetired: boolean;
  /** Items made for one plan: only what a plan shows needs them, never the catalogue's lists. */
  includeOneOff?: boolean;
}

export function listCatalogue(db: Database, q: CatalogueQuery): CatalogueItem[] {
  const terms = catalogueQueryTerms(q.query);
  const where = [
    ...(q.kind ? ['kind = :kind'] : []),
    ...(q.includeRetired ? [] : ['retired_at IS NULL']),
    ...(q.includeOneOff ? [] : ['one_off = 0']),
    ...terms.map((_, i) => `instr(search_text, :t${i}) > 0`),
  ];
  const params: Record<string, string> = q.kind ? { kind: q.kind } : {};
  terms.forEach((t, i) => (params[`t${i}`] = t));
  const sql = `SELECT * FROM catalogue_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY kind, name COLLATE NOCASE`;
  return (statement(db, sql).all(params) as CatalogueRow[]).map(toItem);
}

export interface NewCatalogueItem {
  id: string;
  content: CatalogueContent;
  fromSeed: boolean;
  seedVersion: number | null;
  synonyms?: readonly string[];
  oneOff?: boolean;
}

export function insertCatalogueItem(db: Database, item: NewCatalogueItem, now: string): void {
  const synonyms = item.synonyms ?? [];
  statement(
    db,
    `INSERT INTO catalogue_items (id, kind, content, name, search_text, from_seed, seed_version, created_at, updated_at)
     VALUES (:id, :kind, :content, :name, :search_text, :from_seed, :seed_version, :now, :now)`,
  ).run({
    id: item.id,
    kind: item.content.kind,
    content: JSON.stringify(item.content),
    name: catalogueItemName(item.content),
    search_text: catalogueSearchText(item.content, synonyms),
    from_seed: item.fromSeed ? 1 : 0,
    seed_version: item.seedVersion,
    now,
  });
  // The columns of migration 9 are written only when set, so the defaults serve older files.
  if (synonyms.length > 0 || item.oneOff)
    statement(db, 'UPDATE catalogue_items SET synonyms = ?, one_off = ? WHERE id = ?').run(
      JSON.stringify(synonyms),
      item.oneOff ? 1 : 0,
      item.id,
    );
}

/**
 * Replaces an item's synonyms (and so its search text). `byTherapist` marks them as the
 * clinic's own, which the shipped list then leaves alone.
 */
export function setCatalogueSynonyms(
  db: Database,
  id: string,
  synonyms: readonly string[],
  now: string,
  byTherapist: boolean,
): boolean {
  const item = findCatalogueItem(db, id);
  if (!item) return false;
  statement(
    db,
    `UPDATE catalogue_items SET synonyms = :synonyms, search_text = :search_text,
       synonyms_edited = CASE WHEN :by_therapist = 1 THEN 1 ELSE synonyms_edited END,
       updated_at = :now WHERE id = :id`,
  ).run({
    id,
    synonyms: JSON.stringify(synonyms),
    search_text: catalogueSearchText(item.content, synonyms),
    by_therapist: byTherapist ? 1 : 0,
    now,
  });
  return true;
}

/** Brings a one-off item into the catalogue, where every plan can choose it. */
export function keepOneOffInCatalogue(db: Database, id: string, now: string): boolean {
  return (
    statement(
      db,
      'UPDATE catalogue_items SET one_off = 0, updated_at = ? WHERE id = ? AND one_off = 1',
    ).run(now, id).changes > 0
  );
}

/**
 * Gives the seeded items the other names the app ships for them, unless the therapist has
 * changed an item's list (theirs then stays). Returns how many items changed.
 */
export function syncSeedSynonyms(
  db: Database,
  shipped: Readonly<Record<string, readonly string[]>>,
  now: string,
): number {
  let changed = 0;
  for (const [id, synonyms] of Object.entries(shipped)) {
    const row = statement(
      db,
      'SELECT synonyms, synonyms_edited FROM catalogue_items WHERE id = ?',
    ).get(id) as Pick<CatalogueRow, 'synonyms' | 'synonyms_edited'> | undefined;
    if (!row || row.synonyms_edited === 1 || row.synonyms === JSON.stringify(synonyms)) continue;
    setCatalogueSynonyms(db, id, synonyms, now, false);
    changed++;
  }
  return changed;
}

/**
 * Replaces an item's content. `byTherapist` marks a seeded item as edited, which protects
 * it from later seed updates; the seed itself passes false with its new version.
 */
export function updateCatalogueContent(
  db: Database,
  id: string,
  content: CatalogueContent,
  now: string,
  change: { byTherapist: true } | { byTherapist: false; seedVersion: number },
): boolean {
  const { changes } = statement(
    db,
    `UPDATE catalogue_items SET content = :content, name = :name, search_text = :search_text,
       edited = CASE WHEN :by_therapist = 1 AND from_seed = 1 THEN 1 ELSE edited END,
       seed_version = COALESCE(:seed_version, seed_version), updated_at = :now
     WHERE id = :id AND kind = :kind`,
  ).run({
    id,
    kind: content.kind,
    content: JSON.stringify(content),
    name: catalogueItemName(content),
    search_text: catalogueSearchText(content, synonymsOf(db, id)),
    by_therapist: change.byTherapist ? 1 : 0,
    seed_version: change.byTherapist ? null : change.seedVersion,
    now,
  });
  return changes > 0;
}

export function setCatalogueRetired(
  db: Database,
  id: string,
  retiredAt: string | null,
  now: string,
): boolean {
  return (
    statement(db, 'UPDATE catalogue_items SET retired_at = ?, updated_at = ? WHERE id = ?').run(
      retiredAt,
      now,
      id,
    ).changes > 0
  );
}

export interface SeedItem {
  seedId: string;
  content: CatalogueContent;
}

export interface SeedResult {
  added: number;
  updated: number;
  keptEdited: number;
  /** Edited items whose newer shipped wording is now offered to the therapist. */
  suggested: number;
}

/** Offers (or, with null, withdraws) a newer shipped version beside an edited item. */
export function setCatalogueSuggestion(
  db: Database,
  id: string,
  suggestion: CatalogueContent | null,
  now: string,
): boolean {
  return (
    statement(
      db,
      'UPDATE catalogue_items SET suggested_content = ?, updated_at = ? WHERE id = ?',
    ).run(suggestion === null ? null : JSON.stringify(suggestion), now, id).changes > 0
  );
}

/**
 * Takes the offered wording: the item reads as shipped again, so it is no longer "edited" and
 * later seed versions update it as they do any untouched item.
 */
export function acceptCatalogueSuggestion(db: Database, id: string, now: string): boolean {
  const row = statement(
    db,
    'SELECT content, suggested_content FROM catalogue_items WHERE id = ?',
  ).get(id) as Pick<CatalogueRow, 'content' | 'suggested_content'> | undefined;
  if (!row?.suggested_content) return false;
  const suggested = contentOf(id, row.suggested_content, 'suggested_content');
  // The wording is the app's correction; the photo is the clinic's own, and stays.
  const current = contentOf(id, row.content, 'content');
  const photo = 'photo' in current ? current.photo : undefined;
  const content =
    photo && (suggested.kind === 'orthosis' || suggested.kind === 'equipment')
      ? { ...suggested, photo }
      : suggested;
  db.transaction(() => {
    updateCatalogueContent(db, id, content, now, { byTherapist: true });
    statement(
      db,
      'UPDATE catalogue_items SET edited = 0, suggested_content = NULL WHERE id = ?',
    ).run(id);
  })();
  return true;
}

/**
 * Brings the shipped catalogue into the database: new seed items are added, unedited ones
 * take the newer version's content, and anything a therapist edited is left exactly as is,
 * with the newer version stored beside it as a suggestion (unless it already reads the same).
 * Retired items stay retired.
 */
export function syncSeedCatalogue(
  db: Database,
  seeds: readonly SeedItem[],
  version: number,
  now: string,
): SeedResult {
  const result: SeedResult = { added: 0, updated: 0, keptEdited: 0, suggested: 0 };
  db.transaction(() => {
    for (const seed of seeds) {
      const row = statement(
        db,
        'SELECT edited, seed_version, content FROM catalogue_items WHERE id = ?',
      ).get(seed.seedId) as Pick<CatalogueRow, 'edited' | 'seed_version' | 'content'> | undefined;
      if (!row) {
        insertCatalogueItem(
          db,
          { id: seed.seedId, content: seed.content, fromSeed: true, seedVersion: version },
          now,
        );
        result.added++;
      } else if (row.edited === 1) {
        result.keptEdited++;
        if ((row.seed_version ?? 0) < version) {
          // Offered once per shipped version: a dismissed suggestion stays dismissed.
          const same = JSON.stringify(JSON.parse(row.content)) === JSON.stringify(seed.content);
          if (!same) {
            setCatalogueSuggestion(db, seed.seedId, seed.content, now);
            result.suggested++;
          }
          statement(db, 'UPDATE catalogue_items SET seed_version = ? WHERE id = ?').run(
            version,
            seed.seedId,
          );
        }
      } else if ((row.seed_version ?? 0) < version) {
        updateCatalogueContent(db, seed.seedId, seed.content, now, {
          byTherapist: false,
          seedVersion: version,
        });
        result.updated++;
      }
    }
  })();
  return result;
}
