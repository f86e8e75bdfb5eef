"""The show's timeline: what happened and when, kept on disk beside the show, for the report.

`TimelineRecorder` follows the studio's `ShowFeed` by type (pins, flash sales, orders,
comments, viewers, the platform's ingest view, supporters, resellers) and samples the
broadcast's health (`BroadcastSession.status()`: typed `PipelineStats`) every few seconds
while live. Each fact becomes one JSON line in `<shows dir>/<show id>/timeline.jsonl`:

    {"k": "order", "t": 1764500012.345, "seq": 17, "p": "prd_skillet", "q": 1, "a": 4900, ...}

`k` is the kind, `t` the server's time in Unix seconds: the platform's own stamp where it gives
one (an order's or comment's `created_at`, a pin's `pinned_at`, a flash sale's start and end),
else local time plus the measured server-clock offset (viewer and health samples). Money is in
integer minor units of the show's currency, never floats. Kinds and fields: see `_Record`
builders below and `read_timeline`, which is the one reader.

Durability (survives a crash, small): lines are appended by one writer thread that writes and
fsyncs in batches (every `flush_s`, one second by default), so a crash loses at most the last
second, and a torn last line is skipped when read. Samples are throttled (viewers every 5 s,
health every 5 s) and comments keep no text, so a 3-hour show with 50,000 orders takes a few
MB (see benchmarks/report.py).

Threads: the feed's subscribers only build a line and enqueue it (bounded queue of
`QUEUE_MAX` lines, blocking when full: nothing is dropped); the writer thread does the I/O; the
sampler thread reads the session status. Engagement mechanics that do not exist yet (auctions,
giveaways, polls, vouchers, tiers) get their own kinds when they land: `read_timeline` keeps
unknown kinds' counts in `Timeline.other` rather than failing on them.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from studio.errors import UsageError
from studio.session.show_feed import ShowFeed
from studio.session.status import LiveState, SessionStatus
from studio.show import events as ev
from studio.show.catalog import Catalog
from studio.show.money import MoneyError, to_minor
from studio.show.state import Order, ShowInfo, ShowState, Timer

log = logging.getLogger(__name__)

TIMELINE_FILE = "timeline.jsonl"
FORMAT_VERSION = 1
QUEUE_MAX = 50_000
_STOP = object()
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")

JsonValue = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]
Line = dict[str, JsonValue]


def show_folder(shows_dir: Path, show_id: str) -> Path:
    """The folder a show's timeline and report live in: `<shows_dir>/<show id, made safe>`."""
    name = _SAFE.sub("_", show_id).strip("._") or "show"
    return shows_dir / name


def _ts(when: datetime | None, fallback: float) -> float:
    return round(when.timestamp(), 3) if when is not None else round(fallback, 3)


# -- writing --------------------------------------------------------------------------------


