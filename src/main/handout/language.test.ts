import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSnapshotSchema, type PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import { buildSampleSnapshot, SAMPLE_OPTIONS } from '../../test-support/sample-snapshot.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { loadHandoutFonts } from './fonts.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { handoutLanguage, HANDOUT_LANGUAGES } from './messages/languages.ts';
import { missingCharacters } from './messages/printable.ts';
import type { HandoutOptions } from './options.ts';
import { HANDOUT_LANGUAGE_LIST } from '../../shared/domain/handout-languages.ts';
import {
  actualTexts,
  drawnGlyphIds,
  pdfFonts,
  pdfText,
  requireTools,
  uncompressed,
} from './pdf-tools.ts';
import { renderHandout } from './render.ts';
import { weekdaysIn } from './words.ts';
import { handoutIntl } from './messages/intl.ts';

/** pdftotext keeps line breaks and layout spaces: compare on single-spaced text. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The headings every handout of the sample plan prints (the sample has all its sections). */
const HEADINGS = [
  'glance.heading',
  'help.heading',
  'splints.headingMany',
  'equipment.heading',
  'rest.heading',
  'rest.energyHeading',
  'principles.heading',
  'goals.headingMany',
  'clinic.nextCheck',
  'wearLog.heading',
  'schedule.whenColumn',
] as const;

let snapshot: PlanSnapshot;
const options: HandoutOptions = { ...SAMPLE_OPTIONS, wearLog: true };

beforeAll(async () => {
  requireTools();
  snapshot = await buildSampleSnapshot();
}, 60_000);

describe('a handout in the patient’s language', () => {
  it('prints a Spanish handout with Spanish headings and not one English heading', async () => {
    const text = flat(
      pdfText(await renderHandout(sealSnapshot(snapshot), { ...options, language: 'es' })),
    );
    for (const id of HEADINGS) {
      expect(text, id).toContain(es[id]);
      expect(text, id).not.toContain(en[id]);
    }
    expect(text).toContain('Página 1 de');
    expect(text).not.toMatch(/Page \d+ of/);
    // Dates in Spanish, the weekday names of the wear log too.
    expect(text).toContain('de 2026');
    expect(text).toMatch(/lun mar mié jue vie sáb dom/);
  }, 60_000);

  it('prints the same Spanish handout byte for byte each time (so a reprint is the handout given)', async () => {
    const sealed = sealSnapshot(snapshot);
    const first = await renderHandout(sealed, { ...options, language: 'es' });
    const again = await renderHandout(sealed, { ...options, language: 'es' });
    expect(again.equals(first)).toBe(true);
    const english = await renderHandout(sealed, options);
    expect(english.equals(first)).toBe(false);
    // No language is English: every handout recorded before languages reprints as it was.
    expect((await renderHandout(sealed, { ...options, language: 'en' })).equals(english)).toBe(
      true,
    );
  }, 60_000);

  it.each(['pl', 'pt', 'vi'])(
    'prints %s with every character from an embedded font',
    async (tag) => {
      const fonts = loadHandoutFonts();
      expect(missingCharacters(handoutLanguage(tag), fonts.parsed)).toEqual([]);
      const pdf = await renderHandout(sealSnapshot(snapshot), { ...options, language: tag });
      const text = flat(pdfText(pdf));
      const catalogue = handoutLanguage(tag).messages;
      expect(text).toContain(catalogue['glance.heading']);
      expect(text).toContain(catalogue['principles.heading']);
      // pdffonts: every font embedded ("emb" yes) and subset; none of the standard 14.
      const rows = pdfFonts(pdf).split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    },
    60_000,
  );

  it.each(['zh-Hans', 'ar', 'ur', 'pa-Guru'])(
    'prints %s in its own script: its headings as written, every glyph real, every font embedded',
    async (tag) => {
      const language = handoutLanguage(tag);
      const pdf = await renderHandout(sealSnapshot(snapshot), { ...options, language: tag });
      const qdf = uncompressed(pdf);
      // Right-to-left lines are read through their ActualText (pdftotext reverses them).
      const said = language.direction === 'rtl' ? actualTexts(qdf).join('\n') : flat(pdfText(pdf));
      const squeeze = (text: string) => text.replace(/[\s\u2066-\u2069\u200e\u200f]+/gu, '');
      for (const id of ['glance.heading', 'principles.heading'] as const)
        expect(squeeze(said)).toContain(squeeze(language.messages[id]));
      expect(drawnGlyphIds(qdf)).not.toContain(0);
      const rows = pdfFonts(pdf).split('\n').slice(2).filter(Boolean);
      for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    },
    60_000,
  );

  it('prints the Day and Night cells of an Arabic schedule table whole, each on one line', async () => {
    const pdf = await renderHandout(sealSnapshot(snapshot), { ...options, language: 'ar' });
    const said = actualTexts(uncompressed(pdf)).map((t) => t.trim());
    // The column is made just wide enough for "✓ ارتدِها": a rounding shortfall once cut it.
    expect(said).toContain(handoutLanguage('ar').messages['schedule.wear']);
  }, 60_000);

  it('prints every weekday of an Arabic large-print wear log whole, none cut in two', async () => {
    const pdf = await renderHandout(sealSnapshot(snapshot), {
      ...options,
      language: 'ar',
      largePrint: true,
    });
    const said = actualTexts(uncompressed(pdf)).map((t) => t.trim());
    const days = weekdaysIn(handoutIntl('ar'));
    expect(days).toContain('الخميس');
    for (const day of days) expect(said).toContain(day);
  }, 60_000);

  it('refuses a language it does not have, by name', async () => {
    await expect(
      renderHandout(sealSnapshot(snapshot), { ...options, language: 'xx' }),
    ).rejects.toThrow('Handouts cannot be printed in "xx"');
  });

  it('prints a plan finalised before the safety review in English only', async () => {
    const old = planSnapshotSchema.parse(
      JSON.parse(
        readFileSync(join(import.meta.dirname, 'fixtures/snapshot-before-safety.json'), 'utf8'),
      ),
    );
    await expect(renderHandout(sealSnapshot(old), { ...options, language: 'es' })).rejects.toThrow(
      'prints in English only, not in Español',
    );
  });

  it('knows which languages it can print today', () => {
    const fonts = loadHandoutFonts();
    const printable = HANDOUT_LANGUAGES.filter(
      (l) => missingCharacters(l, fonts.parsed).length === 0,
    ).map((l) => l.tag);
    expect(printable).toEqual(HANDOUT_LANGUAGES.map((l) => l.tag));
  });

  it('offers the therapist exactly these languages, by the same names', () => {
    const fonts = loadHandoutFonts();
    expect(
      HANDOUT_LANGUAGE_LIST.map((l) => ({ tag: l.tag, name: l.name, printable: l.printable })),
    ).toEqual(
      HANDOUT_LANGUAGES.map((l) => ({
        tag: l.tag,
        name: l.name,
        printable: missingCharacters(l, fonts.parsed).length === 0,
      })),
    );
  });
});
