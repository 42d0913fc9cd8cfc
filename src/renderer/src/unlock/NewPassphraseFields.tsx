import { useIntl } from 'react-intl';
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
  const intl = useIntl();
  return (
    <>
      <SecretField
        label={intl.formatMessage({
          id: 'unlock.newPassphrase',
          defaultMessage: 'New passphrase',
        })}
        description={intl.formatMessage(
          {
            id: 'unlock.newPassphrase.description',
            defaultMessage: 'At least {min} characters. JointPlan asks for it each time it starts.',
          },
          { min: MIN_PASSPHRASE_LENGTH },
        )}
        value={passphrase}
        onChange={onPassphrase}
        error={errorFor('passphrase')}
        hidden
        autoComplete="new-password"
      />
      <SecretField
        label={intl.formatMessage({
          id: 'unlock.repeatPassphrase',
          defaultMessage: 'Type the new passphrase again',
        })}
        value={repeat}
        onChange={onRepeat}
        error={errorFor('repeat')}
        hidden
        autoComplete="new-password"
      />
    </>
  );
}