class TimelineWriter:
    """Appends JSON lines to one file from any thread; a thread writes and fsyncs in batches.

    `append(line)` blocks only when `QUEUE_MAX` lines wait (a stalled disk), never drops.
    `flush()` waits until everything appended so far is on disk (fsynced). `close()` flushes
    and stops the thread. Raises OSError from the constructor when the file cannot be opened.
    """

    def __init__(self, path: Path, flush_s: float = 1.0) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not path.exists() or path.stat().st_size == 0
        self._file = path.open("a", encoding="utf-8", newline="\n")
        if not fresh:
            self._file.write("\n")  # a torn last line from a crash stays alone on its line
        self._queue: queue.Queue[object] = queue.Queue(QUEUE_MAX)
        self._flush_s = flush_s
        self.lines_written = 0
        self.error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="timeline-writer", daemon=True)
        self._thread.start()
        self._closed = False

    def append(self, line: Line) -> None:
        """Queue one record (a JSON object with at least `k` and `t`)."""
        if not self._closed:
            self._queue.put(json.dumps(line, ensure_ascii=False, separators=(",", ":")))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every line appended so far is written and fsynced; False on timeout."""
        if self._closed:
            return True
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def _run(self) -> None:
        pending: list[str] = []
        waiters: list[threading.Event] = []
        stop = False
        while not stop:
            deadline = time.monotonic() + self._flush_s
            while True:
                left = deadline - time.monotonic()
                try:
                    item = self._queue.get(timeout=max(0.0, left)) if left > 0 else None
                except queue.Empty:
                    item = None
                if item is None:
                    break
                if item is _STOP:
                    stop = True
                    break
                if isinstance(item, threading.Event):
                    waiters.append(item)
                    break  # flush now
                assert isinstance(item, str)
                pending.append(item)
            if pending:
                self._write(pending)
                pending = []
            for w in waiters:
                w.set()
            waiters = []
        self._file.close()

    def _write(self, lines: list[str]) -> None:
        try:
            self._file.write("\n".join(lines) + "\n")
            self._file.flush()
            os.fsync(self._file.fileno())
            self.lines_written += len(lines)
        except OSError as exc:  # a full disk: say so once, keep the show running
            if self.error is None:
                log.error("the show's timeline could not be written to %s: %s", self.path, exc)
            self.error = exc

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, fsync, close the file and stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)


# -- recording ------------------------------------------------------------------------------


class TimelineRecorder:
    """Records the attached show's timeline into `<shows_dir>/<show id>/timeline.jsonl`.

    feed: the studio's `ShowFeed` (subscribed by type). status: the broadcast session's
    `status()` (called on the sampler thread every `health_every_s` seconds). clock: local
    wall time in seconds (tests move it). A show attached again later (a restart mid-show)
    appends to the same file. `close()` flushes and stops.
    """

    def __init__(
        self,
        feed: ShowFeed,
        shows_dir: Path,
        status: Callable[[], SessionStatus] | None = None,
        *,
        viewers_every_s: float = 5.0,
        health_every_s: float = 5.0,
        flush_s: float = 1.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.shows_dir = shows_dir
        self._status = status
        self._viewers_every_s = viewers_every_s
        self._health_every_s = health_every_s
        self._flush_s = flush_s
        self._clock = clock
        self._lock = threading.Lock()
        self._writer: TimelineWriter | None = None
        self.show_id: str | None = None
        self._offset = 0.0
        self._products: dict[str, tuple[str, str, int | None, int | None]] = {}
        self._members: set[str] = set()
        self._resellers: set[str] = set()
        self._last_viewers_t = float("-inf")
        self._viewers_pending: Line | None = None
        self._last_viewers: tuple[int, int] | None = None
        self._last_ingest: str | None = None
        self._live = False
        self._pin: str | None = None
        self._flashes: dict[str, str] = {}
        self._stop = threading.Event()
        self._unsubscribe = [
            feed.events.connect(ev.ShowAttached, self._attached),
            feed.events.connect(ev.ShowLoaded, self._loaded),
            feed.events.connect(ev.ShowChanged, lambda e: self._show(e.show)),
            feed.events.connect(ev.ClockChanged, self._clock_changed),
            feed.events.connect(ev.CatalogChanged, lambda e: self._catalog(e.catalog)),
            feed.events.connect(ev.PinChanged, self._pinned),
            feed.events.connect(ev.TimerStarted, lambda e: self._flash(e.timer)),
            feed.events.connect(ev.TimerEnded, lambda e: self._flash(e.timer)),
            feed.events.connect(ev.OrdersReceived, self._orders),
            feed.events.connect(ev.CommentsReceived, self._comments),
            feed.events.connect(ev.ViewersChanged, self._viewers),
            feed.events.connect(ev.IngestChanged, self._ingest),
            feed.events.connect(ev.SupportersChanged, self._supporters),
            feed.events.connect(ev.ResellersChanged, self._resellers_changed),
        ]
        self._sampler = threading.Thread(target=self._sample_loop, name="timeline-sampler")
        self._sampler.daemon = True
        self._sampler.start()

    # -- files ---------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The timeline file being written (None while no show is attached)."""
        w = self._writer
        return w.path if w is not None else None

    def folder(self, show_id: str) -> Path:
        """The folder of `show_id`'s timeline and report."""
        return show_folder(self.shows_dir, show_id)

    def _now(self) -> float:
        return self._clock() + self._offset

    def _emit(self, line: Line) -> None:
        w = self._writer
        if w is not None:
            w.append(line)

    def flush(self, timeout: float = 10.0) -> bool:
        """Everything recorded so far is on disk (fsynced) when this returns True."""
        with self._lock:
            self._flush_viewers()
            w = self._writer
        return w.flush(timeout) if w is not None else True

    def _open(self, state: ShowState) -> None:
        show = state.show
        if show is None:
            return
        with self._lock:
            if self.show_id != show.id:
                if self._writer is not None:
                    self._flush_viewers()
                    self._writer.close()
                self.show_id = show.id
                self._products.clear()
                self._members.clear()
                self._resellers.clear()
                self._pin = None
                self._flashes.clear()
                self._last_viewers = None
                self._last_ingest = None
                try:
                    self._writer = TimelineWriter(
                        self.folder(show.id) / TIMELINE_FILE, flush_s=self._flush_s
                    )
                except OSError as exc:
                    log.error("cannot keep the show's timeline: %s", exc)
                    self._writer = None
                    return
                self._emit({"k": "begin", "t": round(self._now(), 3), "v": FORMAT_VERSION})
            self._offset = state.clock_offset_s
        self._show(show)
        self._catalog(state.catalog)
        self._pinned(ev.PinChanged(state.pin, state.pinned))
        for t in state.timers:
            self._flash(t)
        self._supporters(ev.SupportersChanged(state.supporters), initial=True)
        self._resellers_changed(ev.ResellersChanged(state.resellers))
        self._viewers(ev.ViewersChanged(state.viewers))

    def _attached(self, e: ev.ShowAttached) -> None:
        if e.state is None:
            self.detach()
        else:
            self._open(e.state)

    def _loaded(self, e: ev.ShowLoaded) -> None:
        self._open(e.state)

    def detach(self) -> None:
        """Finish the current show's file (flushed, closed)."""
        with self._lock:
            self._flush_viewers()
            w, self._writer = self._writer, None
            self.show_id = None
        if w is not None:
            w.close()

    # -- events --------------------------------------------------------------------------
    def _clock_changed(self, e: ev.ClockChanged) -> None:
        self._offset = e.offset_s

    def _show(self, show: ShowInfo) -> None:
        if show.id != self.show_id:
            return
        self._emit(
            {
                "k": "show",
                "t": round(self._now(), 3),
                "id": show.id,
                "title": show.title,
                "host": show.host_name,
                "status": str(show.status),
                "currency": show.currency,
                "theme": show.theme_name,
                "scheduled": _iso(show.scheduled_start),
                "started": _iso(show.started_at),
                "ended": _iso(show.ended_at),
            }
        )

    def _catalog(self, catalog: Catalog) -> None:
        now = round(self._now(), 3)
        for p in catalog:
            pid = p.product_id or p.sku
            price = _minor(p.price, p.currency)
            known = self._products.get(pid)
            stock = p.stock
            if known is not None:
                title, sku, old_price, old_stock = known
                restocked = stock is not None and old_stock is not None and stock > old_stock
                if (title, sku, old_price) == (p.title, p.sku, price) and not restocked:
                    # stock going down is the orders' doing: the orders carry it
                    self._products[pid] = (title, sku, old_price, stock)
                    continue
            self._products[pid] = (p.title, p.sku, price, stock)
            self._emit(
                {
                    "k": "product",
                    "t": now,
                    "p": pid,
                    "sku": p.sku,
                    "title": p.title,
                    "price": price,
                    "stock": stock,
                }
            )

    def _pinned(self, e: ev.PinChanged) -> None:
        pid = e.pin.product_id
        if pid == self._pin:
            return
        self._pin = pid
        self._emit({"k": "pin", "t": _ts(e.pin.pinned_at, self._now()), "p": pid})

    def _flash(self, timer: Timer) -> None:
        if self._flashes.get(timer.id) == timer.status:
            return
        self._flashes[timer.id] = timer.status
        now = self._now()
        if timer.status == "active":
            t = timer.starts_at.timestamp()
        else:
            t = min(now, timer.ends_at.timestamp())
        self._emit(
            {
                "k": "flash",
                "t": round(t, 3),
                "id": timer.id,
                "p": timer.product_id,
                "price": timer.flash_price_minor,
                "start": round(timer.starts_at.timestamp(), 3),
                "end": round(timer.ends_at.timestamp(), 3),
                "status": timer.status,
            }
        )

    def _orders(self, e: ev.OrdersReceived) -> None:
        for o in e.orders:
            self._emit(order_line(o))

    def _comments(self, e: ev.CommentsReceived) -> None:
        for c in e.comments:
            line: Line = {
                "k": "comment",
                "t": _ts(c.created_at, self._now()),
                "id": c.id,
                "role": c.role,
                "kind": c.kind,
                "by": c.author,
            }
            if c.reply_to:
                line["re"] = c.reply_to
            if c.viewer_id:
                line["vid"] = c.viewer_id
            self._emit(line)

    def _viewers(self, e: ev.ViewersChanged) -> None:
        v = (e.viewers.count, e.viewers.peak)
        if v == self._last_viewers:
            return
        self._last_viewers = v
        now = self._now()
        with self._lock:
            self._viewers_pending = {"k": "viewers", "t": round(now, 3), "n": v[0], "peak": v[1]}
            if now - self._last_viewers_t >= self._viewers_every_s:
                self._flush_viewers()

    def _flush_viewers(self) -> None:
        """Write the newest viewer count held back by the throttle (call under the lock)."""
        line, self._viewers_pending = self._viewers_pending, None
        if line is not None:
            t = line["t"]
            self._last_viewers_t = float(t) if isinstance(t, (int, float)) else self._now()
            self._emit(line)

    def _ingest(self, e: ev.IngestChanged) -> None:
        state = str(e.ingest.state)
        if state == self._last_ingest:
            return
        self._last_ingest = state
        self._emit(
            {
                "k": "ingest",
                "t": _ts(e.ingest.reported_at, self._now()),
                "state": state,
                "kbps": round(e.ingest.bitrate_kbps, 1),
            }
        )

    def _supporters(self, e: ev.SupportersChanged, initial: bool = False) -> None:
        now = round(self._now(), 3)
        for s in e.supporters:
            who = s.viewer_id or s.name  # two "Anna"s are two members
            if who in self._members:
                continue
            self._members.add(who)
            self._emit(
                {
                    "k": "member",
                    "t": now,
                    "name": s.name,
                    **({"vid": s.viewer_id} if s.viewer_id else {}),
                    "orders": s.orders_count,
                    "points": s.points,
                    "new": not initial,
                }
            )

    def _resellers_changed(self, e: ev.ResellersChanged) -> None:
        for r in e.resellers:
            if r.code in self._resellers:
                continue
            self._resellers.add(r.code)
            self._emit(
                {"k": "reseller", "t": round(self._now(), 3), "code": r.code, "name": r.name}
            )

    # -- sampling (own thread) -----------------------------------------------------------
    def sample(self, record: bool = True) -> None:
        """Read the broadcast's health now, and record it when `record` (the sampler thread
        reads every second, so the engine's recent bitrate has points to work from, and
        records every `health_every_s`)."""
        with self._lock:
            if self._viewers_pending is not None and (
                self._now() - self._last_viewers_t >= self._viewers_every_s
            ):
                self._flush_viewers()
        if self._status is None or self._writer is None:
            return
        status = self._status()
        live = status.state is LiveState.LIVE and status.stats is not None
        now = round(self._now(), 3)
        if live != self._live:
            self._live = live
            self._emit({"k": "live", "t": now, "on": live})
        s = status.stats
        if not record or not live or s is None:
            return
        self._emit(
            {
                "k": "health",
                "t": now,
                "state": str(s.state),
                "kbps": round(s.bitrate_recent_kbps, 1),
                "fps": round(s.fps, 2),
                "enc": s.frames_encoded,
                "drop": s.frames_dropped,
                "skip": s.frames_skipped,
                "lag": s.frames_lagged,
                "rc": s.reconnects,
                "buf": round(max((o.send_buffer_ms for o in s.streams), default=0.0), 1),
            }
        )

    def _sample_loop(self) -> None:
        step = min(1.0, self._health_every_s)
        next_record = time.monotonic() + self._health_every_s
        while not self._stop.wait(step):
            record = time.monotonic() >= next_record
            if record:
                next_record += self._health_every_s
            try:
                self.sample(record)
            except Exception:
                log.exception("sampling the show's health failed")

    def close(self) -> None:
        """Stop following the feed, write the last sample, flush and close the file."""
        for off in self._unsubscribe:
            off()
        self._stop.set()
        self._sampler.join(5)
        if self._writer is not None:
            try:
                self.sample()
            except Exception:
                log.exception("the last health sample failed")
        self.detach()


