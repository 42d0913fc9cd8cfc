import * as fontkit from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_REGULAR = 'AtkinsonHyperlegible-Regular';
export const FONT_BOLD = 'AtkinsonHyperlegible-Bold';

export interface HandoutFonts {
  regular: Buffer;
  bold: Buffer;
  /** Parsed copies, for checking glyph coverage before anything is drawn. */
  parsed: fontkit.Font[];
}

/** resources/fonts from the source tree, or beside the packaged app's resources. */
function fontDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.resolve(here, '../../../resources/fonts'),
    path.resolve(here, '../../resources/fonts'),
    ...(typeof process.resourcesPath === 'string'
      ? [
          path.join(process.resourcesPath, 'fonts'),
          path.join(process.resourcesPath, 'resources/fonts'),
        ]
      : []),
  ];
  const found = candidates.find((d) => existsSync(path.join(d, `${FONT_REGULAR}.ttf`)));
  if (!found) throw new Error(`The handout fonts are missing (looked in ${candidates.join(', ')})`);
  return found;
}

let cached: HandoutFonts | null = null;

/** Atkinson Hyperlegible, regular and bold (SIL Open Font License, resources/fonts/OFL.txt). */
export function loadHandoutFonts(): HandoutFonts {
  if (cached) return cached;
  const dir = fontDir();
  const regular = readFileSync(path.join(dir, `${FONT_REGULAR}.ttf`));
  const bold = readFileSync(path.join(dir, `${FONT_BOLD}.ttf`));
  const parsed = [regular, bold].map((b) => fontkit.create(b) as fontkit.Font);
  cached = { regular, bold, parsed };
  return cached;
}
