import { formatDateTime } from '../../../../shared/domain/dates.ts';
import type { EarlierRecord } from '../../../../shared/domain/session.ts';
import { outcomeFacts } from './outcome-facts.ts';
import { FactList } from '../../components/FactList.tsx';
import { useIntl } from 'react-intl';

/** What a corrected record said before, newest first, folded away until asked for. */
export function EarlierRecords({ records }: { records: EarlierRecord[] }) {
  const intl = useIntl();
  if (records.length === 0) return null;
  const newestFirst = [...records].reverse();
  return (
    <details className="earlier-records">
      <summary>
        {intl.formatMessage({
          id: 'sessions.earlierRecords.earlierVersionsOfThis',
          defaultMessage: 'Earlier versions of this record',
        })}{' '}
        <span className="muted">({records.length})</span>
      </summary>
      <ol>
        {newestFirst.map((r) => (
          <li key={r.replacedAt}>
            <p>
              <strong>
                {intl.formatMessage({
                  id: 'sessions.earlierRecords.recordedBy',
                  defaultMessage: 'Recorded by',
                })}{' '}
                {r.therapist}
              </strong>
              {intl.formatMessage({
                id: 'sessions.earlierRecords.replaced',
                defaultMessage: ', replaced',
              })}{' '}
              <time dateTime={r.replacedAt}>{formatDateTime(r.replacedAt, intl.locale)}</time>
            </p>
            <FactList
              facts={[
                ...outcomeFacts(r.outcome),
                [
                  intl.formatMessage({
                    id: 'sessions.earlierRecords.checklistDone',
                    defaultMessage: 'Checklist done',
                  }),
                  intl.formatMessage(
                    { id: 'sessions.earlierRecords.of', defaultMessage: '{length} of {length2}' },
                    {
                      length: r.checklist.filter((i) => i.done).length,
                      length2: r.checklist.length,
                    },
                  ),
                ],
              ]}
            />
            <p className="notes">
              <strong>
                {intl.formatMessage({
                  id: 'sessions.earlierRecords.notes',
                  defaultMessage: 'Notes:',
                })}
              </strong>{' '}
              {r.outcome.notes ||
                intl.formatMessage({
                  id: 'sessions.earlierRecords.noNotes',
                  defaultMessage: 'No notes.',
                })}
            </p>
            <p className="notes">
              <strong>
                {intl.formatMessage({
                  id: 'sessions.earlierRecords.changesMade',
                  defaultMessage: 'Changes made:',
                })}
              </strong>{' '}
              {r.outcome.changes ||
                intl.formatMessage({
                  id: 'sessions.earlierRecords.noChanges',
                  defaultMessage: 'No changes.',
                })}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