def order_line(o: Order) -> Line:
    """One order as a timeline line (`t`: the platform's `created_at`)."""
    line: Line = {
        "k": "order",
        "t": round(o.created_at.timestamp(), 3),
        "seq": o.seq,
        "id": o.id,
        "p": o.product_id,
        "q": o.quantity,
        "u": o.unit_price_minor,
        "a": o.amount_minor,
        "cur": o.currency,
        "flash": o.flash,
        "by": o.buyer_name,
        "left": o.stock_remaining,
    }
    if o.viewer_id:
        line["vid"] = o.viewer_id  # the buyer's account: names are not unique (issue 21)
    if o.referral_code:
        line["ref"] = o.referral_code
    if o.points_earned:
        line["pts"] = o.points_earned
    return line


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def _minor(amount: Decimal | None, currency: str) -> int | None:
    if amount is None or not currency:
        return None
    try:
        return to_minor(amount, currency)
    except MoneyError:
        return None


# -- reading --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TShow:
    """The show as last recorded: times are Unix seconds (server), None when not known."""

    id: str = ""
    title: str = ""
    host: str = ""
    status: str = ""
    currency: str = ""
    theme: str | None = None
    scheduled: float | None = None
    started: float | None = None
    ended: float | None = None


@dataclass(frozen=True, slots=True)
class TProduct:
    """A product as last recorded (`price` and `stock` at the last record: minor units, count)."""

    id: str
    sku: str
    title: str
    price: int | None
    stock: int | None


