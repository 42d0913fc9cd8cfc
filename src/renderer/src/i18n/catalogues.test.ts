import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { APP_LANGUAGES } from '../../../shared/domain/settings.ts';
import en from './en.json';
import { UI_LOCALES } from './locales.ts';

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
    if (el.type === TYPE.tag) {
      out.set(el.value, 'tag');
      shapeOf(el.children, out, plurals);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.set(el.value, el.type === TYPE.plural ? 'plural' : 'select');
      if (el.type === TYPE.plural)
        plurals.push({ name: el.value, options: Object.keys(el.options) });
      for (const option of Object.values(el.options)) shapeOf(option.value, out, plurals);
    }
  }
  return { args: out, plurals };
}

/** The plural categories a language really uses for whole numbers. */
function categoriesUsed(tag: string): string[] {
  const rules = new Intl.PluralRules(tag);
  return [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))].sort();
}

const ids = Object.keys(en) as (keyof typeof en)[];

describe("the app's own message catalogues (the therapist's screens)", () => {
  describe.each(APP_LANGUAGES)('%s', (language) => {
    const { locale, messages } = UI_LOCALES[language];

    it('has every message of en.json and no other, none empty', () => {
      expect(Object.keys(messages).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(messages[id]?.trim(), id).not.toBe('');
    });

    it('parses, uses the same arguments as English, and covers its plural forms', () => {
      for (const id of ids) {
        const source = shapeOf(parse(en[id]));
        const translated = shapeOf(parse(messages[id] ?? ''));
        expect(translated.args, id).toEqual(source.args);
        for (const plural of translated.plurals) {
          for (const category of ['other', ...categoriesUsed(locale)])
            expect(plural.options, `${id} ${plural.name}`).toContain(category);
        }
      }
    });

    it('formats every message without errors', () => {
      const errors: unknown[] = [];
      const intl = createIntl({ locale, messages, onError: (e) => errors.push(e) });
      for (const id of ids) {
        const values = Object.fromEntries(
          [...shapeOf(parse(en[id])).args].map(([name, kind]) => [
            name,
            kind === 'tag' ? (chunks: string[]) => chunks.join('') : kind === 'argument' ? 'X' : 2,
          ]),
        );
        expect(intl.formatMessage({ id }, values), id).not.toContain('{');
      }
      expect(errors).toEqual([]);
    });
  });
});
