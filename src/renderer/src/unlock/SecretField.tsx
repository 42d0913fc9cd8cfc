import { useEffect, useRef } from 'react';
import { Input, TextField } from 'react-aria-components';
import { FieldFrame } from '../components/FieldFrame.tsx';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  description?: string;
  /** A passphrase is hidden as it is typed; a recovery key, copied from paper, is not. */
  hidden?: boolean;
  autoFocus?: boolean;
  autoComplete?: string;
}

/**
 * A labelled field whose error is tied to it (react-aria's aria-describedby) and which takes
 * the focus back when refused, so the therapist can correct it at once.
 */
export function SecretField(props: Props) {
  const { label, value, onChange, error, description, hidden, autoFocus } = props;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);
  return (
    <TextField
      className="field"
      value={value}
      onChange={onChange}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      type={hidden ? 'password' : 'text'}
      autoComplete={props.autoComplete ?? 'off'}
      spellCheck="false"
      // The page has one task, and it starts in this field.
      autoFocus={autoFocus ?? false}
    >
      <FieldFrame label={label} description={description} error={error}>
        <Input ref={input} />
      </FieldFrame>
    </TextField>
  );
}
