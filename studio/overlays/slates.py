"""Full-frame cards drawn by the studio itself (not by a theme pack)."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from studio import i18n
from studio.media.layers import Layer
from studio.media.scenes import Slate, SlateKind

log = logging.getLogger(__name__)


# What the card says is reconnecting, by the missing source's kind (its spec's prefix, as
# session/sources.py writes it): viewers should not hear "camera" while a screen share is away.
_RECONNECTING = {
    "camera": "The camera is reconnecting…",
    "screen": "The screen share is reconnecting…",
    "picture": "The picture is reconnecting…",
}


def brb_subject(spec: str) -> str:
    """'camera', 'screen' or 'picture' for a video source spec ('v4l2:/dev/video0',
    'screen:0', 'file:clip.mp4', ...)."""
    kind = spec.split(":", 1)[0].strip().lower()
    if kind in ("screen", "x11grab", "gdigrab", "window"):
        return "screen"
    if kind in ("file", "image", "test", "colour", "color"):
        return "picture"
    return "camera"


def render_brb(width: int, height: int, subject: str = "camera") -> np.ndarray:
    """The 'be right back' card shown over the slate while the camera (or the screen share:
    `subject`, see brb_subject) is gone."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    from studio.overlays.fonts import ensure_qt, make_font
    from studio.overlays.painting import begin, image_to_array, new_image, rounded

    ensure_qt()
    s = height / 1080
    w, h = round(900 * s), round(300 * s)
    img = new_image(w, h)
    p = begin(img)
    try:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(20, 20, 24, 230))
        p.drawPath(rounded(QRectF(0, 0, w, h), 28 * s))
        p.setPen(QColor(255, 255, 255))
        p.setFont(make_font("Studio Noto Sans", 96 * s, bold=True))
        p.drawText(QRectF(0, 40 * s, w, 140 * s), Qt.AlignmentFlag.AlignCenter, "Be right back")
        p.setPen(QColor(200, 200, 210))
        p.setFont(make_font("Studio Noto Sans", 40 * s))
        p.drawText(
            QRectF(0, 180 * s, w, 70 * s),
            Qt.AlignmentFlag.AlignCenter,
            _RECONNECTING.get(subject, _RECONNECTING["picture"]),
        )
    finally:
        p.end()
    return image_to_array(img)


