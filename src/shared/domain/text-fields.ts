import { z } from 'zod';
import {
  CONTROL_CHARACTER as CONTROL_SINGLE_LINE,
  CONTROL_CHARACTER_MULTI_LINE as CONTROL_MULTI_LINE,
} from '../text/control-characters.ts';
import { unprintableCharacters, unprintableMessage } from '../text/printable.ts';
import { invalidTextMessage, loneSurrogate } from '../text/well-formed.ts';

// Control characters corrupt printed handouts and exports; newline and tab are allowed only
// where a field is multi-line.

export interface TextFieldOptions {
  /**
   * The text is printed on the patient's handout, so characters its fonts lack are refused
   * here, where the therapist types them, rather than when the handout is made.
   */
  printed?: boolean;
}

export const PRINTED: TextFieldOptions = { printed: true };

/**
 * Refuses half a character (an unpaired surrogate) before any other check: it is not text,
 * and would be stored as "�". Later checks are skipped so it is named once, as what it is.
 */
export function wellFormed<T extends z.ZodType<string>>(schema: T, label: string) {
  return schema.superRefine((value, ctx) => {
    const surrogate = loneSurrogate(value);
    if (surrogate !== null)
      ctx.addIssue({
        code: 'custom',
        message: invalidTextMessage(label, surrogate),
        continue: false,
      });
  });
}

/** Refuses text a handout cannot print, naming the characters. */
export function mustBePrintable<T extends z.ZodType<string>>(schema: T, label: string) {
  return schema.superRefine((value, ctx) => {
    const characters = unprintableCharacters(value);
    if (characters.length > 0)
      ctx.addIssue({ code: 'custom', message: unprintableMessage(label, characters) });
  });
}

function printable<T extends z.ZodType<string>>(
  schema: T,
  label: string,
  options: TextFieldOptions,
) {
  return options.printed ? mustBePrintable(schema, label) : schema;
}

/** One line of text, trimmed, that may be empty: what a draft holds before it is complete. */
export function anyLine(label: string, max: number, options: TextFieldOptions = {}) {
  const line = wellFormed(z.string({ error: `${label} must be text` }).trim(), label)
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(
      (v) => !CONTROL_SINGLE_LINE.test(v),
      `${label} cannot contain line breaks or control characters`,
    );
  return printable(line, label, options);
}

/** A required one-line text, trimmed. */
export function requiredLine(label: string, max: number, options: TextFieldOptions = {}) {
  const line = wellFormed(
    z
      .string({ error: `${label} is required` })
      .trim()
      .min(1, `${label} is required`),
    label,
  )
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(
      (v) => !CONTROL_SINGLE_LINE.test(v),
      `${label} cannot contain line breaks or control characters`,
    );
  return printable(line, label, options);
}

/** An optional one-line text: empty or null means "none" and is stored as null. */
export function optionalLine(label: string, max: number, options: TextFieldOptions = {}) {
  return anyLine(label, max, options)
    .nullable()
    .transform((v) => (v ? v : null));
}

/** Multi-line free text such as notes; empty is stored as an empty string. */
export function multiLineText(label: string, max: number, options: TextFieldOptions = {}) {
  const text = wellFormed(z.string({ error: `${label} must be text` }), label)
    .max(max, `${label} must be ${max.toLocaleString('en')} characters or fewer`)
    .refine((v) => !CONTROL_MULTI_LINE.test(v), `${label} cannot contain control characters`);
  return printable(text, label, options).transform((v) => v.replace(/\r\n?/g, '\n').trimEnd());
}

/** What someone types into a search box: one line, no control characters. */
export function searchQuery() {
  return wellFormed(z.string({ error: 'Search text must be text' }), 'Search text')
    .max(200, 'Search text must be 200 characters or fewer')
    .refine(
      (v) => !CONTROL_SINGLE_LINE.test(v),
      'Search text cannot contain line breaks or control characters',
    )
    .default('');
}

/** One line of text as stored (not trimmed, may be empty), with no control characters. */
export function plainLine(max: number) {
  return (
    z
      .string()
      .max(max, `Must be ${max} characters or fewer`)
      .refine((v) => !CONTROL_SINGLE_LINE.test(v), 'Cannot contain control characters')
      // Half a character (an unpaired surrogate) would be stored as "�": refused as not text.
      .refine(
        (v) => loneSurrogate(v) === null,
        'Has invalid text: a broken character (half of a pair) that cannot be saved',
      )
  );
}
