/**
 * C0 and C1 control characters and the Unicode line and paragraph separators: none belongs
 * in one line of text, and each corrupts a printed handout or an exported record.
 */
export const CONTROL_CHARACTER_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029';

/** Matches any control character (one line of text). */
export const CONTROL_CHARACTER = new RegExp(`[${CONTROL_CHARACTER_CLASS}]`);

/** Every control character, for replacing them all. */
export const CONTROL_CHARACTERS = new RegExp(`[${CONTROL_CHARACTER_CLASS}]`, 'g');

/**
 * The control characters multi-line text may not hold: tab, line feed and carriage return
 * are allowed there, and so are the Unicode separators (they print as line breaks).
 */
export const CONTROL_CHARACTER_MULTI_LINE = new RegExp(
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]',
);
