import { DEFAULT_DRIVING_NOTE, defaultGetHelp } from '../../shared/domain/handout-safety.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  MAX_LOGO_BASE64,
  type SettingsInput,
} from '../../shared/domain/settings.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

let h: ApiHarness;
beforeEach(async () => {
  h = await openApiHarness();
});
afterEach(() => h.close());

/** A 1×1 PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const JPEG_BASE64 = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString(
  'base64',
);

const filled: SettingsInput = {
  clinicName: '  Riverside Hand Therapy  ',
  clinicAddress: '1 River Street\r\nManchester M1 1AA\n',
  clinicPhone: '0161 496 0000',
  therapistName: 'Jo Bloggs OT',
  therapists: ['Jo Bloggs OT', 'Sam Lee OT'],
  logo: { mediaType: 'image/png', dataBase64: PNG_BASE64 },
  paperSize: 'Letter',
  printSize: 'large',
  redMarkMinutes: 30,
  backupsKept: 30,
};

const stored = () => h.db.prepare('SELECT COUNT(*) AS n FROM settings').get() as { n: number };

describe('settings', () => {
  it('starts with the defaults: A4, standard print, 20 minutes, no clinic details', async () => {
    expect(await h.ok('settings.get', {})).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({
      paperSize: 'A4',
      printSize: 'standard',
      redMarkMinutes: 20,
      logo: null,
    });
  });

  it('saves every field, tidied, and gives it back after the app is reopened', async () => {
    const saved = await h.ok('settings.update', { settings: filled });
    const expected = {
      ...filled,
      getHelp: defaultGetHelp(),
      drivingNote: DEFAULT_DRIVING_NOTE,
      secondBackupFolder: null,
      customMeasures: [],
      appLanguage: 'en',
      handoutLanguage: 'en',
      clinicName: 'Riverside Hand Therapy',
      clinicAddress: '1 River Street\nManchester M1 1AA',
    };
    expect(saved).toEqual(expected);
    expect(await h.ok('settings.get', {})).toEqual(expected);

    const again = await h.ok('settings.update', {
      settings: { ...filled, clinicPhone: '', therapistName: null, logo: null },
    });
    expect(again).toMatchObject({ clinicPhone: null, therapistName: null, logo: null });
    expect(stored().n).toBe(1);
  });

  it('keeps the clinic’s "Get help quickly" lines, numbers and driving note, and never an empty box', async () => {
    const getHelp = [
      {
        urgency: 'same-day' as const,
        sign: 'A hot joint',
        action: 'Call the advice line today.',
        phone: '0161 555 0100',
      },
      { urgency: 'emergency' as const, sign: 'Chest pain', action: 'Call 911 now.', phone: '911' },
    ];
    const saved = await h.ok('settings.update', {
      settings: { ...filled, getHelp, drivingNote: null },
    });
    expect(saved.getHelp).toEqual(getHelp);
    expect(saved.drivingNote).toBeNull();
    const empty = await h.failure('settings.update', { settings: { ...filled, getHelp: [] } });
    expect(empty.fields?.['settings.getHelp']).toMatch(/at least one line/);
    const badPhone = await h.failure('settings.update', {
      settings: { ...filled, getHelp: [{ ...getHelp[0], phone: 'call me' }] },
    });
    expect(Object.keys(badPhone.fields ?? {})).toEqual(['settings.getHelp.0.phone']);
  });

  it('accepts a JPEG logo and fills in defaults for the handout choices', async () => {
    const { paperSize: _p, printSize: _s, redMarkMinutes: _m, ...rest } = filled;
    const saved = await h.ok('settings.update', {
      settings: { ...rest, logo: { mediaType: 'image/jpeg', dataBase64: JPEG_BASE64 } },
    });
    expect(saved).toMatchObject({ paperSize: 'A4', printSize: 'standard', redMarkMinutes: 20 });
    expect(saved.logo?.mediaType).toBe('image/jpeg');
  });

  it.each([
    ['text that is not an image', { mediaType: 'image/png', dataBase64: btoa('hello there!') }],
    ['something that is not base64', { mediaType: 'image/png', dataBase64: 'not base64 at all' }],
    ['a JPEG that calls itself a PNG', { mediaType: 'image/png', dataBase64: JPEG_BASE64 }],
    ['a GIF', { mediaType: 'image/png', dataBase64: btoa('GIF89a\x01\x00\x01\x00') }],
    ['an SVG media type', { mediaType: 'image/svg+xml', dataBase64: PNG_BASE64 }],
    [
      'a picture over 1 MB',
      { mediaType: 'image/png', dataBase64: PNG_BASE64.padEnd(MAX_LOGO_BASE64 + 4, 'A') },
    ],
  ])('refuses %s as a logo with a field error, and saves nothing', async (_what, logo) => {
    const error = await h.failure('settings.update', { settings: { ...filled, logo } });
    expect(error.code).toBe('invalid-input');
    const key = Object.keys(error.fields ?? {})[0];
    expect(key).toMatch(/^settings\.logo/);
    expect(error.message).toMatch(/logo/i);
    expect(stored().n).toBe(0);
  });

  it('keeps the red-mark rule between 1 and 120 whole minutes', async () => {
    for (const ok of [1, 120]) {
      expect(
        (await h.ok('settings.update', { settings: { ...filled, redMarkMinutes: ok } }))
          .redMarkMinutes,
      ).toBe(ok);
    }
    for (const bad of [0, 121, 2.5, -1]) {
      const error = await h.failure('settings.update', {
        settings: { ...filled, redMarkMinutes: bad },
      });
      expect(error.fields).toHaveProperty(['settings.redMarkMinutes']);
    }
    expect((await h.ok('settings.get', {})).redMarkMinutes).toBe(120);
  });

  it('requires a clinic name and refuses unknown fields', async () => {
    const missing = await h.failure('settings.update', {
      settings: { ...filled, clinicName: '  ' },
    });
    expect(missing.fields).toEqual({ 'settings.clinicName': 'Clinic name is required' });
    const extra = await h.failure('settings.update', { settings: { ...filled, colour: 'red' } });
    expect(extra.code).toBe('invalid-input');
    expect(stored().n).toBe(0);
  });
});

describe('therapist profiles', () => {
  const settingsRow = () =>
    h.db.prepare('SELECT data FROM settings').get() as { data: string } | undefined;

  it('keeps the list of profiles, tidied, with the one using JointPlan now', async () => {
    const saved = await h.ok('settings.update', {
      settings: {
        ...filled,
        therapists: ['  Jo Bloggs OT ', 'Zoë Adams'],
        therapistName: 'Zoë Adams',
      },
    });
    expect(saved).toMatchObject({
      therapists: ['Jo Bloggs OT', 'Zoë Adams'],
      therapistName: 'Zoë Adams',
    });
    expect(await h.ok('settings.get', {})).toEqual(saved);
  });

  it('refuses a therapist using JointPlan who is not one of the profiles, and saves nothing', async () => {
    const error = await h.failure('settings.update', {
      settings: { ...filled, therapists: ['Jo Bloggs OT'], therapistName: 'Sam Lee OT' },
    });
    expect(error.code).toBe('invalid-input');
    expect(error.fields).toEqual({
      'settings.therapistName':
        'Sam Lee OT is not one of the therapists in Settings. Add them there first.',
    });
    expect(settingsRow()).toBeUndefined();
  });

  it.each([
    ['the same name in other capitals', ['Jo Bloggs OT', 'jo bloggs ot']],
    ['the same name without accents', ['Zoë Adams', 'Zoe  Adams']],
  ])('refuses two profiles with %s', async (_what, therapists) => {
    const error = await h.failure('settings.update', {
      settings: { ...filled, therapists, therapistName: null },
    });
    expect(error.fields).toEqual({
      'settings.therapists.1': 'Same name as therapist 1; give each therapist a different name',
    });
    expect(settingsRow()).toBeUndefined();
  });

  it('refuses a blank or unprintable name and more than 30 profiles', async () => {
    const blank = await h.failure('settings.update', {
      settings: { ...filled, therapists: ['Jo Bloggs OT', '  '] },
    });
    expect(blank.fields).toEqual({ 'settings.therapists.1': 'Therapist name is required' });
    const emoji = await h.failure('settings.update', {
      settings: { ...filled, therapists: ['Jo Bloggs OT', 'Sam 🙂'] },
    });
    expect(Object.keys(emoji.fields ?? {})).toEqual(['settings.therapists.1']);
    const many = Array.from({ length: 31 }, (_, i) => `Therapist ${i + 1}`);
    const tooMany = await h.failure('settings.update', {
      settings: { ...filled, therapists: many, therapistName: null },
    });
    expect(tooMany.fields).toEqual({ 'settings.therapists': 'Add at most 30 therapists' });
    expect(settingsRow()).toBeUndefined();
    const thirty = await h.ok('settings.update', {
      settings: { ...filled, therapists: many.slice(0, 30), therapistName: 'Therapist 30' },
    });
    expect(thirty.therapists).toHaveLength(30);
  });

  it("turns the one therapist saved by an earlier version into the clinic's one profile", async () => {
    const { therapists: _t, ...earlier } = { ...filled, clinicName: 'Riverside', logo: null };
    h.db
      .prepare("INSERT INTO settings (id, data, updated_at) VALUES (1, ?, '2025-01-01T00:00:00Z')")
      .run(JSON.stringify(earlier));
    const settings = await h.ok('settings.get', {});
    expect(settings).toMatchObject({ therapistName: 'Jo Bloggs OT', therapists: ['Jo Bloggs OT'] });
    // Saved again as it stands, it keeps that profile.
    expect((await h.ok('settings.update', { settings })).therapists).toEqual(['Jo Bloggs OT']);

    h.db
      .prepare('UPDATE settings SET data = ?')
      .run(JSON.stringify({ ...earlier, therapistName: null }));
    expect(await h.ok('settings.get', {})).toMatchObject({ therapistName: null, therapists: [] });
  });

  it('switches the therapist using JointPlan without touching anything else', async () => {
    const saved = await h.ok('settings.update', { settings: filled });
    const switched = await h.ok('settings.useTherapist', { name: 'Sam Lee OT' });
    expect(switched).toEqual({ ...saved, therapistName: 'Sam Lee OT' });
    expect(await h.ok('settings.get', {})).toEqual(switched);
    expect((await h.ok('settings.useTherapist', { name: null })).therapistName).toBeNull();
    expect((await h.ok('settings.useTherapist', { name: ' Jo Bloggs OT ' })).therapistName).toBe(
      'Jo Bloggs OT',
    );
  });

  it.each([
    ['someone without a profile', { name: 'Alex Kim OT' }, 'Alex Kim OT is not one of'],
    ['a profile in other capitals', { name: 'sam lee ot' }, 'sam lee ot is not one of'],
    ['the whole settings', { name: 'Sam Lee OT', logo: null }, /unrecognized|not expected/i],
  ])('refuses to switch to %s, and changes nothing', async (_what, input, message) => {
    await h.ok('settings.update', { settings: filled });
    const error = await h.failure('settings.useTherapist', input);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(message);
    expect((await h.ok('settings.get', {})).therapistName).toBe('Jo Bloggs OT');
  });

  it('refuses to switch before any profiles exist', async () => {
    const error = await h.failure('settings.useTherapist', { name: 'Jo Bloggs OT' });
    expect(error.fields).toEqual({
      name: 'Jo Bloggs OT is not one of the therapists in Settings. Add them there first.',
    });
    expect(settingsRow()).toBeUndefined();
  });
});
