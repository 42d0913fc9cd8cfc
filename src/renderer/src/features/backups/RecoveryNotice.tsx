import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { RecoveryProblem } from '../../../../shared/domain/backup.ts';
import { backupDate, patientCount } from './format.ts';
import { useAppInfo } from './queries.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import './backups.css';

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
          The newest good backup is from {backupDate(backup)} and holds{' '}
          {patientCount(backup.patientCount)}.
        </p>
      ) : opened ? null : (
        <p>There is no backup to restore.</p>
      )}
      <p>You can {opened ? '' : 'also '}restore any backup later, under Settings.</p>
      <div className="recovery-actions">
        {backup && (
          <Button className="button primary" onPress={() => setAsking(true)}>
            Restore the backup from {backupDate(backup)} ({patientCount(backup.patientCount)})
          </Button>
        )}
        <Button className="button" onPress={() => setDismissed(true)}>
          {opened ? 'Close' : 'Continue without restoring'}
        </Button>
      </div>
      <RestoreDialog backup={asking ? backup : null} onClose={() => setAsking(false)} />
    </div>
  );
}
