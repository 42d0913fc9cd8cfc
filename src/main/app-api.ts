import type { Database } from 'better-sqlite3';
import type { AppApi } from '../shared/api.ts';
import { localToday } from '../shared/domain/dates.ts';
import { catalogueMethods } from './api/catalogue.ts';
import { handoutMethods } from './api/handouts.ts';
import type { ApiContext } from './api/context.ts';
import { patientMethods } from './api/patients.ts';
import { planMethods } from './api/plans.ts';
import { settingsMethods } from './api/settings.ts';
import { templateMethods } from './api/templates.ts';
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
    }),
    ...patientMethods(ctx),
    ...catalogueMethods(ctx),
    ...planMethods(ctx),
    ...templateMethods(ctx),
    ...handoutMethods(ctx),
    ...settingsMethods(ctx),
  };
}
