import { Button, Group, Input, NumberField } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame.tsx';
import './NumberFieldControl.css';
import { useIntl } from 'react-intl';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  minValue?: number;
  maxValue?: number;
  step?: number;
  /** Empty means "not set" (null) rather than a missing number. */
  nullable?: boolean;
  isRequired?: boolean;
}

/** A labelled number with − and + buttons (and arrow keys), bound to react-hook-form. */
export function NumberFieldControl<T extends FieldValues>(props: Props<T>) {
  const intl = useIntl();
  const {
    control,
    name,
    label,
    description,
    minValue,
    maxValue,
    step = 1,
    nullable,
    isRequired,
  } = props;
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
            {...(minValue !== undefined ? { minValue } : {})}
            {...(maxValue !== undefined ? { maxValue } : {})}
            step={step}
            formatOptions={{ maximumFractionDigits: step < 1 ? 1 : 0, useGrouping: false }}
            isRequired={isRequired ?? false}
            isInvalid={fieldState.invalid}
            validationBehavior="aria"
          >
            <FieldFrame
              label={label}
              isRequired={isRequired}
              description={description}
              error={
                missing && !nullable
                  ? intl.formatMessage({
                      id: 'components.numberFieldControl.enterANumber',
                      defaultMessage: 'Enter a number',
                    })
                  : fieldState.error?.message
              }
            >
              <Group className="number-group">
                <Button slot="decrement">−</Button>
                <Input ref={field.ref} />
                <Button slot="increment">+</Button>
              </Group>
            </FieldFrame>
          </NumberField>
        );
      }}
    />
  );
}
