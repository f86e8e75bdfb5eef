#!/usr/bin/env python3
"""Build the bundled overlay fonts in assets/fonts from Debian's Noto packages.

Run once by hand when the font set changes (needs the dev extra for fontTools and the Debian
packages fonts-noto-core, fonts-noto-cjk and fonts-noto-color-emoji); the output is committed.

Why subsets: a packaged studio must render CJK, emoji and right-to-left text without relying on
the buyer-facing machine's fonts, but the full Noto CJK and emoji fonts weigh ~60 MB. We keep the
characters live-commerce text actually uses (common hanzi/kanji/hangul, kana, Arabic, Hebrew,
Thai, Latin/Greek/Cyrillic/Vietnamese, a shopping-flavoured emoji set) and rename every family
with a "Studio " prefix so the overlays always pick the bundled copy, whatever is installed.
Characters outside the subset still fall back to system fonts at run time.

    .venv/bin/python scripts/build_fonts.py [--src-dir DIR] [--out-dir assets/fonts]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
DEBIAN_FONTS = Path("/usr/share/fonts")

LATIN_RANGES = [
    (0x0020, 0x007E),
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A/B
    (0x0300, 0x036F),  # combining marks
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # punctuation
    (0x20A0, 0x20CF),  # currency signs
    (0x2100, 0x214F),  # letterlike (™, №)
    (0x2190, 0x21FF),  # arrows
    (0x2212, 0x2212),
    (0x2215, 0x2215),
    (0x25A0, 0x25FF),  # geometric shapes
    (0xFB00, 0xFB06),
    (0xFEFF, 0xFEFF),
    (0xFFFD, 0xFFFD),
]
COMMON = [(0x0020, 0x007E), (0x00A0, 0x00FF), (0x2000, 0x206F), (0x20A0, 0x20CF)]
ARABIC = [
    *COMMON,
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
]
HEBREW = [*COMMON, (0x0590, 0x05FF), (0xFB1D, 0xFB4F)]
THAI = [*COMMON, (0x0E00, 0x0E7F)]

# Emoji a seller, a buyer or a chat actually uses during a show.
EMOJI_RANGES = [
    (0x1F600, 0x1F64F),  # smileys
    (0x1F440, 0x1F450),  # eyes, hands
    (0x1F451, 0x1F462),  # crown, clothes, shoes
    (0x1F484, 0x1F48E),  # lipstick, nail polish, ring, gem
    (0x1F490, 0x1F49F),  # bouquet, hearts
    (0x1F4A5, 0x1F4AF),  # boom, 100
    (0x1F4B0, 0x1F4B8),  # money
    (0x1F380, 0x1F38A),  # ribbon, gift, party
    (0x1F947, 0x1F949),  # medals
    (0x1F90C, 0x1F91F),  # hands
    (0x1F970, 0x1F97A),  # more smileys
    (0x1F9E1, 0x1F9E6),  # orange heart, scarf, gloves, coat, socks
]
EMOJI_SINGLES = [
    0x2764,
    0xFE0F,
    0x200D,
    0x2728,
    0x2B50,
    0x26A1,
    0x2705,
    0x274C,
    0x23F0,
    0x23F3,
    0x231B,
    0x270C,
    0x261D,
    0x1F31F,
    0x1F525,
    0x1F3C6,
    0x1F3F7,
    0x1F4E6,
    0x1F4E3,
    0x1F4E2,
    0x1F514,
    0x1F4F1,
    0x1F4F8,
    0x1F3A5,
    0x1F4FA,
    0x1F6CD,
    0x1F6D2,
    0x1F69A,
    0x1F680,
    0x1F4B3,
    0x1F45C,
    0x1F9F4,
    0x1F9F8,
    0x1F9F3,
    0x1F97F,
    0x1F97B,
    0x1FA73,
    0x1FA74,
    0x1FA71,
    0x1F48B,
    0x1F498,
    0x1F9E2,
    0x1F453,
    0x1F576,
    0x1F4AB,
    0x1F389,
    0x1F38A,
    0x1F44D,
    0x1F44F,
    0x1F64C,
    0x1F64F,
    0x1F90D,
    0x1F90E,
    0x1F49C,
    0x1F499,
    0x1F49A,
    0x1F49B,
    0x1F5A4,
    0x1F338,
    0x1F339,
    0x1F33C,
    0x1F337,
    0x1F33F,
    0x1F340,
    0x1F34E,
    0x1F353,
    0x1F352,
    0x1F351,
    0x1F36B,
    0x1F36C,
    0x1F370,
    0x1F382,
    0x1F9C1,
    0x2615,
    0x1F375,
    0x1F9CB,
    0x1F37E,
    0x1F942,
    0x1F3B5,
    0x1F3B6,
    0x1F3A4,
    0x1F4AC,
    0x1F4AD,
    0x1F4A4,
    0x1F4A6,
    0x1F4A8,
    0x1F44B,
    0x1F91D,
    0x1F4C8,
    0x1F4C9,
    0x1F516,
    0x1F517,
    0x1F50D,
    0x1F512,
    0x1F513,
    0x1F381,
    0x1F6A8,
    0x1F195,
    0x1F192,
    0x1F193,
    0x1F199,
]


def cjk_characters() -> set[int]:
    """Common CJK: GB2312 level 1, Big5 level 1, JIS level 1, KS X 1001 hangul, kana, symbols."""
    chars: set[int] = set()

    def grab(codec: str, lead: range, trail: range) -> None:
        for a in lead:
            for b in trail:
                try:
                    s = bytes([a, b]).decode(codec)
                except UnicodeDecodeError:
                    continue
                chars.update(ord(c) for c in s)

    # Every character the Chinese catalogues put on screen (overlays, report, window), so a
    # translation never falls back to a system font the buyer's machine may lack.
    for folder, pattern in (("po", "zh_*.po"), ("ts", "studio_zh_*.ts")):
        for path in sorted((ROOT / "studio" / "i18n" / folder).glob(pattern)):
            chars.update(ord(c) for c in path.read_text(encoding="utf-8") if ord(c) >= 0x2E80)
    grab("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))  # GB2312 level 1 (3755 hanzi)
    grab("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])  # Big5 level 1
    grab("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))  # JIS X 0208 level 1 kanji
    grab("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))  # KS X 1001 hangul (2350)
    for lo, hi in [
        (0x3000, 0x303F),  # CJK punctuation
        (0x3040, 0x30FF),  # hiragana, katakana
        (0x3130, 0x318F),  # hangul compatibility jamo
        (0x31F0, 0x31FF),
        (0xFF00, 0xFFEF),  # full/half-width forms
        (0x0020, 0x007E),
    ]:
        chars.update(range(lo, hi + 1))
    return chars


def expand(ranges: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for lo, hi in ranges:
        out.update(range(lo, hi + 1))
    return out


def rename(font: TTFont, family: str) -> None:
    """Prefix the family so the bundled subset never collides with a full system copy."""
    name = font["name"]
    sub_family = name.getDebugName(2) or "Regular"
    full = f"{family} {sub_family}" if sub_family != "Regular" else family
    ps = full.replace(" ", "")
    for rec in list(name.names):
        if rec.nameID in (16, 17, 21, 22):  # typographic names: rely on 1/2 only
            name.removeNames(nameID=rec.nameID)
    for platform, enc, lang in [(3, 1, 0x409), (1, 0, 0)]:
        name.setName(family, 1, platform, enc, lang)
        name.setName(full, 4, platform, enc, lang)
        name.setName(ps, 6, platform, enc, lang)
        name.setName(f"{ps};subset", 3, platform, enc, lang)


def build_one(
    src: TTFont, out: Path, unicodes: set[int], family: str, *, keep_color: bool = False
) -> None:
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.hinting = False  # overlays render large and antialiased; hints only cost bytes
    opts.drop_tables += ["DSIG"]
    if keep_color:
        opts.drop_tables = [t for t in opts.drop_tables if t not in ("CBDT", "CBLC")]
    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=unicodes)
    sub.subset(src)
    rename(src, family)
    src.save(str(out))
    print(f"  {out.name:36s} {out.stat().st_size / 1024:8.0f} KiB", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src-dir", type=Path, default=DEBIAN_FONTS)
    ap.add_argument("--out-dir", type=Path, default=ROOT / "assets" / "fonts")
    args = ap.parse_args()
    noto = args.src_dir / "truetype" / "noto"
    cjk = args.src_dir / "opentype" / "noto"
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.[ot]tf"):
        old.unlink()

    latin = expand(LATIN_RANGES)
    plan = [
        ("NotoSans-Regular.ttf", "Studio Noto Sans", latin),
        ("NotoSans-Bold.ttf", "Studio Noto Sans", latin),
        ("NotoSansDisplay-Regular.ttf", "Studio Noto Sans Display", latin),
        ("NotoSansDisplay-Bold.ttf", "Studio Noto Sans Display", latin),
        ("NotoSerifDisplay-Bold.ttf", "Studio Noto Serif Display", latin),
        ("NotoSansArabic-Regular.ttf", "Studio Noto Sans Arabic", expand(ARABIC)),
        ("NotoSansArabic-Bold.ttf", "Studio Noto Sans Arabic", expand(ARABIC)),
        ("NotoSansHebrew-Regular.ttf", "Studio Noto Sans Hebrew", expand(HEBREW)),
        ("NotoSansHebrew-Bold.ttf", "Studio Noto Sans Hebrew", expand(HEBREW)),
        ("NotoSansThai-Regular.ttf", "Studio Noto Sans Thai", expand(THAI)),
        ("NotoSansThai-Bold.ttf", "Studio Noto Sans Thai", expand(THAI)),
    ]
    print("building overlay fonts:", file=sys.stderr)
    for fname, family, chars in plan:
        build_one(TTFont(noto / fname), out / fname, chars, family)

    # One CJK weight only (Bold: overlay text is mostly titles, names and prices); a second
    # weight would add ~4 MB. Qt uses it for regular CJK text too.
    coll = TTCollection(cjk / "NotoSansCJK-Bold.ttc")
    sc = next(f for f in coll.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    build_one(sc, out / "NotoSansCJKsc-Bold-subset.otf", cjk_characters(), "Studio Noto Sans CJK")

    emoji = expand(EMOJI_RANGES) | set(EMOJI_SINGLES)
    build_one(
        TTFont(noto / "NotoColorEmoji.ttf"),
        out / "NotoColorEmoji-subset.ttf",
        emoji,
        "Studio Noto Color Emoji",
        keep_color=True,
    )

    doc = Path("/usr/share/doc")
    for pkg in ("fonts-noto-core", "fonts-noto-cjk", "fonts-noto-color-emoji"):
        src = doc / pkg / "copyright"
        if src.exists():
            shutil.copyfile(src, out / f"COPYRIGHT-{pkg}.txt")
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"total {total / 1024 / 1024:.1f} MiB in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
