import { useIntl } from 'react-intl';
interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
}

interface Props {
  query: QueryLike;
  /** What failed, as the start of the sentence: "This patient", "The plans". */
  subject: string;
  /** "could not be loaded" unless the thing is a listing ("could not be listed"). */
  verb?: 'loaded' | 'listed';
  /** Say "Loading…" while waiting; off where the screen already shows an empty list. */
  showLoading?: boolean;
  className?: string;
}

/** While waiting. */
export function Loading() {
  const intl = useIntl();
  return (
    <p className="loading">
      {intl.formatMessage({ id: 'components.queryState.loading', defaultMessage: 'Loading…' })}
    </p>
  );
}

/**
 * What a screen says while its data is not there: "Loading…", or, if the call failed, an
 * alert naming what could not be loaded and why. Draws nothing once the data has arrived.
 */
export function QueryState({
  query,
  subject,
  verb = 'loaded',
  showLoading = true,
  className,
}: Props) {
  const intl = useIntl();
  if (query.isError)
    return (
      <p role="alert" className={className}>
        {subject}{' '}
        {intl.formatMessage({
          id: 'components.queryState.couldNotBe',
          defaultMessage: 'could not be',
        })}{' '}
        {verb}: {query.error?.message}
      </p>
    );
  return query.isPending && showLoading ? <Loading /> : null;
}
