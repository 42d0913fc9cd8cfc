import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../open.ts';
import {
  findTranslation,
  markTranslationChecked,
  saveTranslation,
  syncShippedTranslation,
} from '../repositories/content-translations.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-m12-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-01T00:00:00.000Z';
const KEY = { owner: 'catalogue', ownerId: 'equipment.jar-opener', language: 'es' } as const;
const fields = (text: string) => ({ name: { text, sourceSha256: 'a'.repeat(64) } });

it('migration 12 adds translations to a version-11 database, keeping what was there', async () => {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const v11 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 11) });
  v11
    .prepare(`INSERT INTO settings (id, data, updated_at) VALUES (1, '{"clinicName":"North"}', ?)`)
    .run(AT);
  v11.close();

  const db = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 12) });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT data FROM settings').get()).toEqual({
      data: '{"clinicName":"North"}',
    });
    saveTranslation(db, { ...KEY, fields: fields('Abridor'), writtenBy: 'Sam Lee' }, AT);
    expect(findTranslation(db, KEY.owner, KEY.ownerId, 'es')).toMatchObject({
      fields: fields('Abridor'),
      checkedBy: null,
      writtenBy: 'Sam Lee',
    });
    // A check names both who and when, or neither.
    expect(() => db.prepare("UPDATE content_translations SET checked_by = 'Sam'").run()).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("UPDATE content_translations SET owner = 'plan'").run()).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("UPDATE content_translations SET fields = '[]'").run()).toThrow(
      /CHECK/,
    );
  } finally {
    db.close();
  }
});

it('a shipped draft never replaces a therapist’s words or a checked draft', async () => {
  const db = await openDatabase(path.join(dir, DATABASE_FILE_NAME));
  try {
    syncShippedTranslation(db, { ...KEY, fields: fields('Abridor de tarros') }, AT);
    syncShippedTranslation(db, { ...KEY, fields: fields('Abrebotes') }, AT);
    expect(findTranslation(db, KEY.owner, KEY.ownerId, 'es')?.fields).toEqual(fields('Abrebotes'));

    markTranslationChecked(
      db,
      KEY,
      { checkedBy: 'Sam Lee', checkedOn: '2026-01-02', fields: fields('Abrebotes') },
      AT,
    );
    syncShippedTranslation(db, { ...KEY, fields: fields('Otro') }, AT);
    expect(findTranslation(db, KEY.owner, KEY.ownerId, 'es')).toMatchObject({
      fields: fields('Abrebotes'),
      checkedBy: 'Sam Lee',
    });

    saveTranslation(db, { ...KEY, fields: fields('Mío'), writtenBy: 'Sam Lee' }, AT);
    syncShippedTranslation(db, { ...KEY, fields: fields('Otro') }, AT);
    expect(findTranslation(db, KEY.owner, KEY.ownerId, 'es')?.fields).toEqual(fields('Mío'));
  } finally {
    db.close();
  }
});
