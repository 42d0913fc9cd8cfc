import { Input, TextField } from 'react-aria-components';
import { FieldFrame } from '../../components/FieldFrame.tsx';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  description?: string;
  autoFocus?: boolean;
  /** 'new-password' when making a file (the default), 'off' when opening one. */
  autoComplete?: 'new-password' | 'off';
}

/** A passphrase typed in full, never shown, never filled in by the browser. */
export function PassphraseField({
  label,
  value,
  onChange,
  error,
  description,
  autoFocus,
  autoComplete = 'new-password',
}: Props) {
  return (
    <TextField
      className="field"
      type="password"
      value={value}
      onChange={onChange}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      autoComplete={autoComplete}
      autoFocus={autoFocus ?? false}
      isRequired
    >
      <FieldFrame label={label} description={description} error={error} isRequired>
        <Input spellCheck={false} />
      </FieldFrame>
    </TextField>
  );
}
