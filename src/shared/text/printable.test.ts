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
    ['punctuation and symbols', '“Quoted” – 5 × 10 ≤ 60 minutes, €20, ½ hour…'],
    ['a combining accent, composed as printed', 'Jose\u0301'],
    ['line breaks, tabs and a soft hyphen', 'one\r\ntwo\tthree\u00ad'],
    // The handout drops these before printing (the renderer's cleanText), so nothing prints wrong.
    ['invisible marks it drops', 'zero\u200bwidth, bidi\u202e, private use\ue000'],
  ])('prints %s text', (_, text) => {
    expect(unprintableCharacters(text)).toEqual([]);
  });

  it.each([
    ['Arabic', 'مريم', ['م', 'ر', 'ي']],
    ['Hebrew', 'שלום', ['ש', 'ל', 'ו', 'ם']],
    ['Chinese', '自己做饭', ['自', '己', '做', '饭']],
    ['emoji', 'Well done 👍🏽', ['👍', '🏽']],
  ])('cannot print %s, and names each character once', (_, text, characters) => {
    expect(unprintableCharacters(`${text} ${text}`)).toEqual(characters);
  });

  it('names the field, each character and its code point', () => {
    expect(unprintableMessage('Given name', ['李', '👍'])).toBe(
      'Given name has characters a handout cannot print: "李" (U+674E), "👍" (U+1F44D). Handouts print Latin, Greek and Cyrillic letters; use those, or remove the characters.',
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

  it('refuses a given name in Chinese characters, naming them', () => {
    const result = patient({ givenName: '李华' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['givenName'],
        message: expect.stringContaining('"李" (U+674E), "华" (U+534E)') as unknown,
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
