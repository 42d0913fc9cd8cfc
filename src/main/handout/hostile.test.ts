import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { pdfInfo, pdfText, qpdfCheck, requireTools } from './pdf-tools.ts';
import { renderHandout } from './render.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { HandoutTextError } from './text-check.ts';
import { sealSnapshot } from '../plans/snapshot.ts';

let base: PlanSnapshot;

beforeAll(async () => {
  requireTools();
  base = await buildSampleSnapshot();
}, 60_000);

type Edit = (s: PlanSnapshot) => void;

function edited(edit: Edit): PlanSnapshot {
  const s = structuredClone(base);
  edit(s);
  return s;
}

const firstSplint = (s: PlanSnapshot) => {
  const o = s.plan.content.orthoses[0];
  if (!o) throw new Error('The sample plan has no splint');
  return o;
};
const firstSplintItem = (s: PlanSnapshot) => {
  const item = s.catalogue[firstSplint(s).catalogueId];
  if (item?.kind !== 'orthosis') throw new Error('The sample plan has no splint');
  return item;
};

const sentence = 'Loosen the straps a little if your fingers swell, then check them again. ';
const longNote = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);

async function timed(snapshot: PlanSnapshot): Promise<Buffer> {
  const started = performance.now();
  try {
    return await renderHandout(sealSnapshot(snapshot), SAMPLE_OPTIONS);
  } finally {
    // A generous sanity bound only; the real time is about a tenth of a second.
    expect(performance.now() - started).toBeLessThan(10_000);
  }
}

describe('text that renders', () => {
  it('wraps and paginates a 10,000-character note', async () => {
    const pdf = await timed(edited((s) => (firstSplint(s).notes = longNote)));
    expect(qpdfCheck(pdf).code).toBe(0);
    expect(pdfInfo(pdf).pages).toBeGreaterThan(pdfInfo(await timed(base)).pages + 2);
    // Whitespace folded: a sentence may wrap across lines; one cut by a page has the page's
    // footer in it.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text.split('Loosen the straps a little').length - 1).toBeGreaterThanOrEqual(
      longNote.split('Loosen the straps a little').length - 1 - pdfInfo(pdf).pages,
    );
  });

  it('prints 300-character names whole, wrapped', async () => {
    const name = 'Annabelle-'.repeat(30);
    const pdf = await timed(
      edited((s) => {
        s.patient.givenName = name;
        s.patient.preferredName = null;
        firstSplintItem(s).name = 'Very long splint name '.repeat(14).slice(0, 300);
      }),
    );
    expect(qpdfCheck(pdf).code).toBe(0);
    // pdftotext joins a word broken at a hyphen: compare without spaces or hyphens.
    expect(pdfText(pdf).replace(/[\s-]+/g, '')).toContain(name.replaceAll('-', ''));
  });

  it('strips control and invisible characters before printing', async () => {
    const pdf = await timed(
      edited((s) => {
        s.patient.familyName = 'Ell\u0007is\u200B\u202E';
        firstSplint(s).notes = 'Line one\u0000\r\nLine two\u001B[31m\ttabbed';
      }),
    );
    expect(qpdfCheck(pdf).code).toBe(0);
    const text = pdfText(pdf);
    expect(text).toContain('Margaret Ellis');
    expect(text).toContain('Line two[31m tabbed');
    const controls = [...text].filter((c) => /[\p{Cc}\p{Cf}]/u.test(c) && !'\n\f'.includes(c));
    expect(controls).toEqual([]);
  });

  it('prints accented Latin letters the font has', async () => {
    const pdf = await timed(edited((s) => (s.patient.familyName = 'Øvergård-Núñez')));
    expect(pdfText(pdf)).toContain('Øvergård-Núñez');
  });

  it('prints Greek, Cyrillic, Turkish and Vietnamese from the embedded fonts', async () => {
    const pdf = await timed(
      edited((s) => {
        s.patient.givenName = 'Ιωάννα';
        s.patient.familyName = 'Кузнецова-Şahin';
        s.patient.preferredName = null;
        firstSplintItem(s).purpose = 'Шина держит запястье. İlkay, Nguyễn Thị Hồng.';
      }),
    );
    expect(qpdfCheck(pdf).code).toBe(0);
    const text = pdfText(pdf);
    expect(text).toContain('Ιωάννα Кузнецова-Şahin');
    expect(text).toContain('Шина держит запястье. İlkay, Nguyễn Thị Hồng.');
  });
});

describe('text the fonts cannot show is refused, naming the field and the characters', () => {
  const cases: [string, Edit, string, string][] = [
    // Other scripts print (script/corpus-handout.test.ts); these have no font in the app.
    ['Ethiopic', (s) => (s.patient.givenName = 'ሰላም'), 'Patient name', 'ሰ'],
    [
      'an unassigned code point',
      (s) => (firstSplint(s).precautions = 'Take care\u0378'),
      'Splint 1 precautions',
      '\u0378',
    ],
    ['Khmer', (s) => (s.plan.content.goals[0]!.text = 'ខ្មែរ'), 'Goal 1', 'ខ'],
    ['emoji', (s) => (firstSplint(s).notes = 'Well done 👍'), 'Splint 1 notes', '👍'],
    [
      'Syriac in the catalogue',
      (s) => (firstSplintItem(s).purpose = 'ܫܠܡܐ'),
      'Splint 1 purpose',
      'ܫ',
    ],
  ];
  for (const [label, edit, field, char] of cases) {
    it(label, async () => {
      const started = performance.now();
      const error = await renderHandout(sealSnapshot(edited(edit)), SAMPLE_OPTIONS).catch(
        (e: unknown) => e,
      );
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(error).toBeInstanceOf(HandoutTextError);
      const message = (error as HandoutTextError).message;
      expect(message).toContain('cannot print');
      expect(message).toContain(field);
      expect(message).toContain(char);
      expect(message).toMatch(/U\+[0-9A-F]{4,5}/);
    });
  }

  it('lists every field at once, and checks the clinic details too', async () => {
    const error = await renderHandout(sealSnapshot(edited((s) => (s.patient.familyName = 'ሰ'))), {
      ...SAMPLE_OPTIONS,
      clinic: { ...SAMPLE_OPTIONS.clinic, name: '诊所 🏥' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandoutTextError);
    const fields = (error as HandoutTextError).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['Patient name', 'Clinic name']));
  });
});
