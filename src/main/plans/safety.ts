import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  SHARED_SPLINT_CARE,
  SHARED_SPLINT_WARNINGS,
  type HandoutSafety,
} from '../../shared/domain/handout-safety.ts';
import { getSettings } from '../db/repositories/settings.ts';

/** The safety content a plan finalised now freezes: the clinic's box and the shared lines. */
export function currentSafety(db: Database): HandoutSafety {
  const settings = getSettings(db);
  return {
    getHelp: settings.getHelp,
    drivingNote: settings.drivingNote,
    splintCare: [...SHARED_SPLINT_CARE],
    splintWarnings: [...SHARED_SPLINT_WARNINGS],
  };
}
