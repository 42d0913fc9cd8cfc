import { Button } from 'react-aria-components';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { ICF_CODES, type PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { SelectControl } from '../../../components/SelectControl.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { JointPicker } from '../../../components/joint-picker/JointPicker.tsx';
import { ItemActions } from './ItemActions.tsx';
import { ReviewIntervalNote } from './ReviewIntervalNote.tsx';
import { useListEditing } from './useListEditing.ts';

const ICF_OPTIONS = Object.entries(ICF_CODES).map(([value, label]) => ({
  value,
  label: `${value} ${label}`,
}));

/** Title, dates, therapist, affected joints and goals. */
export function HeaderSection({ previousId }: { previousId: string | null }) {
  const { control, getValues } = useFormContext<PlanContentInput>();
  const goals = useFieldArray({ control, name: 'goals' });
  const editing = useListEditing(
    goals,
    (i) => getValues(`goals.${i}`),
    (g) => `goal “${g.text || 'untitled'}”`,
  );

  return (
    <section className="plan-section" aria-labelledby="plan-about">
      <h2 id="plan-about">About this plan</h2>
      <div className="field-row">
        <TextFieldControl control={control} name="title" label="Title" />
        <TextFieldControl
          control={control}
          name="therapist"
          label="Therapist"
          description="Needed to finalise."
        />
      </div>
      <div className="field-row">
        <TextFieldControl control={control} name="planDate" label="Plan date" type="date" />
        <TextFieldControl
          control={control}
          name="reviewDate"
          label="Review date"
          type="date"
          emptyAsNull
          description="Needed to finalise."
        />
      </div>
      {previousId !== null && <ReviewIntervalNote previousId={previousId} />}
      <Controller
        control={control}
        name="affectedJoints"
        render={({ field, fieldState }) => (
          <JointPicker
            label="Affected joints"
            headingLevel={3}
            value={field.value ?? []}
            onChange={field.onChange}
            {...(fieldState.error?.message ? { errorMessage: fieldState.error.message } : {})}
          />
        )}
      />
      <h3>Goals</h3>
      {goals.fields.length === 0 && (
        <p className="muted">No goals yet. Add what the patient wants to be able to do.</p>
      )}
      <ol className="item-list">
        {goals.fields.map((goal, index) => (
          <li key={goal.id} className="item-card goal-row">
            <TextFieldControl
              control={control}
              name={`goals.${index}.text`}
              label={`Goal ${index + 1}`}
            />
            <SelectControl
              control={control}
              name={`goals.${index}.icfCode`}
              label="ICF code"
              options={ICF_OPTIONS}
              noneLabel="None"
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
        Add a goal
      </Button>
    </section>
  );
}
