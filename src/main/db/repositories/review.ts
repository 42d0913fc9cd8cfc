import type { Database } from 'better-sqlite3-multiple-ciphers';
import { displayName, type DiseaseStage } from '../../../shared/domain/patient.ts';
import type {
  PlanSearchResult,
  ReviewQueueEntry,
  ReviewSort,
} from '../../../shared/domain/review.ts';
import { searchTerms } from '../../../shared/text/fold.ts';
import { statement } from '../statements.ts';
import { fewCandidates } from './patient-search.ts';

interface NameColumns {
  given_name: string;
  family_name: string;
  preferred_name: string | null;
}

interface QueueRow {
  patient_id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  chart_number: string | null;
  plan_id: string;
  version: number;
  review_date: string;
  therapist: string;
}

/** An active plan due for review, before it is placed in a bucket relative to today. */
export type DueReview = Omit<ReviewQueueEntry, 'bucket' | 'daysFromToday'>;

/** As the patient list shows it: "Smith, Ann (Annie)". */
const nameOf = (row: NameColumns) =>
  displayName({
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
  });

/** Review dates from `from` (inclusive, or unbounded) to `to` (exclusive). */
export interface DateWindow {
  from: string | null;
  to: string;
}

/**
 * Which reviews to read for a name filter: `from` names the rows and index, `where` the
 * conditions. When the patient search's trigram index narrows the query to a few patients,
 * only their rows are looked up (by patient id); otherwise an index of review_due is walked
 * with every word checked in the folded text it keeps beside each review.
 */
function nameFilter(
  db: Database,
  query: string,
  params: Record<string, string | number | null>,
  index: string,
): { from: string; where: string[] } {
  const terms = searchTerms(query);
  const where = terms.map((term, i) => {
    params[`t${i}`] = term;
    return `instr(d.search_text, :t${i}) > 0`;
  });
  const match = terms.length > 0 ? fewCandidates(db, terms) : null;
  if (match === null) return { from: `review_due d INDEXED BY ${index}`, where };
  params.match = match;
  return {
    from: 'review_due d INDEXED BY sqlite_autoindex_review_due_1',
    where: [
      `d.patient_id IN (SELECT id FROM patients NOT INDEXED WHERE rowid IN
         (SELECT rowid FROM patient_trigrams WHERE patient_trigrams MATCH :match))`,
      ...where,
    ],
  };
}

/**
 * A window this small is read by date and sorted by name; a larger one is read by walking the
 * name index, where it is dense enough for LIMIT to stop the walk early.
 */
const SORT_BY_NAME_UP_TO = 5_000;

function windowWhere(window: DateWindow, params: Record<string, string | number | null>) {
  params.to = window.to;
  if (window.from === null) return ['d.review_date < :to'];
  params.from = window.from;
  return ['d.review_date >= :from', 'd.review_date < :to'];
}

/** Whether the window holds at most `cap` reviews, counting no further than that. */
function windowIsSmall(db: Database, window: DateWindow, cap: number): boolean {
  const params: Record<string, string | number | null> = { cap: cap + 1 };
  const where = windowWhere(window, params);
  const { n } = statement(
    db,
    `SELECT count(*) AS n FROM (SELECT 1 FROM review_due d INDEXED BY review_due_by_date
       WHERE ${where.join(' AND ')} LIMIT :cap)`,
  ).get(params) as { n: number };
  return n <= cap;
}

/**
 * Active plans with a review date in the window, of patients not archived, whose name or
 * chart number matches every word of `query`. Reads `review_due` (one row per patient with a
 * review, kept by triggers) through the index in the order asked for, so LIMIT stops the walk;
 * only the rows returned are looked up in plans and patients.
 */
export function reviewQueue(
  db: Database,
  window: DateWindow,
  query: string,
  sort: ReviewSort,
  limit: number,
): DueReview[] {
  const params: Record<string, string | number | null> = { limit };
  const byName = sort === 'name' && !windowIsSmall(db, window, SORT_BY_NAME_UP_TO);
  const names = nameFilter(db, query, params, byName ? 'review_due_by_name' : 'review_due_by_date');
  const where = [...windowWhere(window, params), ...names.where];
  const order =
    sort === 'name' ? 'd.sort_key, d.patient_id' : 'd.review_date, d.sort_key, d.patient_id';
  const rows = statement(
    db,
    `SELECT pt.id AS patient_id, pt.given_name, pt.family_name, pt.preferred_name, pt.chart_number,
       p.id AS plan_id, p.version, p.review_date, p.therapist
     FROM (SELECT patient_id, plan_id, review_date, sort_key
           FROM ${names.from}
           WHERE ${where.join(' AND ')}
           ORDER BY ${order}
           LIMIT :limit) d
     JOIN plans p ON p.id = d.plan_id
     JOIN patients pt ON pt.id = d.patient_id
     ORDER BY ${order}`,
  ).all(params) as QueueRow[];
  return rows.map((row) => ({
    patientId: row.patient_id,
    patientName: nameOf(row),
    chartNumber: row.chart_number,
    planId: row.plan_id,
    planVersion: row.version,
    reviewDate: row.review_date,
    therapist: row.therapist,
  }));
}

