import { Select } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame.tsx';
import { SelectParts, type SelectOption } from './SelectParts.tsx';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly SelectOption[];
  /** Offers "nothing chosen", stored as null, under this label (for nullable fields). */
  noneLabel?: string;
  description?: string;
  className?: string;
}

const NONE = '__none__';

/** A labelled drop-down list bound to react-hook-form. */
export function SelectControl<T extends FieldValues>(props: Props<T>) {
  const { control, name, label, options, noneLabel, description, className } = props;
  const items = [
    ...(noneLabel === undefined ? [] : [{ value: NONE, label: noneLabel }]),
    ...options,
  ];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          className={`field select-field ${className ?? ''}`}
          name={field.name}
          value={(field.value as string | null) ?? (noneLabel === undefined ? null : NONE)}
          onChange={(key) => field.onChange(key === NONE ? null : key)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <FieldFrame label={label} description={description} error={fieldState.error?.message}>
            <SelectParts options={items} buttonRef={field.ref} />
          </FieldFrame>
        </Select>
      )}
    />
  );
}
