import { formatDateTime } from '../../../../shared/domain/dates.ts';
import type { EarlierRecord } from '../../../../shared/domain/session.ts';
import { outcomeFacts } from './outcome-facts.ts';
import { FactList } from '../../components/FactList.tsx';

/** What a corrected record said before, newest first, folded away until asked for. */
export function EarlierRecords({ records }: { records: EarlierRecord[] }) {
  if (records.length === 0) return null;
  const newestFirst = [...records].reverse();
  return (
    <details className="earlier-records">
      <summary>
        Earlier versions of this record <span className="muted">({records.length})</span>
      </summary>
      <ol>
        {newestFirst.map((r) => (
          <li key={r.replacedAt}>
            <p>
              <strong>Recorded by {r.therapist}</strong>, replaced{' '}
              <time dateTime={r.replacedAt}>{formatDateTime(r.replacedAt)}</time>
            </p>
            <FactList
              facts={[
                ...outcomeFacts(r.outcome),
                [
                  'Checklist done',
                  `${r.checklist.filter((i) => i.done).length} of ${r.checklist.length}`,
                ],
              ]}
            />
            <p className="notes">
              <strong>Notes:</strong> {r.outcome.notes || 'No notes.'}
            </p>
            <p className="notes">
              <strong>Changes made:</strong> {r.outcome.changes || 'No changes.'}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
