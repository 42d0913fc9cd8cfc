import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from 'react-aria-components';
import { sendUnlock } from './unlock-bridge.ts';
import { FormButtons } from './FormButtons.tsx';
import { SecretField } from './SecretField.tsx';
import { useUnlockForm, type UnlockFormProps } from './useUnlockForm.ts';

/** The passphrase the key is kept under, asked at each start; the recovery key if forgotten. */
export function PassphraseForm({ onAnswer, onQuit }: UnlockFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const intl = useIntl();
  const form = useUnlockForm(onAnswer);
  return (
    <form
      aria-labelledby="unlock-title"
      onSubmit={(event) => form.submit(event, { action: 'passphrase', passphrase })}
    >
      <h1 id="unlock-title">
        <FormattedMessage id="unlock.passphrase.title" defaultMessage="Unlock your data" />
      </h1>
      <p>
        <FormattedMessage
          id="unlock.passphrase.intro"
          defaultMessage="Type the passphrase that protects your patients’ data on this computer."
        />
      </p>
      <SecretField
        label={intl.formatMessage({ id: 'unlock.passphrase', defaultMessage: 'Passphrase' })}
        value={passphrase}
        onChange={setPassphrase}
        error={form.errorFor('passphrase')}
        hidden
        autoFocus
        autoComplete="current-password"
      />
      <FormButtons
        submitLabel={intl.formatMessage({ id: 'unlock.unlock', defaultMessage: 'Unlock' })}
        pending={form.pending}
        generalError={form.generalError}
        onQuit={onQuit}
      >
        <Button
          className="button"
          onPress={() => void sendUnlock({ action: 'forgot-passphrase' }).then(onAnswer)}
        >
          <FormattedMessage id="unlock.useRecoveryKey" defaultMessage="Use my recovery key" />
        </Button>
      </FormButtons>
    </form>
  );
}