class TOrder(NamedTuple):
    """An order: `t` server time, `amount` and `unit` in minor units of `currency`."""

    t: float
    seq: int
    id: str
    product: str
    qty: int
    unit: int
    amount: int
    currency: str
    flash: bool
    buyer: str
    left: int
    referral: str | None
    points: int
    buyer_id: str = ""  # the buyer's account ("" in timelines from before accounts)

    @property
    def who(self) -> str:
        """Who bought: the account, or the name in a timeline from before accounts."""
        return self.buyer_id or self.buyer


@dataclass(frozen=True, slots=True)
class TFlash:
    """A flash sale: started at `start`, ended at `end` (when it really ended, for an early end),
    `price` in minor units; `status` is the last one recorded."""

    id: str
    product: str
    price: int
    start: float
    end: float
    status: str


class TComment(NamedTuple):
    """A comment (no text is kept): `role` host/cohost/moderator/viewer, `kind` comment/question,
    `reply_to` the id it answers."""

    t: float
    id: str
    role: str
    kind: str
    author: str
    reply_to: str | None
    viewer_id: str = ""  # a viewer's account ("" for the team, or before accounts)

    @property
    def who(self) -> str:
        """Who wrote it: the account, or the name when there is none."""
        return self.viewer_id or self.author


class THealth(NamedTuple):
    """A broadcast health sample: `kbps` recent bitrate, cumulative frame counters, reconnects,
    the worst stream's send buffer in ms."""

    t: float
    state: str
    kbps: float
    fps: float
    encoded: int
    dropped: int
    skipped: int
    lagged: int
    reconnects: int
    buffer_ms: float


