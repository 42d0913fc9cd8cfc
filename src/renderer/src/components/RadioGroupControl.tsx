import { Radio, RadioGroup } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame.tsx';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly { value: string; label: string }[];
  /** Offers "nothing chosen", stored as null, under this label (for nullable fields). */
  noneLabel?: string;
  /** One choice per line, for long labels. */
  vertical?: boolean;
}

const NONE = '';

/** Radio buttons bound to an enum field (nullable when `noneLabel` is given). */
export function RadioGroupControl<T extends FieldValues>({
  control,
  name,
  label,
  options,
  noneLabel,
  vertical,
}: Props<T>) {
  const choices =
    noneLabel === undefined ? options : [{ value: NONE, label: noneLabel }, ...options];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RadioGroup
          className="field radio-group"
          orientation={vertical ? 'vertical' : 'horizontal'}
          name={field.name}
          value={(field.value as string | null) ?? NONE}
          onChange={(v) => field.onChange(v === NONE && noneLabel !== undefined ? null : v)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <FieldFrame label={label} error={fieldState.error?.message}>
            <div className={vertical ? 'radio-options vertical' : 'radio-options'}>
              {choices.map((o) => (
                <Radio key={o.value} value={o.value} className="radio">
                  <span className="radio-dot" aria-hidden="true" />
                  {o.label}
                </Radio>
              ))}
            </div>
          </FieldFrame>
        </RadioGroup>
      )}
    />
  );
}
