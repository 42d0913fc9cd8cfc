#!/usr/bin/env python3
"""Builds resources/fonts/JointPlanSans-{Regular,Bold}.ttf, the handout's fonts.

Atkinson Hyperlegible (designed for readers with low vision) covers Western and Central
European Latin only. Noto Sans adds Greek, Cyrillic, Vietnamese and the rest of Latin, so
a patient called Żaneta, Ιωάννα or Ольга gets a handout in her own letters. One merged
font (Atkinson's glyphs win wherever both have one) keeps every text run in one pdfkit
font, so the renderer needs no run splitting.

Needs Debian's python3-fonttools and fonts-noto-core (`apt-get install python3-fonttools
fonts-noto-core`); run from the repository root:  /usr/bin/python3 scripts/fonts/build-handout-fonts.py
The output is committed: CI and the app never run this.
"""
import os
import tempfile

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

NOTO = '/usr/share/fonts/truetype/noto/NotoSans-{}.ttf'
ATKINSON = 'resources/fonts/AtkinsonHyperlegible-{}.ttf'
OUT = 'resources/fonts/JointPlanSans-{}.ttf'
FAMILY = 'JointPlan Handout Sans'


def rename(font: TTFont, weight: str) -> None:
    # Both sources are OFL 1.1; a modified font carries its own name.
    names = {
        0: 'Copyright 2020 Braille Institute of America, Inc. (Atkinson Hyperlegible); '
        'Copyright 2015-2020 Google LLC (Noto Sans). Merged for JointPlan.',
        1: FAMILY,
        2: weight,
        3: f'JointPlanSans-{weight}',
        4: f'{FAMILY} {weight}',
        6: f'JointPlanSans-{weight}',
        16: FAMILY,
        17: weight,
    }
    table = font['name']
    table.names = [n for n in table.names if n.nameID not in names]
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)


def keep_atkinson_line_spacing(font: TTFont, atkinson: TTFont) -> None:
    # The merger takes the larger of the two fonts' ascents; pdfkit spaces lines by them,
    # so without this every handout would grow by a tenth.
    for attr in ('ascent', 'descent', 'lineGap'):
        setattr(font['hhea'], attr, getattr(atkinson['hhea'], attr))
    for attr in ('sTypoAscender', 'sTypoDescender', 'sTypoLineGap', 'usWinAscent', 'usWinDescent'):
        setattr(font['OS/2'], attr, getattr(atkinson['OS/2'], attr))


def build(weight: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        atkinson = TTFont(ATKINSON.format(weight))
        # Only what Atkinson lacks: a character in both would be mapped ambiguously.
        noto_path = os.path.join(tmp, 'noto-extra.ttf')
        noto = TTFont(NOTO.format(weight))
        extra = set(noto.getBestCmap()) - set(atkinson.getBestCmap())
        only_extra = subset.Options()
        only_extra.hinting = False
        only_extra.layout_features = ['*']
        only_extra.name_IDs = ['*']
        only_extra.glyph_names = True
        extra_subsetter = subset.Subsetter(only_extra)
        extra_subsetter.populate(unicodes=extra)
        extra_subsetter.subset(noto)
        noto.save(noto_path)
        merged_path = os.path.join(tmp, 'merged.ttf')
        Merger().merge([ATKINSON.format(weight), noto_path]).save(merged_path)
        font = TTFont(merged_path)
        # Hinting programs from two fonts cannot be merged soundly; PDF viewers scale outlines.
        options = subset.Options()
        options.hinting = False
        options.layout_features = ['*']
        options.name_IDs = ['*']
        options.glyph_names = True
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=font.getBestCmap().keys())
        subsetter.subset(font)
        keep_atkinson_line_spacing(font, atkinson)
        rename(font, weight)
        font.save(OUT.format(weight))
        print(OUT.format(weight), font['maxp'].numGlyphs, 'glyphs', len(font.getBestCmap()), 'characters')


if __name__ == '__main__':
    for w in ('Regular', 'Bold'):
        build(w)
