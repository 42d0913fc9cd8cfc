import { useState } from 'react';
import { Button } from 'react-aria-components';
import { backupDate, patientCount } from './format.ts';
import { useAppInfo } from './queries.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import './backups.css';

/**
 * Shown at start when the data file could not be used (moved aside, missing, or with a
 * change log set aside) or a restore was interrupted: says what happened and offers the
 * newest good backup.
 */
export function RecoveryNotice() {
  const info = useAppInfo();
  const [asking, setAsking] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const recovery = info.data?.recovery ?? null;
  if (!recovery || dismissed) return null;
  const backup = recovery.newestBackup;

  return (
    <div className="recovery-notice" role="alert" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{recovery.title}</h2>
      <p>{recovery.message}</p>
      {backup ? (
        <p>
          The newest good backup is from {backupDate(backup)} and holds{' '}
          {patientCount(backup.patientCount)}.
        </p>
      ) : recovery.problem === 'restore-finished' ? null : (
        <p>There is no backup to restore.</p>
      )}
      <p>You can also restore any backup later, under Settings.</p>
      <div className="recovery-actions">
        {backup && (
          <Button className="button primary" onPress={() => setAsking(true)}>
            Restore the backup from {backupDate(backup)} ({patientCount(backup.patientCount)})
          </Button>
        )}
        <Button className="button" onPress={() => setDismissed(true)}>
          Continue without restoring
        </Button>
      </div>
      <RestoreDialog backup={asking ? backup : null} onClose={() => setAsking(false)} />
    </div>
  );
}
