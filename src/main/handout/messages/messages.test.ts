import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from './en.ts';
import { handoutIntl } from './intl.ts';
import { HANDOUT_LANGUAGES } from './languages.ts';

/** Every argument a message uses, with its kind, and every plural's categories. */
function shapeOf(
  elements: MessageFormatElement[],
  out = new Map<string, string>(),
  plurals: { name: string; options: string[] }[] = [],
) {
  for (const el of elements) {
    if (el.type === TYPE.argument) out.set(el.value, 'argument');
    if (el.type === TYPE.date) out.set(el.value, 'date');
    if (el.type === TYPE.number) out.set(el.value, 'number');
    if (el.type === TYPE.plural) {
      out.set(el.value, 'plural');
      plurals.push({ name: el.value, options: Object.keys(el.options) });
      for (const option of Object.values(el.options)) shapeOf(option.value, out, plurals);
    }
    if (el.type === TYPE.select) {
      out.set(el.value, 'select');
      for (const option of Object.values(el.options)) shapeOf(option.value, out, plurals);
    }
  }
  return { args: out, plurals };
}

/** The plural categories a language really uses for whole numbers a handout prints. */
function categoriesUsed(tag: string): string[] {
  const rules = new Intl.PluralRules(tag);
  return [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))].sort();
}

const ids = Object.keys(en) as MessageId[];

describe('handout message catalogues', () => {
  it('ship the nine languages the issue names, each saying who produced it', () => {
    expect(HANDOUT_LANGUAGES.map((l) => l.tag)).toEqual([
      'en',
      'es',
      'pl',
      'pt',
      'vi',
      'zh-Hans',
      'ar',
      'ur',
      'pa-Guru',
    ]);
    for (const l of HANDOUT_LANGUAGES) expect(l.provenance.producedBy.length).toBeGreaterThan(10);
  });

  describe.each(HANDOUT_LANGUAGES)('$tag', (language) => {
    it('has every message and no other', () => {
      expect(Object.keys(language.messages).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(language.messages[id].trim(), id).not.toBe('');
    });

    it('parses, uses the same arguments as English, and covers the plural forms of its language', () => {
      for (const id of ids) {
        const source = shapeOf(parse(en[id]));
        const translated = shapeOf(parse(language.messages[id]));
        expect(translated.args, id).toEqual(source.args);
        for (const plural of translated.plurals) {
          expect(plural.options, `${id} ${plural.name}`).toContain('other');
          for (const category of categoriesUsed(language.tag)) {
            expect(plural.options, `${id} ${plural.name}`).toContain(category);
          }
        }
      }
    });

    it('formats every message without errors', () => {
      const errors: Error[] = [];
      const intl = handoutIntl(language.tag, (e) => errors.push(e));
      for (const id of ids) {
        const text = intl.formatMessage(
          { id },
          { name: 'X', hours: 8, rest: 5, work: 20, date: Date.UTC(2026, 3, 13) },
        );
        expect(text, id).not.toContain('{');
      }
      expect(errors).toEqual([]);
    });
  });

  it('formats plurals and dates in each language', () => {
    const say = (tag: string, id: MessageId, values: Record<string, unknown>) =>
      handoutIntl(tag).formatMessage({ id }, values as Record<string, string>);
    expect(say('en', 'splint.wearAtNight', { name: 'resting splint', hours: 1 })).toBe(
      'Wear your resting splint at night, for about 1 hour.',
    );
    expect(say('pl', 'splint.wearAtNight', { name: 'ortezę', hours: 5 })).toBe(
      'Noś ortezę w nocy, przez około 5 godzin.',
    );
    expect(say('ar', 'splint.wearAtNight', { name: 'الجبيرة', hours: 2 })).toContain('ساعتين');
    expect(say('es', 'review.next', { date: Date.UTC(2026, 3, 13) })).toBe(
      'Su próxima revisión: 13 de abril de 2026',
    );
  });
});