@dataclass
class Timeline:
    """A show's timeline as read back: every list in time order, orders once each (by seq).

    `pins` are (time, product id or None); `viewers` (time, count, peak); `ingest` (time, state,
    kbps); `live` (time, on air?); `members` (time, who: the account, or the name in a
    timeline from before accounts; orders before, new during the show?).
    `bad_lines` counts lines that could not be read (a torn last line after a crash);
    `other` counts kinds this version does not know (from a newer studio).
    """

    path: Path
    show: TShow = field(default_factory=TShow)
    products: dict[str, TProduct] = field(default_factory=dict)
    initial_stock: dict[str, int | None] = field(default_factory=dict)
    pins: list[tuple[float, str | None]] = field(default_factory=list)
    flashes: dict[str, TFlash] = field(default_factory=dict)
    orders: list[TOrder] = field(default_factory=list)
    comments: list[TComment] = field(default_factory=list)
    viewers: list[tuple[float, int, int]] = field(default_factory=list)
    health: list[THealth] = field(default_factory=list)
    ingest: list[tuple[float, str, float]] = field(default_factory=list)
    live: list[tuple[float, bool]] = field(default_factory=list)
    members: list[tuple[float, str, int, bool]] = field(default_factory=list)
    resellers: dict[str, str] = field(default_factory=dict)
    first_t: float | None = None
    last_t: float | None = None
    bad_lines: int = 0
    other: dict[str, int] = field(default_factory=dict)


