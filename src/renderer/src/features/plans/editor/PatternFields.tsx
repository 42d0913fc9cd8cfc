import { FieldError, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import {
  WEARING_PATTERN_LABELS,
  type WearingPattern,
  type WearingPatternType,
} from '../../../../../shared/domain/schedule.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';

type PatternPath = `orthoses.${number}.schedule.${'usual' | 'flare' | 'stable'}`;

const FRESH: Record<WearingPatternType, WearingPattern> = {
  continuous: { type: 'continuous' },
  night: { type: 'night' },
  activities: { type: 'activities', activities: [''] },
  hours: { type: 'hours', hoursOn: 2, hoursOff: 2 },
  custom: { type: 'custom', text: '' },
};

/** One wearing pattern: which kind (night only, hours on and off, …) and its details. */
export function PatternFields({ path, legend }: { path: PatternPath; legend: string }) {
  const { control } = useFormContext<PlanContentInput>();
  const pattern = useWatch({ control, name: path }) as WearingPattern | null | undefined;
  if (!pattern) return null;
  return (
    <fieldset className="pattern-fields">
      <legend>{legend}</legend>
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <RadioGroup
            className="field radio-group"
            orientation="horizontal"
            value={pattern.type}
            onChange={(type) => field.onChange(FRESH[type as WearingPatternType])}
          >
            <Label className="field-label">When to wear it</Label>
            <div className="radio-options">
              {(Object.keys(WEARING_PATTERN_LABELS) as WearingPatternType[]).map((type) => (
                <Radio key={type} value={type} className="radio">
                  <span className="radio-dot" aria-hidden="true" />
                  {WEARING_PATTERN_LABELS[type]}
                </Radio>
              ))}
            </div>
          </RadioGroup>
        )}
      />
      {pattern.type === 'activities' && (
        <Controller
          control={control}
          name={`${path}.activities` as `orthoses.${number}.schedule.usual`}
          render={({ field, fieldState }) => (
            <TextField
              className="field"
              value={((field.value as unknown as string[] | undefined) ?? []).join('\n')}
              onChange={(text) => field.onChange(text.split('\n'))}
              onBlur={() =>
                field.onChange(
                  ((field.value as unknown as string[] | undefined) ?? [])
                    .map((a) => a.trim())
                    .filter(Boolean),
                )
              }
              isInvalid={fieldState.invalid}
              validationBehavior="aria"
            >
              <Label className="field-label">Activities (one on each line)</Label>
              <TextArea rows={3} ref={field.ref} />
              <FieldError>
                {fieldState.error?.message ?? firstNestedError(fieldState.error)}
              </FieldError>
            </TextField>
          )}
        />
      )}
      {pattern.type === 'hours' && (
        <div className="field-row">
          <NumberFieldControl
            control={control}
            name={`${path}.hoursOn` as never}
            label="Hours on"
            minValue={0.5}
            maxValue={24}
            step={0.5}
          />
          <NumberFieldControl
            control={control}
            name={`${path}.hoursOff` as never}
            label="Hours off"
            minValue={0}
            maxValue={24}
            step={0.5}
          />
        </div>
      )}
      {pattern.type === 'custom' && (
        <TextFieldControl
          control={control}
          name={`${path}.text` as never}
          label="Describe when to wear it"
        />
      )}
    </fieldset>
  );
}

/** An array field's error may sit on one of its entries rather than on the array itself. */
function firstNestedError(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  for (const value of Object.values(error)) {
    const message = (value as { message?: unknown } | null)?.message;
    if (typeof message === 'string') return message;
  }
  return undefined;
}
