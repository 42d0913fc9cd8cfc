#!/usr/bin/env python3
"""Builds resources/fonts/Noto*-{Regular,Bold}, the handout's fonts for other scripts.

The handout's own font (JointPlanSans: Latin including Vietnamese, Greek, Cyrillic) has no
Arabic, Hebrew, Indic, Thai or CJK letters; src/main/handout/script/ chooses one of these per
run of text. Each is a Noto font (SIL Open Font License 1.1, resources/fonts/OFL-Noto.txt)
taken from Debian's fonts-noto-core and fonts-noto-cjk, with hinting removed (the handout is
printed or read zoomed, never rasterised at small sizes on screen; hinting only adds bytes)
and every character and OpenType feature kept.

- Arabic and Urdu share Noto Naskh Arabic: Noto Nastaliq Urdu is the style Urdu readers
  prefer but is three times the size and relies on cursive positioning fontkit shapes less
  reliably; Naskh is the style of Urdu typed in most software and is read by every Urdu reader.
- Chinese, Japanese and Korean share Noto Sans CJK SC (one face of the Debian collection,
  which also has every kana and hangul). The collection with all five regional faces is
  20 MB a weight; one face is about 13 MB.

Get the sources without installing them, then run from the repository root:
    apt-get download fonts-noto-core fonts-noto-cjk && for f in fonts-noto-*.deb; do dpkg -x $f /tmp/noto; done
    /usr/bin/python3 scripts/fonts/build-script-fonts.py /tmp/noto/usr/share/fonts
The output is committed: CI and the app never run this.
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCE = next((a for a in sys.argv[1:] if not a.startswith('--')), '/usr/share/fonts')
OUT = 'resources/fonts'
TRUETYPE = [
    'NotoNaskhArabic',
    'NotoSansHebrew',
    'NotoSansDevanagari',
    'NotoSansGurmukhi',
    'NotoSansBengali',
    'NotoSansTamil',
    'NotoSansThai',
]
CJK_FACE = 'NotoSansCJKsc'


def unhinted(font: TTFont, desubroutinize: bool = False) -> TTFont:
    options = subset.Options()
    options.desubroutinize = desubroutinize
    options.layout_features = ['*']
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.hinting = False
    options.notdef_outline = True
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    return font


ONLY_CJK = '--cjk-only' in sys.argv
for weight in ['Regular', 'Bold']:
    for family in [] if ONLY_CJK else TRUETYPE:
        font = TTFont(os.path.join(SOURCE, 'truetype/noto', f'{family}-{weight}.ttf'))
        unhinted(font).save(os.path.join(OUT, f'{family}-{weight}.ttf'))
    collection = TTCollection(os.path.join(SOURCE, 'opentype/noto', f'NotoSansCJK-{weight}.ttc'))
    face = next(f for f in collection.fonts if f['name'].getDebugName(6) == f'{CJK_FACE}-{weight}')
    # Without subroutines: pdfkit's subsetter (fontkit) keeps a placeholder for each of the
    # face's tens of thousands of subroutines in every handout, which cost 100+ ms a handout.
    unhinted(face, desubroutinize=True).save(os.path.join(OUT, f'{CJK_FACE}-{weight}.otf'))
    print(weight, 'done')
