import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly { value: string; label: string }[];
  /** The label of the "nothing chosen" choice, stored as null. */
  noneLabel: string;
}

const NONE = '';

/** A row of radio buttons bound to a nullable enum field. */
export function RadioGroupControl<T extends FieldValues>({
  control,
  name,
  label,
  options,
  noneLabel,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RadioGroup
          className="field radio-group"
          orientation="horizontal"
          name={field.name}
          value={(field.value as string | null) ?? NONE}
          onChange={(v) => field.onChange(v === NONE ? null : v)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field-label">{label}</Label>
          <div className="radio-options">
            {[{ value: NONE, label: noneLabel }, ...options].map((o) => (
              <Radio key={o.value} value={o.value} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                {o.label}
              </Radio>
            ))}
          </div>
          <FieldError>{fieldState.error?.message}</FieldError>
        </RadioGroup>
      )}
    />
  );
}
