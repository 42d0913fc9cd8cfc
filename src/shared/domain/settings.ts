import { HANDOUT_LANGUAGE_TAGS, handoutLanguageSchema } from './handout-languages.ts';
import { z } from 'zod';
import { BACKUPS_KEPT } from './backup.ts';
import {
  DEFAULT_DRIVING_NOTE,
  defaultGetHelp,
  getHelpListSchema,
  HELP_URGENCIES,
} from './handout-safety.ts';
import { PHONE_PATTERN } from './patient.ts';
import { customMeasuresSchema, storedCustomMeasuresSchema } from './custom-measures.ts';
import { foldForSearch } from '../text/fold.ts';
import { multiLineText, optionalLine, PRINTED, requiredLine } from './text-fields.ts';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const PRINT_SIZES = ['standard', 'large'] as const;
export type PrintSize = (typeof PRINT_SIZES)[number];
/** Body text of a handout, in points. */
export const PRINT_SIZE_POINTS: Record<PrintSize, number> = { standard: 14, large: 18 };

export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];
/** Base64 characters: about 1 MB of image. */
export const MAX_LOGO_BASE64 = 1_400_000;
export const MAX_LOGO_BYTES = (MAX_LOGO_BASE64 / 4) * 3;

/** Languages the therapist's screens are translated into (not the handout's: see handout/messages). */
export const APP_LANGUAGES = ['en', 'es'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

export const RED_MARK_MINUTES = { min: 1, max: 120, default: 20 } as const;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAGIC: Record<LogoMediaType, readonly number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The first bytes of base64 text (at most 12), or null when it is not base64. */
function leadingBytes(base64: string): number[] | null {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return null;
  try {
    return Array.from(atob(base64.slice(0, 12)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** What kind of image the bytes are, by their magic number; null for anything else. */
export function sniffLogoType(base64: string): LogoMediaType | null {
  const bytes = leadingBytes(base64);
  if (!bytes) return null;
  return LOGO_MEDIA_TYPES.find((type) => MAGIC[type].every((b, i) => bytes[i] === b)) ?? null;
}

export const logoSchema = z
  .strictObject({
    mediaType: z.enum(LOGO_MEDIA_TYPES, { error: 'The logo must be a PNG or JPEG image' }),
    dataBase64: z.string({ error: 'The logo must be an image' }),
  })
  .superRefine((logo, ctx) => {
    if (logo.dataBase64.length > MAX_LOGO_BASE64) {
      ctx.addIssue({ code: 'custom', message: 'The logo must be 1 MB or smaller' });
      return;
    }
    const type = sniffLogoType(logo.dataBase64);
    if (type === null) {
      ctx.addIssue({ code: 'custom', message: 'The logo must be a PNG or JPEG image' });
    } else if (type !== logo.mediaType) {
      ctx.addIssue({ code: 'custom', message: `The logo is not a ${logo.mediaType} image` });
    }
  });
export type Logo = z.output<typeof logoSchema>;

export const MAX_THERAPISTS = 30;

/** A therapist profile: the name as it is printed on handouts, e.g. "Jo Bloggs OT". */
export const therapistNameSchema = requiredLine('Therapist name', 100, PRINTED);

/** Who is using JointPlan now: one of the profiles, or null for none chosen. */
export const currentTherapistSchema = optionalLine('Therapist', 100, PRINTED);

export function notAProfileMessage(name: string): string {
  return `${name} is not one of the therapists in Settings. Add them there first.`;
}

/**
 * The rules a clinic's profiles keep, whatever shape a form holds them in: no two alike
 * ignoring case and accents (the trail could not tell them apart), and the therapist using
 * JointPlan now is one of them. `at(i)` is where a problem with profile i is reported.
 */
export function checkTherapists(
  therapists: readonly string[],
  current: string | null,
  ctx: z.RefinementCtx,
  at: (index: number) => PropertyKey[],
): void {
  const seen = new Map<string, number>();
  therapists.forEach((name, index) => {
    const key = foldForSearch(name);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: at(index),
        message: `Same name as therapist ${first + 1}; give each therapist a different name`,
      });
  });
  if (current !== null && !therapists.includes(current))
    ctx.addIssue({
      code: 'custom',
      path: ['therapistName'],
      message: notAProfileMessage(current),
    });
}

const therapistsListSchema = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: 'Therapists must be a list of names' })
    .max(MAX_THERAPISTS, `Add at most ${MAX_THERAPISTS} therapists`)
    .default([]);

/** Every setting except the therapist profiles, whose shape a form may change. */
export const settingsFields = {
  clinicName: requiredLine('Clinic name', 120, PRINTED),
  clinicAddress: multiLineText('Clinic address', 300, PRINTED),
  clinicPhone: optionalLine('Clinic phone', 40).refine(
    (v) => v === null || PHONE_PATTERN.test(v),
    'Phone can contain only digits, spaces and + ( ) - . /',
  ),
  therapistName: currentTherapistSchema,
  logo: logoSchema.nullable(),
  paperSize: z.enum(PAPER_SIZES, { error: 'Choose A4 or Letter' }).default('A4'),
  printSize: z.enum(PRINT_SIZES, { error: 'Choose standard or large print' }).default('standard'),
  redMarkMinutes: z
    .int({ error: 'Enter a whole number of minutes' })
    .min(RED_MARK_MINUTES.min, `Enter at least ${RED_MARK_MINUTES.min} minute`)
    .max(RED_MARK_MINUTES.max, `Enter ${RED_MARK_MINUTES.max} minutes or fewer`)
    .default(RED_MARK_MINUTES.default),
  /** The "Get help quickly" box printed on every handout, with the clinic's numbers. */
  getHelp: getHelpListSchema.default(defaultGetHelp),
  /** Printed with each strapped splint; empty for none (insurers' rules differ by country). */
  drivingNote: optionalLine('Driving note', 300, PRINTED).default(DEFAULT_DRIVING_NOTE),
  backupsKept: z
    .int({ error: 'Enter a whole number of backups' })
    .min(BACKUPS_KEPT.min, `Keep at least ${BACKUPS_KEPT.min} backup`)
    .max(BACKUPS_KEPT.max, `Keep ${BACKUPS_KEPT.max} backups or fewer`)
    .default(BACKUPS_KEPT.default),
  /** A folder on another drive (USB stick, network share) each backup is also copied to. */
  secondBackupFolder: optionalLine('Second backup folder', 500)
    .refine(
      (v) => v === null || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v),
      'Enter the whole path of the folder, such as /media/usb or E:\\Backups',
    )
    .default(null),
  /** Measures the clinic added, recorded at visits beside the built-in ones. */
  customMeasures: customMeasuresSchema,
  /** The language of JointPlan's own screens. */
  appLanguage: z.enum(APP_LANGUAGES, { error: 'Choose English or Español' }).default('en'),
  /** The language handouts print their own words in unless the therapist chooses another. */
  handoutLanguage: handoutLanguageSchema.default('en'),
};

