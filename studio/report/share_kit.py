"""The reseller share kit (issue 21): for each reseller, a phone poster, a square poster and
a share card per product, each with a QR code of that reseller's own referral link.

`write_share_kit` writes them under `out_dir/<code>/` (poster-phone.png, poster-square.png,
card-<sku>.png) and returns what it wrote. Rendering is `studio.overlays.poster`; this module
chooses the words (the show's title, theme, host, its start in the audience's language and
time zone) and the files. Runs on any thread after `fonts.ensure_qt()` was called on the main
thread (the CLI and the window do).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from babel.dates import format_skeleton, format_time
from PySide6.QtGui import QImage

from studio import i18n
from studio.errors import UsageError
from studio.overlays.images import ImageCache
from studio.overlays.poster import (
    PosterContent,
    highlights_of,
    render_phone_poster,
    render_share_card,
    render_square_poster,
)
from studio.overlays.theme import Theme
from studio.show.catalog import Product
from studio.show.money import babel_locale
from studio.show.state import Reseller, ShowInfo

_SAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class KitFile:
    """One picture of a kit: the reseller's code, `kind` (poster-phone, poster-square, card),
    the product's SKU for a card, and where it was written."""

    code: str
    kind: str
    sku: str | None
    path: Path


def zone_text(when: datetime) -> str:
    """The zone of aware `when` as the audience reads it: its abbreviation with the offset
    from UTC ('EST (UTC-5)', 'IST (UTC+5:30)'), the offset alone when the zone has no
    lettered abbreviation ('UTC+8' for '+08'), 'UTC' for UTC itself."""
    offset = when.utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    name = when.tzname() or ""
    if minutes == 0 and name in ("", "UTC", "GMT", "Z"):
        return "UTC"
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    utc = f"UTC{sign}{h}" + (f":{m:02d}" if m else "")
    return f"{name} ({utc})" if name.isalpha() and name not in ("UTC", "GMT") else utc


def starts_text(when: datetime | None, locale: str, tz: tzinfo | None = None) -> str:
    """A show's start for the audience: weekday, date and time in their language by CLDR,
    in zone `tz`, by default the creator's machine's local zone (`datetime.astimezone()`,
    which follows the TZ setting), with its abbreviation and offset (e.g. 'Mon, Nov 30 ·
    2:00 PM EST (UTC-5)', '12月1日週二 · 凌晨3:00 CST (UTC+8)'); empty if unknown. A naive
    `when` is taken as UTC."""
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    local = when.astimezone(tz) if tz is not None else when.astimezone()
    loc = babel_locale(locale)
    day = format_skeleton("MMMEd", local, tzinfo=local.tzinfo, locale=loc)
    at = format_time(local, "short", tzinfo=local.tzinfo, locale=loc)
    return f"{day} · {at} {zone_text(local)}"


def poster_content(
    show: ShowInfo,
    products: Sequence[Product],
    *,
    highlights: Sequence[str] = (),
    language: str = "en",
    locale: str = "en_US",
    tz: tzinfo | None = None,
) -> PosterContent:
    """What the posters say for `show` (link and code are filled in per reseller)."""
    return PosterContent(
        title=show.title,
        show_theme=show.theme_name or "",
        host=show.host_name,
        starts=starts_text(show.scheduled_start, locale, tz),
        link="",
        code="",
        highlights=highlights_of(products, highlights),
        language=language,
        locale=locale,
    )


def write_share_kit(
    out_dir: Path,
    content: PosterContent,
    resellers: Sequence[Reseller],
    products: Sequence[Product],
    theme: Theme,
    *,
    images: ImageCache | None = None,
) -> list[KitFile]:
    """Write every reseller's kit; raises `UsageError` for a reseller without a share link
    (nothing to put in the QR code) or a folder that cannot be written."""
    images = images or ImageCache()
    written: list[KitFile] = []
    for r in resellers:
        if not r.share_url:
            raise UsageError(
                i18n._("Reseller {name} has no referral link.").format(name=r.name),
                i18n._("Add them again with a code."),
            )
        mine = replace(content, link=r.share_url, code=r.code)
        folder = out_dir / (_SAFE.sub("-", r.code) or "reseller")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(
                i18n._("Cannot write the share kit to {folder}: {error}.").format(
                    folder=folder, error=exc.strerror
                ),
                i18n._("Choose a folder you can write to."),
            ) from exc
        pictures: list[tuple[str, str | None, QImage]] = [
            ("poster-phone", None, render_phone_poster(mine, theme, images)),
            ("poster-square", None, render_square_poster(mine, theme, images)),
        ]
        pictures += [("card", p.sku, render_share_card(p, mine, theme, images)) for p in products]
        for kind, sku, img in pictures:
            name = f"{kind}.png" if sku is None else f"card-{_SAFE.sub('-', sku)}.png"
            path = folder / name
            if not img.save(str(path)):
                raise UsageError(
                    i18n._("Cannot write {path}.").format(path=path),
                    i18n._("Check the disk has room."),
                )
            written.append(KitFile(r.code, kind, sku, path))
    return written
