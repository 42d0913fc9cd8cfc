import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { Controller, useFormContext } from 'react-hook-form';
import { JOINTS, type JointId } from '../../../../../shared/domain/joints.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { useIntl } from 'react-intl';

/** Which of the joints this splint can fit it is for, for this patient. */
export function OrthosisJoints({
  index,
  name,
  fits,
}: {
  index: number;
  name: string;
  fits: readonly string[];
}) {
  const intl = useIntl();
  const { control } = useFormContext<PlanContentInput>();
  const choices = JOINTS.filter((j) => fits.includes(j.family));
  if (choices.length <= 1) return null;
  return (
    <Controller
      control={control}
      name={`orthoses.${index}.joints`}
      render={({ field }) => (
        <CheckboxGroup
          className="field joint-choices"
          value={field.value ?? []}
          onChange={(ids) =>
            field.onChange(JOINTS.map((j) => j.id).filter((id) => ids.includes(id)) as JointId[])
          }
        >
          <Label className="field-label">
            {intl.formatMessage({
              id: 'plans.editor.orthosisJoints.joints',
              defaultMessage: 'Joints',
            })}{' '}
            <span className="visually-hidden">
              {intl.formatMessage({ id: 'plans.editor.orthosisJoints.for', defaultMessage: 'for' })}{' '}
              {name}
            </span>
            <span className="muted">
              {' '}
              {intl.formatMessage({
                id: 'plans.editor.orthosisJoints.optional',
                defaultMessage: '(optional)',
              })}
            </span>
          </Label>
          <div className="joint-choice-list">
            {choices.map((j) => (
              <Checkbox key={j.id} value={j.id} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                {j.label.charAt(0).toUpperCase() + j.label.slice(1)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      )}
    />
  );
}
