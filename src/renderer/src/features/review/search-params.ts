import type { z } from 'zod';
import { planSearchSchema, reviewQueueQuerySchema } from '../../../../shared/domain/review.ts';

export type ReviewQueueState = z.output<typeof reviewQueueQuerySchema>;
// The filter box's text (`q`) is read as typed: ReviewQueue cleans it before asking.

/**
 * The screen's state lives in the address (`#/review?bucket=overdue&item=…`) so Back and
 * Forward step through it. Anything unreadable there falls back to the default.
 */
export function queueFromParams(params: URLSearchParams): ReviewQueueState {
  const parsed = reviewQueueQuerySchema.safeParse({
    bucket: params.get('bucket') ?? undefined,
    sort: params.get('sort') ?? undefined,
  });
  return parsed.success ? parsed.data : reviewQueueQuerySchema.parse({});
}

export type SearchValues = z.output<typeof planSearchSchema>;

export const NO_SEARCH: SearchValues = {
  catalogueId: null,
  stage: null,
  reviewFrom: null,
  reviewTo: null,
};

const SEARCH_KEYS = { catalogueId: 'item', stage: 'stage', reviewFrom: 'from', reviewTo: 'to' };

/** The search the address asks for, or null when it asks for none (or a broken one). */
export function searchFromParams(params: URLSearchParams): SearchValues | null {
  const values = {
    catalogueId: params.get(SEARCH_KEYS.catalogueId),
    stage: params.get(SEARCH_KEYS.stage),
    reviewFrom: params.get(SEARCH_KEYS.reviewFrom),
    reviewTo: params.get(SEARCH_KEYS.reviewTo),
  };
  const parsed = planSearchSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** A copy of `params` with one part of the state replaced; empty values are left out. */
export function withParams(
  params: URLSearchParams,
  changes: Record<string, string | null | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function searchParamsOf(search: SearchValues): Record<string, string | null> {
  return {
    [SEARCH_KEYS.catalogueId]: search.catalogueId,
    [SEARCH_KEYS.stage]: search.stage ?? null,
    [SEARCH_KEYS.reviewFrom]: search.reviewFrom,
    [SEARCH_KEYS.reviewTo]: search.reviewTo,
  };
}
