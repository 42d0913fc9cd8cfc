import type { AppApi } from '../../shared/api.ts';
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
      const entries = rows.slice(0, REVIEW_RESULT_LIMIT).map((due): ReviewQueueEntry => {
        const daysFromToday = daysBetween(today, due.reviewDate);
        // every window lies inside the three buckets, so the fallback is never used
        return { ...due, bucket: reviewBucketOf(daysFromToday) ?? 'upcoming', daysFromToday };
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
        patients: rows.slice(0, REVIEW_RESULT_LIMIT),
        truncated: rows.length > REVIEW_RESULT_LIMIT,
      };
    },
  };
}
