import { useId } from 'react';
import { Label, ProgressBar } from 'react-aria-components';
import type { BackupProgress } from '../../../../shared/domain/backup.ts';
import { formatDateTime } from '../../../../shared/domain/dates.ts';
import { useBackupStatus } from './queries.ts';
import { useIntl } from 'react-intl';

const WHAT: Record<BackupProgress['kind'], string> = {
  daily: 'The daily backup',
  manual: 'The backup',
  'before-restore': 'The backup before the restore',
};
const DOING: Record<BackupProgress['phase'], string> = {
  reading: 'reading your data',
  writing: 'writing the copy',
  checking: 'checking the copy',
  copying: 'copying it to the second backup folder',
};

/** A backup under way (with its progress), and where the second copies are and how they went. */
export function BackupStatusPanel({ backingUp }: { backingUp: boolean }) {
  const intl = useIntl();
  const status = useBackupStatus(backingUp).data;
  const headingId = useId();
  if (!status) return null;
  const { running, secondFolder, lastProblem, dataUpdate } = status;
  return (
    <div className="backup-status">
      {dataUpdate && (
        // Packing frozen plans after an update (pack-in-background.ts): the app stays usable.
        <ProgressBar
          value={dataUpdate.done}
          maxValue={Math.max(dataUpdate.total, 1)}
          className="backup-progress"
        >
          {({ valueText, percentage }) => (
            <>
              <Label>
                {intl.formatMessage(
                  {
                    id: 'backups.backupStatusPanel.updatingYourData',
                    defaultMessage:
                      'Updating your data: {done, number} of {total, number} finalised plans stored in their compact form. You can keep working.',
                  },
                  { done: dataUpdate.done, total: dataUpdate.total },
                )}
              </Label>
              <span className="backup-progress-value">{valueText}</span>
              <div className="backup-progress-track">
                <div className="backup-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      {running && (
        <ProgressBar value={running.percent} className="backup-progress">
          {({ valueText }) => (
            <>
              <Label>
                {WHAT[running.kind]}{' '}
                {intl.formatMessage({
                  id: 'backups.backupStatusPanel.isRunning',
                  defaultMessage: 'is running:',
                })}{' '}
                {DOING[running.phase]}
                {intl.formatMessage({
                  id: 'backups.backupStatusPanel.youCanKeepWorking',
                  defaultMessage: '. You can keep working.',
                })}
              </Label>
              <span className="backup-progress-value">{valueText}</span>
              <div className="backup-progress-track">
                <div className="backup-progress-fill" style={{ width: `${running.percent}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      )}
      {lastProblem && !running && (
        <p className="notice" role="alert">
          {intl.formatMessage({
            id: 'backups.backupStatusPanel.theLastBackupDid',
            defaultMessage: 'The last backup did not succeed:',
          })}{' '}
          {lastProblem}
        </p>
      )}
      {secondFolder && (
        <section className="second-folder" aria-labelledby={headingId}>
          <h3 id={headingId}>
            {intl.formatMessage({
              id: 'backups.backupStatusPanel.secondBackupFolder',
              defaultMessage: 'Second backup folder',
            })}
          </h3>
          <p>
            {intl.formatMessage({
              id: 'backups.backupStatusPanel.copiesAreAlsoKept',
              defaultMessage: 'Copies are also kept in',
            })}{' '}
            <code>{secondFolder.copiesIn}</code>.{' '}
            {secondFolder.lastSuccessAt
              ? intl.formatMessage(
                  {
                    id: 'backups.backupStatusPanel.theLastCopyThere',
                    defaultMessage: 'The last copy there was made and checked on {value}.',
                  },
                  { value: formatDateTime(secondFolder.lastSuccessAt, intl.locale) },
                )
              : intl.formatMessage({
                  id: 'backups.backupStatusPanel.noCopyHasBeen',
                  defaultMessage: 'No copy has been made there yet.',
                })}
          </p>
          {!secondFolder.available ? (
            <p className="notice" role="alert">
              {intl.formatMessage({
                id: 'backups.backupStatusPanel.theSecondBackupFolder',
                defaultMessage: 'The second backup folder',
              })}{' '}
              {secondFolder.folder}{' '}
              {intl.formatMessage({
                id: 'backups.backupStatusPanel.cannotBeFoundNow',
                defaultMessage:
                  'cannot be found now: plug in the drive or connect to the network share. Your backups are still made in JointPlan’s data folder.',
              })}
            </p>
          ) : (
            secondFolder.problem && (
              <p className="notice" role="alert">
                {secondFolder.problem}
              </p>
            )
          )}
        </section>
      )}
    </div>
  );
}
