import { Input, TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame.tsx';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  type?: 'text' | 'date' | 'tel' | 'time';
  /** Store an empty field as null (optional dates), not as ''. */
  emptyAsNull?: boolean;
  multiline?: boolean;
  isRequired?: boolean;
  autoComplete?: string;
  className?: string;
}

/** A labelled text input bound to react-hook-form, showing its error inline. */
export function TextFieldControl<T extends FieldValues>(props: Props<T>) {
  const {
    control,
    name,
    label,
    description,
    type = 'text',
    multiline,
    isRequired,
    autoComplete,
    className,
    emptyAsNull,
  } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className={`field ${className ?? ''}`}
          name={field.name}
          value={(field.value as string | null) ?? ''}
          onChange={(value) => field.onChange(emptyAsNull && value === '' ? null : value)}
          onBlur={field.onBlur}
          isRequired={isRequired ?? false}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          type={type}
          {...(autoComplete ? { autoComplete } : {})}
        >
          <FieldFrame
            label={label}
            isRequired={isRequired}
            description={description}
            error={fieldState.error?.message}
          >
            {multiline ? <TextArea ref={field.ref} rows={5} /> : <Input ref={field.ref} />}
          </FieldFrame>
        </TextField>
      )}
    />
  );
}