/**
 * How many entries fall before each boundary: counts for every bucket in one pass. With no
 * name filter they add up `review_due_days` (reviews per day, kept by triggers); with one,
 * they count the matching rows of `review_due`.
 */
export function countReviewsBefore(
  db: Database,
  boundaries: readonly string[],
  query: string,
): number[] {
  const params: Record<string, string | number | null> = {};
  const unfiltered = searchTerms(query).length === 0;
  const sums = boundaries.map((b, i) => {
    params[`b${i}`] = b;
    return unfiltered
      ? `coalesce(sum(d.n * (d.review_date < :b${i})), 0) AS c${i}`
      : `coalesce(sum(d.review_date < :b${i}), 0) AS c${i}`;
  });
  params.last = boundaries.at(-1) ?? '';
  const names = unfiltered
    ? { from: 'review_due_days d', where: [] }
    : nameFilter(db, query, params, 'review_due_by_date');
  const row = statement(
    db,
    `SELECT ${sums.join(', ')}
     FROM ${names.from}
     WHERE ${['d.review_date < :last', ...names.where].join(' AND ')}`,
  ).get(params) as Record<string, number>;
  return boundaries.map((_, i) => row[`c${i}`] ?? 0);
}

export interface FindFilters {
  catalogueId: string | null;
  stage: DiseaseStage | null;
  reviewFrom: string | null;
  reviewTo: string | null;
}

interface FoundRow {
  patient_id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  chart_number: string | null;
  disease_stage: DiseaseStage | null;
  plan_id: string | null;
  version: number | null;
  review_date: string | null;
}

/**
 * Patients not archived matching every filter given, in name order. A catalogue item or a
 * review date needs an active plan; a stage alone also finds patients who have none yet.
 * The catalogue filter reads `plan_catalogue_refs` (active plans only) into a list of plan ids, and
 * review dates walk `plans_by_review_date`; each patient is then looked up by id.
 */
export function findPatients(
  db: Database,
  filters: FindFilters,
  limit: number,
): PlanSearchResult[] {
  const params: Record<string, string | number | null> = { limit };
  const where = ['pt.archived_at IS NULL'];
  const needsPlan =
    filters.catalogueId !== null || filters.reviewFrom !== null || filters.reviewTo !== null;
  if (filters.stage !== null) {
    params.stage = filters.stage;
    where.push('pt.disease_stage = :stage');
  }
  if (filters.reviewFrom !== null) {
    params.review_from = filters.reviewFrom;
    where.push('p.review_date >= :review_from');
  }
  if (filters.reviewTo !== null) {
    params.review_to = filters.reviewTo;
    where.push('p.review_date <= :review_to');
  }
  if (filters.catalogueId !== null) {
    params.catalogue_id = filters.catalogueId;
    where.push(
      'p.id IN (SELECT plan_id FROM plan_catalogue_refs WHERE catalogue_id = :catalogue_id)',
    );
  }
  if (needsPlan) where.push("p.status = 'finalised'");
  const from = needsPlan
    ? `plans p JOIN patients pt ON pt.id = p.patient_id`
    : `patients pt LEFT JOIN plans p ON p.patient_id = pt.id AND p.status = 'finalised'`;
  const rows = statement(
    db,
    `SELECT pt.id AS patient_id, pt.given_name, pt.family_name, pt.preferred_name, pt.chart_number, pt.disease_stage,
       p.id AS plan_id, p.version, p.review_date
     FROM ${from}
     WHERE ${where.join(' AND ')}
     ORDER BY pt.sort_key, pt.id
     LIMIT :limit`,
  ).all(params) as FoundRow[];
  return rows.map((row) => ({
    patientId: row.patient_id,
    patientName: nameOf(row),
    chartNumber: row.chart_number,
    diseaseStage: row.disease_stage,
    planId: row.plan_id,
    planVersion: row.version,
    reviewDate: row.review_date,
  }));
}
