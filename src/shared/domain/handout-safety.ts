import { z } from 'zod';
import { PHONE_PATTERN } from './patient.ts';
import { optionalLine, PRINTED, requiredLine } from './text-fields.ts';
import { HELP_URGENCIES } from './help-order.ts';

// The box's order lives in its own schema-free module (the handout worker loads it).
export { getHelpInOrder, HELP_URGENCIES } from './help-order.ts';
export type HelpUrgency = (typeof HELP_URGENCIES)[number];
export const HELP_URGENCY_LABELS: Record<HelpUrgency, string> = {
  emergency: 'Emergency: now',
  'same-day': 'The same day',
  'few-days': 'Within a few days',
  clinic: 'Call the clinic or advice line',
};

/** One line of the box: what the patient notices, what to do (how fast and whom), a number. */
export const getHelpLineSchema = z.strictObject({
  urgency: z.enum(HELP_URGENCIES, { error: 'Choose how fast' }),
  sign: requiredLine('What the patient notices', 300, PRINTED),
  action: requiredLine('What to do', 200, PRINTED),
  phone: optionalLine('Phone', 40).refine(
    (v) => v === null || PHONE_PATTERN.test(v),
    'Phone can contain only digits, spaces and + ( ) - . /',
  ),
});
export type GetHelpLine = z.output<typeof getHelpLineSchema>;

export const getHelpListSchema = z
  .array(getHelpLineSchema)
  .min(1, 'Keep at least one line: every handout prints this box')
  .max(12, 'At most 12 lines');

/*
 * The emergency number printed in the box by default. A wrong one is dangerous (999 means
 * nothing in the US), so it follows the computer's region where we know the number, and is
 * left out otherwise; the clinic checks it in Settings either way.
 */
const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  GB: '999',
  US: '911',
  CA: '911',
  AU: '000',
  NZ: '111',
  IE: '112',
  ...Object.fromEntries(
    ['AT', 'BE', 'DE', 'DK', 'ES', 'FI', 'FR', 'GR', 'IT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE'].map(
      (region) => [region, '112'],
    ),
  ),
};

/** The emergency number for a locale's region ("en-GB" → "999"), or null where unknown. */
export function emergencyNumberFor(locale: string): string | null {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return (region && EMERGENCY_NUMBERS[region]) ?? null;
  } catch {
    return null;
  }
}

const systemLocale = (): string => Intl.DateTimeFormat().resolvedOptions().locale;

/**
 * The red flags the clinical review ranks (its section 2.1), in plain words at reading grade 6.
 * Clinics edit them, and their phone numbers, in Settings.
 */
export function defaultGetHelp(
  emergencyNumber: string | null = emergencyNumberFor(systemLocale()),
): GetHelpLine[] {
  return [
    {
      urgency: 'emergency',
      sign: 'A swollen, hot or painful calf, or you are suddenly short of breath',
      action: 'Call an ambulance now.',
      phone: emergencyNumber,
    },
    {
      urgency: 'same-day',
      sign: 'Neck pain with pins and needles or weakness in both arms or your legs, or you lose your balance',
      action: 'See a doctor today.',
      phone: null,
    },
    {
      urgency: 'same-day',
      sign: 'One joint that suddenly gets hot, red and very sore, or a fever, or you feel very ill. Take extra care if you take steroids or other drugs that weaken your defences.',
      action: 'Call your doctor today.',
      phone: null,
    },
    {
      urgency: 'few-days',
      sign: 'A finger or thumb that suddenly will not straighten or bend',
      action: 'Call us within a few days. It is best fixed early.',
      phone: null,
    },
    {
      urgency: 'clinic',
      sign: 'A flare that has not settled after a few days',
      action: 'Call your advice line.',
      phone: null,
    },
    {
      urgency: 'clinic',
      sign: 'New numbness at night in your thumb and first fingers',
      action: 'Tell us when you next call or come in.',
      phone: null,
    },
  ];
}

/** The driving note's default (a clinic setting: the insurer's rules differ by country). */
export const DEFAULT_DRIVING_NOTE = 'Check with your insurer before you drive while you wear it.';

/**
 * A line printed with every splint, brace or support (or only the strapped ones), written
 * once with tokens for the item's own words: {noun} "splint", "insoles"; {it} "it"/"them";
 * {its} "its"/"their"; {s} a verb's "s" for one item ("crack{s}"); {part} "fingers"/"toes".
 */
export const sharedSplintLineSchema = z.strictObject({
  text: requiredLine('Line', 300),
  strappedOnly: z.boolean(),
});
export type SharedSplintLine = z.output<typeof sharedSplintLineSchema>;

/** The review's section 2.2: the lines every NHS splint leaflet has, stored once. */
export const SHARED_SPLINT_CARE: readonly SharedSplintLine[] = [
  {
    text: 'Do up the straps so they are snug, not tight. You should be able to slide a finger under each strap.',
    strappedOnly: true,
  },
  {
    text: 'Start with short times, as we showed you. Wear {it} a little longer each day.',
    strappedOnly: false,
  },
  {
    text: 'Each time you take {it} off, look at your skin. Look for red marks, blisters or sore spots, most of all over bony parts.',
    strappedOnly: false,
  },
  {
    text: 'If the {noun} crack{s}, break{s} or lose{s} {its} shape, stop wearing {it} and call us.',
    strappedOnly: false,
  },
  { text: 'Bring the {noun} with you each time you come to see us.', strappedOnly: false },
];
export const SHARED_SPLINT_WARNINGS: readonly SharedSplintLine[] = [
  {
    text: '{Part} that look pale, white or blue, or feel cold. Take {it} off at once.',
    strappedOnly: false,
  },
  {
    text: 'An itchy rash where the {noun} touch{es} your skin. It may be an allergy to the material.',
    strappedOnly: false,
  },
];

/**
 * What every handout made since the safety review prints besides the plan: the "Get help
 * quickly" box and the lines shared by every splint. Frozen in the plan's snapshot when it is
 * finalised, so a reprint years later says what was given.
 */
export const handoutSafetySchema = z.strictObject({
  getHelp: getHelpListSchema,
  /** Printed with each strapped splint; null when the clinic prints none. */
  drivingNote: optionalLine('Driving note', 300, PRINTED),
  splintCare: z.array(sharedSplintLineSchema).max(20),
  splintWarnings: z.array(sharedSplintLineSchema).max(20),
});
export type HandoutSafety = z.output<typeof handoutSafetySchema>;
