import { z } from 'zod';
import { isCalendarDate } from './dates.ts';
import { catalogueIdSchema } from './catalogue.ts';
import { DISEASE_STAGES, type DiseaseStage } from './patient.ts';
import { searchQuery } from './text-fields.ts';

export const REVIEW_BUCKETS = ['overdue', 'this-week', 'upcoming'] as const;
export type ReviewBucket = (typeof REVIEW_BUCKETS)[number];
export const REVIEW_BUCKET_LABELS: Record<ReviewBucket, string> = {
  overdue: 'Overdue',
  'this-week': 'Due in the next 7 days',
  upcoming: 'Coming up',
};

/**
 * The queue's windows, in days from today. "This week" is today and the next 6 days;
 * "coming up" is the 8 weeks after that. Reviews further off are not in the queue: it is a
 * work list, and "Find patients" finds any review date.
 */
export const THIS_WEEK_DAYS = 7;
export const UPCOMING_DAYS = 56;

/** The most rows either list returns; the screen says when there were more. */
export const REVIEW_RESULT_LIMIT = 500;

export const reviewQueueQuerySchema = z.strictObject({
  bucket: z
    .enum([...REVIEW_BUCKETS, 'all'], { error: 'Choose which reviews to show' })
    .default('all'),
  sort: z
    .enum(['review-date', 'name'], { error: 'Sort by review date or name' })
    .default('review-date'),
  query: searchQuery(),
});
export type ReviewSort = z.output<typeof reviewQueueQuerySchema>['sort'];

/** A patient whose active plan has a review date. */
export interface ReviewQueueEntry {
  patientId: string;
  patientName: string;
  chartNumber: string | null;
  planId: string;
  planVersion: number;
  reviewDate: string;
  bucket: ReviewBucket;
  /** Negative when overdue. */
  daysFromToday: number;
  therapist: string;
}

export interface ReviewQueue {
  /** The chosen bucket's entries, at most REVIEW_RESULT_LIMIT. */
  entries: ReviewQueueEntry[];
  /** How many patients each bucket holds, with the same name filter. */
  counts: Record<ReviewBucket, number>;
  /** True when the bucket held more entries than were returned. */
  truncated: boolean;
}

const optionalDate = (label: string) =>
  z
    .string({ error: `${label} must be a date` })
    .refine(isCalendarDate, `${label} must be a real date`)
    .nullable()
    .default(null);

/**
 * Find patients by what their active plan holds. Every filter is optional but at least one
 * is needed; all given must match. Archived patients are left out.
 */
export const planSearchSchema = z
  .strictObject({
    catalogueId: catalogueIdSchema.nullable().default(null),
    stage: z.enum(DISEASE_STAGES, { error: 'Not a disease stage' }).nullable().default(null),
    reviewFrom: optionalDate('Review from'),
    reviewTo: optionalDate('Review to'),
  })
  .refine((s) => s.reviewFrom === null || s.reviewTo === null || s.reviewFrom <= s.reviewTo, {
    message: 'The review “to” date must be on or after the “from” date',
    path: ['reviewTo'],
  })
  .refine(
    (s) =>
      s.catalogueId !== null || s.stage !== null || s.reviewFrom !== null || s.reviewTo !== null,
    'Choose at least one thing to search by: a catalogue item, a disease stage or a review date',
  );
export type PlanSearch = z.input<typeof planSearchSchema>;

export interface PlanSearchResult {
  patientId: string;
  patientName: string;
  chartNumber: string | null;
  diseaseStage: DiseaseStage | null;
  planId: string | null;
  planVersion: number | null;
  reviewDate: string | null;
}

export interface PlanSearchPage {
  /** In name order, at most REVIEW_RESULT_LIMIT. */
  patients: PlanSearchResult[];
  truncated: boolean;
}

/** YYYY-MM-DD plus `days` (which may be negative), on the calendar. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => {
    const [year, month, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Which bucket a review `daysFromToday` away falls in, or null when it is further off. */
export function reviewBucketOf(daysFromToday: number): ReviewBucket | null {
  if (daysFromToday < 0) return 'overdue';
  if (daysFromToday < THIS_WEEK_DAYS) return 'this-week';
  if (daysFromToday < THIS_WEEK_DAYS + UPCOMING_DAYS) return 'upcoming';
  return null;
}

/** "3 days overdue", "Due today", "Due tomorrow", "In 12 days". */
export function describeReviewDue(daysFromToday: number): string {
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (daysFromToday < 0) return `${days(-daysFromToday)} overdue`;
  if (daysFromToday === 0) return 'Due today';
  if (daysFromToday === 1) return 'Due tomorrow';
  return `In ${days(daysFromToday)}`;
}
