import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { RecoveryProblem } from '../../../../shared/domain/backup.ts';
import { backupDate, patientCount } from './format.ts';
import { useAppInfo } from './queries.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import './backups.css';
import { useIntl } from 'react-intl';

const DATA_OPENED: ReadonlySet<RecoveryProblem> = new Set([
  'unmatched-wal',
  'restore-finished',
  'restore-undone',
]);

/**
 * Shown at start when the data file could not be used (moved aside, missing, or with a
 * change log set aside) or a restore was interrupted: says what happened and offers the
 * newest good backup.
 */
export function RecoveryNotice() {
  const intl = useIntl();
  const info = useAppInfo();
  const [asking, setAsking] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const recovery = info.data?.recovery ?? null;
  if (!recovery || dismissed) return null;
  const backup = recovery.newestBackup;
  // Notices where the data opened as it was: nothing to restore, only something to know.
  const opened = DATA_OPENED.has(recovery.problem);

  return (
    <div className="recovery-notice" role="alert" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{recovery.title}</h2>
      <p>{recovery.message}</p>
      {backup ? (
        <p>
          {intl.formatMessage({
            id: 'backups.recoveryNotice.theNewestGoodBackup',
            defaultMessage: 'The newest good backup is from',
          })}{' '}
          {backupDate(backup)}{' '}
          {intl.formatMessage({
            id: 'backups.recoveryNotice.andHolds',
            defaultMessage: 'and holds',
          })}{' '}
          {patientCount(backup.patientCount)}.
        </p>
      ) : opened ? null : (
        <p>
          {intl.formatMessage({
            id: 'backups.recoveryNotice.thereIsNoBackup',
            defaultMessage: 'There is no backup to restore.',
          })}
        </p>
      )}
      <p>
        {intl.formatMessage({ id: 'backups.recoveryNotice.youCan', defaultMessage: 'You can' })}{' '}
        {opened
          ? ''
          : intl.formatMessage({ id: 'backups.recoveryNotice.also', defaultMessage: 'also ' })}
        {intl.formatMessage({
          id: 'backups.recoveryNotice.restoreAnyBackupLater',
          defaultMessage: 'restore any backup later, under Settings.',
        })}
      </p>
      <div className="recovery-actions">
        {backup && (
          <Button className="button primary" onPress={() => setAsking(true)}>
            {intl.formatMessage({
              id: 'backups.recoveryNotice.restoreTheBackupFrom',
              defaultMessage: 'Restore the backup from',
            })}{' '}
            {backupDate(backup)} ({patientCount(backup.patientCount)})
          </Button>
        )}
        <Button className="button" onPress={() => setDismissed(true)}>
          {opened
            ? intl.formatMessage({ id: 'backups.recoveryNotice.close', defaultMessage: 'Close' })
            : intl.formatMessage({
                id: 'backups.recoveryNotice.continueWithoutRestoring',
                defaultMessage: 'Continue without restoring',
              })}
        </Button>
      </div>
      <RestoreDialog backup={asking ? backup : null} onClose={() => setAsking(false)} />
    </div>
  );
}
