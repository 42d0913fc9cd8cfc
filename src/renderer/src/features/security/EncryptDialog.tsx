import { toast } from 'sonner';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useEncryptData } from './queries.ts';
import { useIntl } from 'react-intl';

/** Asks before encrypting data an earlier version kept plain, saying what happens. */
export function EncryptDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const intl = useIntl();
  const encrypt = useEncryptData();
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={intl.formatMessage({
        id: 'security.encryptDialog.encryptYourData',
        defaultMessage: 'Encrypt your data?',
      })}
      confirmLabel={
        encrypt.isPending
          ? intl.formatMessage({
              id: 'security.encryptDialog.encrypting',
              defaultMessage: 'Encrypting…',
            })
          : intl.formatMessage({
              id: 'security.encryptDialog.encryptMyData',
              defaultMessage: 'Encrypt my data',
            })
      }
      onCancel={onClose}
      onConfirm={() => {
        if (encrypt.isPending) return;
        encrypt.mutateAsync().then(
          () => {
            toast.success(
              intl.formatMessage({
                id: 'security.encryptDialog.yourDataIsNow',
                defaultMessage: 'Your data is now encrypted.',
              }),
            );
            onClose();
          },
          (error: Error) => {
            toast.error(
              intl.formatMessage(
                {
                  id: 'security.encryptDialog.yourDataWasLeft',
                  defaultMessage: '{message} Your data was left as it was.',
                },
                { message: error.message },
              ),
            );
            onClose();
          },
        );
      }}
    >
      <p>
        {intl.formatMessage({
          id: 'security.encryptDialog.jointplanWillMakeAn',
          defaultMessage:
            'JointPlan will make an encrypted copy of your data, check that every patient, plan and visit came across, and only then use it in place of the unencrypted file.',
        })}
      </p>
      <p>
        {intl.formatMessage({
          id: 'security.encryptDialog.youWillThenBe',
          defaultMessage: 'You will then be shown a',
        })}{' '}
        <strong>
          {intl.formatMessage({
            id: 'security.encryptDialog.recoveryKey',
            defaultMessage: 'recovery key',
          })}
        </strong>{' '}
        {intl.formatMessage({
          id: 'security.encryptDialog.toPrintOrWrite',
          defaultMessage:
            'to print or write down. The unencrypted copy is kept as a backup until you remove it under Settings.',
        })}
      </p>
    </ConfirmDialog>
  );
}
