import type { AppApi } from '../../shared/api.ts';
import { displayName, type DiseaseStage } from '../../shared/domain/patient.ts';
import {
  addDays,
  daysBetween,
  REVIEW_BUCKETS,
  REVIEW_RESULT_LIMIT,
  reviewBucketOf,
  THIS_WEEK_DAYS,
  UPCOMING_DAYS,
  type ReviewBucket,
  type ReviewQueueEntry,
} from '../../shared/domain/review.ts';
import * as review from '../db/repositories/review.ts';
import type { ApiContext } from './context.ts';

type ReviewMethods = Pick<AppApi, 'review.queue' | 'review.findPatients'>;

/** As the patient list shows it: "Smith, Ann (Annie)". */
const nameOf = (row: review.NameColumns) =>
  displayName({
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
  });

export function reviewMethods(ctx: ApiContext): ReviewMethods {
  const { db } = ctx;

  /** Each bucket's first day (null: no lower bound) and the day after its last. */
  function windows(today: string): Record<ReviewBucket | 'all', review.DateWindow> {
    const weekEnd = addDays(today, THIS_WEEK_DAYS);
    const upcomingEnd = addDays(weekEnd, UPCOMING_DAYS);
    return {
      overdue: { from: null, to: today },
      'this-week': { from: today, to: weekEnd },
      upcoming: { from: weekEnd, to: upcomingEnd },
      all: { from: null, to: upcomingEnd },
    };
  }

  return {
    'review.queue': ({ bucket, sort, query }) => {
      const today = ctx.today();
      const w = windows(today);
      const rows = review.reviewQueue(db, w[bucket], query, sort, REVIEW_RESULT_LIMIT + 1);
      const entries = rows.slice(0, REVIEW_RESULT_LIMIT).map((row): ReviewQueueEntry => {
        const daysFromToday = daysBetween(today, row.review_date);
        return {
          patientId: row.patient_id,
          patientName: nameOf(row),
          chartNumber: row.chart_number,
          planId: row.plan_id,
          planVersion: row.version,
          reviewDate: row.review_date,
          // every window lies inside the three buckets, so the fallback is never used
          bucket: reviewBucketOf(daysFromToday) ?? 'upcoming',
          daysFromToday,
          therapist: row.therapist,
        };
      });
      const before = review.countReviewsBefore(
        db,
        REVIEW_BUCKETS.map((b) => w[b].to),
        query,
      );
      const [overdue = 0, throughWeek = 0, throughUpcoming = 0] = before;
      return {
        entries,
        counts: {
          overdue,
          'this-week': throughWeek - overdue,
          upcoming: throughUpcoming - throughWeek,
        },
        truncated: rows.length > REVIEW_RESULT_LIMIT,
      };
    },

    'review.findPatients': (filters) => {
      const rows = review.findPatients(db, filters, REVIEW_RESULT_LIMIT + 1);
      return {
        patients: rows.slice(0, REVIEW_RESULT_LIMIT).map((row) => ({
          patientId: row.patient_id,
          patientName: nameOf(row),
          chartNumber: row.chart_number,
          diseaseStage: row.disease_stage as DiseaseStage | null,
          planId: row.plan_id,
          planVersion: row.version,
          reviewDate: row.review_date,
        })),
        truncated: rows.length > REVIEW_RESULT_LIMIT,
      };
    },
  };
}
