"""The live prompter: data-driven nudges while on air, each with the figure behind it.

Rules and their thresholds are data (`studio.config.PrompterSettings`, in the settings file);
this module turns the show's live data into `Nudge`s:

- viewers falling: the count is down by `viewers_drop_fraction` (a third) or more from its
  highest in the last `viewers_drop_window_s` (two minutes), from at least `viewers_min`;
- pinned product not selling: no order of the pinned product for `pinned_no_orders_s` since it
  was pinned (nor since its last order); not when it is sold out (the window says so already);
- flash sale ending with stock left: `flash_ending_s` or less to go and stock above zero;
- question unanswered: a viewer's question with no reply (a comment answering it) after
  `question_unanswered_s`, not hidden by a moderator;
- stream trouble: a destination reconnecting or failed, more than `stream_loss_ratio` of
  frames lost (dropped, skipped or lagged) over the last `stream_window_s`, or the platform
  seeing our stream degraded or offline while we are live.

`evaluate(settings, inputs)` is pure. `LivePrompter` collects the inputs from the studio's
`ShowFeed` (viewer history, the last order per product, on the feed's thread) and the
session's status, and is read with `nudges()` from any thread (the window polls it once a
second). Nudges only while live. A dismissed nudge stays away until its condition clears.
Auctions, giveaways and polls do not exist yet; a rule for them joins `RULES` when they do.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from studio import i18n
from studio.config import PrompterSettings
from studio.engine.stats import Loss, OutputState
from studio.session.show_feed import ShowFeed
from studio.session.status import LiveState, SessionStatus
from studio.show import events as ev
from studio.show.money import format_money
from studio.show.state import IngestState, ShowState


class Rule(StrEnum):
    """The prompter's rules (each is one `_check_*` below, thresholds in the settings)."""

    VIEWERS_FALLING = "viewers_falling"
    PINNED_NOT_SELLING = "pinned_not_selling"
    FLASH_ENDING = "flash_ending"
    QUESTION_UNANSWERED = "question_unanswered"
    STREAM_TROUBLE = "stream_trouble"


class Level(StrEnum):
    """How urgent: a tip, or trouble to act on now."""

    TIP = "tip"
    ALERT = "alert"


@dataclass(frozen=True)
class Nudge:
    """One nudge: `title` (what is happening), `figure` (the number behind it), `advice`
    (what to try). `key` identifies the condition (rule + subject) for dismissing."""

    rule: Rule
    key: str
    title: str
    figure: str
    advice: str
    level: Level = Level.TIP


@dataclass(frozen=True)
class StreamSample:
    """Cumulative frame counters at server time `t` (seconds)."""

    t: float
    encoded: int
    lost: int  # dropped + skipped + lagged


@dataclass(frozen=True)
class PrompterInputs:
    """What the rules look at: the show state, server time now, the viewer history
    ((server seconds, count), oldest first), the last order time per product (server
    seconds), the session's status and the recent stream samples."""

    state: ShowState
    now: datetime
    viewers: tuple[tuple[float, int], ...] = ()
    last_order: dict[str, float] | None = None
    status: SessionStatus | None = None
    stream: tuple[StreamSample, ...] = ()


