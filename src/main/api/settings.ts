import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import { notAProfileMessage } from '../../shared/domain/settings.ts';
import * as settings from '../db/repositories/settings.ts';
import type { ApiContext } from './context.ts';

export function settingsMethods(
  ctx: ApiContext,
): Pick<AppApi, 'settings.get' | 'settings.update' | 'settings.useTherapist'> {
  const { db } = ctx;
  return {
    'settings.get': () => settings.getSettings(db),

    'settings.update': ({ settings: next }) => {
      settings.saveSettings(db, next, ctx.now());
      return settings.getSettings(db);
    },

    // Switching who is working touches only that field, so the logo is not sent back and forth.
    'settings.useTherapist': ({ name }) =>
      db.transaction(() => {
        const current = settings.getSettings(db);
        if (name !== null && !current.therapists.includes(name)) {
          const message = notAProfileMessage(name);
          throw new AppError('invalid-input', message, { name: message });
        }
        settings.saveSettings(db, { ...current, therapistName: name }, ctx.now());
        return settings.getSettings(db);
      })(),
  };
}
