import * as fontkit from 'fontkit';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURRENT_FONT_SET, FONT_SETS } from '../fonts.ts';

/**
 * The fonts a paragraph may be drawn with: the handout's own Latin font (Latin including
 * Vietnamese, Greek, Cyrillic) and one Noto font per other script it supports
 * (scripts/fonts/build-script-fonts.py says where each comes from and why).
 */
export type ScriptFontKey =
  'latin' | 'arabic' | 'hebrew' | 'devanagari' | 'gurmukhi' | 'bengali' | 'tamil' | 'thai' | 'cjk';

const NOTO_FILES: Record<Exclude<ScriptFontKey, 'latin'>, string> = {
  arabic: 'NotoNaskhArabic-{w}.ttf',
  hebrew: 'NotoSansHebrew-{w}.ttf',
  devanagari: 'NotoSansDevanagari-{w}.ttf',
  gurmukhi: 'NotoSansGurmukhi-{w}.ttf',
  bengali: 'NotoSansBengali-{w}.ttf',
  tamil: 'NotoSansTamil-{w}.ttf',
  thai: 'NotoSansThai-{w}.ttf',
  cjk: 'NotoSansCJKsc-{w}.otf',
};

/** Fallback order when a character's own script font lacks it. */
export const FONT_KEYS: readonly ScriptFontKey[] = [
  'latin',
  'arabic',
  'hebrew',
  'devanagari',
  'gurmukhi',
  'bengali',
  'tamil',
  'thai',
  'cjk',
];

export function fileNameOf(key: ScriptFontKey, bold: boolean): string {
  const weight = bold ? 'Bold' : 'Regular';
  if (key === 'latin') {
    const set = FONT_SETS[CURRENT_FONT_SET];
    return `${bold ? set.bold : set.regular}.ttf`;
  }
  return NOTO_FILES[key].replace('{w}', weight);
}

/** resources/fonts from the source tree, or beside the packaged app's resources. */
function fontDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.resolve(here, '../../../../resources/fonts'),
    path.resolve(here, '../../resources/fonts'),
    path.resolve(here, '../../../resources/fonts'),
    ...(typeof process.resourcesPath === 'string'
      ? [
          path.join(process.resourcesPath, 'fonts'),
          path.join(process.resourcesPath, 'resources/fonts'),
        ]
      : []),
  ];
  const probe = fileNameOf('cjk', false);
  const found = candidates.find((d) => existsSync(path.join(d, probe)));
  if (!found)
    throw new Error(`The handout's script fonts are missing (looked in ${candidates.join(', ')})`);
  return found;
}

let dir: string | undefined;
const parsed = new Map<string, fontkit.Font>();

/**
 * One font, parsed once for the life of the app (a CJK face is 13 MB: parsing it per
 * handout would cost more than drawing). fontkit reads glyph data lazily, so a font no
 * paragraph uses costs only its file read.
 */
export function scriptFont(key: ScriptFontKey, bold: boolean): fontkit.Font {
  const name = fileNameOf(key, bold);
  let font = parsed.get(name);
  if (!font) {
    dir ??= fontDir();
    font = fontkit.create(readFileSync(path.join(dir, name))) as fontkit.Font;
    parsed.set(name, font);
  }
  return font;
}

/** Bytes on disk of every font the engine may use (the size they add to the app). */
export function scriptFontBytes(): number {
  dir ??= fontDir();
  const root = dir;
  let total = 0;
  for (const key of FONT_KEYS) {
    for (const bold of [false, true])
      total += statSync(path.join(root, fileNameOf(key, bold))).size;
  }
  return total;
}

/** The OpenType-free way to tell which script font a character asks for. */
const SCRIPT_OF: readonly (readonly [RegExp, ScriptFontKey])[] = [
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
  [/\p{Script=Gurmukhi}/u, 'gurmukhi'],
  [/\p{Script=Bengali}/u, 'bengali'],
  [/\p{Script=Tamil}/u, 'tamil'],
  [/\p{Script=Thai}/u, 'thai'],
  [
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u,
    'cjk',
  ],
];
/** Characters that belong to whatever surrounds them (digits, punctuation, marks, spaces). */
const SHARED = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;
/** Format characters no font needs a glyph for (joiners, bidi marks, variation selectors). */
const IGNORABLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

/** What each font has a glyph for, remembered: fontkit looks it up in the cmap each time. */
const coverage = new WeakMap<fontkit.Font, Map<number, boolean>>();

function covers(font: fontkit.Font, cluster: string): boolean {
  let known = coverage.get(font);
  if (!known) {
    known = new Map();
    coverage.set(font, known);
  }
  for (const ch of cluster) {
    if (IGNORABLE.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    let has = known.get(cp);
    if (has === undefined) {
      has = font.hasGlyphForCodePoint(cp);
      known.set(cp, has);
    }
    if (!has) return false;
  }
  return true;
}

/**
 * The font for one grapheme cluster: its script's font; for digits and punctuation, the
 * font of the text before it (so "٣ (ع)" stays in one Arabic run); otherwise the first
 * font that has every character. A cluster no font covers keeps its script's font, and
 * draws as a missing glyph: text-check callers refuse such text before it gets here.
 */
export function fontKeyFor(
  cluster: string,
  previous: ScriptFontKey | null,
  bold: boolean,
): ScriptFontKey {
  let wanted: ScriptFontKey = 'latin';
  if (SHARED.test(cluster)) {
    if (previous && covers(scriptFont(previous, bold), cluster)) return previous;
  } else {
    wanted = SCRIPT_OF.find(([pattern]) => pattern.test(cluster))?.[1] ?? 'latin';
  }
  if (covers(scriptFont(wanted, bold), cluster)) return wanted;
  return FONT_KEYS.find((key) => covers(scriptFont(key, bold), cluster)) ?? wanted;
}

/**
 * The characters of a text that no font of the engine can draw, once each, in order: what
 * the handout must refuse once it draws through this engine (the printable-input rule and
 * text-check.ts can then shrink to this). Format characters are never refused: they are
 * drawn as nothing.
 */
export function undrawableCharacters(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    if (IGNORABLE.test(ch) || /\s/u.test(ch)) continue;
    const found = FONT_KEYS.some(
      (key) => covers(scriptFont(key, false), ch) && covers(scriptFont(key, true), ch),
    );
    if (!found) out.add(ch);
  }
  return [...out];
}
