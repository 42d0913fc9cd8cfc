import { useState } from 'react';
import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import type { BackupInfo } from '../../../../shared/domain/backup.ts';
import { backupDate, fileSize, KIND_LABELS, patientCount } from './format.ts';
import { useBackups, useCreateBackup } from './queries.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import { BackupStatusPanel } from './BackupStatusPanel.tsx';
import './backups.css';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

/** The backups folder: what is there, a backup on demand, and a way back to any of them. */
export function BackupsSection() {
  const intl = useIntl();
  const backups = useBackups();
  const create = useCreateBackup();
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const list = backups.data ?? [];

  return (
    <section className="backups-section" aria-labelledby="backups-heading">
      <div className="section-header">
        <h2 id="backups-heading">
          {intl.formatMessage({
            id: 'backups.backupsSection.backupCopies',
            defaultMessage: 'Backup copies',
          })}
        </h2>
        <Button
          className="button primary"
          isPending={create.isPending}
          onPress={() =>
            create.mutate(undefined, {
              onSuccess: (made) =>
                toast.success(
                  intl.formatMessage(
                    { id: 'backups.backupsSection.backedUp', defaultMessage: 'Backed up {value}' },
                    { value: patientCount(made.patientCount) },
                  ),
                ),
              onError: (error) => toast.error(error.message),
            })
          }
        >
          {intl.formatMessage({
            id: 'backups.backupsSection.backUpNow',
            defaultMessage: 'Back up now',
          })}
        </Button>
      </div>
      <p className="muted">
        {intl.formatMessage({
          id: 'backups.backupsSection.jointplanBacksUpYour',
          defaultMessage:
            'JointPlan backs up your data on the first start of each day and before every update, and checks each copy. Restoring a backup backs up your current data first.',
        })}
      </p>
      <BackupStatusPanel backingUp={create.isPending} />
      <QueryState
        query={backups}
        subject={intl.formatMessage({
          id: 'backups.backupsSection.theBackups',
          defaultMessage: 'The backups',
        })}
        verb="listed"
      />
      {backups.isSuccess && list.length === 0 && (
        <p className="muted">
          {intl.formatMessage({
            id: 'backups.backupsSection.noBackupsYet',
            defaultMessage: 'No backups yet.',
          })}
        </p>
      )}
      {list.length > 0 && (
        <table className="backups-table">
          <caption className="visually-hidden">
            {intl.formatMessage({
              id: 'backups.backupsSection.backupsNewestFirst',
              defaultMessage: 'Backups, newest first',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {intl.formatMessage({ id: 'backups.backupsSection.made', defaultMessage: 'Made' })}
              </th>
              <th scope="col">
                {intl.formatMessage({ id: 'backups.backupsSection.kind', defaultMessage: 'Kind' })}
              </th>
              <th scope="col">
                {intl.formatMessage({
                  id: 'backups.backupsSection.patients',
                  defaultMessage: 'Patients',
                })}
              </th>
              <th scope="col">
                {intl.formatMessage({ id: 'backups.backupsSection.size', defaultMessage: 'Size' })}
              </th>
              <th scope="col">
                <span className="visually-hidden">
                  {intl.formatMessage({
                    id: 'backups.backupsSection.actions',
                    defaultMessage: 'Actions',
                  })}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.name}>
                <th scope="row">{backupDate(b)}</th>
                <td>{KIND_LABELS[b.kind]}</td>
                <td>{b.patientCount ?? '—'}</td>
                <td>{fileSize(b.sizeBytes)}</td>
                <td>
                  {b.problem === null ? (
                    <Button
                      className="button"
                      aria-label={intl.formatMessage(
                        {
                          id: 'backups.backupsSection.restoreTheBackupFrom',
                          defaultMessage: 'Restore the backup from {value} ({value2})',
                        },
                        { value: backupDate(b), value2: KIND_LABELS[b.kind].toLowerCase() },
                      )}
                      onPress={() => setAsking(b)}
                    >
                      {intl.formatMessage({
                        id: 'backups.backupsSection.restore',
                        defaultMessage: 'Restore…',
                      })}
                    </Button>
                  ) : (
                    <span className="backup-problem">{b.problem}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RestoreDialog backup={asking} onClose={() => setAsking(null)} />
    </section>
  );
}
