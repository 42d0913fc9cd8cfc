import { useDeferredValue } from 'react';
import { Input, Label, Radio, RadioGroup, SearchField, Text } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import {
  REVIEW_BUCKET_LABELS,
  REVIEW_BUCKETS,
  REVIEW_RESULT_LIMIT,
  type ReviewBucket,
  type ReviewQueue as Queue,
} from '../../../../shared/domain/review.ts';
import { searchText } from '../../lib/search-text.ts';
import { QueueTable } from './QueueTable.tsx';
import { useReviewQueue } from './queries.ts';
import { queueFromParams, withParams } from './search-params.ts';
import { SortSelect } from './SortSelect.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

const BUCKET_NAMES: Record<ReviewBucket | 'all', string> = { ...REVIEW_BUCKET_LABELS, all: 'All' };
const BUCKET_ORDER = [...REVIEW_BUCKETS, 'all'] as const;

function countOf(counts: Queue['counts'] | undefined, bucket: ReviewBucket | 'all') {
  if (!counts) return null;
  return bucket === 'all' ? counts.overdue + counts['this-week'] + counts.upcoming : counts[bucket];
}

/** Patients due a review: overdue, in the next 7 days, or in the 8 weeks after. */
export function ReviewQueue() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const state = queueFromParams(params);
  const typed = params.get('q') ?? '';
  const query = useDeferredValue(searchText(typed));
  const queue = useReviewQueue({ bucket: state.bucket, sort: state.sort, query });
  const set = (changes: Record<string, string | null>, replace = false) =>
    void setParams(withParams(params, changes), { replace });
  const entries = queue.data?.entries ?? [];

  return (
    <section aria-labelledby="queue-heading" className="review-section">
      <h2 id="queue-heading">
        {intl.formatMessage({
          id: 'review.reviewQueue.reviewQueue',
          defaultMessage: 'Review queue',
        })}
      </h2>
      <div className="review-controls">
        <RadioGroup
          className="field"
          orientation="horizontal"
          value={state.bucket}
          onChange={(bucket) => set({ bucket: bucket === 'all' ? null : bucket })}
        >
          <Label className="field-label">
            {intl.formatMessage({ id: 'review.reviewQueue.show', defaultMessage: 'Show' })}
          </Label>
          <div className="radio-options">
            {BUCKET_ORDER.map((bucket) => {
              const count = countOf(queue.data?.counts, bucket);
              return (
                <Radio key={bucket} value={bucket} className="radio">
                  <span className="radio-dot" aria-hidden="true" />
                  {BUCKET_NAMES[bucket]}
                  {count !== null && <span className="bucket-count">({count})</span>}
                </Radio>
              );
            })}
          </div>
          <Text slot="description">
            {intl.formatMessage({
              id: 'review.reviewQueue.theNext7Days',
              defaultMessage:
                'The next 7 days are today and the 6 days after. Coming up is the 8 weeks after that; find later reviews below by review date.',
            })}
          </Text>
        </RadioGroup>
        <div className="review-toolbar">
          <SearchField className="search-field" value={typed} onChange={(q) => set({ q }, true)}>
            <Label>
              {intl.formatMessage({
                id: 'review.reviewQueue.filterByNameOr',
                defaultMessage: 'Filter by name or chart number',
              })}
            </Label>
            <Input />
          </SearchField>
          <SortSelect
            value={state.sort}
            onChange={(sort) => set({ sort: sort === 'review-date' ? null : sort })}
          />
        </div>
      </div>
      {!queue.isSuccess ? (
        <QueryState
          query={queue}
          subject={intl.formatMessage({
            id: 'review.reviewQueue.theReviewQueue',
            defaultMessage: 'The review queue',
          })}
        />
      ) : entries.length === 0 ? (
        <p className="review-empty">
          {query
            ? intl.formatMessage(
                {
                  id: 'review.reviewQueue.noReviewsHereMatch',
                  defaultMessage: 'No reviews here match “{query}”.',
                },
                { query },
              )
            : intl.formatMessage({
                id: 'review.reviewQueue.noReviewsHereNobody',
                defaultMessage: 'No reviews here. Nobody is waiting.',
              })}
        </p>
      ) : (
        <QueueTable entries={entries} sortedBy={state.sort} />
      )}
      {queue.data?.truncated && (
        <p className="notice">
          {intl.formatMessage({
            id: 'review.reviewQueue.showingTheFirst',
            defaultMessage: 'Showing the first',
          })}{' '}
          {REVIEW_RESULT_LIMIT}
          {intl.formatMessage({
            id: 'review.reviewQueue.filterByNameOr2',
            defaultMessage: '. Filter by name, or choose one group, to see the rest.',
          })}
        </p>
      )}
    </section>
  );
}
