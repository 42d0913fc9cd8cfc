import type { AuditRecord } from '../../../../shared/domain/history.ts';
import { auditRows } from './audit-rows.ts';
import { dateTime } from './labels.ts';
import { plural } from '../../../../shared/domain/plan-words.ts';

const ENTITY_LABELS: Record<AuditRecord['entity'], string> = {
  patient: 'Patient',
  plan: 'Plan',
  session: 'Session',
};

/** Every recorded change, newest first, folded away until asked for. */
export function AuditTrail({ records }: { records: AuditRecord[] }) {
  const rows = auditRows(records);
  return (
    <details className="audit-trail">
      <summary>
        Audit trail <span className="muted">({plural(records.length, 'record', 'records')})</span>
      </summary>
      {records.length === 0 ? (
        <p className="muted">No changes recorded yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">
            Changes to this patient’s record, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Therapist</th>
              <th scope="col">Part of the record</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, first, last, count }) => (
              <tr key={key}>
                <td>
                  <time dateTime={last.at}>{dateTime(last.at)}</time>
                  {count > 1 && (
                    <>
                      {' '}
                      <span className="muted">
                        (first at <time dateTime={first.at}>{dateTime(first.at)}</time>)
                      </span>
                    </>
                  )}
                </td>
                <td>{last.therapist}</td>
                <td>{ENTITY_LABELS[last.entity]}</td>
                <td>
                  {last.summary}
                  {count > 1 && ` (${count} saves)`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
