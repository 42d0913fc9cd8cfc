import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/query-keys.ts';

type QueueInput = InputOf<'review.queue'>;
type FindInput = InputOf<'review.findPatients'>;

// Plans change on other screens; the queue is read fresh each time the screen opens.
const fresh = { staleTime: 0, placeholderData: keepPreviousData };

export function useReviewQueue(input: QueueInput) {
  return useQuery({
    queryKey: queryKeys.review.queue(input),
    queryFn: () => call('review.queue', input),
    ...fresh,
  });
}

/** Runs only once the therapist has asked (`input` is null until then). */
export function useFoundPatients(input: FindInput | null) {
  return useQuery({
    queryKey: queryKeys.review.find(input),
    queryFn: () => call('review.findPatients', input ?? {}),
    enabled: input !== null,
    ...fresh,
  });
}
