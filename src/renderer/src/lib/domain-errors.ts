import type { IntlShape } from 'react-intl';
import { FIELD_LABELS, FIXED, LABELLED } from './domain-error-messages.ts';

type Labelled = keyof typeof LABELLED;

// The English forms the schemas build (src/shared/domain/text-fields.ts, visit-measures.ts,
// plan.ts …), each with the values its translation needs. Order matters: most specific first.
const SHAPES: [RegExp, Labelled, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^(.+) is required$/, 'required', () => ({})],
  [/^(.+) must be ([\d,]+) characters or fewer$/, 'tooLong', (m) => ({ max: m[2] ?? '' })],
  [/^(.+) must be text$/, 'notText', () => ({})],
  [/^(.+) cannot contain line breaks or control characters$/, 'lineBreaks', () => ({})],
  [/^(.+) cannot contain control characters$/, 'control', () => ({})],
  [/^(.+) must be a real date$/, 'notARealDate', () => ({})],
  [/^(.+) must be a date$/, 'notADate', () => ({})],
  [/^(.+) must be a number$/, 'notANumber', () => ({})],
  [/^(.+) must be a whole number$/, 'notWhole', () => ({})],
  [
    /^(.+) must be from (-?\d+) to (-?\d+)( minutes| days)?$/,
    'range',
    (m) => ({ min: m[2] ?? '', max: m[3] ?? '', unit: m[4]?.trim() ?? 'none' }),
  ],
  [
    /^(.+) has invalid text: a broken character \((U\+[0-9A-F]+), half of a pair\)/,
    'brokenCharacter',
    (m) => ({ code: m[2] ?? '' }),
  ],
  [
    /^(.+) has characters a handout cannot print: (.+?)\. /,
    'unprintable',
    (m) => ({ characters: m[2] ?? '' }),
  ],
];

/**
 * A validation message from the shared schemas in the app's language. A message this table
 * does not know (or a field name it does not know) is shown as the schema wrote it, in English,
 * rather than half translated.
 */
export function domainErrorText(intl: IntlShape, message: string): string {
  // English screens show the schema's own words, whole.
  if (intl.locale.startsWith('en')) return message;
  const fixed = Object.hasOwn(FIXED, message) ? FIXED[message] : undefined;
  if (fixed) return intl.formatMessage(fixed);
  for (const [shape, key, values] of SHAPES) {
    const match = shape.exec(message);
    const label = match?.[1];
    const labelled = label !== undefined && Object.hasOwn(FIELD_LABELS, label);
    const words = labelled ? FIELD_LABELS[label] : undefined;
    if (match && words) {
      return intl.formatMessage(LABELLED[key], {
        label: intl.formatMessage(words),
        ...values(match),
      });
    }
  }
  return message;
}
