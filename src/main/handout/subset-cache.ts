import type * as fontkit from 'fontkit';

/** The subsets a font remembers: a few handouts' worth (a preview, its print, a reprint). */
const SUBSETS_KEPT = 16;

interface Subset {
  glyphs: number[];
  encode(): Uint8Array;
}

/**
 * A font whose subsets remember the font files they encode. pdfkit embeds in every handout a
 * subset of each font with only the glyphs it drew, encoded by fontkit (a tenth of a render);
 * the same plan printed again draws the same glyphs in the same order, so gives the same file.
 * Keyed by the glyph ids in their order, which is all encode() reads besides the font itself;
 * pdfkit only reads the bytes (it copies them into the PDF). Set on the font itself, like
 * fonts.ts's layout cache: the font is ours alone, parsed once.
 */
export function withSubsetCache(font: fontkit.Font): fontkit.Font {
  const encoded = new Map<string, Uint8Array>();
  const create = font.createSubset.bind(font) as unknown as () => Subset;
  (font as unknown as { createSubset: () => Subset }).createSubset = () => {
    const subset = create();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      // Read before encoding: fontkit appends a composite glyph's parts to the list as it goes.
      const key = subset.glyphs.join(',');
      let file = encoded.get(key);
      if (!file) {
        file = encode();
        if (encoded.size >= SUBSETS_KEPT) encoded.delete(encoded.keys().next().value as string);
        encoded.set(key, file);
      }
      return file;
    };
    return subset;
  };
  return font;
}