class TimelineError(UsageError):
    """A timeline that cannot be read at all (missing, not a timeline)."""


def _lines(path: Path) -> Iterator[str]:
    with path.open("r", encoding="utf-8", errors="replace") as f:
        yield from f


def _f(v: object, default: float = 0.0) -> float:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else default


def _i(v: object, default: int = 0) -> int:
    return int(v) if isinstance(v, int) and not isinstance(v, bool) else default


def _s(v: object, default: str = "") -> str:
    return v if isinstance(v, str) else default


def _opt_s(v: object) -> str | None:
    return v if isinstance(v, str) else None


def _time(v: object) -> float | None:
    if not isinstance(v, str):
        return None
    try:
        return datetime.fromisoformat(v).timestamp()
    except ValueError:
        return None


def read_timeline(path: Path) -> Timeline:
    """Read a timeline file (or a show folder holding one).

    Unreadable lines (a torn last line after a crash) are counted in `bad_lines` and skipped;
    an order seen twice (by seq) counts once. Raises `TimelineError` when there is no file
    or nothing in it is a timeline.
    """
    if path.is_dir():
        path = path / TIMELINE_FILE
    if not path.is_file():
        raise TimelineError(
            f"There is no show timeline at {path}.",
            "Name a show folder holding timeline.jsonl, or a show id the studio recorded.",
        )
    tl = Timeline(path=path)
    seqs: set[int] = set()
    seen_kind = False
    for raw in _lines(path):
        raw = raw.strip()
        if not raw:
            continue
        try:
            rec = json.loads(raw)
        except ValueError:
            tl.bad_lines += 1
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("k"), str):
            tl.bad_lines += 1
            continue
        seen_kind = True
        k = rec["k"]
        t = _f(rec.get("t"))
        if t > 0:
            tl.first_t = t if tl.first_t is None else min(tl.first_t, t)
            tl.last_t = t if tl.last_t is None else max(tl.last_t, t)
        if k == "order":
            seq = rec.get("seq")
            if not isinstance(seq, int) or seq < 1 or seq in seqs:
                continue
            seqs.add(seq)
            try:  # the studio's own lines: read directly, check the types that sums use
                qty, unit, amount = rec["q"], rec["u"], rec["a"]
                if not (type(qty) is int and type(unit) is int and type(amount) is int):
                    raise TypeError
                order = TOrder(
                    t,
                    seq,
                    str(rec["id"]),
                    str(rec["p"]),
                    qty,
                    unit,
                    amount,
                    str(rec.get("cur", "")),
                    bool(rec.get("flash")),
                    str(rec.get("by", "")),
                    _i(rec.get("left")),
                    _opt_s(rec.get("ref")),
                    _i(rec.get("pts")),
                    _s(rec.get("vid")),
                )
            except (KeyError, TypeError):
                tl.bad_lines += 1
                seqs.discard(seq)
                continue
            tl.orders.append(order)
        elif k == "comment":
            tl.comments.append(
                TComment(
                    t=t,
                    id=_s(rec.get("id")),
                    role=_s(rec.get("role"), "viewer"),
                    kind=_s(rec.get("kind"), "comment"),
                    author=_s(rec.get("by")),
                    reply_to=_opt_s(rec.get("re")),
                    viewer_id=_s(rec.get("vid")),
                )
            )
        elif k == "viewers":
            tl.viewers.append((t, _i(rec.get("n")), _i(rec.get("peak"))))
        elif k == "health":
            tl.health.append(
                THealth(
                    t=t,
                    state=_s(rec.get("state")),
                    kbps=_f(rec.get("kbps")),
                    fps=_f(rec.get("fps")),
                    encoded=_i(rec.get("enc")),
                    dropped=_i(rec.get("drop")),
                    skipped=_i(rec.get("skip")),
                    lagged=_i(rec.get("lag")),
                    reconnects=_i(rec.get("rc")),
                    buffer_ms=_f(rec.get("buf")),
                )
            )
        elif k == "pin":
            tl.pins.append((t, _opt_s(rec.get("p"))))
        elif k == "flash":
            fid = _s(rec.get("id"))
            tl.flashes[fid] = TFlash(
                id=fid,
                product=_s(rec.get("p")),
                price=_i(rec.get("price")),
                start=_f(rec.get("start"), t),
                end=t if rec.get("status") != "active" else _f(rec.get("end"), t),
                status=_s(rec.get("status")),
            )
        elif k == "product":
            pid = _s(rec.get("p"))
            stock = rec.get("stock")
            price = rec.get("price")
            tl.products[pid] = TProduct(
                id=pid,
                sku=_s(rec.get("sku"), pid),
                title=_s(rec.get("title"), pid),
                price=price if isinstance(price, int) else None,
                stock=stock if isinstance(stock, int) else None,
            )
            tl.initial_stock.setdefault(pid, stock if isinstance(stock, int) else None)
        elif k == "show":
            tl.show = TShow(
                id=_s(rec.get("id")),
                title=_s(rec.get("title")),
                host=_s(rec.get("host")),
                status=_s(rec.get("status")),
                currency=_s(rec.get("currency")),
                theme=_opt_s(rec.get("theme")),
                scheduled=_time(rec.get("scheduled")),
                started=_time(rec.get("started")),
                ended=_time(rec.get("ended")),
            )
        elif k == "ingest":
            tl.ingest.append((t, _s(rec.get("state")), _f(rec.get("kbps"))))
        elif k == "live":
            tl.live.append((t, bool(rec.get("on"))))
        elif k == "member":
            who = _s(rec.get("vid")) or _s(rec.get("name"))  # the account, else the name
            tl.members.append((t, who, _i(rec.get("orders")), bool(rec.get("new"))))
        elif k == "reseller":
            tl.resellers[_s(rec.get("code"))] = _s(rec.get("name"))
        elif k == "begin":
            pass
        else:
            tl.other[k] = tl.other.get(k, 0) + 1
    if not seen_kind:
        raise TimelineError(
            f"{path} is not a show timeline (nothing in it could be read).",
            "Point at the timeline.jsonl the studio wrote, or its show folder.",
        )
    for series in (tl.orders, tl.comments, tl.health):
        series.sort(key=lambda r: r.t)
    tl.pins.sort(key=lambda r: r[0])
    tl.viewers.sort(key=lambda r: r[0])
    tl.ingest.sort(key=lambda r: r[0])
    tl.live.sort(key=lambda r: r[0])
    return tl
