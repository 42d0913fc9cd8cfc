import { useState, type Ref } from 'react';
import { TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame.tsx';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  rows?: number;
}

function toLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The first message in an array field's errors: the list's own, or its first bad line's. */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string') return error.message;
  if ('root' in error) return firstMessage(error.root);
  if (Array.isArray(error)) {
    const index = error.findIndex((e) => firstMessage(e));
    if (index >= 0) return `Line ${index + 1}: ${firstMessage(error[index])}`;
  }
  return undefined;
}

interface AreaProps {
  label: string;
  description: string;
  rows: number;
  name: string;
  value: readonly string[];
  error: string | undefined;
  inputRef: Ref<HTMLTextAreaElement>;
  onChange(lines: string[]): void;
  onBlur(): void;
}

function LinesArea({ label, description, rows, name, value, error, inputRef, ...on }: AreaProps) {
  // The text as typed (blank lines and all); the form holds the lines it means.
  const [text, setText] = useState(() => value.join('\n'));
  return (
    <TextField
      className="field"
      name={name}
      value={text}
      onChange={(next) => {
        setText(next);
        on.onChange(toLines(next));
      }}
      onBlur={on.onBlur}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <FieldFrame label={label} description={description} error={error}>
        <TextArea ref={inputRef} rows={Math.min(12, Math.max(rows, value.length + 1))} />
      </FieldFrame>
    </TextField>
  );
}

/** A list of short texts edited as a text area, one item per line. */
export function LinesFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  description = 'One per line.',
  rows = 5,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <LinesArea
          label={label}
          description={description}
          rows={rows}
          name={field.name}
          value={(field.value as string[] | undefined) ?? []}
          error={firstMessage(fieldState.error)}
          inputRef={field.ref}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
