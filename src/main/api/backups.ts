import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type { BackupInfo, BackupStatus } from '../../shared/domain/backup.ts';
import { createBackup, listBackups } from '../db/backups.ts';
import type { DatabaseKey } from '../db/cipher.ts';
import type { ApiContext } from './context.ts';

export type RestoreBackup = (
  name: string,
) => Promise<{ restored: BackupInfo; safetyBackup: BackupInfo }>;

/** Backups as the running app makes them (app-data.ts): with progress and a second folder. */
export interface BackupService {
  create(): Promise<BackupInfo>;
  status(): BackupStatus;
  list(): BackupInfo[];
}

export interface BackupDeps {
  backupService?: BackupService | undefined;
  backupDir: string;
  /** Swaps the live database; only the owner of the open data (app-data.ts) can. */
  restoreBackup?: RestoreBackup | undefined;
  /** The open database's key: backups of an encrypted database are encrypted with it. */
  key: DatabaseKey | null;
}

export function backupMethods(
  ctx: ApiContext,
  deps: BackupDeps,
): Pick<AppApi, 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.status'> {
  const service = deps.backupService;
  return {
    'backups.list': () => (service ? service.list() : listBackups(deps.backupDir, deps.key)),

    'backups.create': () =>
      service
        ? service.create()
        : createBackup(ctx.db, deps.backupDir, 'manual', new Date(ctx.now()), { key: deps.key }),

    'backups.status': () =>
      service ? service.status() : { running: null, lastProblem: null, secondFolder: null },

    'backups.restore': ({ name }) => {
      if (!deps.restoreBackup) {
        throw new AppError('conflict', 'Backups cannot be restored from here.');
      }
      return deps.restoreBackup(name);
    },
  };
}
