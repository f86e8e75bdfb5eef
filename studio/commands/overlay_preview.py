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

from studio.errors import UsageError

log = logging.getLogger(__name__)

SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080), "1080x1920": (1080, 1920)}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "overlay-preview",
        help="render one frame with all overlays to a PNG",
        description="Render the pinned product's card, a countdown, an order alert, the "
        "supporters strip and the lower third over a test background.",
    )
    p.add_argument("--catalog", required=True, type=Path, help="products, CSV or JSON")
    p.add_argument("--pin", metavar="SKU", help="product to pin (default: the first)")
    p.add_argument("--theme", default="default", help="theme name or folder (default: default)")
    p.add_argument("--out", required=True, type=Path, help="PNG file to write")
    p.add_argument("--size", default="1280x720", choices=sorted(SIZES), help="output size")
    p.add_argument(
        "--countdown", type=float, default=300, metavar="SECONDS", help="flash sale length"
    )
    p.add_argument("--title", default="Spring Denim Drop 🔥 Live", help="show title")
    p.add_argument("--subtitle", default="with Ava · new arrivals every 10 minutes")
    p.add_argument("--locale", default="en_US", help="number and price format, e.g. de_DE")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.overlays.preview import PreviewContent, render_preview, save_png
    from studio.overlays.theme import load_theme
    from studio.show.catalog import pick_product

    theme = load_theme(args.theme)
    product = pick_product(args.catalog, args.pin)
    if args.countdown is not None and args.countdown < 0:
        raise UsageError("--countdown must be zero or more seconds.")
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
    )
    out: Path = args.out
    if out.parent and not out.parent.exists():
        raise UsageError(
            f"The folder {out.parent} does not exist.", "Create it or pick another --out."
        )
    try:
        save_png(frame, str(out))
    except OSError as exc:
        raise UsageError(f"Cannot write {out}: {exc}") from None
    print(f"wrote {out} ({width}x{height}, theme {theme.name}, product {product.sku})")
    return 0
