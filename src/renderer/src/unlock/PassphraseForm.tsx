import { useState } from 'react';
import { Button } from 'react-aria-components';
import { sendUnlock } from './unlock-bridge.ts';
import { FormButtons } from './FormButtons.tsx';
import { SecretField } from './SecretField.tsx';
import { useUnlockForm, type UnlockFormProps } from './useUnlockForm.ts';

/** The passphrase the key is kept under, asked at each start; the recovery key if forgotten. */
export function PassphraseForm({ onAnswer, onQuit }: UnlockFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const form = useUnlockForm(onAnswer);
  return (
    <form
      aria-labelledby="unlock-title"
      onSubmit={(event) => form.submit(event, { action: 'passphrase', passphrase })}
    >
      <h1 id="unlock-title">Unlock your data</h1>
      <p>Type the passphrase that protects your patients’ data on this computer.</p>
      <SecretField
        label="Passphrase"
        value={passphrase}
        onChange={setPassphrase}
        error={form.errorFor('passphrase')}
        hidden
        autoFocus
        autoComplete="current-password"
      />
      <FormButtons
        submitLabel="Unlock"
        pending={form.pending}
        generalError={form.generalError}
        onQuit={onQuit}
      >
        <Button
          className="button"
          onPress={() => void sendUnlock({ action: 'forgot-passphrase' }).then(onAnswer)}
        >
          Use my recovery key
        </Button>
      </FormButtons>
    </form>
  );
}
