import { FindPatients } from './FindPatients.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import './review.css';

/** Who is due a review, and who has what in their plan. */
export function ReviewScreen() {
  return (
    <div className="panes">
      <main className="detail-pane review-screen" id="main">
        <h1>Reviews</h1>
        <ReviewQueue />
        <FindPatients />
      </main>
    </div>
  );
}
