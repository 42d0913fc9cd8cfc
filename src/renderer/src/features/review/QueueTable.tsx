import { Link } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { describeReviewDue, type ReviewQueueEntry } from '../../../../shared/domain/review.ts';

interface Props {
  entries: ReviewQueueEntry[];
  sortedBy: 'review-date' | 'name';
}

/** One row per patient; "Open plan" goes straight to the active plan. */
export function QueueTable({ entries, sortedBy }: Props) {
  const sorted = (column: 'review-date' | 'name') =>
    sortedBy === column ? ('ascending' as const) : undefined;
  return (
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
            <span className="visually-hidden">Plan</span>
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
            <td>
              <Link to={`/patients/${e.patientId}/plans/${e.planId}`}>
                Open plan<span className="visually-hidden"> for {e.patientName}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
