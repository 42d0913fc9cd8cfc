import { TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from '../../../components/FieldFrame.tsx';

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
          <FieldFrame
            label={label}
            isRequired={isRequired}
            description={description}
            error={fieldState.error?.message}
          >
            <TextArea ref={field.ref} rows={rows} />
          </FieldFrame>
        </TextField>
      )}
    />
  );
}