/**
 * The clinic's details, the defaults its handouts are printed with, and its therapist
 * profiles (`therapistName` is the one using JointPlan now).
 */
export const settingsSchema = z
  .strictObject({ ...settingsFields, therapists: therapistsListSchema(therapistNameSchema) })
  .superRefine((s, ctx) =>
    checkTherapists(s.therapists, s.therapistName, ctx, (i) => ['therapists', i]),
  );

/** The settings form: profiles as rows of `{ name }`, which a field array can key. */
export const settingsFormSchema = z
  .strictObject({
    ...settingsFields,
    therapists: therapistsListSchema(z.strictObject({ name: therapistNameSchema })),
  })
  .superRefine((s, ctx) =>
    checkTherapists(
      s.therapists.map((t) => t.name),
      s.therapistName,
      ctx,
      (i) => ['therapists', i, 'name'],
    ),
  );
export type SettingsFormInput = z.input<typeof settingsFormSchema>;
export type SettingsFormValues = z.output<typeof settingsFormSchema>;

export function settingsFromForm(form: SettingsFormValues): Settings {
  return { ...form, therapists: form.therapists.map((t) => t.name) };
}

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;

/** Settings that came in later versions: a row saved before them lacks them. */
type LaterSettings =
  | 'therapists'
  | 'getHelp'
  | 'drivingNote'
  | 'backupsKept'
  | 'secondBackupFolder'
  | 'customMeasures'
  | 'appLanguage'
  | 'handoutLanguage';

/**
 * The settings row as stored, for reading it back: types and structure only. The rules above
 * are for what is typed now; a clinic name or address an earlier version accepted is still the
 * clinic's, so it reads as written. Fields added later may be absent (the repository fills
 * them in from the defaults).
 */
export const storedSettingsSchema = z.object({
  clinicName: z.string(),
  clinicAddress: z.string(),
  clinicPhone: z.string().nullable(),
  therapistName: z.string().nullable(),
  logo: z.object({ mediaType: z.enum(LOGO_MEDIA_TYPES), dataBase64: z.string() }).nullable(),
  paperSize: z.enum(PAPER_SIZES),
  printSize: z.enum(PRINT_SIZES),
  redMarkMinutes: z.number(),
  therapists: z.array(z.string()).exactOptional(),
  getHelp: z
    .array(
      z.object({
        urgency: z.enum(HELP_URGENCIES),
        sign: z.string(),
        action: z.string(),
        phone: z.string().nullable(),
      }),
    )
    .exactOptional(),
  drivingNote: z.string().nullable().exactOptional(),
  backupsKept: z.number().exactOptional(),
  secondBackupFolder: z.string().nullable().exactOptional(),
  customMeasures: storedCustomMeasuresSchema.exactOptional(),
  appLanguage: z.enum(APP_LANGUAGES).exactOptional(),
  handoutLanguage: z.enum(HANDOUT_LANGUAGE_TAGS).exactOptional(),
}) satisfies z.ZodType<Omit<Settings, LaterSettings> & Partial<Pick<Settings, LaterSettings>>>;
export type StoredSettings = z.output<typeof storedSettingsSchema>;

/** What a clinic starts with before anyone has filled in its details. */
export function defaultSettings(): Settings {
  return {
    clinicName: '',
    clinicAddress: '',
    clinicPhone: null,
    therapistName: null,
    therapists: [],
    logo: null,
    paperSize: 'A4',
    printSize: 'standard',
    redMarkMinutes: RED_MARK_MINUTES.default,
    getHelp: defaultGetHelp(),
    drivingNote: DEFAULT_DRIVING_NOTE,
    backupsKept: BACKUPS_KEPT.default,
    secondBackupFolder: null,
    customMeasures: [],
    appLanguage: 'en',
    handoutLanguage: 'en',
  };
}
