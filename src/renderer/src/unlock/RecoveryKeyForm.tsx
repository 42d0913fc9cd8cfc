import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormButtons } from './FormButtons.tsx';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';
import { SecretField } from './SecretField.tsx';
import { useUnlockForm, type UnlockFormProps } from './useUnlockForm.ts';

/**
 * The recovery key, typed from the paper it was written on. With `withPassphrase` (a
 * forgotten passphrase) a new passphrase is chosen too, typed twice, to keep the key under.
 */
export function RecoveryKeyForm({
  withPassphrase,
  onAnswer,
  onQuit,
}: UnlockFormProps & { withPassphrase: boolean }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const intl = useIntl();
  const form = useUnlockForm(onAnswer);
  return (
    <form
      aria-labelledby="unlock-title"
      onSubmit={(event) =>
        form.submit(event, {
          action: 'recovery-key',
          recoveryKey,
          ...(withPassphrase ? { passphrase, repeat } : {}),
        })
      }
    >
      <h1 id="unlock-title">
        {withPassphrase ? (
          <FormattedMessage
            id="unlock.recovery.titleForgotten"
            defaultMessage="Open your data with your recovery key"
          />
        ) : (
          <FormattedMessage
            id="unlock.recovery.title"
            defaultMessage="This computer cannot unlock your data"
          />
        )}
      </h1>
      {withPassphrase ? (
        <p>
          <FormattedMessage
            id="unlock.recovery.introForgotten"
            defaultMessage="Type the recovery key you wrote down when you started using JointPlan, and choose a new passphrase. From now on, the new passphrase opens your data."
          />
        </p>
      ) : (
        <p>
          <FormattedMessage
            id="unlock.recovery.intro"
            defaultMessage="This happens after the system is reinstalled, or when your data comes from another computer. Your data is safe. Type the recovery key you wrote down when you started using JointPlan, and this computer will open your data again from now on."
          />
        </p>
      )}
      <SecretField
        label={intl.formatMessage({ id: 'unlock.recoveryKey', defaultMessage: 'Recovery key' })}
        description={intl.formatMessage({
          id: 'unlock.recoveryKey.description',
          defaultMessage:
            '8 groups of 4 letters and numbers. Capital or small letters, spaces or dashes: all are fine.',
        })}
        value={recoveryKey}
        onChange={setRecoveryKey}
        error={form.errorFor('recoveryKey')}
        autoFocus
      />
      {withPassphrase && (
        <NewPassphraseFields
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
          errorFor={form.errorFor}
        />
      )}
      <FormButtons
        submitLabel={intl.formatMessage({ id: 'unlock.unlock', defaultMessage: 'Unlock' })}
        pending={form.pending}
        generalError={form.generalError}
        onQuit={onQuit}
      />
      <p className="unlock-note">
        <FormattedMessage
          id="unlock.recovery.note"
          defaultMessage="Nothing is changed until the right recovery key is typed. Without it, nobody can open this data: not you, not JointPlan."
        />
      </p>
    </form>
  );
}
