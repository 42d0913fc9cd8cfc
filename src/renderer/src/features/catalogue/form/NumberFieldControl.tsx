import { FieldError, Input, Label, NumberField, Text } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  /** Empty means "not set" (null) rather than a missing number. */
  nullable?: boolean;
  step?: number;
  isRequired?: boolean;
}

/** A labelled number input bound to react-hook-form; an empty box is NaN, or null if allowed. */
export function NumberFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  description,
  nullable,
  step = 1,
  isRequired,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = field.value as number | null | undefined;
        const missing = value === null || value === undefined || Number.isNaN(value);
        return (
          <NumberField
            className="field number-field"
            name={field.name}
            value={missing ? NaN : value}
            onChange={(n) => field.onChange(Number.isNaN(n) && nullable ? null : n)}
            onBlur={field.onBlur}
            step={step}
            formatOptions={{ maximumFractionDigits: step < 1 ? 1 : 0, useGrouping: false }}
            isRequired={isRequired ?? false}
            isInvalid={fieldState.invalid}
            validationBehavior="aria"
          >
            <Label className="field-label">
              {label}
              {isRequired && (
                <span aria-hidden="true" className="required-mark">
                  {' '}
                  *
                </span>
              )}
            </Label>
            <Input ref={field.ref} />
            {description && <Text slot="description">{description}</Text>}
            <FieldError>
              {missing && !nullable ? 'Enter a number' : fieldState.error?.message}
            </FieldError>
          </NumberField>
        );
      }}
    />
  );
}
