import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus.ts';
import { fontKeyFor, undrawableCharacters } from './script-fonts.ts';

describe('script fonts', () => {
  it('can draw every character of the corpus, regular and bold', () => {
    for (const entry of CORPUS) expect(undrawableCharacters(entry.text), entry.label).toEqual([]);
  });

  it('names what no font can draw, once each', () => {
    expect(undrawableCharacters('Ann 🙂 ✓ 🙂 \u{10FFFD}')).toEqual(['🙂', '\u{10FFFD}']);
    // Joiners and bidi marks draw as nothing rather than being refused.
    expect(undrawableCharacters('a\u200Db\u200Fc')).toEqual([]);
  });

  it('chooses the font of each script, keeping digits and punctuation with their neighbours', () => {
    expect(fontKeyFor('ع', null, false)).toBe('arabic');
    expect(fontKeyFor('8', 'arabic', false)).toBe('arabic');
    expect(fontKeyFor('8', 'cjk', false)).toBe('cjk');
    expect(fontKeyFor('8', null, false)).toBe('latin');
    expect(fontKeyFor('ế', null, false)).toBe('latin');
    expect(fontKeyFor('ਗੁ', null, false)).toBe('gurmukhi');
    expect(fontKeyFor('한', null, true)).toBe('cjk');
  });
});
