import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { describeReviewDue, type ReviewQueueEntry } from '../../../../shared/domain/review.ts';
import { PlanSessionDialog } from '../sessions/PlanSessionDialog.tsx';

interface Props {
  entries: ReviewQueueEntry[];
  sortedBy: 'review-date' | 'name';
}

/** One row per patient; "Open plan" goes straight to the active plan, "Plan a visit" books one. */
export function QueueTable({ entries, sortedBy }: Props) {
  const navigate = useNavigate();
  const [visitFor, setVisitFor] = useState<ReviewQueueEntry | null>(null);
  const sorted = (column: 'review-date' | 'name') =>
    sortedBy === column ? ('ascending' as const) : undefined;
  return (
    <>
      <table className="review-table">
        <caption className="visually-hidden">Patients due a review</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={sorted('name')}>
              Patient
            </th>
            <th scope="col">Chart number</th>
            <th scope="col" aria-sort={sorted('review-date')}>
              Review
            </th>
            <th scope="col">Therapist</th>
            <th scope="col">
              <span className="visually-hidden">Plan and visit</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.planId}>
              <th scope="row">
                <Link to={`/patients/${e.patientId}`}>{e.patientName}</Link>
              </th>
              <td>{e.chartNumber ?? <span className="muted">None</span>}</td>
              <td>
                <span className={`review-due due-${e.bucket}`}>
                  {describeReviewDue(e.daysFromToday)}
                </span>
                <span className="muted"> · {formatDate(e.reviewDate)}</span>
              </td>
              <td>{e.therapist}</td>
              <td className="row-actions">
                <Link to={`/patients/${e.patientId}/plans/${e.planId}`}>
                  Open plan<span className="visually-hidden"> for {e.patientName}</span>
                </Link>
                <Button
                  className="button small"
                  aria-label={`Plan a visit for ${e.patientName}`}
                  onPress={() => setVisitFor(e)}
                >
                  Plan a visit
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
