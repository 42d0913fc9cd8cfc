import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeRedMark, dayAndNight } from './sections/splints.ts';
import { iconParts, parseIconSvg } from './icons.ts';
import { longDate } from './context.ts';
import { handoutIntl } from './messages/intl.ts';
import { cleanText, HandoutTextError } from './text-check.ts';

describe('icons', () => {
  it('turns every SVG element lucide uses into path data', () => {
    const parts = parseIconSvg(
      '<svg><path d="M1 1L2 2" /><circle cx="12" cy="12" r="3" fill="currentColor" />' +
        '<rect x="2" y="3" width="10" height="8" rx="2" /><line x1="1" y1="2" x2="3" y2="4" />' +
        '<polyline points="1 2 3 4 5 6" /><polygon points="1,2 3,4 5,6" />' +
        '<ellipse cx="5" cy="6" rx="2" ry="1" /></svg>',
    );
    expect(parts.map((p) => p.d.charAt(0))).toEqual(['M', 'M', 'M', 'M', 'M', 'M', 'M']);
    expect(parts[1]).toMatchObject({ filled: true });
    expect(parts[3]?.d).toBe('M1 2L3 4');
    expect(parts[4]?.d).toBe('M1 2L3 4L5 6');
    expect(parts[5]?.d).toBe('M1 2L3 4L5 6Z');
  });

  it('draws every icon the shipped catalogue uses, and a stand-in for an unknown one', () => {
    const names = new Set<string>();
    for (const file of ['orthoses', 'equipment', 'principles', 'strategies', 'pacing']) {
      const json = readFileSync(
        new URL(`../../../resources/catalogue/${file}.json`, import.meta.url),
        'utf8',
      );
      for (const m of json.matchAll(/"icon": "([^"]+)"/g)) names.add(m[1] ?? '');
    }
    expect(names.size).toBeGreaterThan(20);
    for (const name of names) expect(iconParts(name).length, name).toBeGreaterThan(0);
    expect(iconParts('no-such-icon')).toEqual(iconParts('circle-dot'));
    expect(iconParts('../../etc/passwd')).toEqual(iconParts('circle-dot'));
  });
});

describe('words', () => {
  it('completes the red-mark warning with the minutes', () => {
    expect(completeRedMark('A red mark that does not fade after you take it off', 30)).toBe(
      'A red mark that does not fade within 30 minutes after you take it off',
    );
    expect(completeRedMark('Red marks on your skin.', 1)).toBe(
      'Red marks on your skin, within 1 minute after you take it off',
    );
    expect(completeRedMark('Numbness or tingling', 30)).toBe('Numbness or tingling');
  });

  it('knows day and night for each wearing pattern', () => {
    expect(dayAndNight({ type: 'continuous' })).toEqual({ day: true, night: true });
    expect(dayAndNight({ type: 'night' })).toEqual({ day: false, night: true });
    expect(dayAndNight({ type: 'custom', text: 'x' })).toBeNull();
  });

  it('writes dates in words', () => {
    expect(longDate({ intl: handoutIntl('en') }, '2026-06-01')).toBe('Monday 1 June 2026');
    expect(longDate({ intl: handoutIntl('en') }, '2026-03-02', false)).toBe('2 March 2026');
  });

  it('cleans control characters and composes accents', () => {
    expect(cleanText('e\u0301\u0007a\tb\u202Ec\nd')).toBe('éa bc d');
    expect(cleanText('a\r\nb', true)).toBe('a\nb');
  });

  it('explains a refusal in words a therapist can act on', () => {
    const e = new HandoutTextError([{ field: 'Goal 1', characters: ['自'] }]);
    expect(e.message).toContain('Goal 1: "自" (U+81EA)');
    expect(e.name).toBe('HandoutTextError');
  });
});