def _minutes(seconds: float) -> str:
    s = int(seconds)
    if s < 90:
        return f"{s} s"
    return (
        i18n._("{m} min {sec:02d} s").format(m=s // 60, sec=s % 60)
        if s < 600
        else i18n._("{m} min").format(m=s // 60)
    )


def _check_viewers(s: PrompterSettings, i: PrompterInputs) -> list[Nudge]:
    if not i.viewers:
        return []
    now = i.now.timestamp()
    recent = [(t, n) for t, n in i.viewers if t >= now - s.viewers_drop_window_s]
    if not recent:
        return []
    t_hi, hi = max(recent, key=lambda x: x[1])
    cur = i.viewers[-1][1]
    if hi < s.viewers_min or hi <= 0:
        return []
    drop = (hi - cur) / hi
    if drop < s.viewers_drop_fraction:
        return []
    return [
        Nudge(
            Rule.VIEWERS_FALLING,
            "viewers",
            i18n._("Viewers are leaving"),
            i18n._("{cur:,} watching, down {drop:.0%} from {hi:,} in the last {minutes}").format(
                cur=cur, drop=drop, hi=hi, minutes=_minutes(now - t_hi)
            ),
            i18n._("Try a flash sale or a shout-out to bring them back."),
        )
    ]


def _check_pinned(s: PrompterSettings, i: PrompterInputs) -> list[Nudge]:
    pin = i.state.pin
    product = i.state.pinned
    if pin.product_id is None or pin.pinned_at is None or product is None or product.sold_out:
        return []
    since = pin.pinned_at.timestamp()
    last = (i.last_order or {}).get(pin.product_id)
    quiet_from = max(since, last) if last is not None else since
    quiet = i.now.timestamp() - quiet_from
    if quiet < s.pinned_no_orders_s:
        return []
    no_orders = (
        i18n._("No orders for {minutes} since it was pinned")
        if last is None or last < since
        else i18n._("No orders for {minutes} since its last order")
    )
    return [
        Nudge(
            Rule.PINNED_NOT_SELLING,
            f"pinned:{pin.product_id}:{int(since)}",
            i18n._("{title} is not selling").format(title=product.title),
            no_orders.format(minutes=_minutes(quiet)),
            i18n._("Show it up close, start a flash sale, or pin the next product."),
        )
    ]


def _check_flash(s: PrompterSettings, i: PrompterInputs) -> list[Nudge]:
    out = []
    for t in i.state.timers:
        left = t.remaining_s(i.now)
        product = i.state.product(t.product_id)
        if product is None or not 0 < left <= s.flash_ending_s:
            continue
        if product.stock is None or product.stock <= 0:
            continue
        price = (
            format_money(product.flash_price, product.currency)
            if product.flash_price is not None
            else i18n._("the flash price")
        )
        out.append(
            Nudge(
                Rule.FLASH_ENDING,
                f"flash:{t.id}",
                i18n._("Flash sale on {title} ends soon").format(title=product.title),
                i18n._("{left} s left, {stock:,} in stock").format(
                    left=int(left), stock=product.stock
                ),
                i18n._("Call it out: last chance at {price}.").format(price=price),
                Level.ALERT,
            )
        )
    return out


def _check_questions(s: PrompterSettings, i: PrompterInputs) -> list[Nudge]:
    comments = i.state.comments
    answered = {c.reply_to for c in comments if c.reply_to}
    now = i.now
    waiting = [
        c
        for c in comments
        if c.is_question
        and c.role == "viewer"
        and not c.hidden
        and c.id not in answered
        and (now - c.created_at).total_seconds() >= s.question_unanswered_s
    ]
    if not waiting:
        return []
    q = waiting[0]
    others = len(waiting) - 1
    text = q.text if len(q.text) <= 70 else q.text[:69] + "…"
    return [
        Nudge(
            Rule.QUESTION_UNANSWERED,
            f"question:{q.id}",
            (
                i18n.ngettext(
                    "{author} is waiting for an answer (and {n} more)",
                    "{author} is waiting for an answer (and {n} more)",
                    others,
                )
                if others
                else i18n._("{author} is waiting for an answer")
            ).format(author=q.author, n=others),
            i18n._("Asked {minutes} ago: “{text}”").format(
                minutes=_minutes((now - q.created_at).total_seconds()), text=text
            ),
            i18n._("Answer it on air, or reply in the chat."),
        )
    ]


def _check_stream(s: PrompterSettings, i: PrompterInputs) -> list[Nudge]:
    status = i.status
    out: list[Nudge] = []
    stats = status.stats if status is not None else None
    if stats is not None:
        for o in stats.streams:
            if o.state in (OutputState.RECONNECTING, OutputState.FAILED):
                out.append(
                    Nudge(
                        Rule.STREAM_TROUBLE,
                        f"stream:{o.name}:{o.state}",
                        i18n._("{name}: the stream is {value}").format(
                            name=o.name, value=o.state.value
                        ),
                        o.describe(),
                        i18n._("Check the connection; viewers on this destination see nothing."),
                        Level.ALERT,
                    )
                )
        window = [x for x in i.stream if x.t >= i.now.timestamp() - s.stream_window_s]
        if len(window) >= 2:
            a, b = window[0], window[-1]
            frames = b.encoded - a.encoded + (b.lost - a.lost)
            lost = b.lost - a.lost
            if frames > 0 and lost / frames > s.stream_loss_ratio:
                slow = stats.slow_part or Loss.DROPPED
                out.append(
                    Nudge(
                        Rule.STREAM_TROUBLE,
                        "stream:loss",
                        i18n._("Frames are being lost"),
                        i18n._("{value:.1%} of frames lost in the last {minutes}").format(
                            value=lost / frames, minutes=_minutes(b.t - a.t)
                        ),
                        i18n._("Most likely {advice}.").format(advice=slow.advice_label),
                        Level.ALERT,
                    )
                )
    ingest = i.state.ingest
    if ingest.state in (IngestState.DEGRADED, IngestState.OFFLINE) and ingest.reported_at:
        degraded = ingest.state is IngestState.DEGRADED
        out.append(
            Nudge(
                Rule.STREAM_TROUBLE,
                f"ingest:{ingest.state}",
                i18n._("The platform sees the stream degraded")
                if degraded
                else i18n._("The platform sees the stream not arriving"),
                i18n._("{bitrate_kbps:,.0f} kbit/s at {fps:.0f} fps arriving").format(
                    bitrate_kbps=ingest.bitrate_kbps, fps=ingest.fps
                ),
                i18n._("Lower the bitrate or check the network."),
                Level.ALERT,
            )
        )
    return out


RULES: dict[Rule, Callable[[PrompterSettings, PrompterInputs], list[Nudge]]] = {
    Rule.STREAM_TROUBLE: _check_stream,
    Rule.FLASH_ENDING: _check_flash,
    Rule.VIEWERS_FALLING: _check_viewers,
    Rule.PINNED_NOT_SELLING: _check_pinned,
    Rule.QUESTION_UNANSWERED: _check_questions,
}


def evaluate(settings: PrompterSettings, inputs: PrompterInputs) -> tuple[Nudge, ...]:
    """The nudges for `inputs` (alerts first, then tips, in `RULES` order). Pure."""
    if not settings.enabled:
        return ()
    out = [
        n
        for rule, check in RULES.items()
        if rule.value not in settings.disabled
        for n in check(settings, inputs)
    ]
    return tuple(sorted(out, key=lambda n: n.level is not Level.ALERT))


class LivePrompter:
    """The studio's prompter: collects live inputs from `feed`, reads `status()` when asked.

    settings: replaced when the creator saves new ones (any thread). clock: local wall time in
    seconds (tests move it); server time is clock + the show's clock offset. `live`: when
    given, overrides "is the broadcast live" (tests, rehearsals).
    """

    HISTORY_S = 1800.0

    def __init__(
        self,
        feed: ShowFeed,
        settings: PrompterSettings,
        status: Callable[[], SessionStatus] | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self._feed = feed
        self._status = status
        self._clock = clock
        self._lock = threading.Lock()
        self._viewers: deque[tuple[float, int]] = deque()
        self._last_order: dict[str, float] = {}
        self._stream: deque[StreamSample] = deque()
        self._dismissed: set[str] = set()
        self._show_id: str | None = None
        self._off = [
            feed.events.connect(ev.ShowAttached, self._attached),
            feed.events.connect(ev.ViewersChanged, self._viewers_changed),
            feed.events.connect(ev.OrdersReceived, self._orders),
        ]

    def _server_now(self) -> float:
        state = self._feed.state
        return self._clock() + (state.clock_offset_s if state is not None else 0.0)

    def _attached(self, e: ev.ShowAttached) -> None:
        show_id = e.state.show.id if e.state is not None and e.state.show else None
        with self._lock:
            if show_id != self._show_id:
                self._show_id = show_id
                self._viewers.clear()
                self._last_order.clear()
                self._stream.clear()
                self._dismissed.clear()
            if e.state is not None:
                self._viewers.append((self._server_now(), e.state.viewers.count))

    def _viewers_changed(self, e: ev.ViewersChanged) -> None:
        now = self._server_now()
        with self._lock:
            self._viewers.append((now, e.viewers.count))
            while self._viewers and self._viewers[0][0] < now - self.HISTORY_S:
                self._viewers.popleft()

    def _orders(self, e: ev.OrdersReceived) -> None:
        with self._lock:
            for o in e.orders:
                t = o.created_at.timestamp()
                if t > self._last_order.get(o.product_id, 0.0):
                    self._last_order[o.product_id] = t

    def inputs(self) -> PrompterInputs | None:
        """The rules' inputs now (None while no show is followed or not live)."""
        state = self._feed.state
        if state is None or state.show is None:
            return None
        status = self._status() if self._status is not None else None
        if status is not None and status.state is not LiveState.LIVE:
            return None
        now = self._server_now()
        with self._lock:
            if status is not None and status.stats is not None:
                st = status.stats
                lost = st.frames_dropped + st.frames_skipped + st.frames_lagged
                self._stream.append(StreamSample(now, st.frames_encoded, lost))
                while self._stream and self._stream[0].t < now - 600:
                    self._stream.popleft()
            return PrompterInputs(
                state=state,
                now=datetime.fromtimestamp(now, UTC),
                viewers=tuple(self._viewers),
                last_order=dict(self._last_order),
                status=status,
                stream=tuple(self._stream),
            )

    def nudges(self) -> tuple[Nudge, ...]:
        """The nudges now, less the dismissed ones (any thread; cheap)."""
        inputs = self.inputs()
        if inputs is None:
            return ()
        found = evaluate(self.settings, inputs)
        keys = {n.key for n in found}
        with self._lock:
            self._dismissed &= keys  # a cleared condition may nudge again later
            return tuple(n for n in found if n.key not in self._dismissed)

    def dismiss(self, key: str) -> None:
        """Hide the nudge with `key` until its condition clears."""
        with self._lock:
            self._dismissed.add(key)

    def close(self) -> None:
        """Stop following the feed."""
        for off in self._off:
            off()
