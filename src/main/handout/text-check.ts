import type { Font } from 'fontkit';
import { codePointLabel, DROPPED_WHEN_PRINTED } from '../../shared/text/printable.ts';
import { undrawableCharacters } from './script/script-fonts.ts';

/** A field holds characters the handout's fonts cannot print. */
export class HandoutTextError extends Error {
  readonly problems: readonly { field: string; characters: string[] }[];

  constructor(problems: readonly { field: string; characters: string[] }[]) {
    const lines = problems.map(
      (p) => `${p.field}: ${p.characters.map((c) => `"${c}" (${codePointLabel(c)})`).join(', ')}`,
    );
    super(
      `The handout cannot print some characters, so it was not made. ` +
        `No font of the handout has them; change these fields, or remove the characters:\n${lines.join('\n')}`,
    );
    this.name = 'HandoutTextError';
    this.problems = problems;
  }
}

const CACHE_LIMIT = 20_000;
/** Cleaned texts by their value (a handout's passes, and its next print, clean the same ones). */
const cleaned = [new Map<string, string>(), new Map<string, string>()] as const;

/**
 * The text as printed: composed (NFC), tabs as spaces, control characters removed. Text in
 * another script keeps its joiners and bidi marks (U+200C–U+200F, U+061C): the script engine
 * shapes and orders with them (a Persian or Urdu word needs its non-joiner).
 */
export function cleanText(value: string, multiLine = false): string {
  const cache = cleaned[multiLine ? 1 : 0];
  let text = cache.get(value);
  if (text === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    text = clean(value, multiLine);
    cache.set(value, text);
  }
  return text;
}

function clean(value: string, multiLine: boolean): string {
  const composed = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(OTHER_SCRIPT.test(value) ? DROPPED_EXCEPT_MARKS : DROPPED_WHEN_PRINTED, '');
  return multiLine ? composed : composed.replace(/\n+/g, ' ');
}

const OTHER_SCRIPT =
  /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;
const DROPPED_EXCEPT_MARKS = new RegExp(
  `(?![\\u200c-\\u200f\\u061c])${DROPPED_WHEN_PRINTED.source}`,
  'gu',
);

/** Whether every font of a set has a character, by code point: asked of every character printed. */
const coverage = [
  new WeakMap<readonly Font[], Map<number, boolean>>(),
  new WeakMap<readonly Font[], Map<number, boolean>>(),
] as const;
/** Texts every font of a set prints whole, checked once. */
const printableTexts = [
  new WeakMap<readonly Font[], Set<string>>(),
  new WeakMap<readonly Font[], Set<string>>(),
] as const;

/** Checks each field against every font it may be printed in; throws one error for all of them. */
export class TextChecker {
  private readonly problems = new Map<string, Set<string>>();

  private readonly fonts: readonly Font[];
  private readonly covered: Map<number, boolean>;
  private readonly printableTexts: Set<string>;

  /**
   * `scripts`: the handout draws other scripts through the script engine (layout 3), so a
   * character is printable when its Latin fonts or one of the engine's fonts has it.
   */
  private readonly scripts: boolean;

  constructor(fonts: readonly Font[], scripts = false) {
    this.fonts = fonts;
    this.scripts = scripts;
    // Kept apart by mode: what the script engine prints, a frozen layout may not.
    const mode = scripts ? 1 : 0;
    let texts = printableTexts[mode].get(fonts);
    if (!texts) {
      texts = new Set();
      printableTexts[mode].set(fonts, texts);
    }
    this.printableTexts = texts;
    let covered = coverage[mode].get(fonts);
    if (!covered) {
      covered = new Map();
      coverage[mode].set(fonts, covered);
    }
    this.covered = covered;
  }

  private printable(cp: number): boolean {
    let ok = this.covered.get(cp);
    if (ok === undefined) {
      ok =
        this.fonts.every((f) => f.hasGlyphForCodePoint(cp)) ||
        (this.scripts && undrawableCharacters(String.fromCodePoint(cp)).length === 0);
      this.covered.set(cp, ok);
    }
    return ok;
  }

  check(field: string, value: string | null | undefined): void {
    if (!value || this.printableTexts.has(value)) return;
    let whole = true;
    for (const ch of cleanText(value, true)) {
      if (ch === '\n' || ch === ' ') continue;
      const cp = ch.codePointAt(0) ?? 0;
      if (this.printable(cp)) continue;
      whole = false;
      const set = this.problems.get(field) ?? new Set<string>();
      set.add(ch);
      this.problems.set(field, set);
    }
    if (!whole) return;
    if (this.printableTexts.size >= CACHE_LIMIT) this.printableTexts.clear();
    this.printableTexts.add(value);
  }

  throwIfAny(): void {
    if (this.problems.size === 0) return;
    throw new HandoutTextError(
      [...this.problems].map(([field, chars]) => ({ field, characters: [...chars].slice(0, 12) })),
    );
  }
}
