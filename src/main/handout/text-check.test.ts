import { describe, expect, it } from 'vitest';
import { loadHandoutFonts } from './fonts.ts';
import type { HandoutTextError } from './text-check.ts';
import { cleanText, TextChecker } from './text-check.ts';

const problemsOf = (checker: TextChecker) => {
  try {
    checker.throwIfAny();
    return [];
  } catch (error) {
    return (error as HandoutTextError).problems;
  }
};

describe('what the handout refuses to print', () => {
  const fonts = loadHandoutFonts().parsed;

  it('with the script engine (layout 3): only what no shipped font has', () => {
    const checker = new TextChecker(fonts, true);
    checker.check('Patient name', 'فاطمة الزهراء');
    checker.check('Goal 1', '每晚佩戴手腕夹板8小时 ਗੁਰਪ੍ਰੀਤ สมชาย שלום');
    expect(problemsOf(checker)).toEqual([]);
    checker.check('Splint 1 notes', 'ሰላም 👍 a\u0378');
    expect(problemsOf(checker)).toEqual([
      { field: 'Splint 1 notes', characters: ['ሰ', 'ላ', 'ም', '👍', '\u0378'] },
    ]);
  });

  it('for a frozen layout (1 and 2, Latin fonts only): every other script, as it always did', () => {
    // Checked after the engine's checker above: the two keep apart what they have learned.
    const engine = new TextChecker(fonts, true);
    engine.check('Patient name', 'مريم');
    const frozen = new TextChecker(fonts);
    frozen.check('Patient name', 'مريم');
    expect(problemsOf(engine)).toEqual([]);
    expect(problemsOf(frozen)).toEqual([{ field: 'Patient name', characters: ['م', 'ر', 'ي'] }]);
    expect((() => frozen.throwIfAny()) as () => void).toThrow(/cannot print/u);
  });
});

describe('text as printed', () => {
  it('keeps the joiners and bidi marks of text in another script, drops them from Latin text', () => {
    expect(cleanText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(cleanText('\u200fשלום\u200e 8')).toBe('\u200fשלום\u200e 8');
    // As before the script engine: an English text prints byte for byte as it did.
    expect(cleanText('soft\u00adhyphen zero\u200bwidth\u200c')).toBe('softhyphen zerowidth');
    expect(cleanText('مريم\u0007')).toBe('مريم');
  });
});
