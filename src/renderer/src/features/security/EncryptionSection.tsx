import { useState } from 'react';
import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import type { KeyProtection } from '../../../../shared/domain/security.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { EncryptDialog } from './EncryptDialog.tsx';
import { useRemovePlainOriginals, useSecurityStatus } from './queries.ts';
import './security.css';
import { useIntl } from 'react-intl';

const KEPT: Record<KeyProtection, string> = {
  keychain: 'Its key is kept in this computer’s keychain, so it opens when you sign in.',
  passphrase: 'Its key is kept under the passphrase you type when JointPlan starts.',
  unprotected:
    'Its key is stored on this computer without protection (no keyring was found), so anyone who can open your files could read the data.',
};

/** Settings: whether the data is encrypted, how its key is kept, and the plain copy left over. */
export function EncryptionSection() {
  const intl = useIntl();
  const status = useSecurityStatus();
  const remove = useRemovePlainOriginals();
  const [encrypting, setEncrypting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const s = status.data;
  return (
    <section className="security-section" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">
        {intl.formatMessage({
          id: 'security.encryptionSection.encryption',
          defaultMessage: 'Encryption',
        })}
      </h2>
      <QueryState
        query={status}
        subject={intl.formatMessage({
          id: 'security.encryptionSection.theEncryptionStatus',
          defaultMessage: 'The encryption status',
        })}
      />
      {s && s.encrypted && (
        <p>
          {intl.formatMessage({
            id: 'security.encryptionSection.yourDataIsEncrypted',
            defaultMessage: 'Your data is encrypted.',
          })}{' '}
          {s.protection ? KEPT[s.protection] : ''}{' '}
          {intl.formatMessage({
            id: 'security.encryptionSection.ifThisComputerCannot',
            defaultMessage: 'If this computer cannot open it, your recovery key will.',
          })}
        </p>
      )}
      {s && !s.encrypted && (
        <>
          <p>
            {intl.formatMessage({
              id: 'security.encryptionSection.yourDataIsNot',
              defaultMessage: 'Your data is not encrypted.',
            })}
          </p>
          {s.canEncrypt && (
            <Button className="button primary" onPress={() => setEncrypting(true)}>
              {intl.formatMessage({
                id: 'security.encryptionSection.encryptMyData',
                defaultMessage: 'Encrypt my data…',
              })}
            </Button>
          )}
        </>
      )}
      {s && s.encrypted && s.plainOriginals.length > 0 && (
        <>
          <p>
            {intl.formatMessage({
              id: 'security.encryptionSection.anUnencryptedCopyOf',
              defaultMessage:
                'An unencrypted copy of your data from before encryption is kept in the backups folder. Remove it once you are happy that everything is there.',
            })}
          </p>
          <Button className="button danger" onPress={() => setRemoving(true)}>
            {intl.formatMessage({
              id: 'security.encryptionSection.removeTheUnencryptedCopy',
              defaultMessage: 'Remove the unencrypted copy…',
            })}
          </Button>
        </>
      )}
      <EncryptDialog isOpen={encrypting} onClose={() => setEncrypting(false)} />
      <ConfirmDialog
        isOpen={removing}
        title={intl.formatMessage({
          id: 'security.encryptionSection.removeTheUnencryptedCopy2',
          defaultMessage: 'Remove the unencrypted copy?',
        })}
        confirmLabel={intl.formatMessage({
          id: 'security.encryptionSection.removeIt',
          defaultMessage: 'Remove it',
        })}
        destructive
        onCancel={() => setRemoving(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () =>
              toast.success(
                intl.formatMessage({
                  id: 'security.encryptionSection.theUnencryptedCopyWas',
                  defaultMessage: 'The unencrypted copy was overwritten and removed.',
                }),
              ),
            onError: (error) => toast.error(error.message),
            onSettled: () => setRemoving(false),
          })
        }
      >
        <p>
          {intl.formatMessage({
            id: 'security.encryptionSection.theCopyIsOverwritten',
            defaultMessage:
              'The copy is overwritten, then deleted. Your encrypted data and its backups are not touched.',
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
