import { useWatch } from 'react-hook-form';
import {
  addInterval,
  describeInterval,
  reviewIntervalOf,
} from '../../../../../shared/domain/plan-defaults.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { usePlan } from '../queries.ts';
import { useIntl } from 'react-intl';

/**
 * Says where a new version's review date came from: the interval of the version before it,
 * counted from this version's date. Silent once the therapist sets another date.
 */
export function ReviewIntervalNote({ previousId }: { previousId: string }) {
  const intl = useIntl();
  const previous = usePlan(previousId);
  const [planDate, reviewDate] = useWatch<PlanContentInput, ['planDate', 'reviewDate']>({
    name: ['planDate', 'reviewDate'],
  });
  if (!previous.data) return null;
  const { content, version } = previous.data;
  const interval = reviewIntervalOf(content.planDate, content.reviewDate);
  if (!interval || !planDate || reviewDate !== addInterval(planDate, interval)) return null;
  return (
    <p className="form-hint review-interval-note" id="review-interval-note">
      {intl.formatMessage({
        id: 'plans.editor.reviewIntervalNote.reviewDateProposed',
        defaultMessage: 'Review date proposed',
      })}{' '}
      {describeInterval(interval)}{' '}
      {intl.formatMessage({
        id: 'plans.editor.reviewIntervalNote.afterThePlanDate',
        defaultMessage: 'after the plan date, the same interval as version',
      })}{' '}
      {version}
      {intl.formatMessage({
        id: 'plans.editor.reviewIntervalNote.changeItIfThis',
        defaultMessage: '. Change it if this review needs another time.',
      })}
    </p>
  );
}
