import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from './en.ts';
import { handoutIntl, sayIn } from './intl.ts';
import { dateIn, listIn } from '../words.ts';
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
        const text = intl.formatMessage({ id }, SAMPLE_VALUES);
        expect(text, id).not.toMatch(/[{}]/);
      }
      expect(errors).toEqual([]);
    });
  });

  it('fails on a broken ICU message, as a check of this test itself', () => {
    expect(() => parse('{p, select, problem-solve {x} other {y}}')).toThrow();
    expect(() => parse('Wear {many, select, yes {them} other {it}')).toThrow();
  });

  it('formats plurals, lists and dates in each language', () => {
    const say = (tag: string, id: MessageId, values: Record<string, string | number>) =>
      sayIn(handoutIntl(tag), id, values);
    expect(say('en', 'pattern.hoursAtATime', { many: 'no', on: 1 })).toBe(
      'Wear it for 1 hour at a time.',
    );
    expect(say('pl', 'pattern.hoursAtATime', { many: 'no', on: 5 })).toBe(
      'Noś ją przez 5 godzin za jednym razem.',
    );
    expect(say('pl', 'pattern.hoursAtATime', { many: 'no', on: 3 })).toBe(
      'Noś ją przez 3 godziny za jednym razem.',
    );
    expect(say('ar', 'pattern.hoursAtATime', { many: 'no', on: 2 })).toContain('ساعتين');
    expect(dateIn(handoutIntl('es'), '2026-04-13', false)).toBe('13 de abril de 2026');
    expect(dateIn(handoutIntl('en'), '2026-06-01')).toBe('Monday 1 June 2026');
    expect(listIn(handoutIntl('es'), ['a', 'b', 'c'], 'or')).toBe('a, b o c');
  });
});

/** A value for every argument any message takes. */
const SAMPLE_VALUES: Record<string, string | number> = {
  page: 1,
  pages: 3,
  phone: '0161 555 0100',
  weekday: 'Monday',
  date: '1 June 2026',
  items: 'a, b',
  last: 'c',
  joints: 'wrists',
  name: 'Night splint',
  when: 'Wear it.',
  after: 'in a flare',
  rest: 5,
  every: 30,
  sign: 'Numb fingers',
  action: 'Call us today.',
  hours: 8,
  noun: 'gloves',
  heading: 'mixed',
  many: 'yes',
  activities: 'cook',
  on: 2,
  off: 1,
  side: 'right',
  joint: 'wrist',
  part: 'cmc',
  family: 'pip',
  count: 2,
  finger: '3',
  fingers: 'index',
  parts: 'the base',
  reason: 'Easier to grip',
  start: '08:00',
  end: '09:00',
  n: 1,
  time: '08:00',
  what: 'Rest.',
  label: 'Sit down',
  from: '08:00',
  to: '12:00',
  busy: 3,
  rests: 2,
  p: 'problemSolve',
  names: 'plan, pace',
  therapist: 'Sam Lee',
  clinic: 'Hand Clinic',
  reach: 'phone 0161',
  bring: 'Bring this plan with you.',
  description: 'Short breaks',
};
