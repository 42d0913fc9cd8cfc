import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { FormButtons } from './FormButtons.tsx';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';
import { useUnlockForm, type UnlockFormProps } from './useUnlockForm.ts';

type Protection = 'passphrase' | 'unprotected';

/**
 * How to keep the key on a computer with no keyring (a Linux desktop without one), or, in
 * the web host, the passphrase to keep it under.
 */
export function ChooseForm({
  allowUnprotected,
  onAnswer,
  onQuit,
}: UnlockFormProps & { allowUnprotected: boolean }) {
  const [protection, setProtection] = useState<Protection>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const intl = useIntl();
  const form = useUnlockForm(onAnswer);
  return (
    <form
      aria-labelledby="unlock-title"
      onSubmit={(event) =>
        form.submit(
          event,
          protection === 'passphrase'
            ? { action: 'choose', protection, passphrase, repeat }
            : { action: 'choose', protection },
        )
      }
    >
      <h1 id="unlock-title">
        {allowUnprotected ? (
          <FormattedMessage
            id="unlock.choose.noKeyring"
            defaultMessage="This computer has no keyring"
          />
        ) : (
          <FormattedMessage id="unlock.choose.title" defaultMessage="Choose a passphrase" />
        )}
      </h1>
      <p>
        {allowUnprotected ? (
          <FormattedMessage
            id="unlock.choose.introNoKeyring"
            defaultMessage="Your patients’ data is encrypted. The key that opens it must be kept safe on this computer, and this computer has no keyring (a password store) to keep it in."
          />
        ) : (
          <FormattedMessage
            id="unlock.choose.intro"
            defaultMessage="Your patients’ data is encrypted. The key that opens it must be kept safe on this computer: a passphrase you choose protects it."
          />
        )}
      </p>
      {allowUnprotected && (
        <RadioGroup
          className="field radio-group"
          value={protection}
          onChange={(value) => setProtection(value as Protection)}
        >
          <Label className="field-label">
            <FormattedMessage
              id="unlock.choose.how"
              defaultMessage="How should JointPlan keep the key?"
            />
          </Label>
          <div className="radio-options vertical">
            <Radio value="passphrase" className="radio">
              <span className="radio-dot" aria-hidden="true" />
              <span>
                <FormattedMessage
                  id="unlock.choose.passphrase"
                  defaultMessage="Protect it with a passphrase (recommended)"
                />
                <span className="unlock-option-note">
                  <FormattedMessage
                    id="unlock.choose.passphraseNote"
                    defaultMessage="You type it each time JointPlan starts."
                  />
                </span>
              </span>
            </Radio>
            <Radio value="unprotected" className="radio">
              <span className="radio-dot" aria-hidden="true" />
              <span>
                <FormattedMessage
                  id="unlock.choose.unprotected"
                  defaultMessage="Store the key without protection"
                />
                <span className="unlock-option-note">
                  <FormattedMessage
                    id="unlock.choose.unprotectedNote"
                    defaultMessage="Anyone who can open your files on this computer could read your patients’ data."
                  />
                </span>
              </span>
            </Radio>
          </div>
        </RadioGroup>
      )}
      {protection === 'passphrase' && (
        <NewPassphraseFields
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
          errorFor={form.errorFor}
        />
      )}
      <FormButtons
        submitLabel={intl.formatMessage({ id: 'unlock.continue', defaultMessage: 'Continue' })}
        pending={form.pending}
        generalError={form.generalError}
        onQuit={onQuit}
      />
    </form>
  );
}
