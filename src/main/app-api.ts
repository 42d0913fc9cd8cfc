import type { Database } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import type { AppApi } from '../shared/api.ts';
import type { RecoveryNotice } from '../shared/domain/backup.ts';
import { localToday } from '../shared/domain/dates.ts';
import { backupMethods, type BackupService, type RestoreBackup } from './api/backups.ts';
import { catalogueMethods } from './api/catalogue.ts';
import { handoutMethods } from './api/handouts.ts';
import { progressMethods } from './api/progress.ts';
import { historyMethods } from './api/history.ts';
import type { ApiContext } from './api/context.ts';
import { patientMethods } from './api/patients.ts';
import { planMethods } from './api/plans.ts';
import { recordMethods } from './api/records.ts';
import { reviewMethods } from './api/review.ts';
import { securityMethods, type SecurityDeps } from './api/security.ts';
import { sessionMethods } from './api/sessions.ts';
import { photoMethods } from './api/photos.ts';
import { settingsMethods } from './api/settings.ts';
import { templateMethods } from './api/templates.ts';
import { translationMethods } from './api/translations.ts';
import type { DatabaseKey } from './db/cipher.ts';
import { schemaVersion } from './db/migrate.ts';
import type { HandoutRenderer } from './handout/render-in-worker.ts';
import { renderHandout } from './handout/render.ts';

export interface AppDeps {
  db: Database;
  dataDir: string;
  appVersion: string;
  clock?: () => Date;
  newId?: () => string;
  renderHandout?: HandoutRenderer;
  /** Where backups live; `backups/` in the data folder unless told. */
  backupDir?: string;
  /** Without it (tests), backups can be listed and made but not restored. */
  restoreBackup?: RestoreBackup;
  /** Backups with progress and a second folder (app-data.ts); without it, made in place. */
  backupService?: BackupService;
  /** Why the database was moved aside at start, if it was. */
  recovery?: RecoveryNotice | null;
  /** The open database's key (null or absent: a plain database); backups are made with it. */
  databaseKey?: DatabaseKey | null;
  /** Recovery key and encryption; only app-data.ts, which holds the keys, gives these. */
  security?: SecurityDeps;
}

/**
 * The app's use cases, independent of how they are called: Electron binds this object to
 * IPC and the web host binds the very same object to HTTP. Input arrives already validated.
 */
export function createAppApi(deps: AppDeps): AppApi {
  const clock = deps.clock ?? (() => new Date());
  const ctx: ApiContext = {
    db: deps.db,
    dataDir: deps.dataDir,
    appVersion: deps.appVersion,
    now: () => clock().toISOString(),
    today: () => localToday(clock()),
    newId: deps.newId ?? (() => crypto.randomUUID()),
    renderHandout: deps.renderHandout ?? renderHandout,
  };
  return {
    'app.info': () => ({
      version: deps.appVersion,
      dataDir: deps.dataDir,
      schemaVersion: schemaVersion(deps.db),
      recovery: deps.recovery ?? null,
    }),
    ...patientMethods(ctx),
    ...catalogueMethods(ctx),
    ...planMethods(ctx),
    ...reviewMethods(ctx),
    ...sessionMethods(ctx),
    ...templateMethods(ctx),
    ...translationMethods(ctx),
    ...handoutMethods(ctx),
    ...progressMethods(ctx),
    ...historyMethods(ctx),
    ...settingsMethods(ctx),
    ...recordMethods(ctx),
    ...photoMethods(),
    ...backupMethods(ctx, {
      backupDir: deps.backupDir ?? path.join(deps.dataDir, 'backups'),
      restoreBackup: deps.restoreBackup,
      key: deps.databaseKey ?? null,
      backupService: deps.backupService,
    }),
    ...securityMethods(deps.security),
  };
}
