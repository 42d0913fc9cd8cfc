import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type { BackupInfo } from '../../shared/domain/backup.ts';
import { createBackup, listBackups } from '../db/backups.ts';
import type { DatabaseKey } from '../db/cipher.ts';
import type { ApiContext } from './context.ts';

export type RestoreBackup = (
  name: string,
) => Promise<{ restored: BackupInfo; safetyBackup: BackupInfo }>;

export interface BackupDeps {
  backupDir: string;
  /** Swaps the live database; only the owner of the open data (app-data.ts) can. */
  restoreBackup?: RestoreBackup | undefined;
  /** The open database's key: backups of an encrypted database are encrypted with it. */
  key: DatabaseKey | null;
}

export function backupMethods(
  ctx: ApiContext,
  deps: BackupDeps,
): Pick<AppApi, 'backups.list' | 'backups.create' | 'backups.restore'> {
  return {
    'backups.list': () => listBackups(deps.backupDir, deps.key),

    'backups.create': () =>
      createBackup(ctx.db, deps.backupDir, 'manual', new Date(ctx.now()), deps.key),

    'backups.restore': ({ name }) => {
      if (!deps.restoreBackup) {
        throw new AppError('conflict', 'Backups cannot be restored from here.');
      }
      return deps.restoreBackup(name);
    },
  };
}
