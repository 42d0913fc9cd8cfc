import { describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../domain/patient.ts';
import { draftPlanContentSchema, emptyPlanContent } from '../domain/plan.ts';
import { unprintableCharacters, unprintableMessage } from './printable.ts';

describe('what a handout can print', () => {
  it.each([
    ['Western European', 'Øvergård-Núñez, Françoise'],
    ['Central European', 'Łukasz Żółć, Dvořák, Őrsi'],
    ['Turkish', 'İlkay Şahin, Ağaoğlu'],
    ['Greek', 'Ιωάννα Παπαδοπούλου'],
    ['Cyrillic', 'Ольга Кузнецова, Ґалина'],
    ['Vietnamese', 'Nguyễn Thị Hồng'],
    // Drawn by the script engine with the Noto fonts the app ships.
    ['Arabic', 'مريم الزهراء، 8 ساعات'],
    ['Urdu, with its non-joiner', 'فاطمہ خان\u200c'],
    ['Hebrew', 'שלום כהן'],
    ['Chinese', '自己做饭 王小明'],
    ['Japanese', '山田 花子、スプリント'],
    ['Korean', '김민준 보조기'],
    ['Devanagari', 'प्रिया शर्मा'],
    ['Gurmukhi', 'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ'],
    ['Bengali', 'সুমিতা দাস'],
    ['Tamil', 'கீதா ராமன்'],
    ['Thai', 'สมชาย ใจดี'],
    ['punctuation and symbols', '“Quoted” – 5 × 10 ≤ 60 minutes, €20, ½ hour…'],
    ['a combining accent, composed as printed', 'Jose\u0301'],
    ['line breaks, tabs and a soft hyphen', 'one\r\ntwo\tthree\u00ad'],
    // The handout drops these before printing (the renderer's cleanText), so nothing prints wrong.
    ['invisible marks it drops', 'zero\u200bwidth, bidi\u202e, private use\ue000'],
  ])('prints %s text', (_, text) => {
    expect(unprintableCharacters(text)).toEqual([]);
  });

  it.each([
    // Scripts no shipped font has yet.
    ['Ethiopic', 'ሰላም', ['ሰ', 'ላ', 'ም']],
    ['Khmer', 'ខ្មែរ', ['ខ', '្', 'ម', 'ែ', 'រ']],
    ['emoji', 'Well done 👍🏽', ['👍', '🏽']],
    ['unassigned code points', 'a\u0378b\u{2fffd}', ['\u0378', '\u{2fffd}']],
  ])('cannot print %s, and names each character once', (_, text, characters) => {
    expect(unprintableCharacters(`${text} ${text}`)).toEqual(characters);
  });

  it('names the field, each character and its code point', () => {
    expect(unprintableMessage('Given name', ['ሰ', '👍'])).toBe(
      'Given name has characters a handout cannot print: "ሰ" (U+1230), "👍" (U+1F44D). No font of the handout has them (emoji, some symbols, and a few scripts); remove them or write them another way.',
    );
  });
});

describe('fields printed on the handout refuse what it cannot print, where it is typed', () => {
  const patient = (fields: object) =>
    patientInputSchema.safeParse({
      ...emptyPatientInput(),
      givenName: 'Ann',
      familyName: 'Lee',
      ...fields,
    });

  it('takes a name in Chinese, Arabic or Gurmukhi, which the handout prints', () => {
    expect(patient({ givenName: '李华', familyName: 'مريم' }).success).toBe(true);
    expect(patient({ givenName: 'ਗੁਰਪ੍ਰੀਤ', familyName: 'ਸਿੰਘ' }).success).toBe(true);
  });

  it('refuses a given name in a script no font of the handout has, naming the characters', () => {
    const result = patient({ givenName: 'ሰላ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['givenName'],
        message: expect.stringContaining('"ሰ" (U+1230), "ላ" (U+120B)') as unknown,
      }),
    ]);
  });

  it('accepts a Cyrillic family name, and any script in fields never printed', () => {
    const result = patient({
      familyName: 'Кузнецова',
      diagnosis: '类风湿关节炎',
      notes: 'مريم 👍',
    });
    expect(result.success).toBe(true);
  });

  it('refuses an emoji in a draft plan goal, though a draft may be incomplete', () => {
    const result = draftPlanContentSchema.safeParse({
      ...emptyPlanContent('2026-03-02'),
      goals: [{ text: 'Open jars myself 💪', icfCode: null }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['goals', 0, 'text']);
    expect(result.error?.issues[0]?.message).toContain('"💪" (U+1F4AA)');
  });
});
