import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  defaultSettings,
  storedSettingsSchema,
  type Settings,
  type StoredSettings,
} from '../../../shared/domain/settings.ts';
import { statement } from '../statements.ts';
import { readStoredJson } from './stored-json.ts';

/** The clinic's settings; the defaults until someone has saved them. */
export function getSettings(db: Database): Settings {
  const row = statement(db, 'SELECT data FROM settings WHERE id = 1').get() as
    { data: string } | undefined;
  return row
    ? fromStored(
        readStoredJson(storedSettingsSchema, row.data, {
          table: 'settings',
          id: '1',
          column: 'data',
        }),
      )
    : defaultSettings();
}

function fromStored(stored: StoredSettings): Settings {
  // Fields added in later versions start at their defaults.
  const settings = { ...defaultSettings(), ...stored };
  // Before profiles, Settings held one therapist's name: it becomes the clinic's one profile.
  if (!Array.isArray(stored.therapists))
    settings.therapists = settings.therapistName ? [settings.therapistName] : [];
  return settings;
}

/**
 * The therapist using JointPlan now, read on its own: every audited change asks, and the
 * settings row also holds the logo (up to 1 MB), which parsing the whole row would decode.
 */
export function getCurrentTherapist(db: Database): string | null {
  const row = statement(
    db,
    "SELECT json_extract(data, '$.therapistName') AS name FROM settings WHERE id = 1",
  ).get() as { name: string | null } | undefined;
  return typeof row?.name === 'string' ? row.name : null;
}

export function saveSettings(db: Database, settings: Settings, now: string): void {
  statement(
    db,
    `INSERT INTO settings (id, data, updated_at) VALUES (1, :data, :now)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run({ data: JSON.stringify(settings), now });
}
