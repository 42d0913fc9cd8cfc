import { Button, FieldError, Group, Input, Label, NumberField } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  minValue?: number;
  maxValue?: number;
  step?: number;
  /** Store an empty field as null rather than refusing it. */
  nullable?: boolean;
}

/** A labelled number with − and + buttons (and arrow keys), bound to react-hook-form. */
export function NumberFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  minValue,
  maxValue,
  step = 1,
  nullable,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberField
          className="field number-field"
          name={field.name}
          value={typeof field.value === 'number' ? field.value : NaN}
          onChange={(v) => field.onChange(Number.isNaN(v) ? (nullable ? null : undefined) : v)}
          onBlur={field.onBlur}
          {...(minValue !== undefined ? { minValue } : {})}
          {...(maxValue !== undefined ? { maxValue } : {})}
          step={step}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field-label">{label}</Label>
          <Group className="number-group">
            <Button slot="decrement">−</Button>
            <Input ref={field.ref} />
            <Button slot="increment">+</Button>
          </Group>
          <FieldError>{fieldState.error?.message}</FieldError>
        </NumberField>
      )}
    />
  );
}
