import type { AppApi } from '../../shared/api.ts';
import * as settings from '../db/repositories/settings.ts';
import type { ApiContext } from './context.ts';

export function settingsMethods(ctx: ApiContext): Pick<AppApi, 'settings.get' | 'settings.update'> {
  const { db } = ctx;
  return {
    'settings.get': () => settings.getSettings(db),

    'settings.update': ({ settings: next }) => {
      settings.saveSettings(db, next, ctx.now());
      return settings.getSettings(db);
    },
  };
}
