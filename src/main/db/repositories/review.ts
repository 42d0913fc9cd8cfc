import type { Database } from 'better-sqlite3';
import { displayName, type DiseaseStage } from '../../../shared/domain/patient.ts';
import type {
  PlanSearchResult,
  ReviewQueueEntry,
  ReviewSort,
} from '../../../shared/domain/review.ts';
import { searchTerms } from '../../../shared/text/fold.ts';
import { statement } from '../statements.ts';

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

function nameFilter(query: string, params: Record<string, string | number | null>): string[] {
  return searchTerms(query).map((term, i) => {
    params[`t${i}`] = term;
    return `instr(pt.search_text, :t${i}) > 0`;
  });
}

/**
 * Active plans with a review date in the window, of patients not archived, whose name or
 * chart number matches every word of `query`. Walks `plans_by_review_date` over the window
 * and looks each patient up by id, so the cost follows the window, not the caseload.
 */
export function reviewQueue(
  db: Database,
  window: DateWindow,
  query: string,
  sort: ReviewSort,
  limit: number,
): DueReview[] {
  const params: Record<string, string | number | null> = { to: window.to, limit };
  const where = [
    "p.status = 'finalised'",
    'p.review_date < :to',
    'pt.archived_at IS NULL',
    ...nameFilter(query, params),
  ];
  if (window.from !== null) {
    params.from = window.from;
    where.push('p.review_date >= :from');
  }
  const order = sort === 'name' ? 'pt.sort_key, pt.id' : 'p.review_date, pt.sort_key, pt.id';
  const rows = statement(
    db,
    `SELECT pt.id AS patient_id, pt.given_name, pt.family_name, pt.preferred_name, pt.chart_number,
       p.id AS plan_id, p.version, p.review_date, p.therapist
     FROM plans p INDEXED BY plans_by_review_date
     JOIN patients pt ON pt.id = p.patient_id
     WHERE ${where.join(' AND ')}
     ORDER BY ${order}
     LIMIT :limit`,
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

/** How many entries fall before each boundary: counts for every bucket in one pass. */
export function countReviewsBefore(
  db: Database,
  boundaries: readonly string[],
  query: string,
): number[] {
  const params: Record<string, string | number | null> = {};
  const sums = boundaries.map((b, i) => {
    params[`b${i}`] = b;
    return `coalesce(sum(p.review_date < :b${i}), 0) AS c${i}`;
  });
  params.last = boundaries.at(-1) ?? '';
  const where = [
    "p.status = 'finalised'",
    'p.review_date < :last',
    'pt.archived_at IS NULL',
    ...nameFilter(query, params),
  ];
  const row = statement(
    db,
    `SELECT ${sums.join(', ')}
     FROM plans p INDEXED BY plans_by_review_date
     JOIN patients pt ON pt.id = p.patient_id
     WHERE ${where.join(' AND ')}`,
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
 * The catalogue filter reads `plan_items_by_catalogue` once into a list of plan ids, and
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
    where.push('p.id IN (SELECT plan_id FROM plan_items WHERE catalogue_id = :catalogue_id)');
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
