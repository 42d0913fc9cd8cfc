import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  isRequired?: boolean;
  rows?: number;
}

/**
 * A longer text that the handout lays out itself, so it is one paragraph: a line break typed
 * or pasted becomes a space.
 */
export function ParagraphFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  description,
  isRequired,
  rows = 3,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={(text) => field.onChange(text.replace(/\s*[\r\n]+\s*/g, ' '))}
          onBlur={field.onBlur}
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
          <TextArea ref={field.ref} rows={rows} />
          {description && <Text slot="description">{description}</Text>}
          <FieldError>{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}
