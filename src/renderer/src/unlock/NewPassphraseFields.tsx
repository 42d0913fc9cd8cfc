import { MIN_PASSPHRASE_LENGTH, type UnlockField } from '../../../shared/unlock-contract.ts';
import { SecretField } from './SecretField.tsx';

interface Props {
  passphrase: string;
  repeat: string;
  onPassphrase(value: string): void;
  onRepeat(value: string): void;
  errorFor(field: UnlockField): string | undefined;
}

/** A new passphrase, typed twice so a slip of the finger cannot lock the data away. */
export function NewPassphraseFields({
  passphrase,
  repeat,
  onPassphrase,
  onRepeat,
  errorFor,
}: Props) {
  return (
    <>
      <SecretField
        label="New passphrase"
        description={`At least ${MIN_PASSPHRASE_LENGTH} characters. JointPlan asks for it each time it starts.`}
        value={passphrase}
        onChange={onPassphrase}
        error={errorFor('passphrase')}
        hidden
        autoComplete="new-password"
      />
      <SecretField
        label="Type the new passphrase again"
        value={repeat}
        onChange={onRepeat}
        error={errorFor('repeat')}
        hidden
        autoComplete="new-password"
      />
    </>
  );
}
