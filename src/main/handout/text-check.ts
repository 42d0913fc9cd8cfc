import type { Font } from 'fontkit';
import { codePointLabel, DROPPED_WHEN_PRINTED } from '../../shared/text/printable.ts';

/** A field holds characters the handout's fonts cannot print. */
export class HandoutTextError extends Error {
  readonly problems: readonly { field: string; characters: string[] }[];

  constructor(problems: readonly { field: string; characters: string[] }[]) {
    const lines = problems.map(
      (p) => `${p.field}: ${p.characters.map((c) => `"${c}" (${codePointLabel(c)})`).join(', ')}`,
    );
    super(
      `The handout cannot print some characters, so it was not made. ` +
        `Handouts print Latin, Greek and Cyrillic letters; change these fields, or remove the characters:\n${lines.join('\n')}`,
    );
    this.name = 'HandoutTextError';
    this.problems = problems;
  }
}

/** The text as printed: composed (NFC), tabs as spaces, control characters removed. */
export function cleanText(value: string, multiLine = false): string {
  const composed = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(DROPPED_WHEN_PRINTED, '');
  return multiLine ? composed : composed.replace(/\n+/g, ' ');
}

/** Whether every font of a set has a character, by code point: asked of every character printed. */
const coverage = new WeakMap<readonly Font[], Map<number, boolean>>();

/** Checks each field against every font it may be printed in; throws one error for all of them. */
export class TextChecker {
  private readonly problems = new Map<string, Set<string>>();

  private readonly fonts: readonly Font[];
  private readonly covered: Map<number, boolean>;

  constructor(fonts: readonly Font[]) {
    this.fonts = fonts;
    let covered = coverage.get(fonts);
    if (!covered) {
      covered = new Map();
      coverage.set(fonts, covered);
    }
    this.covered = covered;
  }

  private printable(cp: number): boolean {
    let ok = this.covered.get(cp);
    if (ok === undefined) {
      ok = this.fonts.every((f) => f.hasGlyphForCodePoint(cp));
      this.covered.set(cp, ok);
    }
    return ok;
  }

  check(field: string, value: string | null | undefined): void {
    if (!value) return;
    for (const ch of cleanText(value, true)) {
      if (ch === '\n' || ch === ' ') continue;
      const cp = ch.codePointAt(0) ?? 0;
      if (this.printable(cp)) continue;
      const set = this.problems.get(field) ?? new Set<string>();
      set.add(ch);
      this.problems.set(field, set);
    }
  }

  throwIfAny(): void {
    if (this.problems.size === 0) return;
    throw new HandoutTextError(
      [...this.problems].map(([field, chars]) => ({ field, characters: [...chars].slice(0, 12) })),
    );
  }
}
