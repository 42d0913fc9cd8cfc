import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { describeReviewDue, type ReviewQueueEntry } from '../../../../shared/domain/review.ts';
import { PlanSessionDialog } from '../sessions/PlanSessionDialog.tsx';
import { useIntl } from 'react-intl';

interface Props {
  entries: ReviewQueueEntry[];
  sortedBy: 'review-date' | 'name';
}

/** One row per patient; "Open plan" goes straight to the active plan, "Plan a visit" books one. */
export function QueueTable({ entries, sortedBy }: Props) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [visitFor, setVisitFor] = useState<ReviewQueueEntry | null>(null);
  const sorted = (column: 'review-date' | 'name') =>
    sortedBy === column ? ('ascending' as const) : undefined;
  return (
    <>
      <table className="review-table">
        <caption className="visually-hidden">
          {intl.formatMessage({
            id: 'review.queueTable.patientsDueAReview',
            defaultMessage: 'Patients due a review',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={sorted('name')}>
              {intl.formatMessage({ id: 'review.queueTable.patient', defaultMessage: 'Patient' })}
            </th>
            <th scope="col">
              {intl.formatMessage({
                id: 'review.queueTable.chartNumber',
                defaultMessage: 'Chart number',
              })}
            </th>
            <th scope="col" aria-sort={sorted('review-date')}>
              {intl.formatMessage({ id: 'review.queueTable.review', defaultMessage: 'Review' })}
            </th>
            <th scope="col">
              {intl.formatMessage({
                id: 'review.queueTable.therapist',
                defaultMessage: 'Therapist',
              })}
            </th>
            <th scope="col">
              <span className="visually-hidden">
                {intl.formatMessage({
                  id: 'review.queueTable.planAndVisit',
                  defaultMessage: 'Plan and visit',
                })}
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.planId}>
              <th scope="row">
                <Link to={`/patients/${e.patientId}`}>{e.patientName}</Link>
              </th>
              <td>
                {e.chartNumber ?? (
                  <span className="muted">
                    {intl.formatMessage({ id: 'review.queueTable.none', defaultMessage: 'None' })}
                  </span>
                )}
              </td>
              <td>
                <span className={`review-due due-${e.bucket}`}>
                  {describeReviewDue(e.daysFromToday)}
                </span>
                <span className="muted"> · {formatDate(e.reviewDate, intl.locale)}</span>
              </td>
              <td>{e.therapist}</td>
              <td className="row-actions">
                <Link to={`/patients/${e.patientId}/plans/${e.planId}`}>
                  {intl.formatMessage({
                    id: 'review.queueTable.openPlan',
                    defaultMessage: 'Open plan',
                  })}
                  <span className="visually-hidden">
                    {' '}
                    {intl.formatMessage({
                      id: 'review.queueTable.for',
                      defaultMessage: 'for',
                    })}{' '}
                    {e.patientName}
                  </span>
                </Link>
                <Button
                  className="button small"
                  aria-label={intl.formatMessage(
                    {
                      id: 'review.queueTable.planAVisitFor',
                      defaultMessage: 'Plan a visit for {patientName}',
                    },
                    { patientName: e.patientName },
                  )}
                  onPress={() => setVisitFor(e)}
                >
                  {intl.formatMessage({
                    id: 'review.queueTable.planAVisit',
                    defaultMessage: 'Plan a visit',
                  })}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {visitFor && (
        <PlanSessionDialog
          patientId={visitFor.patientId}
          isOpen
          onClose={() => setVisitFor(null)}
          onPlanned={(session) => {
            const { patientId } = visitFor;
            setVisitFor(null);
            void navigate(`/patients/${patientId}/sessions/${session.id}`);
          }}
        />
      )}
    </>
  );
}
