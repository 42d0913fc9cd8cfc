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

/** The backups folder: what is there, a backup on demand, and a way back to any of them. */
export function BackupsSection() {
  const backups = useBackups();
  const create = useCreateBackup();
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const list = backups.data ?? [];

  return (
    <section className="backups-section" aria-labelledby="backups-heading">
      <div className="section-header">
        <h2 id="backups-heading">Backup copies</h2>
        <Button
          className="button primary"
          isPending={create.isPending}
          onPress={() =>
            create.mutate(undefined, {
              onSuccess: (made) => toast.success(`Backed up ${patientCount(made.patientCount)}`),
              onError: (error) => toast.error(error.message),
            })
          }
        >
          Back up now
        </Button>
      </div>
      <p className="muted">
        JointPlan backs up your data on the first start of each day and before every update, and
        checks each copy. Restoring a backup backs up your current data first.
      </p>
      <BackupStatusPanel backingUp={create.isPending} />
      <QueryState query={backups} subject="The backups" verb="listed" />
      {backups.isSuccess && list.length === 0 && <p className="muted">No backups yet.</p>}
      {list.length > 0 && (
        <table className="backups-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Kind</th>
              <th scope="col">Patients</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                      aria-label={`Restore the backup from ${backupDate(b)} (${KIND_LABELS[b.kind].toLowerCase()})`}
                      onPress={() => setAsking(b)}
                    >
                      Restore…
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
