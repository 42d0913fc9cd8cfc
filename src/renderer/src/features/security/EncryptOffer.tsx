import { useState } from 'react';
import { Button } from 'react-aria-components';
import { EncryptDialog } from './EncryptDialog.tsx';
import { useSecurityStatus } from './queries.ts';
import './security.css';
import { useIntl } from 'react-intl';

/**
 * The first start after an upgrade from a version that kept data unencrypted: says so and
 * offers to encrypt. "Not now" hides it until the next start; Settings offers it too.
 */
export function EncryptOffer() {
  const intl = useIntl();
  const status = useSecurityStatus();
  const [dismissed, setDismissed] = useState(false);
  const [asking, setAsking] = useState(false);
  if (!status.data || status.data.encrypted || !status.data.canEncrypt || dismissed) return null;
  return (
    <section className="recovery-notice" aria-labelledby="encrypt-offer-heading">
      <h2 id="encrypt-offer-heading">
        {intl.formatMessage({
          id: 'security.encryptOffer.yourDataIsNot',
          defaultMessage: 'Your data is not encrypted yet',
        })}
      </h2>
      <p>
        {intl.formatMessage({
          id: 'security.encryptOffer.thisVersionOfJointplan',
          defaultMessage:
            'This version of JointPlan can encrypt your patients’ data, so that if this computer is lost or stolen nobody can read it. It takes a moment and is checked before anything is replaced.',
        })}
      </p>
      <div className="recovery-actions">
        <Button className="button primary" onPress={() => setAsking(true)}>
          {intl.formatMessage({
            id: 'security.encryptOffer.encryptMyData',
            defaultMessage: 'Encrypt my data…',
          })}
        </Button>
        <Button className="button" onPress={() => setDismissed(true)}>
          {intl.formatMessage({ id: 'security.encryptOffer.notNow', defaultMessage: 'Not now' })}
        </Button>
      </div>
      <EncryptDialog isOpen={asking} onClose={() => setAsking(false)} />
    </section>
  );
}
