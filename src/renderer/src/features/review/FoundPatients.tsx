import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { REVIEW_RESULT_LIMIT, type PlanSearchPage } from '../../../../shared/domain/review.ts';
import { plural } from '../../../../shared/domain/plan-words.ts';
import { useIntl } from 'react-intl';
import { DISEASE_STAGE_MESSAGES } from '../../lib/domain-messages.ts';

function summary(page: PlanSearchPage): string {
  const n = page.patients.length;
  if (n === 0) return 'No patients match. Archived patients are not searched.';
  if (page.truncated) return `Showing the first ${REVIEW_RESULT_LIMIT} patients, by name.`;
  return `${plural(n, 'patient', 'patients')} found.`;
}

/** The patients a search found, in name order, each a link to the patient. */
export function FoundPatients({ result }: { result: UseQueryResult<PlanSearchPage> }) {
  const intl = useIntl();
  if (result.isError) {
    return (
      <p role="alert">
        {intl.formatMessage({
          id: 'review.foundPatients.theSearchDidNot',
          defaultMessage: 'The search did not run:',
        })}{' '}
        {result.error.message}
      </p>
    );
  }
  if (!result.data)
    return (
      <p className="loading">
        {intl.formatMessage({ id: 'review.foundPatients.searching', defaultMessage: 'Searching…' })}
      </p>
    );
  const { patients } = result.data;
  return (
    <>
      <p className="review-summary" role="status">
        {summary(result.data)}
      </p>
      {patients.length > 0 && (
        <table className="review-table">
          <caption className="visually-hidden">
            {intl.formatMessage({
              id: 'review.foundPatients.patientsFound',
              defaultMessage: 'Patients found',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {intl.formatMessage({
                  id: 'review.foundPatients.patient',
                  defaultMessage: 'Patient',
                })}
              </th>
              <th scope="col">
                {intl.formatMessage({
                  id: 'review.foundPatients.chartNumber',
                  defaultMessage: 'Chart number',
                })}
              </th>
              <th scope="col">
                {intl.formatMessage({
                  id: 'review.foundPatients.diseaseStage',
                  defaultMessage: 'Disease stage',
                })}
              </th>
              <th scope="col">
                {intl.formatMessage({
                  id: 'review.foundPatients.reviewDate',
                  defaultMessage: 'Review date',
                })}
              </th>
              <th scope="col">
                <span className="visually-hidden">
                  {intl.formatMessage({ id: 'review.foundPatients.plan', defaultMessage: 'Plan' })}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {patients.map((p) => (
              <tr key={p.patientId}>
                <th scope="row">
                  <Link to={`/patients/${p.patientId}`}>{p.patientName}</Link>
                </th>
                <td>
                  {p.chartNumber ?? (
                    <span className="muted">
                      {intl.formatMessage({
                        id: 'review.foundPatients.none',
                        defaultMessage: 'None',
                      })}
                    </span>
                  )}
                </td>
                <td>
                  {p.diseaseStage ? (
                    intl.formatMessage(DISEASE_STAGE_MESSAGES[p.diseaseStage])
                  ) : (
                    <span className="muted">
                      {intl.formatMessage({
                        id: 'review.foundPatients.notSet',
                        defaultMessage: 'Not set',
                      })}
                    </span>
                  )}
                </td>
                <td>
                  {p.reviewDate ? (
                    formatDate(p.reviewDate, intl.locale)
                  ) : (
                    <span className="muted">
                      {intl.formatMessage({
                        id: 'review.foundPatients.noActivePlan',
                        defaultMessage: 'No active plan',
                      })}
                    </span>
                  )}
                </td>
                <td>
                  {p.planId && (
                    <Link to={`/patients/${p.patientId}/plans/${p.planId}`}>
                      {intl.formatMessage({
                        id: 'review.foundPatients.openPlan',
                        defaultMessage: 'Open plan',
                      })}
                      <span className="visually-hidden">
                        {' '}
                        {intl.formatMessage({
                          id: 'review.foundPatients.for',
                          defaultMessage: 'for',
                        })}{' '}
                        {p.patientName}
                      </span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
