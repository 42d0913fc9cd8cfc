import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useFormContext, useWatch, type FieldValues, type Path } from 'react-hook-form';
import {
  describePattern,
  WEARING_PATTERN_LABELS,
  wearingPatternSchema,
  type WearingPattern,
  type WearingPatternType,
} from '../../../../shared/domain/schedule.ts';
import { TextFieldControl } from '../TextFieldControl.tsx';
import { LinesFieldControl } from '../LinesFieldControl.tsx';
import { NumberFieldControl } from '../NumberFieldControl.tsx';
import './WearingPatternFields.css';
import { useIntl } from 'react-intl';
import { WEARING_PATTERN_MESSAGES } from '../../lib/domain-messages.ts';

type Stage = 'usual' | 'flare' | 'stable';

const SAME_AS_USUAL = 'same';
const PATTERN_TYPES = Object.keys(WEARING_PATTERN_LABELS) as WearingPatternType[];

/** A fresh pattern of a type, with its parameters blank or at a common starting point. */
function blankPattern(type: WearingPatternType): WearingPattern {
  switch (type) {
    case 'continuous':
    case 'night':
    case 'unset':
      return { type };
    case 'alternate-nights':
      return { type, first: 'left' };
    case 'activities':
      return { type, activities: [] };
    case 'hours':
      return { type, hoursOn: 2, hoursOff: 2 };
    case 'custom':
      return { type, text: '' };
  }
}

interface Props {
  /** Where the schedule sits in the form: `defaultSchedule`, `orthoses.2.schedule`, … */
  schedulePath: string;
  stage: Stage;
  legend: string;
}

/** One pattern of a wearing schedule: its type, the type's parameters, and a preview. */
export function WearingPatternFields({ schedulePath, stage, legend }: Props) {
  const intl = useIntl();
  const { control, setValue, formState } = useFormContext<FieldValues>();
  const path = `${schedulePath}.${stage}` as Path<FieldValues>;
  const pattern = useWatch({ control, name: path }) as WearingPattern | null | undefined;
  const optional = stage !== 'usual';
  const options = [
    ...(optional ? [{ value: SAME_AS_USUAL, label: 'Same as usual' }] : []),
    ...PATTERN_TYPES.map((type) => ({
      value: type,
      label: intl.formatMessage(WEARING_PATTERN_MESSAGES[type]),
    })),
  ];
  const preview = pattern ? wearingPatternSchema.safeParse(pattern) : null;

  return (
    <fieldset className="pattern-fields">
      <legend>{legend}</legend>
      <RadioGroup
        className="field radio-group"
        orientation="horizontal"
        value={pattern?.type ?? SAME_AS_USUAL}
        onChange={(value) =>
          setValue(
            path,
            value === SAME_AS_USUAL ? null : blankPattern(value as WearingPatternType),
            { shouldDirty: true, shouldValidate: formState.isSubmitted },
          )
        }
      >
        <Label className="field-label">
          {intl.formatMessage({
            id: 'components.schedule.wearingPatternFields.whenToWearIt',
            defaultMessage: 'When to wear it',
          })}
        </Label>
        <div className="radio-options">
          {options.map((o) => (
            <Radio key={o.value} value={o.value} className="radio">
              <span className="radio-dot" aria-hidden="true" />
              {o.label}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {pattern?.type === 'activities' && (
        <LinesFieldControl
          control={control}
          name={`${path}.activities`}
          label={intl.formatMessage({
            id: 'components.schedule.wearingPatternFields.activities',
            defaultMessage: 'Activities',
          })}
          rows={3}
          description={intl.formatMessage({
            id: 'components.schedule.wearingPatternFields.onePerLineAs',
            defaultMessage: 'One per line, as the patient would say it: “cook”, “do the garden”.',
          })}
        />
      )}
      {pattern?.type === 'alternate-nights' && (
        <RadioGroup
          className="field radio-group"
          orientation="horizontal"
          value={pattern.first}
          onChange={(value) =>
            setValue(`${path}.first` as Path<FieldValues>, value, {
              shouldDirty: true,
              shouldValidate: formState.isSubmitted,
            })
          }
        >
          <Label className="field-label">
            {intl.formatMessage({
              id: 'components.schedule.wearingPatternFields.whichHandFirst',
              defaultMessage: 'Which hand first',
            })}
          </Label>
          <div className="radio-options">
            {(['left', 'right'] as const).map((side) => (
              <Radio key={side} value={side} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                {side === 'left'
                  ? intl.formatMessage({
                      id: 'components.schedule.wearingPatternFields.leftThenRight',
                      defaultMessage: 'Left, then right',
                    })
                  : intl.formatMessage({
                      id: 'components.schedule.wearingPatternFields.rightThenLeft',
                      defaultMessage: 'Right, then left',
                    })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      )}
      {pattern?.type === 'hours' && (
        <div className="field-row">
          <NumberFieldControl
            control={control}
            name={`${path}.hoursOn`}
            label={intl.formatMessage({
              id: 'components.schedule.wearingPatternFields.hoursOn',
              defaultMessage: 'Hours on',
            })}
            step={0.5}
          />
          <NumberFieldControl
            control={control}
            name={`${path}.hoursOff`}
            label={intl.formatMessage({
              id: 'components.schedule.wearingPatternFields.hoursOff',
              defaultMessage: 'Hours off',
            })}
            step={0.5}
            description={intl.formatMessage({
              id: 'components.schedule.wearingPatternFields.0MeansNoSet',
              defaultMessage: '0 means no set break.',
            })}
          />
        </div>
      )}
      {pattern?.type === 'custom' && (
        <TextFieldControl
          control={control}
          name={`${path}.text`}
          label={intl.formatMessage({
            id: 'components.schedule.wearingPatternFields.whenToWearIt2',
            defaultMessage: 'When to wear it, in your words',
          })}
          description={intl.formatMessage({
            id: 'components.schedule.wearingPatternFields.upTo300Characters',
            defaultMessage: 'Up to 300 characters.',
          })}
        />
      )}
      {preview?.success && (
        <p className="pattern-preview">
          <span className="pattern-preview-label">
            {intl.formatMessage({
              id: 'components.schedule.wearingPatternFields.theHandoutSays',
              defaultMessage: 'The handout says:',
            })}
          </span>{' '}
          {describePattern(preview.data)}
        </p>
      )}
    </fieldset>
  );
}
