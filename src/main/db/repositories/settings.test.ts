import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../../shared/domain/settings.ts';
import { olderDatabase } from '../../../test-support/older-database.ts';
import { getSettings } from './settings.ts';

let close = () => {};
afterEach(() => close());

const writeSettings = (data: object) => (db: Database) =>
  db
    .prepare('INSERT INTO settings (id, data, updated_at) VALUES (1, ?, ?)')
    .run(JSON.stringify(data), '2026-01-05T10:00:00.000Z');

// As version 3 wrote it: before therapist profiles, the help box, the driving note and
// backups, and under text rules that let through what today's refuse.
const version3Row = {
  clinicName: 'عيادة النهر لليد', // a script handouts could not print
  clinicAddress: '12 Mill Lane\u0007\n', // a control character, and a trailing newline
  clinicPhone: null,
  therapistName: ' Jo Bloggs OT ',
  logo: null,
  paperSize: 'Letter',
  printSize: 'large',
  redMarkMinutes: 25,
};

describe('settings as earlier versions stored them', () => {
  it('read back exactly as stored, with only the later fields filled in', async () => {
    expect(settingsSchema.safeParse({ ...version3Row, therapists: [] }).success).toBe(false);
    const older = await olderDatabase(3, writeSettings(version3Row));
    close = older.close;
    const defaults = defaultSettings();
    expect(getSettings(older.db)).toEqual({
      ...version3Row,
      therapists: [' Jo Bloggs OT '],
      getHelp: defaults.getHelp,
      drivingNote: defaults.drivingNote,
      backupsKept: defaults.backupsKept,
      secondBackupFolder: null,
      customMeasures: defaults.customMeasures,
      appLanguage: 'en',
      handoutLanguage: 'en',
    });
  });

  it('keep every field a later version saved, as saved', async () => {
    const saved = {
      ...version3Row,
      therapists: [' Jo Bloggs OT ', 'Ann\u0001 Lee'],
      getHelp: [{ urgency: 'clinic', sign: 'Ωμος', action: '', phone: 'call\u0002' }],
      drivingNote: null,
      backupsKept: 3,
      secondBackupFolder: '/media/usb stick',
      customMeasures: [
        { id: 'not-a-uuid', name: ' Pinch ', unit: '', min: 0, max: 20, higherIsBetter: true },
      ],
      appLanguage: 'es',
      handoutLanguage: 'vi',
    };
    const older = await olderDatabase(6, writeSettings(saved));
    close = older.close;
    expect(getSettings(older.db)).toEqual(saved);
  });

  it('a row whose structure is broken is named as damage, by table and row', async () => {
    const older = await olderDatabase(3, writeSettings({ ...version3Row, redMarkMinutes: '25' }));
    close = older.close;
    expect(() => getSettings(older.db)).toThrow(
      'Row 1 of table settings is damaged (data.redMarkMinutes:',
    );
  });
});