def render_slate(
    headline: str,
    countdown: str | None,
    subtitle: str,
    width: int,
    height: int,
    card_width: int | None = None,
) -> np.ndarray:
    """A scene's full-screen card (media/scenes.py's `Slate`): the headline in big letters,
    under it the countdown ('4:59') when there is one, and a subtitle (the show's title).
    Premultiplied RGBA (h, w, 4) of a panel sized for a `width` × `height` canvas (its short
    side sets the scale, so 9:16 and 16:9 read alike), `card_width` pixels wide when given;
    `slate_place` says where it goes."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF

    from studio.overlays.fonts import ensure_qt, make_font
    from studio.overlays.painting import begin, image_to_array, new_image, rounded

    ensure_qt()
    s = min(width, height) / 1080

    def fitted(px: float, text: str, avail: float, bold: bool) -> QFont:
        """The font at `px`, made smaller until `text` fits in `avail` pixels."""
        font = make_font("Studio Noto Sans", px, bold=bold)
        need = QFontMetricsF(font).horizontalAdvance(text)
        if need > avail:
            font = make_font("Studio Noto Sans", max(8.0, px * avail / need), bold=bold)
        return font

    w = (card_width if card_width is not None else round(min(width * 0.84, 1300 * s))) & ~1
    rows = [("headline", 150 * s)] + ([("countdown", 200 * s)] if countdown else [])
    rows += [("subtitle", 80 * s)] if subtitle else []
    h = round(sum(px for _, px in rows) + 120 * s) & ~1
    img = new_image(w, h)
    p = begin(img)
    try:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(12, 10, 20, 215))
        card = rounded(QRectF(0, 0, w, h), 36 * s)
        p.drawPath(card)
        p.save()
        p.setClipPath(card)  # the accent follows the card's rounded corners
        p.setBrush(QColor(255, 92, 138))
        p.drawRect(QRectF(0, 0, w, 10 * s))
        p.restore()
        y = 60 * s
        avail = w - 80 * s
        for what, px in rows:
            if what == "headline":
                p.setPen(QColor(255, 255, 255))
                text = headline
                p.setFont(fitted(104 * s, text, avail, True))
            elif what == "countdown":
                p.setPen(QColor(255, 214, 102))
                text = countdown or ""
                p.setFont(fitted(170 * s, text, avail, True))
            else:
                p.setPen(QColor(210, 210, 222))
                text = subtitle
                p.setFont(fitted(48 * s, text, avail, False))
            p.drawText(QRectF(20 * s, y, w - 40 * s, px), Qt.AlignmentFlag.AlignCenter, text)
            y += px
    finally:
        p.end()
    return image_to_array(img)


def render_placed_slate(
    headline: str, countdown: str | None, subtitle: str, width: int, height: int
) -> tuple[np.ndarray, int, int]:
    """The card (`render_slate`) and where its top-left corner goes on a `width` × `height`
    canvas: centred on 16:9; on 9:16 kept out of the phone apps' own buttons and text
    (overlays/theme.py's PhoneSafeArea defaults, the zones the shop overlays avoid too): across
    the width between the side margins, centred between the top bar and where the action rail
    starts, clear of the shop's cards below; a card too tall for that band is narrowed to end
    before the rail and centred between the top bar and the comments."""
    if height <= width:
        rgba = render_slate(headline, countdown, subtitle, width, height)
        lh, lw = rgba.shape[:2]
        return rgba, (width - lw) // 2 & ~1, (height - lh) // 2 & ~1
    from studio.overlays.theme import PhoneSafeArea

    safe = PhoneSafeArea()
    margin = round(safe.margin * width)
    top, rail = safe.top_bar * height, safe.rail_top * height
    rgba = render_slate(headline, countdown, subtitle, width, height, width - 2 * margin)
    lh, lw = rgba.shape[:2]
    if lh <= rail - top:
        return rgba, (width - lw) // 2 & ~1, round(top + (rail - top - lh) / 2) & ~1
    narrow = round(width * (1 - safe.margin - safe.action_rail))
    rgba = render_slate(headline, countdown, subtitle, width, height, narrow - margin)
    lh = rgba.shape[0]
    bottom = (1 - safe.comments) * height
    return rgba, margin & ~1, max(0, round(top + (bottom - top - lh) / 2)) & ~1


# A card: (headline, countdown, subtitle, canvas width, canvas height).
_Key = tuple[str, str | None, str, int, int]

# A slate's own words (a scene's `slate.title` replaces them), in the show's language.
_SLATE_WORDS = {
    SlateKind.STARTING: i18n.N_("Starting soon"),
    SlateKind.BRB: i18n.N_("Be right back"),
    SlateKind.ENDING: i18n.N_("Thanks for watching"),
}


def slate_headline(slate: Slate, language: str | None) -> str:
    """The big words of `slate`: its own title, else its kind's words in `language` (the
    show's, i.e. its viewers'; None: the process's language)."""
    if slate.title:
        return slate.title
    return i18n.translations(language or i18n.language()).gettext(_SLATE_WORDS[slate.kind])


class SlateCards:
    """The engine's `SlateSource` (engine/program.py): a scene's slate as a layer, rendered
    on a thread of its own ("slates") and cached, so the compositor never waits for QPainter.

    `slate_layers` returns at once: the card for this second, or (while it renders) the last
    card of that slate and canvas; () before the first is ready. A countdown's next second is
    rendered ahead. `subtitle` is shown under each card but "Be right back"'s (the show's
    title: a text, or a function read at each card); `now` gives Unix seconds (time.time;
    tests pass their own); `language` gives the show's language (its viewers'), read at each
    card, for a slate's own words (None: the process's). Any thread."""

    def __init__(
        self,
        subtitle: str | Callable[[], str] = "",
        now: Callable[[], float] = time.time,
        language: Callable[[], str | None] = lambda: None,
    ) -> None:
        from studio.overlays.fonts import ensure_qt

        ensure_qt()  # the Qt application is made here, on the caller's (main) thread
        self.subtitle = subtitle
        self._now = now
        self._language = language
        self._cache: dict[_Key, Layer] = {}
        self._last: dict[tuple[str, int, int], Layer] = {}
        self._todo: queue.Queue[_Key | None] = queue.Queue()
        self._pending: set[_Key] = set()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="slates", daemon=True)
        self._thread.start()

    def slate_layers(self, slate: Slate, width: int, height: int) -> Sequence[Layer]:
        """The card of `slate` now on a `width` × `height` canvas (see the class docstring)."""
        now = self._now()
        try:
            headline = slate_headline(slate, self._language())
        except Exception:  # a catalogue that cannot be read: the English words
            log.exception("the slate's words could not be translated")
            headline = slate.headline
        # "Be right back" keeps the shop's overlays on screen, the title lower third with them
        # (and marks a dropped camera's box): no second title on its card.
        sub = self._subtitle() if slate.kind is not SlateKind.BRB else ""
        key = (headline, slate.countdown(now), sub, width, height)
        layer = self._cache.get(key)
        self._ask(key)
        if slate.countdown(now + 1.0) != key[1]:
            self._ask((headline, slate.countdown(now + 1.0), sub, width, height))
        if layer is None:
            layer = self._last.get((headline, width, height))
        else:
            self._last[(headline, width, height)] = layer
        return (layer,) if layer is not None else ()

    def _subtitle(self) -> str:
        sub = self.subtitle
        if isinstance(sub, str):
            return sub
        try:
            return sub() or ""
        except Exception:  # the show's title unknown: no subtitle
            log.exception("the slate's subtitle could not be read")
            return ""

    def _ask(self, key: _Key) -> None:
        with self._lock:
            if key in self._cache or key in self._pending:
                return
            self._pending.add(key)
        self._todo.put(key)

    def _run(self) -> None:
        while True:
            key = self._todo.get()
            if key is None:
                return
            headline, countdown, sub, w, h = key
            try:
                rgba, x, y = render_placed_slate(headline, countdown, sub, w, h)
            except Exception:
                log.exception("rendering a slate failed")
                continue
            layer = Layer(f"slate:{headline}", rgba, x, y, 50)
            with self._lock:
                if len(self._cache) > 64:  # old seconds of a countdown
                    self._cache.clear()
                self._cache[key] = layer
                self._pending.discard(key)

    def close(self) -> None:
        """Stop the render thread."""
        self._todo.put(None)
        self._thread.join(timeout=2)
