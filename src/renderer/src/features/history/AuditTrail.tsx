import type { AuditRecord } from '../../../../shared/domain/history.ts';
import { auditRows } from './audit-rows.ts';
import { dateTime } from './labels.ts';
import { plural } from '../../../../shared/domain/plan-words.ts';
import { useIntl } from 'react-intl';

const ENTITY_LABELS: Record<AuditRecord['entity'], string> = {
  patient: 'Patient',
  plan: 'Plan',
  session: 'Session',
};

/** Every recorded change, newest first, folded away until asked for. */
export function AuditTrail({ records }: { records: AuditRecord[] }) {
  const intl = useIntl();
  const rows = auditRows(records);
  return (
    <details className="audit-trail">
      <summary>
        {intl.formatMessage({ id: 'history.auditTrail.auditTrail', defaultMessage: 'Audit trail' })}{' '}
        <span className="muted">({plural(records.length, 'record', 'records')})</span>
      </summary>
      {records.length === 0 ? (
        <p className="muted">
          {intl.formatMessage({
            id: 'history.auditTrail.noChangesRecordedYet',
            defaultMessage: 'No changes recorded yet.',
          })}
        </p>
      ) : (
        <table>
          <caption className="visually-hidden">
            {intl.formatMessage({
              id: 'history.auditTrail.changesToThisPatient',
              defaultMessage: 'Changes to this patient’s record, newest first',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {intl.formatMessage({ id: 'history.auditTrail.when', defaultMessage: 'When' })}
              </th>
              <th scope="col">
                {intl.formatMessage({
                  id: 'history.auditTrail.therapist',
                  defaultMessage: 'Therapist',
                })}
              </th>
              <th scope="col">
                {intl.formatMessage({
                  id: 'history.auditTrail.partOfTheRecord',
                  defaultMessage: 'Part of the record',
                })}
              </th>
              <th scope="col">
                {intl.formatMessage({
                  id: 'history.auditTrail.whatChanged',
                  defaultMessage: 'What changed',
                })}
              </th>
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
                        {intl.formatMessage({
                          id: 'history.auditTrail.firstAt',
                          defaultMessage: '(first at',
                        })}{' '}
                        <time dateTime={first.at}>{dateTime(first.at)}</time>)
                      </span>
                    </>
                  )}
                </td>
                <td>{last.therapist}</td>
                <td>{ENTITY_LABELS[last.entity]}</td>
                <td>
                  {last.summary}
                  {count > 1 &&
                    ' ' +
                      intl.formatMessage(
                        { id: 'history.auditTrail.saves', defaultMessage: '({count} saves)' },
                        { count },
                      )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
