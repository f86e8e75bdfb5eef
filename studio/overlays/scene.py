"""The overlay scene the engine polls every output frame.

`layers_at(t)` runs on the compositor thread at the output fps, so it only picks cached,
immutable layers and moves them (slide/fade animations change x/y/opacity, never pixels). All
drawing happens on the scene's own worker thread when content changes: a new pinned product,
a countdown second, the next order toast. Setters are called from UI and platform threads; they
record what to show, wake the worker and return at once.

A layer's `rgba` array object is replaced exactly when its pixels change, and every distinct
picture gets a new `key`, so the engine can cache its per-layer pixel-format conversion by key.

Nothing here may stop a broadcast: render failures are logged and the previous picture stays.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from studio.media.layers import ChangeSignal, Layer
from studio.overlays.alerts import alert_message, render_toast, summary_message
from studio.overlays.auction import AuctionText, AuctionView, render_auction
from studio.overlays.card import render_card
from studio.overlays.comment import MAX_LINES, render_comment
from studio.overlays.community import (
    BoardRow,
    MemberToast,
    member_message,
    render_reseller_board,
)
from studio.overlays.countdown import render_countdown
from studio.overlays.fonts import ensure_qt
from studio.overlays.giveaway import GiveawayText, GiveawayView, render_giveaway
from studio.overlays.images import ImageCache
from studio.overlays.layout import Layout
from studio.overlays.lower_third import render_lower_third
from studio.overlays.models import OrderAlert, OverlayComment, OverlayText, Supporter
from studio.overlays.painting import Rendered, image_to_array
from studio.overlays.poll import PollCard, PollText, render_poll
from studio.overlays.supporters import render_supporters
from studio.overlays.theme import Theme, load_theme
from studio.overlays.voucher import VoucherCard, VoucherText, render_voucher
from studio.show.catalog import Product

log = logging.getLogger(__name__)

ANIM_S = 0.25  # enter/exit slide+fade
TOAST_HOLD_S = 4.0  # a toast is on screen this long, animations included
TOAST_GAP_S = 0.35  # empty screen between two toasts
TOAST_BURST = 3  # more than this many waiting: merge them into one summary toast
TOAST_QUEUE_MAX = 200
COUNTDOWN_AHEAD = 3  # seconds of countdown faces rendered ahead of time
ENDED_HOLD_S = 8.0  # "Ended" stays this long, then the countdown leaves

Z = {
    "lower_third": 10,
    "comment": 15,
    "card": 20,
    "voucher": 24,
    "poll": 26,
    "supporters": 30,
    "auction": 35,
    "giveaway": 36,
    "countdown": 40,
    "toast": 50,
}


class LayerSource(Protocol):
    def layers_at(self, t: float) -> Sequence[Layer]: ...


def _ease_out(p: float) -> float:
    p = min(1.0, max(0.0, p))
    return 1 - (1 - p) ** 3


@dataclass
class _Item:
    """One rendered picture in a slot, with its animation timing on the master clock."""

    key: str
    rgba: np.ndarray
    x: int
    y: int
    z: int
    dx: float = 0.0
    dy: float = 0.0
    ident: object = None  # what it shows (a SKU, a title); same ident = update in place
    shown_at: float | None = None  # set at the first poll after it was installed
    exit_at: float | None = None
    rest: Layer | None = field(default=None, repr=False)  # cached layer at rest

    def layer(self, t: float) -> Layer | None:
        opacity = 1.0
        off = 0.0
        if self.shown_at is not None and t < self.shown_at + ANIM_S:
            e = _ease_out((t - self.shown_at) / ANIM_S)
            if t < self.shown_at:
                return None
            opacity, off = e, 1 - e
        if self.exit_at is not None and t >= self.exit_at:
            e = _ease_out((t - self.exit_at) / ANIM_S)
            opacity, off = min(opacity, 1 - e), max(off, e)
            if opacity <= 0:
                return None
        if off == 0.0 and opacity >= 1.0:
            if self.rest is None:
                self.rest = Layer(self.key, self.rgba, self.x, self.y, self.z, 1.0)
            return self.rest
        return Layer(
            self.key,
            self.rgba,
            round(self.x + self.dx * off),
            round(self.y + self.dy * off),
            self.z,
            opacity,
        )

    def gone(self, t: float) -> bool:
        return self.exit_at is not None and t >= self.exit_at + ANIM_S


@dataclass
class _Slot:
    current: _Item | None = None
    leaving: list[_Item] = field(default_factory=list)

    def install(self, item: _Item | None) -> None:
        cur = self.current
        if cur is not None and item is not None and cur.ident == item.ident:
            # Same thing, new pixels (stock went down, sold count went up): swap in place.
            item.shown_at, item.exit_at = cur.shown_at, cur.exit_at
            self.current = item
            return
        if cur is not None:
            if cur.shown_at is None:
                pass  # never seen: drop it silently
            else:
                self.leaving.append(cur)
                if cur.exit_at is None:
                    cur.exit_at = -math.inf  # start leaving at the next poll
        self.current = item

    def layers(self, t: float, out: list[Layer]) -> None:
        for it in self.leaving:
            if it.exit_at == -math.inf:
                it.exit_at = t
        self.leaving = [it for it in self.leaving if not it.gone(t)]
        cur = self.current
        if cur is not None and cur.shown_at is None:
            # Enter once whatever was here has left.
            cur.shown_at = t + (ANIM_S if self.leaving else 0.0)
        for it in self.leaving:
            lay = it.layer(t)
            if lay is not None:
                out.append(lay)
        if cur is not None:
            if cur.gone(t):
                self.current = None
            else:
                lay = cur.layer(t)
                if lay is not None:
                    out.append(lay)


@dataclass
class _Countdown:
    end_t: float
    total: float
    label: str | None
    serial: int
    faces: dict[int, _Item] = field(default_factory=dict)
    shown_at: float | None = None


class OverlayScene:
    """Overlays for one output size; a `LayerSource` for the engine.

    Construct it on the main thread (it makes sure Qt and the bundled fonts are ready), call the
    setters from anywhere, hand it to the engine, and `close()` it when the show ends.
    """

    def __init__(
        self,
        width: int,
        height: int,
        theme: Theme | str = "default",
        *,
        locale: str = "en_US",
        language: str = "en",
        text: OverlayText | None = None,
        image_cache: ImageCache | None = None,
        image_cache_dir: Path | None = None,
    ) -> None:
        if width < 160 or height < 160:
            raise ValueError(f"overlay scene of {width}x{height} is too small")
        ensure_qt()
        self.width, self.height = int(width), int(height)
        self.theme = load_theme(theme) if isinstance(theme, str) else theme
        self.locale = locale
        # The show's language (its audience's) for the fixed words, with the theme's own words.
        self.text = text or OverlayText(language, self.theme.words_for(language))
        self.layout = Layout(self.width, self.height, self.theme)
        self._images = image_cache or ImageCache(cache_dir=image_cache_dir)
        self._serial = itertools.count(1)

        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._idle = threading.Condition(self._lock)
        self._dirty: set[str] = set()
        self._busy = False
        self._stop = False

        # Wanted content (written by setters, read by the worker).
        self._product: tuple[Product, int | None] | None = None
        self._title: tuple[str, str | None] | None = None
        self._on_air = True  # the window says otherwise while off air (see set_on_air)
        self._comment: OverlayComment | None = None
        self._supporters: tuple[Supporter, ...] = ()
        self._board: tuple[BoardRow, ...] | None = None  # the reseller leaderboard, when shown
        self._alerts: deque[OrderAlert | MemberToast] = deque()
        self._dropped_alerts = 0
        self._live: dict[str, AuctionView | GiveawayView | None] = {
            "auction": None,
            "giveaway": None,
        }

        # What is on screen (read by layers_at).
        self._slots = {name: _Slot() for name in Z if name != "countdown"}
        self._countdown: _Countdown | None = None
        self._countdown_slot = _Slot()  # only for the countdown's exit animation
        self._next_toast: _Item | None = None
        self._toast_free_at = -math.inf
        self._last_poll: tuple[float, float] | None = None  # (t, monotonic)
        self._title_top: float | None = None  # the lower third's panel top (worker only)
        self._voucher: VoucherCard | None = None
        self._poll: PollCard | None = None
        self._engage_bottom: dict[str, float] = {}  # panel bottoms in the comment's column
        self._voucher_text = VoucherText(self.text.language)  # the show's language
        self._poll_text = PollText(self.text.language)
        self._auction_text = AuctionText(self.text.language)
        self._giveaway_text = GiveawayText(self.text.language)
        self._stack_bottom: dict[str, float] = {}  # the voucher's and poll's bottoms (worker)

        # Emitted on the render worker after each pass that installed new content (a pin, a
        # comment, countdown faces): a preview redraws at once instead of at its next frame.
        self.changed = ChangeSignal()
        self._worker = threading.Thread(target=self._run, name="overlay-render", daemon=True)
        self._worker.start()

    # -- setters (any thread) -----------------------------------------------------------------

    def set_pinned(self, product: Product | None, *, sold: int | None = None) -> None:
        """Pin a product (None unpins). Re-pinning the same SKU updates the card in place."""
        with self._lock:
            self._product = None if product is None else (product, sold)
            self._mark("card")

    def set_on_air(self, on_air: bool) -> None:
        """Whether the show is being broadcast: the lower third's LIVE tag only then."""
        with self._lock:
            if on_air != self._on_air:
                self._on_air = on_air
                self._mark("lower_third")

    def set_show_title(self, title: str | None, subtitle: str | None = None) -> None:
        with self._lock:
            self._title = (title, subtitle) if title and title.strip() else None
            self._mark("lower_third")

    def set_comment(self, comment: OverlayComment | None) -> None:
        """Put a comment on screen just above the title lower third (None takes it off).

        It never replaces the title and never covers the card: it sits in the lower third's
        column (see `Layout.comment`) and moves with the lower third's height.
        """
        with self._lock:
            self._comment = comment
            self._mark("comment")

    def set_voucher(self, card: VoucherCard | None) -> None:
        """Show a voucher card (None takes it off); the same code updates in place."""
        with self._lock:
            if card != self._voucher:
                self._voucher = card
                self._mark("voucher")

    def set_poll(self, card: PollCard | None) -> None:
        """Show a poll, open or its result (None takes it off); the same question updates in
        place as votes come in."""
        with self._lock:
            if card != self._poll:
                self._poll = card
                self._mark("poll")

    @property
    def voucher(self) -> VoucherCard | None:
        """The voucher card on screen (or about to be)."""
        with self._lock:
            return self._voucher

    @property
    def poll(self) -> PollCard | None:
        """The poll on screen (or about to be)."""
        with self._lock:
            return self._poll

    @property
    def comment(self) -> OverlayComment | None:
        """The comment on screen (or about to be), None when none."""
        with self._lock:
            return self._comment

    @property
    def show_title(self) -> tuple[str, str | None] | None:
        """The title lower third's (title, subtitle), None when it is off."""
        with self._lock:
            return self._title

    def set_auction(self, view: AuctionView | None) -> None:
        """The live-auction panel (None takes it off); redrawn only when `view` changed."""
        self._set_live("auction", view)

    def set_giveaway(self, view: GiveawayView | None) -> None:
        """The giveaway panel (None takes it off); redrawn only when `view` changed."""
        self._set_live("giveaway", view)

    def _set_live(self, slot: str, view: AuctionView | GiveawayView | None) -> None:
        with self._lock:
            if self._live[slot] != view:
                self._live[slot] = view
                self._mark(slot)

    def live_panel(self, slot: str) -> AuctionView | GiveawayView | None:
        """What the "auction" or "giveaway" panel shows (or is about to), None when off."""
        with self._lock:
            return self._live[slot]

    def supporters(self) -> tuple[Supporter, ...]:
        """The supporters strip's rows as last set (names, points, tier badges)."""
        with self._lock:
            return self._supporters

    def set_supporters(self, supporters: Sequence[Supporter]) -> None:
        with self._lock:
            self._supporters = tuple(supporters)
            self._mark("supporters")

    def push_order(self, alert: OrderAlert) -> None:
        """Queue an order toast; bursts are merged so the screen is never flooded."""
        with self._lock:
            self._alerts.append(alert)
            if len(self._alerts) > TOAST_QUEUE_MAX:
                self._alerts.popleft()
                self._dropped_alerts += 1
            self._mark("toast")

    def set_reseller_board(self, rows: Sequence[BoardRow] | None) -> None:
        """Show the reseller leaderboard in the supporters strip's place (None: hide it)."""
        with self._lock:
            board = None if rows is None else tuple(rows)
            if board != self._board:
                self._board = board
                self._mark("supporters")

    def push_member(self, toast: MemberToast) -> None:
        """Queue a community moment (tier-up, welcome back) ahead of waiting order toasts."""
        with self._lock:
            self._alerts.appendleft(toast)
            if len(self._alerts) > TOAST_QUEUE_MAX:
                self._alerts.pop()
                self._dropped_alerts += 1
            self._mark("toast")

    def start_countdown(
        self,
        end_epoch: float,
        now_t: float,
        *,
        label: str | None = None,
        total: float | None = None,
    ) -> None:
        """Count down to an absolute wall-clock time (epoch seconds), so every client agrees.

        `now_t` is the engine's master-clock time at this moment: it maps wall-clock to the
        clock `layers_at` is called with. `total` sizes the progress bar (default: from now).
        """
        end_t = now_t + (end_epoch - time.time())
        with self._lock:
            total_s = total if total is not None else max(1.0, end_t - now_t)
            old = self._countdown
            if old is not None and old.faces:
                face = self._countdown_face(old, now_t)
                if face is not None:
                    self._countdown_slot.current = face
                    self._countdown_slot.install(None)
            self._countdown = _Countdown(end_t, float(total_s), label, next(self._serial))
            if self._last_poll is None:
                self._last_poll = (now_t, time.monotonic())
            self._mark("countdown")

    def clear_countdown(self) -> None:
        with self._lock:
            cd = self._countdown
            if cd is not None and cd.faces and self._last_poll is not None:
                face = self._countdown_face(cd, self._last_poll[0])
                if face is not None:
                    self._countdown_slot.current = face
                    self._countdown_slot.install(None)
            self._countdown = None

    @property
    def pinned(self) -> Product | None:
        """The product the card shows (or is about to), None when no card."""
        with self._lock:
            return self._product[0] if self._product is not None else None

    @property
    def countdown_running(self) -> bool:
        """Whether a countdown is on (or entering) the screen; False once cleared."""
        with self._lock:
            return self._countdown is not None

    def close(self) -> None:
        with self._lock:
            self._stop = True
            self._wake.notify_all()
        self._worker.join(timeout=5)

    def __enter__(self) -> OverlayScene:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every requested render is done (previews, tests, start-up)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._busy or self._dirty or self._toast_pending() or self._faces_missing():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._wake.notify_all()
                self._idle.wait(min(left, 0.05))
        return True

    # -- the engine's side (compositor thread) ------------------------------------------------

    def layers_at(self, t: float) -> Sequence[Layer]:
        """Layers to draw at master-clock time `t`, bottom to top. Never raises."""
        try:
            with self._lock:
                return self._layers_locked(t)
        except Exception:  # an overlay bug must never stop the broadcast
            log.exception("overlay scene failed at t=%.3f; showing no overlays this frame", t)
            return ()

    def _layers_locked(self, t: float) -> list[Layer]:
        self._last_poll = (t, time.monotonic())
        out: list[Layer] = []
        self._advance_toasts(t)
        for name, slot in self._slots.items():
            if name == "toast":
                continue
            slot.layers(t, out)
        self._countdown_layers(t, out)
        self._slots["toast"].layers(t, out)
        out.sort(key=lambda lay: lay.z)
        return out

    def _advance_toasts(self, t: float) -> None:
        slot = self._slots["toast"]
        cur = slot.current
        if (
            cur is not None
            and cur.shown_at is not None
            and cur.exit_at is None
            and t >= cur.shown_at + TOAST_HOLD_S - ANIM_S
        ):
            cur.exit_at = t
            self._toast_free_at = t + ANIM_S + TOAST_GAP_S
        if cur is not None and cur.gone(t):
            slot.current = None
            cur = None
        if cur is None and self._next_toast is not None and t >= self._toast_free_at:
            slot.current, self._next_toast = self._next_toast, None
            slot.current.shown_at = t
            self._toast_free_at = math.inf
            if self._alerts:
                self._mark("toast")

    def _countdown_face(self, cd: _Countdown, t: float) -> _Item | None:
        if not cd.faces:
            return None
        r = max(0, math.ceil(cd.end_t - t - 1e-6))
        face = cd.faces.get(r)
        if face is None:  # worker behind: show the closest second we have
            face = cd.faces[min(cd.faces, key=lambda k: abs(k - r))]
        return face

    def _countdown_layers(self, t: float, out: list[Layer]) -> None:
        self._countdown_slot.layers(t, out)
        cd = self._countdown
        if cd is None:
            return
        face = self._countdown_face(cd, t)
        if face is None:
            return
        if t >= cd.end_t + ENDED_HOLD_S:
            self._countdown_slot.current = face
            self._countdown_slot.install(None)
            self._countdown_slot.layers(t, out)
            self._countdown = None
            return
        if cd.shown_at is None:
            cd.shown_at = t + (ANIM_S if self._countdown_slot.leaving else 0.0)
        face.shown_at = cd.shown_at  # one enter animation shared by every face
        lay = face.layer(t)
        if lay is not None:
            out.append(lay)

    # -- worker ------------------------------------------------------------------------------

    def _mark(self, what: str) -> None:
        self._dirty.add(what)
        self._wake.notify_all()

    def _toast_pending(self) -> bool:
        return bool(self._alerts) and self._next_toast is None

    def _estimated_t(self) -> float | None:
        if self._last_poll is None:
            return None
        t, mono = self._last_poll
        return t + (time.monotonic() - mono)

    def _wanted_faces(self) -> tuple[_Countdown, int, list[int]] | None:
        """The running countdown, its current second and the faces still to render."""
        cd = self._countdown
        now = self._estimated_t()
        if cd is None or now is None:
            return None
        r = max(0, math.ceil(cd.end_t - now - 1e-6))
        wanted = [sec for sec in range(r, r - COUNTDOWN_AHEAD - 1, -1) if sec >= 0]
        return cd, r, [sec for sec in wanted if sec not in cd.faces]

    def _faces_missing(self) -> bool:
        w = self._wanted_faces()
        return bool(w and w[2])

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._stop and not self._dirty and not self._toast_pending():
                    if self._faces_missing():
                        break
                    self._busy = False
                    self._idle.notify_all()
                    self._wake.wait(0.2 if self._countdown is not None else None)
                if self._stop:
                    self._busy = False
                    self._idle.notify_all()
                    return
                self._busy = True
                dirty, self._dirty = self._dirty, set()
                product = self._product
                title = self._title
                comment = self._comment
                supporters = self._supporters
                faces = self._wanted_faces()
                alert_batch: list[OrderAlert | MemberToast] = []
                if self._toast_pending():
                    orders_only = not any(isinstance(a, MemberToast) for a in self._alerts)
                    if len(self._alerts) > TOAST_BURST and orders_only:
                        alert_batch = list(self._alerts)
                        self._alerts.clear()
                    else:
                        alert_batch = [self._alerts.popleft()]
            try:
                self._render(dirty, product, title, comment, supporters, faces, alert_batch)
            except Exception:
                log.exception("overlay render failed; keeping the previous picture")
            self.changed.emit()  # new content is installed: previews may redraw now

    def _render(
        self,
        dirty: set[str],
        product: tuple[Product, int | None] | None,
        title: tuple[str, str | None] | None,
        comment: OverlayComment | None,
        supporters: tuple[Supporter, ...],
        faces: tuple[_Countdown, int, list[int]] | None,
        alerts: list[OrderAlert | MemberToast],
    ) -> None:
        L, s, th = self.layout, self.layout.scale, self.theme
        self._render_engagement(dirty)
        self._render_live(dirty)
        if "card" in dirty:
            item = None
            if product is not None:
                prod, sold = product
                r = self._safely(
                    "product card",
                    lambda: render_card(
                        prod,
                        th,
                        s,
                        layout=L.card_layout,
                        width=L.card_width,
                        sold=sold,
                        locale=self.locale,
                        images=self._images,
                        text=self.text,
                    ),
                )
                item = None if r is None else self._item("card", r, L.card, ident=prod.sku)
            self._install("card", item)
        if "lower_third" in dirty:
            on_air = self._on_air  # a bool, replaced whole by set_on_air
            item = None
            top: float | None = None
            if title is not None:
                r = self._safely(
                    "lower third",
                    lambda: render_lower_third(
                        title[0],
                        title[1],
                        th,
                        s,
                        L.lower_third_max_width,
                        text=self.text,
                        live=on_air,
                    ),
                )
                if r is not None:
                    item = self._item("lower_third", r, L.lower_third, ident="title")
                    top = float(item.y + r.pad)
            self._install("lower_third", item)
            if top != self._title_top:
                self._title_top = top
                dirty.add("comment")  # the comment sits on the lower third: follow it
        if "comment" in dirty:
            item = None
            if comment is not None:
                item = self._comment_item(comment)
            self._install("comment", item)
        board = self._board
        if "supporters" in dirty and board is not None:
            r = self._safely(
                "reseller leaderboard",
                lambda: render_reseller_board(board, th, s, L.supporters_max_width, self.text),
            )
            self._install(
                "supporters",
                None if r is None else self._item("supporters", r, L.supporters, ident="board"),
            )
        elif "supporters" in dirty:
            item = None
            if supporters:
                r = self._safely(
                    "supporters strip",
                    lambda: render_supporters(
                        supporters,
                        th,
                        s,
                        L.supporters_max_width,
                        locale_points=self.locale,
                        text=self.text,
                    ),
                )
                item = (
                    None
                    if r is None
                    else self._item("supporters", r, L.supporters, ident="supporters")
                )
            self._install("supporters", item)
        if alerts:
            icon = "🛍️"
            first = alerts[0]
            if isinstance(first, MemberToast):
                msg, bold, icon = member_message(first, self.text)
            elif len(alerts) == 1:
                msg, bold = alert_message(first, self.text)
            else:
                orders = [a for a in alerts if isinstance(a, OrderAlert)]
                msg, bold = summary_message(first, len(orders) - 1, self.text)
            r = self._safely(
                "order alert",
                lambda: render_toast(msg, bold, th, s, L.toast_max_width, icon=icon),
            )
            if r is not None:
                toast = self._item("toast", r, L.toast, ident=object())
                with self._lock:
                    self._next_toast = toast
        if faces is not None:
            cd, r_now, secs = faces
            for sec in secs:
                r = self._safely(
                    "countdown",
                    functools.partial(
                        render_countdown, sec, cd.total, th, s, label=cd.label, text=self.text
                    ),
                )
                if r is None:
                    continue
                item = self._item("countdown", r, L.countdown, ident=cd.serial)
                with self._lock:
                    cd.faces[sec] = item
            with self._lock:
                for old in [k for k in cd.faces if k > r_now + 1]:  # already in the past
                    del cd.faces[old]

    def _render_engagement(self, dirty: set[str]) -> None:
        """The voucher and poll panels; the comment moves when one in its column changed."""
        L, s, th = self.layout, self.layout.scale, self.theme
        with self._lock:
            voucher, poll = self._voucher, self._poll
        panels: list[tuple[str, Callable[[], Rendered] | None, object]] = []
        if "voucher" in dirty:
            v_render: Callable[[], Rendered] | None = None
            if voucher is not None:
                v_render = functools.partial(
                    render_voucher, voucher, th, s, L.voucher_width, text=self._voucher_text
                )
            panels.append(("voucher", v_render, None if voucher is None else voucher.code))
        if "poll" in dirty:
            p_render: Callable[[], Rendered] | None = None
            if poll is not None:
                p_render = functools.partial(
                    render_poll,
                    poll,
                    th,
                    s,
                    L.poll_width,
                    compact=L.portrait,
                    text=self._poll_text,
                )
            panels.append(("poll", p_render, None if poll is None else poll.question))
        for slot, render, ident in panels:
            item = None
            bottom: float | None = None
            r = None if render is None else self._safely(slot, render)
            if r is not None:
                item = self._item(slot, r, L.voucher if slot == "voucher" else L.poll, ident)
                bottom = float(item.y + r.pad + r.panel_h)
            self._install(slot, item)
            before = self._engage_bottom.pop(slot, None)
            if bottom is not None and L.engagement_in_comment_column(slot):
                self._engage_bottom[slot] = bottom
            if self._engage_bottom.get(slot) != before:
                dirty.add("comment")
            if self._stack_bottom.get(slot) != bottom:  # the auction or giveaway under it moves
                self._stack_bottom.pop(slot, None)
                if bottom is not None:
                    self._stack_bottom[slot] = bottom
                dirty.update(("auction", "giveaway"))

    def _render_live(self, dirty: set[str]) -> None:
        """The auction and giveaway panels, each under the voucher or poll on air above it
        (`Layout.stacked_under`); the comment moves when one in its column changed."""
        L, s, th = self.layout, self.layout.scale, self.theme
        with self._lock:
            live = dict(self._live)
        for slot, view in live.items():
            if slot not in dirty:
                continue
            r: Rendered | None = None
            if isinstance(view, AuctionView):
                r = self._safely(
                    "auction",
                    functools.partial(
                        render_auction, view, th, s, L.engagement_width, self._auction_text
                    ),
                )
            elif isinstance(view, GiveawayView):
                r = self._safely(
                    "giveaway",
                    functools.partial(
                        render_giveaway, view, th, s, L.engagement_width, self._giveaway_text
                    ),
                )
            item = None
            bottom: float | None = None
            if r is not None:
                above = [
                    self._stack_bottom[k] for k in L.stacked_under(slot) if k in self._stack_bottom
                ]
                below = max(above) if above else None
                place = L.auction if slot == "auction" else L.giveaway
                item = self._item(slot, r, functools.partial(place, below=below), ident=slot)
                bottom = float(item.y + r.pad + r.panel_h)
            self._install(slot, item)
            before = self._engage_bottom.pop(slot, None)
            if bottom is not None and L.engagement_in_comment_column(slot):
                self._engage_bottom[slot] = bottom
            if self._engage_bottom.get(slot) != before:
                dirty.add("comment")

    def _comment_item(self, comment: OverlayComment) -> _Item | None:
        """The comment panel above the lower third, with as many lines (up to `MAX_LINES`)
        as fit between the lower third and the toasts above it."""
        L, s, th = self.layout, self.layout.scale, self.theme
        above = self._title_top
        floor = max([L.comment_floor()] + [b + L.gap for b in self._engage_bottom.values()])
        r = None
        for lines in range(MAX_LINES, 0, -1):
            r = self._safely(
                "pinned comment",
                functools.partial(
                    render_comment,
                    comment,
                    th,
                    s,
                    L.comment_max_width,
                    max_lines=lines,
                    text=self.text,
                ),
            )
            if r is None:
                return None
            if L.comment(r.panel_w, r.panel_h, above)[1] >= floor:
                break
        assert r is not None

        def place(w: float, h: float) -> tuple[float, float]:
            return L.comment(w, h, above)

        return self._item("comment", r, place, ident="comment")

    def _safely(self, what: str, fn: Callable[[], Rendered]) -> Rendered | None:
        try:
            return fn()
        except Exception:
            log.exception("could not render the %s; it is left as it was", what)
            return None

    def _item(
        self,
        slot: str,
        r: Rendered,
        place: Callable[[float, float], tuple[float, float]],
        ident: object,
    ) -> _Item:
        x, y = place(r.panel_w, r.panel_h)
        dx, dy = self.layout.enter_offset(slot)
        return _Item(
            key=f"overlay:{slot}:{next(self._serial)}",
            rgba=image_to_array(r.image),
            x=round(x) - r.pad,
            y=round(y) - r.pad,
            z=Z[slot],
            dx=dx,
            dy=dy,
            ident=ident,
        )

    def _install(self, slot: str, item: _Item | None) -> None:
        with self._lock:
            self._slots[slot].install(item)


__all__ = ["LayerSource", "OverlayScene"]
