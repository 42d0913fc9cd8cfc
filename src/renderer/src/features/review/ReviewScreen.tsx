import { FindPatients } from './FindPatients.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import './review.css';
import { useIntl } from 'react-intl';

/** Who is due a review, and who has what in their plan. */
export function ReviewScreen() {
  const intl = useIntl();
  return (
    <div className="panes">
      <main className="detail-pane review-screen" id="main">
        <h1>
          {intl.formatMessage({ id: 'review.reviewScreen.reviews', defaultMessage: 'Reviews' })}
        </h1>
        <ReviewQueue />
        <FindPatients />
      </main>
    </div>
  );
}
