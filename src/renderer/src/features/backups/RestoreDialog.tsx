import { toast } from 'sonner';
import type { BackupInfo } from '../../../../shared/domain/backup.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { backupDate, patientCount } from './format.ts';
import { useRestoreBackup } from './queries.ts';
import { useIntl } from 'react-intl';

interface Props {
  /** The backup to ask about; null keeps the dialog closed. */
  backup: BackupInfo | null;
  onClose(): void;
}

/** Asks before a restore, saying what comes back and that today's data is kept first. */
export function RestoreDialog({ backup, onClose }: Props) {
  const intl = useIntl();
  const restore = useRestoreBackup();
  const date = backup ? backupDate(backup) : '';
  return (
    <ConfirmDialog
      isOpen={backup !== null}
      title={intl.formatMessage({
        id: 'backups.restoreDialog.restoreThisBackup',
        defaultMessage: 'Restore this backup?',
      })}
      confirmLabel={
        restore.isPending
          ? intl.formatMessage({
              id: 'backups.restoreDialog.restoring',
              defaultMessage: 'Restoring…',
            })
          : intl.formatMessage({
              id: 'backups.restoreDialog.restoreBackup',
              defaultMessage: 'Restore backup',
            })
      }
      destructive
      onCancel={onClose}
      onConfirm={() => {
        if (!backup || restore.isPending) return;
        // mutateAsync: the notice that opened this dialog goes away once the restore is done.
        restore.mutateAsync(backup.name).then(
          () => {
            toast.success(
              intl.formatMessage(
                {
                  id: 'backups.restoreDialog.theBackupFromWas',
                  defaultMessage:
                    'The backup from {date} was restored. Your data from before is kept as a backup.',
                },
                { date },
              ),
            );
            onClose();
          },
          (error: Error) => {
            toast.error(error.message);
            onClose();
          },
        );
      }}
    >
      <p>
        {intl.formatMessage({
          id: 'backups.restoreDialog.theBackupFrom',
          defaultMessage: 'The backup from',
        })}{' '}
        <strong>{date}</strong>{' '}
        {intl.formatMessage({ id: 'backups.restoreDialog.holds', defaultMessage: 'holds' })}{' '}
        <strong>{patientCount(backup?.patientCount ?? null)}</strong>.
      </p>
      <p>
        {intl.formatMessage({
          id: 'backups.restoreDialog.jointplanWillBackUp',
          defaultMessage:
            'JointPlan will back up your current data first, so nothing entered since then is lost, and then replace it with this backup.',
        })}
      </p>
    </ConfirmDialog>
  );
}
