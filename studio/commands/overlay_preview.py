"""`studio overlay-preview`: render one composed frame with every overlay, for review.

A designer or creator checks a theme and a catalog before going live without starting a
stream: the pinned product's card, a countdown, an order toast, the supporters strip and the
lower third over a neutral test background, at the output size the show will use.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from studio import i18n
from studio.errors import UsageError

log = logging.getLogger(__name__)

SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080), "1080x1920": (1080, 1920)}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "overlay-preview",
        help=i18n._("render one frame with all overlays to a PNG"),
        description=i18n._(
            "Render the pinned product's card, a countdown, an order alert, the "
            "supporters strip and the lower third over a test background."
        ),
    )
    p.add_argument("--catalog", required=True, type=Path, help=i18n._("products, CSV or JSON"))
    p.add_argument("--pin", metavar="SKU", help=i18n._("product to pin (default: the first)"))
    p.add_argument(
        "--theme", default="default", help=i18n._("theme name or folder (default: default)")
    )
    p.add_argument("--out", required=True, type=Path, help=i18n._("PNG file to write"))
    p.add_argument("--size", default="1280x720", choices=sorted(SIZES), help=i18n._("output size"))
    p.add_argument(
        "--countdown",
        type=float,
        default=300,
        metavar="SECONDS",
        help=i18n._("flash sale length"),
    )
    p.add_argument(
        "--title", default=i18n._("Spring Denim Drop 🔥 Live"), help=i18n._("show title")
    )
    p.add_argument("--subtitle", default=i18n._("with Ava · new arrivals every 10 minutes"))
    p.add_argument("--locale", default="en_US", help=i18n._("number and price format, e.g. de_DE"))
    p.add_argument(
        "--language",
        default="en",
        help=i18n._("the show's language for the overlays' words, e.g. es or zh-TW"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.overlays.preview import PreviewContent, render_preview, save_png
    from studio.overlays.theme import load_theme
    from studio.show.catalog import pick_product

    theme = load_theme(args.theme)
    product = pick_product(args.catalog, args.pin)
    if args.countdown is not None and args.countdown < 0:
        raise UsageError(i18n._("--countdown must be zero or more seconds."))
    width, height = SIZES[args.size]
    frame = render_preview(
        width,
        height,
        theme,
        PreviewContent(
            product=product,
            title=args.title,
            subtitle=args.subtitle or None,
            countdown_s=args.countdown,
        ),
        locale=args.locale,
        language=args.language,
    )
    out: Path = args.out
    if out.parent and not out.parent.exists():
        raise UsageError(
            i18n._("The folder {parent} does not exist.").format(parent=out.parent),
            i18n._("Create it or pick another --out."),
        )
    try:
        save_png(frame, str(out))
    except OSError as exc:
        raise UsageError(i18n._("Cannot write {out}: {exc}").format(out=out, exc=exc)) from None
    print(
        i18n._("wrote {out} ({width}x{height}, theme {name}, product {sku})").format(
            out=out, width=width, height=height, name=theme.name, sku=product.sku
        )
    )
    return 0
