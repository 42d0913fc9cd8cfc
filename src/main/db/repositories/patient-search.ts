import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PatientPage, PatientSummary } from '../../../shared/domain/patient.ts';
import { searchTerms } from '../../../shared/text/fold.ts';
import { statement } from '../statements.ts';

interface SummaryRow {
  id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  chart_number: string | null;
  archived_at: string | null;
  sort_key: string;
}

function toSummary(row: SummaryRow): PatientSummary {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    chartNumber: row.chart_number,
    archived: row.archived_at !== null,
  };
}

export interface SearchOptions {
  query: string;
  includeArchived: boolean;
  after: { sortKey: string; id: string } | null;
  limit: number;
}

/**
 * Up to this many candidates from the trigram index are read, sorted and filtered directly.
 * Above it, matches are common enough (≥ 2% of 50,000) that walking the name index in order
 * fills a page within a few thousand entries, which is cheaper than sorting them all.
 */
const CANDIDATE_CAP = 1_000;

/** The index holds the text followed by two of these, so short pieces start a trigram. */
const PAD = '\u0001';
const LAST_CHAR = String.fromCodePoint(0x10ffff);

const COLUMNS =
  'id, given_name, family_name, preferred_name, date_of_birth, chart_number, archived_at, sort_key';

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * An FTS5 expression that every patient whose text holds `term` matches (a superset, checked
 * again with instr), or null when the term is too common to be worth asking the index.
 */
function termExpression(db: Database, term: string, cap: number): string | null {
  if ([...term].length >= 3) return quoted(term);
  // One or two letters: every trigram starting with them, read from the vocabulary in order
  // and given up on as soon as their patients outnumber the cap.
  const rows = statement(
    db,
    `SELECT term, cnt FROM patient_trigram_terms WHERE term >= :term AND term < :term || :last`,
  ).iterate({ term, last: LAST_CHAR }) as IterableIterator<{ term: string; cnt: number }>;
  const trigrams: string[] = [];
  let total = 0;
  for (const row of rows) {
    total += row.cnt;
    if (total > cap) {
      rows.return?.();
      return null;
    }
    trigrams.push(quoted(row.term));
  }
  // No trigram starts with the term: nothing holds it. An expression no row matches says so.
  return trigrams.length > 0 ? `(${trigrams.join(' OR ')})` : quoted(PAD.repeat(3));
}

function filters(
  terms: readonly string[],
  options: SearchOptions,
  params: Record<string, string | number>,
): string[] {
  terms.forEach((t, i) => (params[`t${i}`] = t));
  if (options.after) {
    params.after_key = options.after.sortKey;
    params.after_id = options.after.id;
  }
  return [
    ...(options.includeArchived ? [] : ['archived_at IS NULL']),
    ...terms.map((_, i) => `instr(search_text, :t${i}) > 0`),
    ...(options.after ? ['(sort_key, id) > (:after_key, :after_id)'] : []),
  ];
}

/** The page read from the index's candidates: few enough to look up by rowid and sort. */
function fromCandidates(
  db: Database,
  match: string,
  where: string[],
  params: Record<string, string | number>,
): SummaryRow[] {
  // NOT INDEXED: look each candidate up by rowid rather than walking the name index.
  return statement(
    db,
    `SELECT ${COLUMNS} FROM patients NOT INDEXED
     WHERE rowid IN (SELECT rowid FROM patient_trigrams WHERE patient_trigrams MATCH :match)
       AND ${where.join(' AND ')}
     ORDER BY sort_key, id LIMIT :limit`,
  ).all({ ...params, match }) as SummaryRow[];
}

/** The page found by walking the covering name index in order; LIMIT stops it early. */
function walk(db: Database, where: string[], params: Record<string, string | number>) {
  return statement(
    db,
    `SELECT ${COLUMNS} FROM patients INDEXED BY patients_list
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY sort_key, id LIMIT :limit`,
  ).all(params) as SummaryRow[];
}

/**
 * An FTS5 expression for `patient_trigrams` that at most `cap` patients match and every
 * patient matching all the query's words does (check the words again on what it finds), or
 * null when the index would not narrow the search that far.
 */
export function fewCandidates(
  db: Database,
  terms: readonly string[],
  cap = CANDIDATE_CAP,
): string | null {
  const expressions = terms
    .map((t) => termExpression(db, t, cap))
    .filter((e): e is string => e !== null);
  if (expressions.length === 0) return null;
  const match = expressions.join(' AND ');
  const { n } = statement(
    db,
    `SELECT count(*) AS n FROM
       (SELECT 1 FROM patient_trigrams WHERE patient_trigrams MATCH :match LIMIT :cap)`,
  ).get({ match, cap: cap + 1 }) as { n: number };
  return n > cap ? null : match;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The patients born on `dob` who match the other words: a handful, read by the birth index. */
function bornOn(
  db: Database,
  dob: string,
  where: string[],
  params: Record<string, string | number>,
): SummaryRow[] {
  return statement(
    db,
    `SELECT ${COLUMNS} FROM patients INDEXED BY patients_by_birth
     WHERE date_of_birth = :dob${where.length > 0 ? ` AND ${where.join(' AND ')}` : ''}
     ORDER BY sort_key, id LIMIT :limit`,
  ).all({ ...params, dob }) as SummaryRow[];
}

/** Which rows to read: the index's candidates when they are few, else the name-order walk. */
function pageRows(db: Database, options: SearchOptions, cap: number): SummaryRow[] {
  const all = searchTerms(options.query);
  // A whole date (YYYY-MM-DD; the screen turns what the locale writes into it) is a birth date.
  const dob = all.find((t) => ISO_DATE.test(t));
  const terms = all.filter((t) => t !== dob);
  const params: Record<string, string | number> = { limit: options.limit + 1 };
  const where = filters(terms, options, params);
  if (dob !== undefined) return bornOn(db, dob, where, params);
  const match = terms.length > 0 ? fewCandidates(db, terms, cap) : null;
  return match === null ? walk(db, where, params) : fromCandidates(db, match, where, params);
}

/**
 * One page of the patient list in name order, matching every word of the query anywhere in
 * a name or the chart number, and a date (YYYY-MM-DD) against the date of birth. Pages are keyed by the last row, so scrolling stays fast deep
 * into a long list. `cap` is for tests, to drive either way of reading on a small fixture.
 */
export function searchPatients(
  db: Database,
  options: SearchOptions,
  cap = CANDIDATE_CAP,
): PatientPage {
  const rows = pageRows(db, options, cap);
  const hasMore = rows.length > options.limit;
  const page = hasMore ? rows.slice(0, options.limit) : rows;
  const last = page.at(-1);
  return {
    patients: page.map(toSummary),
    next: hasMore && last ? { sortKey: last.sort_key, id: last.id } : null,
  };
}
