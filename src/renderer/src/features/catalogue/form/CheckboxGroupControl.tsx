import { Checkbox, CheckboxGroup } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from '../../../components/FieldFrame.tsx';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly { value: string; label: string }[];
  description?: string;
}

/** A set of tick boxes bound to an array of values, kept in the options' order. */
export function CheckboxGroupControl<T extends FieldValues>({
  control,
  name,
  label,
  options,
  description,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CheckboxGroup
          className="field checkbox-group"
          name={field.name}
          value={(field.value as string[] | undefined) ?? []}
          onChange={(values) =>
            field.onChange(options.map((o) => o.value).filter((v) => values.includes(v)))
          }
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <FieldFrame label={label} description={description} error={fieldState.error?.message}>
            <div className="checkbox-options">
              {options.map((o, i) => (
                <Checkbox
                  key={o.value}
                  value={o.value}
                  className="checkbox"
                  {...(i === 0 ? { inputRef: field.ref } : {})}
                >
                  <span className="checkbox-box" aria-hidden="true" />
                  {o.label}
                </Checkbox>
              ))}
            </div>
          </FieldFrame>
        </CheckboxGroup>
      )}
    />
  );
}
