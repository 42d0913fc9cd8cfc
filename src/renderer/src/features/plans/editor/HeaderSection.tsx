import { Button } from 'react-aria-components';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { ICF_CODES, type PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { SelectControl } from '../../../components/SelectControl.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { JointPicker } from '../../../components/joint-picker/JointPicker.tsx';
import { ItemActions } from './ItemActions.tsx';
import { ReviewIntervalNote } from './ReviewIntervalNote.tsx';
import { useListEditing } from './useListEditing.ts';
import { useIntl } from 'react-intl';

const ICF_OPTIONS = Object.entries(ICF_CODES).map(([value, label]) => ({
  value,
  label: `${value} ${label}`,
}));

/** Title, dates, therapist, affected joints and goals. */
export function HeaderSection({ previousId }: { previousId: string | null }) {
  const intl = useIntl();
  const { control, getValues } = useFormContext<PlanContentInput>();
  const goals = useFieldArray({ control, name: 'goals' });
  const editing = useListEditing(
    goals,
    (i) => getValues(`goals.${i}`),
    (g) => `goal “${g.text || 'untitled'}”`,
  );

  return (
    <section className="plan-section" aria-labelledby="plan-about">
      <h2 id="plan-about">
        {intl.formatMessage({
          id: 'plans.editor.headerSection.aboutThisPlan',
          defaultMessage: 'About this plan',
        })}
      </h2>
      <div className="field-row">
        <TextFieldControl
          control={control}
          name="title"
          label={intl.formatMessage({
            id: 'plans.editor.headerSection.title',
            defaultMessage: 'Title',
          })}
        />
        <TextFieldControl
          control={control}
          name="therapist"
          label={intl.formatMessage({
            id: 'plans.editor.headerSection.therapist',
            defaultMessage: 'Therapist',
          })}
          description={intl.formatMessage({
            id: 'plans.editor.headerSection.neededToFinalise',
            defaultMessage: 'Needed to finalise.',
          })}
        />
      </div>
      <div className="field-row">
        <TextFieldControl
          control={control}
          name="planDate"
          label={intl.formatMessage({
            id: 'plans.editor.headerSection.planDate',
            defaultMessage: 'Plan date',
          })}
          type="date"
        />
        <TextFieldControl
          control={control}
          name="reviewDate"
          label={intl.formatMessage({
            id: 'plans.editor.headerSection.reviewDate',
            defaultMessage: 'Review date',
          })}
          type="date"
          emptyAsNull
          description={intl.formatMessage({
            id: 'plans.editor.headerSection.neededToFinalise',
            defaultMessage: 'Needed to finalise.',
          })}
        />
      </div>
      {previousId !== null && <ReviewIntervalNote previousId={previousId} />}
      <Controller
        control={control}
        name="affectedJoints"
        render={({ field, fieldState }) => (
          <JointPicker
            label={intl.formatMessage({
              id: 'plans.editor.headerSection.affectedJoints',
              defaultMessage: 'Affected joints',
            })}
            headingLevel={3}
            value={field.value ?? []}
            onChange={field.onChange}
            {...(fieldState.error?.message ? { errorMessage: fieldState.error.message } : {})}
          />
        )}
      />
      <h3>
        {intl.formatMessage({ id: 'plans.editor.headerSection.goals', defaultMessage: 'Goals' })}
      </h3>
      {goals.fields.length === 0 && (
        <p className="muted">
          {intl.formatMessage({
            id: 'plans.editor.headerSection.noGoalsYetAdd',
            defaultMessage: 'No goals yet. Add what the patient wants to be able to do.',
          })}
        </p>
      )}
      <ol className="item-list">
        {goals.fields.map((goal, index) => (
          <li key={goal.id} className="item-card goal-row">
            <TextFieldControl
              control={control}
              name={`goals.${index}.text`}
              label={intl.formatMessage(
                { id: 'plans.editor.headerSection.goal', defaultMessage: 'Goal {value}' },
                { value: index + 1 },
              )}
            />
            <SelectControl
              control={control}
              name={`goals.${index}.icfCode`}
              label={intl.formatMessage({
                id: 'plans.editor.headerSection.icfCode',
                defaultMessage: 'ICF code',
              })}
              options={ICF_OPTIONS}
              noneLabel={intl.formatMessage({
                id: 'plans.editor.headerSection.none',
                defaultMessage: 'None',
              })}
            />
            <ItemActions
              name={`goal ${index + 1}`}
              index={index}
              count={goals.fields.length}
              onMove={editing.move}
              onRemove={editing.removeWithUndo}
            />
          </li>
        ))}
      </ol>
      <Button className="button" onPress={() => goals.append({ text: '', icfCode: null })}>
        {intl.formatMessage({
          id: 'plans.editor.headerSection.addAGoal',
          defaultMessage: 'Add a goal',
        })}
      </Button>
    </section>
  );
}
