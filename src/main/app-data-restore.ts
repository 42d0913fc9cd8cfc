import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/app-error.ts';
import type { BackupInfo } from '../shared/domain/backup.ts';
import { readBackupInfo } from './db/backups.ts';
import { asideName, moveBack, moveTo, removeDatabaseFiles } from './recovery.ts';
import {
  incomingPath,
  removeJournal,
  syncFolder,
  writeJournal,
  type RestoreJournal,
} from './db/restore-journal.ts';
import { restoreBackupTo } from './db/restore-image.ts';
import type { OpenData } from './app-data-state.ts';
import type { Backups } from './app-data-backups.ts';

/** The steps of a restore, in order; a crash after any of them loses nothing. */
export const RESTORE_STEPS = [
  'journal-written',
  'copied',
  'safety-backup-made',
  'closed',
  'moved-aside',
  'swapped',
  'reopened',
  'committed',
  'held-removed',
] as const;
export type RestoreStep = (typeof RESTORE_STEPS)[number];

export interface RestoreResult {
  restored: BackupInfo;
  safetyBackup: BackupInfo;
}

/** Puts a backup in place of the data the app has open, the data backed up first. */
export async function restore(
  data: OpenData,
  backups: Backups,
  name: string,
): Promise<RestoreResult> {
  if (data.swapInProgress) throw new AppError('conflict', 'A backup is already being restored.');
  const backup = readBackupInfo(data.backupDir, name, true, data.liveKey());
  if (!backup) throw new AppError('not-found', 'That backup no longer exists.');
  if (backup.problem !== null) {
    throw new AppError('invalid-input', `${backup.problem} Nothing was changed.`);
  }
  return data.swap(swapIn(data, backups, backup));
}

/**
 * Backs up the current data, then puts the backup in its place by renames; any failure
 * undoes it. A journal written first lets a start after a crash at any step finish or undo
 * the swap and say so (see settleInterruptedRestore in recovery.ts).
 */
async function swapIn(
  data: OpenData,
  backups: Backups,
  backup: BackupInfo,
): Promise<RestoreResult> {
  await data.quiet();
  const { liveFile, clock } = data;
  const step = data.options.restoreStep ?? (() => {});
  const incoming = incomingPath(liveFile);
  const held = asideName(liveFile, 'replaced', clock());
  const journal: RestoreJournal = {
    phase: 'started',
    backup: backup.name,
    held: path.basename(held),
    startedAt: clock().toISOString(),
  };
  writeJournal(liveFile, journal);
  step('journal-written');
  let safetyBackup: BackupInfo;
  try {
    removeDatabaseFiles(incoming);
    // Into an encrypted database every backup is written encrypted, a plain one included.
    restoreBackupTo(path.join(data.backupDir, backup.name), incoming, data.liveKey());
    step('copied');
    safetyBackup = await backups.make('before-restore');
    journal.safetyBackup = safetyBackup.name;
    writeJournal(liveFile, journal);
    step('safety-backup-made');
  } catch (error) {
    removeDatabaseFiles(incoming);
    removeJournal(liveFile);
    throw error;
  }
  data.db.close();
  step('closed');
  try {
    // The closed database is renamed, never copied; the backup's copy is renamed in.
    moveTo(liveFile, held);
    step('moved-aside');
    renameSync(incoming, liveFile);
    syncFolder(data.options.dataDir);
    step('swapped');
    data.install(await data.reopen());
    step('reopened');
  } catch (error) {
    console.error('[restore] putting the previous database back', error);
    if (existsSync(held)) {
      removeDatabaseFiles(liveFile);
      moveBack(held, liveFile);
    }
    removeDatabaseFiles(incoming);
    removeJournal(liveFile);
    data.install(await data.reopen());
    throw new AppError(
      'conflict',
      'The backup could not be restored, so your data was left as it was.',
    );
  }
  writeJournal(liveFile, { ...journal, phase: 'committed' });
  step('committed');
  // The safety backup holds the same data, checked, so the replaced file can go.
  removeDatabaseFiles(held);
  step('held-removed');
  removeJournal(liveFile);
  data.recovery = null;
  data.rebuild();
  return { restored: backup, safetyBackup };
}
