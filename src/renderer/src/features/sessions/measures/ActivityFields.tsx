import { Button } from 'react-aria-components';
import { useFieldArray, type Control } from 'react-hook-form';
import type { SessionOutcomeInput } from '../../../../../shared/domain/session.ts';
import { MAX_ACTIVITIES } from '../../../../../shared/domain/visit-measures.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { useIntl } from 'react-intl';

/**
 * The patient's own activities (Patient-Specific Functional Scale style): up to five they
 * find hard, each rated 0 (unable) to 10 (as before). Last visit's activities come back here.
 */
export function ActivityFields({ control }: { control: Control<SessionOutcomeInput> }) {
  const intl = useIntl();
  const activities = useFieldArray({ control, name: 'measures.activities' });
  return (
    <div role="group" aria-labelledby="activities-heading" className="measure-group">
      <p id="activities-heading" className="field-label">
        {intl.formatMessage({
          id: 'sessions.measures.activityFields.activitiesThePatientFinds',
          defaultMessage: 'Activities the patient finds hard (0 unable – 10 as before)',
        })}
      </p>
      {activities.fields.map((row, i) => (
        <div key={row.id} className="activity-row">
          <TextFieldControl
            control={control}
            name={`measures.activities.${i}.activity`}
            label={intl.formatMessage(
              {
                id: 'sessions.measures.activityFields.activity',
                defaultMessage: 'Activity {value}',
              },
              { value: i + 1 },
            )}
          />
          <NumberFieldControl
            control={control}
            name={`measures.activities.${i}.score`}
            label={intl.formatMessage(
              {
                id: 'sessions.measures.activityFields.ratingForActivity0',
                defaultMessage: 'Rating for activity {value} (0 to 10)',
              },
              { value: i + 1 },
            )}
            nullable
          />
          <Button className="button" onPress={() => activities.remove(i)}>
            {intl.formatMessage({
              id: 'sessions.measures.activityFields.removeActivity',
              defaultMessage: 'Remove activity',
            })}{' '}
            {i + 1}
          </Button>
        </div>
      ))}
      {activities.fields.length < MAX_ACTIVITIES && (
        <Button className="button" onPress={() => activities.append({ activity: '', score: null })}>
          {intl.formatMessage({
            id: 'sessions.measures.activityFields.addAnActivity',
            defaultMessage: 'Add an activity',
          })}
        </Button>
      )}
    </div>
  );
}
