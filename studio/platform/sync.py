"""Keep one show in sync with the platform: live events in, the user's changes out.

`PlatformSync` ties the REST client, the live event stream (SSE, falling back to polling),
the on-disk outbox and the Qt-free `ShowModel` together. Nothing in it blocks the caller on
the network: commands write to the outbox (a local SQLite insert) and return; a sync thread
sends them in order, exactly once, when the platform can be reached — also after a restart.

Usage (UI, overlays glue, `studio demo`)::

    from studio.platform.client import PlatformClient
    from studio.platform.sync import PlatformSync
    from studio.show.events import OrdersReceived, PinChanged, SyncStatusChanged

    client = PlatformClient(api_url, token_ref="shop")   # token from the keyring, or token=...
    client = PlatformClient.from_settings(config.platform)  # the same, from the settings
    sync = PlatformSync(client, show_id)                  # state under paths.state_dir()/sync
    unsubscribe = sync.model.subscribe(on_event)          # every ShowEvent; or by type:
    sync.model.events.connect(PinChanged, on_pin)         # on_pin(PinChanged) only
    sync.start()                                          # returns at once

    state = sync.model.state            # ShowState: immutable snapshot, cheap to take
    state.catalog, state.queue_products, state.pinned, state.timers, state.sales
    state.sync.link                     # Link.LIVE / POLLING / OFFLINE / CONNECTING
    state.sync.pending_text             # "3 changes waiting to sync"
    sync.model.time_left(product_id)    # flash-sale seconds left, in server time
    sync.model.planned_queue            # the queue with the user's waiting edits applied
    sync.model.sales()                  # SalesStats now (orders/minute decays when quiet)

    sync.pin("HK-001")                  # a SKU or a platform product id
    sync.unpin()
    sync.move("HK-003", before_sku="HK-001")      # before_sku=None: to the end
    sync.add_to_queue("HK-007", before_sku=None)
    sync.remove_from_queue("HK-002")
    sync.start_flash_sale("HK-001", Decimal("34.30"), seconds=60)   # price in major units
    sync.cancel_flash_sale("HK-001")
    sync.comment("Yes, it works on induction!")
    sync.pin_comment(comment_id); sync.unpin_comment()  # the comment on screen
    sync.reply(comment_id, "€19 today"); sync.hide_comment(comment_id, hidden=True)
    sync.mute(comment_id, seconds=600); sync.block(comment_id); sync.lift_restriction(rid)
    sync.start_show(); sync.end_show()            # host only
    sync.pending_count()                # changes waiting to sync
    sync.reconnect_now()                # skip the back-off wait
    sync.stop()                         # or use `with PlatformSync(...) as sync:`

Each command returns the change's id at once and raises `UnknownProduct` (a `UsageError`)
for a SKU not in the catalog, or `UsageError` for an impossible flash sale. The model shows
the platform's confirmed state; changes still waiting are in `state.pending`. A change the
platform refuses for good (a cohost ending the show, an unknown product) is dropped and
announced as `ChangeFailed` with the server's words.

Events (`studio.show.events`, frozen dataclasses) arrive on the sync threads, one at a time;
a Qt adapter re-emits them as queued signals. `ShowLoaded` (redraw everything), `ShowChanged`,
`CatalogChanged`, `QueueChanged`, `PinChanged`, `TimerStarted`/`TimerEnded`, `OrdersReceived`
(each order exactly once, plus new `SalesStats`), `CommentsReceived`, `SupportersChanged`,
`ResellersChanged`, `ViewersChanged`, `IngestChanged`, `SyncStatusChanged`, `ChangeFailed`,
`CommentUpdated` (hidden or shown again), `CommentPinChanged` (the comment on screen),
`RestrictionsChanged` (mutes and blocks).

A sync needs a host or cohost token (viewers cannot read orders). One `start()` per
instance; after `stop()` make a new one (it picks up the outbox and orders from disk).

Against the embedded sandbox (`studio demo`)::

    sb = SandboxServer(rate=2.0, live=True).start()
    sync = PlatformSync(PlatformClient(sb.api_url, token=sb.host_token), sb.show_id).start()
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import TypeVar

import requests
from pydantic import ValidationError

from studio import i18n, paths
from studio.errors import UsageError
from studio.platform import community, convert, engagement
from studio.platform import models as m
from studio.platform.client import PlatformClient
from studio.platform.errors import AuthFailed, PlatformError, StaleVersion
from studio.platform.events import EventFeed, FeedOptions
from studio.platform.outbox import Done, Failed, JsonObject, Outbox, OutboxEntry, Outcome, Retry
from studio.platform.store import OrderJournal, SyncDb, db_path_for
from studio.show import auction as au
from studio.show import giveaway as gv
from studio.show import queue as q
from studio.show import state as s
from studio.show.catalog import Product
from studio.show.model import ShowModel, ShowSnapshot
from studio.show.money import format_money, from_minor, to_minor
from studio.show.reduce import KEEP_BIDS
from studio.show.state import IngestHealth, Link, PendingChange, QueueState, SyncStatus

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Keep(Enum):
    KEEP = 0


MIN_FLASH_S, MAX_FLASH_S = 5, 3600
MIN_MUTE_S, MAX_MUTE_S = 10, 86_400  # the contract's RestrictionCreate.duration_s


@dataclass(frozen=True)
class SyncOptions:
    """Timing of the sync: the live feed's (see `FeedOptions`), the outbox's retry back-off
    (seconds, doubling up to the cap), how often a refused token is retried, and how many stale-
    version (412) merges one queue edit may take in a row."""

    feed: FeedOptions = field(default_factory=FeedOptions)
    outbox_backoff_s: float = 0.5
    outbox_backoff_max_s: float = 30.0
    auth_retry_s: float = 30.0  # a refused token: keep the changes, try again this often
    max_queue_merges: int = 25  # 412s in a row for one edit before backing off


class PlatformSync(engagement.EngagementSync):
    """One show's sync. `state_dir` defaults to the app's; `db_path` overrides the file."""

    def __init__(
        self,
        client: PlatformClient,
        show_id: str,
        *,
        model: ShowModel | None = None,
        state_dir: Path | None = None,
        db_path: Path | None = None,
        options: SyncOptions | None = None,
    ) -> None:
        self.client = client
        self.show_id = show_id
        self.options = options or SyncOptions()
        self.model = model or ShowModel(clock=client.clock)
        path = db_path or db_path_for(
            state_dir or paths.state_dir(), client.api_url, show_id, client.account
        )
        self.db = SyncDb(path)
        self.journal = OrderJournal(self.db)
        self.outbox = Outbox(
            self.db,
            on_change=self._publish_pending,
            on_failed=self._change_failed,
            backoff_s=self.options.outbox_backoff_s,
            backoff_max_s=self.options.outbox_backoff_max_s,
        )
        self.feed = EventFeed(
            client,
            show_id,
            on_events=self._apply_events,
            on_connect=self._on_connect,
            on_link=self._on_link,
            on_tick=self._on_tick,
            options=self.options.feed,
        )
        self.queue_conflicts = 0  # 412s merged (for tests and support)
        self.reconciled_orders = 0  # orders that arrived by catch-up rather than live
        self._fresh = False  # a snapshot was read from the platform in this run
        self._status = SyncStatus()
        self._status_lock = threading.Lock()
        self._pending_lock = threading.Lock()  # publish from two threads, newest last
        self._started = False

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> PlatformSync:
        """Show what we have on disk, then sync in the background; returns at once."""
        if self._started:
            return self
        self._started = True
        cached = self._cached_snapshot()
        if cached is not None and not self.model.loaded:
            self.model.load(cached)
        orders = self.journal.load()
        if orders:
            self.model.add_orders(orders)
        if self.db.recovered_from is not None:
            self._set_status(
                notice="Local sync state was damaged and has been reset: orders are fetched "
                "again; changes that were waiting to sync were lost."
            )
        self.outbox.purge_finished()
        self._publish_pending()
        self.feed.start()
        self.outbox.start(self._deliver)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the threads; waiting changes stay in the outbox for the next start."""
        if not self._started:
            return
        self.outbox.stop(timeout)
        self.feed.stop(timeout)
        self.client.close()
        self.db.close()
        self._started = False

    def __enter__(self) -> PlatformSync:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def reconnect_now(self) -> None:
        """Drop the live event stream and reconnect at once (no back-off wait); any thread."""
        self.feed.reconnect_now()
        self.outbox.wake()

    def pending_count(self) -> int:
        """How many of the user's changes are waiting to reach the platform."""
        return self.outbox.pending_count()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until no change is waiting to sync (for the CLI and tests)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.outbox.pending_count() == 0:
                return True
            time.sleep(0.02)
        return self.outbox.pending_count() == 0

    # -- commands (any thread; never block on the network) -----------------------------------

    def _pid(self, p: Product) -> str:
        return p.product_id or p.sku

    def pin(self, sku: str) -> int:
        """Pin the product with this SKU (queued in the outbox, sent exactly once); returns the
        change's id. Raises `UnknownProduct`."""
        p = self.model.find(sku)
        return self._add("pin", {"product_id": self._pid(p)}, f"Pin {p.title}")

    def unpin(self) -> int:
        """Unpin whatever is pinned; returns the change's id."""
        return self._add("unpin", {}, "Unpin")

    def move(self, sku: str, before_sku: str | None) -> int:
        """Move `sku` before `before_sku` (None: to the end) in the queue; applied at once locally
        and sent against the queue's version (If-Match), merged on a 412. Returns the change's id.
        """
        p = self.model.find(sku)
        before = self._pid(self.model.find(before_sku)) if before_sku is not None else None
        intent = q.move(self.model.planned_queue, self._pid(p), before)
        return self._add_queue(intent, intent.describe(p.title))

    def add_to_queue(self, sku: str, before_sku: str | None = None) -> int:
        """Queue `sku` before `before_sku` (None: at the end); returns the change's id."""
        p = self.model.find(sku)
        before = self._pid(self.model.find(before_sku)) if before_sku is not None else None
        intent = q.add(self.model.planned_queue, self._pid(p), before)
        return self._add_queue(intent, intent.describe(p.title))

    def remove_from_queue(self, sku: str) -> int:
        """Take `sku` out of the queue; returns the change's id."""
        p = self.model.find(sku)
        intent = q.Remove(self._pid(p))
        return self._add_queue(intent, intent.describe(p.title))

    def start_flash_sale(self, sku: str, price: Decimal | str | int, seconds: int) -> int:
        """A flash sale at `price` (major units, e.g. Decimal("34.30")) for `seconds`.

        Raises `UsageError` (before anything is queued) for a price that is not a number,
        not above zero or not below the regular price, or a duration out of range.
        """
        p = self.model.find(sku)
        try:
            minor = to_minor(price, p.currency)
        except (ValueError, ArithmeticError):
            raise UsageError(
                i18n._("{price!r} is not a price.").format(price=price),
                i18n._("Give it like 34.30."),
            ) from None
        if p.price is not None and minor >= to_minor(p.price, p.currency):
            raise UsageError(
                i18n._(
                    "A flash price must be below the regular price ({price} {currency})."
                ).format(price=p.price, currency=p.currency),
                i18n._("Lower the flash price."),
            )
        if minor <= 0:
            raise UsageError(
                i18n._(
                    "A flash price must be above zero: a free product is a giveaway, not a sale."
                ),
                i18n._("Give a price like 34.30."),
            )
        if not MIN_FLASH_S <= int(seconds) <= MAX_FLASH_S:
            raise UsageError(
                i18n._("A flash sale runs {MIN_FLASH_S} s to {value} min.").format(
                    MIN_FLASH_S=MIN_FLASH_S, value=MAX_FLASH_S // 60
                ),
                i18n._("Pick a duration in that range."),
            )
        payload = {"product_id": self._pid(p), "flash_price_minor": minor, "seconds": int(seconds)}
        return self._add("timer.start", payload, f"Flash sale on {p.title} for {seconds} s")

    def cancel_flash_sale(self, sku: str) -> int:
        """End the running flash sale of `sku` now (the platform clears its flash price); returns
        the change's id."""
        p = self.model.find(sku)
        return self._add(
            "timer.cancel", {"product_id": self._pid(p)}, f"End flash sale on {p.title}"
        )

    def comment(self, text: str, question: bool = False) -> int:
        """Post a comment (or a question) as the host or co-host; returns the change's id."""
        text = text.strip()
        if not text:
            raise UsageError(i18n._("An empty comment cannot be sent."))
        kind = "question" if question else "comment"
        return self._add("comment", {"text": text[:500], "kind": kind}, f"Comment “{text[:40]}”")

    # -- comment moderation (host and moderators; co-hosts may reply) ---------------------

    def _comment(self, comment_id: str) -> s.Comment:
        c = self.model.state.comment(comment_id)
        if c is None:
            raise UsageError(
                i18n._("That comment is no longer in the list."),
                i18n._("Pick a comment from the list."),
            )
        return c

    def pin_comment(self, comment_id: str) -> int:
        """Put a comment on screen (beside the title lower third) until it is taken off."""
        c = self._comment(comment_id)
        if c.hidden:
            raise UsageError(
                i18n._("A hidden comment cannot go on screen."),
                i18n._("Show it again first (Unhide)."),
            )
        return self._add("comment.pin", {"comment_id": c.id}, f"Show {c.author}'s comment")

    def unpin_comment(self) -> int:
        """Take the comment off screen."""
        return self._add("comment.unpin", {}, "Take the comment off screen")

    def hide_comment(self, comment_id: str, hidden: bool = True) -> int:
        """Hide a comment from viewers (and from the screen), or show it again."""
        c = self._comment(comment_id)
        what = "Hide" if hidden else "Unhide"
        return self._add(
            "comment.hide", {"comment_id": c.id, "hidden": hidden}, f"{what} {c.author}'s comment"
        )

    def reply(self, comment_id: str, text: str) -> int:
        """Answer a comment in the chat. Raises `UsageError` for an empty reply."""
        c = self._comment(comment_id)
        text = " ".join(text.split())
        if not text:
            raise UsageError(
                i18n._("An empty reply cannot be sent."), i18n._("Type your answer first.")
            )
        return self._add(
            "comment.reply",
            {"comment_id": c.id, "text": text[:500]},
            f"Reply to {c.author}: “{text[:40]}”",
        )

    def mute(self, comment_id: str, seconds: int = 600) -> int:
        """Keep the comment's author out of the chat for `seconds` (10 s to 24 h)."""
        c = self._comment(comment_id)
        if not MIN_MUTE_S <= int(seconds) <= MAX_MUTE_S:
            raise UsageError(
                i18n._("A mute lasts 10 seconds to 24 hours."), i18n._("Pick a duration in range.")
            )
        payload = {"comment_id": c.id, "kind": "mute", "seconds": int(seconds)}
        return self._add("viewer.restrict", payload, f"Mute {c.author} for {int(seconds)} s")

    def block(self, comment_id: str) -> int:
        """Block the comment's author for the rest of the show (their comments are hidden)."""
        c = self._comment(comment_id)
        payload = {"comment_id": c.id, "kind": "block"}
        return self._add("viewer.restrict", payload, f"Block {c.author}")

    def lift_restriction(self, restriction_id: str) -> int:
        """Let a muted or blocked viewer talk again."""
        r = next((x for x in self.model.state.restrictions if x.id == restriction_id), None)
        who = r.viewer if r is not None else "the viewer"
        return self._add("restriction.lift", {"restriction_id": restriction_id}, f"Unmute {who}")

    # -- auctions and giveaways (issue 20; host and co-hosts) ------------------------------

    def start_auction(
        self,
        sku: str,
        starting_bid: Decimal | str | int,
        seconds: int,
        *,
        increment: Decimal | str | int = 1,
        mode: str = "standard",
        extend_window_s: int = 10,
        max_extension_s: int = 120,
        reserve: Decimal | str | int | None = None,
    ) -> int:
        """Auction one unit of `sku`, opening at `starting_bid` (major units) for `seconds`
        (10-300), bids rising by at least `increment`. `mode` "standard" extends the end
        on late bids (window and cap in seconds), "sudden_death" never does; a `reserve` not
        reached ends it unsold. Raises `UsageError` before anything is queued."""
        payload = self.auction_body(
            sku,
            starting_bid,
            seconds,
            increment=increment,
            mode=mode,
            extend_window_s=extend_window_s,
            max_extension_s=max_extension_s,
            reserve=reserve,
        )
        title = self.model.find(sku).title
        return self._add("auction.start", payload, f"Auction {title} for {int(seconds)} s")

    def auction_body(
        self,
        sku: str,
        starting_bid: Decimal | str | int,
        seconds: int,
        *,
        increment: Decimal | str | int = 1,
        mode: str = "standard",
        extend_window_s: int = 10,
        max_extension_s: int = 120,
        reserve: Decimal | str | int | None = None,
    ) -> JsonObject:
        """The contract's `AuctionCreate` JSON for `start_auction`'s arguments (also an
        auction step of the rundown). Raises `UsageError` as `start_auction` does."""
        p = self.model.find(sku)
        start = _minor(starting_bid, p.currency, i18n.N_("{amount!r} is not a starting bid."))
        step = _minor(increment, p.currency, i18n.N_("{amount!r} is not a bid increment."))
        floor = (
            _minor(reserve, p.currency, i18n.N_("{amount!r} is not a reserve price."))
            if reserve is not None
            else None
        )
        if start <= 0 or step <= 0:
            raise UsageError(
                i18n._("The starting bid and the bid increment must be above zero."),
                i18n._("Start the bidding at 1.00 or more, rising by 1.00 or more."),
            )
        price = (
            _minor(p.price, p.currency, i18n.N_("{amount!r} is not a price."))
            if p.price is not None
            else None
        )
        if price is not None and start > price:
            raise UsageError(
                i18n._("A starting bid of {start} is above {title}'s price ({price}).").format(
                    start=format_money(from_minor(start, p.currency), p.currency),
                    title=p.title,
                    price=format_money(from_minor(price, p.currency), p.currency),
                ),
                i18n._("Start at or below the price: viewers could buy it for less."),
            )
        try:
            body = m.AuctionCreate(
                product_id=self._pid(p),
                starting_bid_minor=start,
                increment_minor=step,
                duration_s=int(seconds),
                mode=m.AuctionMode(mode),
                extend_window_s=int(extend_window_s),
                max_extension_s=int(max_extension_s),
                reserve_minor=floor,
            )
        except (ValidationError, ValueError) as exc:
            raise UsageError(
                i18n._("This auction cannot start: {first_error}.").format(
                    first_error=_first_error(exc)
                ),
                i18n._("An auction runs 10 s to 5 min, from a starting bid above zero."),
            ) from None
        if floor is not None and floor < start:
            raise UsageError(
                i18n._("A reserve below the starting bid would always be met."),
                i18n._("Raise the reserve or leave it out."),
            )
        return body.model_dump(mode="json", exclude_none=True)

    def cancel_auction(self) -> int:
        """Cancel the running auction (no order). Raises `UsageError` when none runs."""
        a = self.model.state.auction
        if a is None or a.status != "active":
            raise UsageError(i18n._("No auction is running."), i18n._("Start one first."))
        return self._add("auction.cancel", {"auction_id": a.id}, "Cancel the auction")

    def open_giveaway(
        self, prize: str, seconds: int, *, keyword: str | None = None, purchase: bool = False
    ) -> int:
        """Open a giveaway of `prize`, drawn by the platform after `seconds` (10 s to 1 h):
        viewers enter by commenting `keyword`, by buying (`purchase`), or either when both are
        given. Raises `UsageError` before anything is queued."""
        payload = self.giveaway_body(prize, seconds, keyword=keyword, purchase=purchase)
        return self._add("giveaway.open", payload, f"Giveaway: {payload['prize']}")

    def giveaway_body(
        self, prize: str, seconds: int, *, keyword: str | None = None, purchase: bool = False
    ) -> JsonObject:
        """The contract's `GiveawayCreate` JSON for `open_giveaway`'s arguments (also a
        giveaway step of the rundown). Raises `UsageError` as `open_giveaway` does."""
        entry = "both" if keyword and purchase else ("purchase" if purchase else "keyword")
        if keyword is not None and not _KEYWORD.match(keyword.strip()):
            raise UsageError(
                i18n._("{keyword!r} cannot be a giveaway keyword.").format(keyword=keyword),
                i18n._("Use 2-30 letters, digits or _ with no spaces or emoji, like #win."),
            )
        try:
            body = m.GiveawayCreate(
                prize=" ".join(prize.split()),
                entry=m.GiveawayEntryMode(entry),
                keyword=keyword.strip() if keyword else None,
                duration_s=int(seconds),
            )
        except (ValidationError, ValueError) as exc:
            raise UsageError(
                i18n._("This giveaway cannot open: {first_error}.").format(
                    first_error=_first_error(exc)
                ),
                i18n._(
                    "Name the prize, give a keyword like #win (letters, digits, _) or entry by "
                    "purchase, and 10 s to 1 h."
                ),
            ) from None
        return body.model_dump(mode="json", exclude_none=True)

    def draw_giveaway(self, cancel: bool = False) -> int:
        """Draw the open giveaway now (or cancel it: no winner). Raises `UsageError` when
        none is open."""
        g = self.model.state.giveaway
        if g is None or g.status != "open":
            raise UsageError(i18n._("No giveaway is open."), i18n._("Open one first."))
        what = "Cancel the giveaway" if cancel else "Draw the giveaway"
        return self._add("giveaway.close", {"giveaway_id": g.id, "draw": not cancel}, what)

    def start_show(self) -> int:
        """Tell the platform the show is live (the host went live); returns the change's id."""
        return self._add("show.start", {}, "Go live")

    def end_show(self) -> int:
        """Tell the platform the show ended (it ends running sales too); returns the change's id."""
        return self._add("show.end", {}, "End the show")

    def _add_queue(self, intent: q.QueueIntent, description: str) -> int:
        payload = {"op": type(intent).__name__.lower(), **dataclasses.asdict(intent)}
        return self._add("queue", payload, description)

    def _add(self, kind: str, payload: JsonObject, description: str) -> int:
        entry = self.outbox.add(kind, payload, description)
        return entry.id

    # -- the outbox's sending side (outbox thread) --------------------------------------------

    def _deliver(self, entry: OutboxEntry) -> Outcome:
        handler = _HANDLERS.get(entry.kind)
        if handler is None:
            return Failed(PlatformError(f"This version of Studio cannot send {entry.kind!r}."))
        try:
            return Done(handler(self, entry))
        except AuthFailed as exc:
            return Retry(exc, self.options.auth_retry_s)
        except PlatformError as exc:
            if exc.retryable or exc.slug == "idempotency-key-in-use":
                return Retry(exc, exc.retry_after)
            return Failed(exc)

    def _send_pin(self, e: OutboxEntry) -> JsonObject:
        pin = self.client.put_pin(self.show_id, e.payload["product_id"], e.key)
        self.model.set_pin(convert.pin(pin))
        return {"version": pin.version, "product_id": pin.product_id}

    def _send_unpin(self, e: OutboxEntry) -> JsonObject:
        pin = self.client.delete_pin(self.show_id, e.key)
        self.model.set_pin(convert.pin(pin))
        return {"version": pin.version}

    def _send_timer(self, e: OutboxEntry) -> JsonObject:
        p = e.payload
        t = self.client.create_timer(
            self.show_id, p["product_id"], p["flash_price_minor"], p["seconds"], e.key
        )
        self.model.set_timer(convert.timer(t))
        return {"timer_id": t.id, "ends_at": t.ends_at.isoformat()}

    def _send_cancel_timer(self, e: OutboxEntry) -> JsonObject:
        timers = self.client.timers(self.show_id, m.TimerStatus.ACTIVE)
        mine = [t for t in timers if t.product_id == e.payload["product_id"]]
        if not mine:
            return {"noop": True}
        t = self.client.cancel_timer(self.show_id, mine[0].id, e.key)
        self.model.set_timer(convert.timer(t))
        return {"timer_id": t.id}

    def _send_comment(self, e: OutboxEntry) -> JsonObject:
        c = self.client.create_comment(self.show_id, e.payload["text"], e.key, e.payload["kind"])
        self.model.add_comments([convert.comment(c)])
        return {"comment_id": c.id}

    def _send_comment_pin(self, e: OutboxEntry) -> JsonObject:
        if e.kind == "comment.pin":
            pin = self.client.pin_comment(self.show_id, e.payload["comment_id"], e.key)
        else:
            pin = self.client.unpin_comment(self.show_id, e.key)
        self.model.set_comment_pin(convert.comment_pin(pin))
        return {"version": pin.version, "comment_id": pin.comment.id if pin.comment else None}

    def _send_comment_hide(self, e: OutboxEntry) -> JsonObject:
        p = e.payload
        c = self.client.set_comment_hidden(self.show_id, p["comment_id"], p["hidden"], e.key)
        self.model.update_comment(convert.comment(c))
        return {"comment_id": c.id, "hidden": c.hidden}

    def _send_comment_reply(self, e: OutboxEntry) -> JsonObject:
        p = e.payload
        c = self.client.reply_to_comment(self.show_id, p["comment_id"], p["text"], e.key)
        self.model.add_comments([convert.comment(c)])
        return {"comment_id": c.id}

    def _send_restrict(self, e: OutboxEntry) -> JsonObject:
        p = e.payload
        r = self.client.restrict(
            self.show_id,
            p["comment_id"],
            m.RestrictionKind(p["kind"]),
            e.key,
            duration_s=p.get("seconds"),
        )
        self.model.set_restriction(convert.restriction(r), r.active)
        return {"restriction_id": r.id}

    def _send_lift(self, e: OutboxEntry) -> JsonObject:
        r = self.client.lift_restriction(self.show_id, e.payload["restriction_id"], e.key)
        self.model.set_restriction(convert.restriction(r), r.active)
        return {"restriction_id": r.id}

    def _send_auction(self, e: OutboxEntry) -> JsonObject:
        if e.kind == "auction.start":
            body = m.AuctionCreate.model_validate(e.payload)
            a = self.client.create_auction(self.show_id, body, e.key)
        else:
            a = self.client.cancel_auction(self.show_id, e.payload["auction_id"], e.key)
        self.model.set_auction(convert.auction(a))
        return {"auction_id": a.id, "status": a.status.value}

    def _send_giveaway(self, e: OutboxEntry) -> JsonObject:
        if e.kind == "giveaway.open":
            body = m.GiveawayCreate.model_validate(e.payload)
            g = self.client.create_giveaway(self.show_id, body, e.key)
        else:
            p = e.payload
            g = self.client.close_giveaway(self.show_id, p["giveaway_id"], bool(p["draw"]), e.key)
        self.model.set_giveaway(convert.giveaway(g))
        return {"giveaway_id": g.id, "status": g.status.value}

    def _send_show(self, e: OutboxEntry) -> JsonObject:
        if e.kind == "show.start":
            show = self.client.start_show(self.show_id, e.key)
        else:
            show = self.client.end_show(self.show_id, e.key)
        self.model.set_show(convert.show(show))
        return {"status": show.status.value}

    def _send_queue(self, e: OutboxEntry) -> JsonObject:
        """Apply the intent to the platform's current queue; on 412, to the newer one."""
        intent = _intent(e.payload)
        prepared = e.prepared
        attempt = int(prepared["attempt"]) if prepared else 0
        current: QueueState | None = None
        confirmed = False  # `current` was just read from the platform, not from our model
        for _ in range(self.options.max_queue_merges):
            if prepared is None:
                if current is None:
                    current, confirmed = self._current_queue()
                target = q.apply_intent(current.product_ids, intent)
                if target == current.product_ids:
                    if not confirmed:  # our copy may be behind: nothing to do only if so now
                        current, confirmed = self._fetch_queue(), True
                        continue
                    return {"noop": True, "version": current.version, "queue": list(target)}
                attempt += 1
                prepared = {
                    "attempt": attempt,
                    "version": current.version,
                    "product_ids": list(target),
                }
                self.outbox.prepare(e.id, prepared)
            try:
                result = self.client.put_queue(
                    self.show_id,
                    prepared["product_ids"],
                    int(prepared["version"]),
                    f"{e.key}.{prepared['attempt']}",
                )
            except StaleVersion as exc:
                self.queue_conflicts += 1
                current = _queue_from_problem(exc) or self._fetch_queue()
                confirmed = True
                self.model.set_queue(current)
                prepared = None
                continue
            self.model.set_queue(convert.queue(result))
            return {
                "version": result.version,
                "from_version": int(prepared["version"]),
                "queue": result.product_ids,
                "attempt": attempt,
            }
        raise StaleVersion(
            "The queue kept changing while this edit was merged; trying again shortly.",
            retry_after=1.0,
        )

    def _current_queue(self) -> tuple[QueueState, bool]:
        """The queue to edit: our live copy when we have one (a 412 corrects it if stale)."""
        if self._fresh:
            return self.model.state.queue, False
        return self._fetch_queue(), True

    def _fetch_queue(self) -> QueueState:
        return convert.queue(self.client.queue(self.show_id))

    def _change_failed(self, entry: OutboxEntry, error: PlatformError) -> None:
        with self._status_lock:
            failed = self._status.failed + 1
        self._set_status(failed=failed, last_error=error.message)
        self.model.change_failed(_pending(entry), error.message, error.hint)

    def _publish_pending(self) -> None:
        """Tell the model what waits to sync, and the queue as those edits will make it."""
        with self._pending_lock:
            entries = self.outbox.pending()
            queue = self.model.state.queue.product_ids
            planned: tuple[str, ...] | None = None
            for entry in entries:
                if entry.kind == "queue":
                    planned = q.apply_intent(
                        planned if planned is not None else queue, _intent(entry.payload)
                    )
            pending = tuple(_pending(e) for e in entries)
            self.model.set_sync(pending=pending, planned_queue=planned)

    # -- the feed's side (events thread) -------------------------------------------------------

    def _on_connect(self) -> int | None:
        """Before every (re)connection: load the show once, then catch up on orders."""
        resume: int | None = None
        if not self._fresh:
            resume = self._load_snapshot()
            self._fresh = True
        self._reconcile_orders()
        return resume

    def _load_snapshot(self) -> int:
        seen: list[int] = []

        def note(resp: requests.Response) -> None:
            value = resp.headers.get("X-Last-Event-Id", "")
            if value.isdigit():
                seen.append(int(value))

        sid = self.show_id
        show = self.client.call("GET", f"/shows/{sid}", m.Show.model_validate, on_response=note)
        products = self.client.products(sid)
        queue = self.client.queue(sid)
        pin = self.client.pin(sid)
        timers = self.client.timers(sid, m.TimerStatus.ACTIVE)
        comments = self.client.comments(sid)
        comment_pin = self.client.comment_pin(sid)
        no_restrictions: list[m.Restriction] = []
        restrictions = self._optional(lambda: self.client.restrictions(sid), no_restrictions)
        supporters = self.client.supporters(sid)
        no_resellers: list[m.Reseller] = []
        resellers = self._optional(lambda: self.client.resellers(sid), no_resellers)
        viewers = self.client.viewers(sid)
        no_ingest: m.IngestHealth | None = None
        ingest = self._optional(lambda: self.client.ingest_health(sid), no_ingest)
        vouchers, poll, rundown = engagement.load(self.client, sid)
        auction, bids, giveaway = self._load_engagement()
        raw = {
            "show": show.model_dump(mode="json"),
            "products": [p.model_dump(mode="json") for p in products],
            "queue": queue.model_dump(mode="json"),
            "pin": pin.model_dump(mode="json"),
            "resellers": [r.model_dump(mode="json") for r in resellers],
        }
        snap = ShowSnapshot(
            show=convert.show(show),
            products=tuple(convert.product(p) for p in products),
            queue=convert.queue(queue),
            pin=convert.pin(pin),
            timers=tuple(convert.timer(t) for t in timers),
            comments=tuple(convert.comment(c) for c in comments[-300:]),
            supporters=tuple(convert.supporter(x) for x in supporters),
            resellers=tuple(convert.reseller(r) for r in resellers),
            viewers=convert.viewers(viewers),
            ingest=convert.ingest(ingest) if ingest is not None else IngestHealth(),
            comment_pin=convert.comment_pin(comment_pin),
            restrictions=tuple(convert.restriction(r) for r in restrictions if r.active),
            vouchers=vouchers,
            poll=poll,
            rundown=rundown,
            auction=auction,
            bids=bids,
            giveaway=giveaway,
        )
        self.model.set_clock_offset(self.client.server_clock.offset)
        self.model.load(snap)
        try:
            self.db.meta_set("snapshot", json.dumps(raw))
        except Exception:
            log.exception("could not cache the show snapshot")
        self._publish_pending()
        # The community (issue 21) enriches the show; the show must not wait for it or be lost
        # with it: read after the snapshot is kept, and a failure leaves it for the next one.
        try:
            community.load(self.client, sid, self.model)
        except PlatformError as exc:
            log.warning("the community could not be read (%s); trying with the next snapshot", exc)
        return seen[0] if seen else 0

    def _load_engagement(
        self,
    ) -> tuple[au.Auction | None, tuple[au.Bid, ...], gv.Giveaway | None]:
        """The latest auction with its last bids, and the latest giveaway (a platform that
        predates them, contract 1.0, answers 404: none)."""
        sid = self.show_id
        no_auctions: list[m.Auction] = []
        auctions = self._optional(lambda: self.client.auctions(sid), no_auctions)
        no_giveaways: list[m.Giveaway] = []
        giveaways = self._optional(lambda: self.client.giveaways(sid), no_giveaways)
        auction = convert.auction(auctions[-1]) if auctions else None
        bids: tuple[au.Bid, ...] = ()
        if auction is not None and auction.bid_count:
            after = max(0, auction.bid_count - KEEP_BIDS)
            page = self.client.auction_bids(sid, auction.id, after)
            bids = tuple(convert.bid(b) for b in page.items if b.seq <= auction.bid_count)
        return auction, bids, convert.giveaway(giveaways[-1]) if giveaways else None

    def _optional(self, read: Callable[[], T], default: T) -> T:
        """Reads a cohost's role may not allow (resellers, ingest) degrade to nothing."""
        try:
            return read()
        except PlatformError as exc:
            if exc.status in (403, 404):
                return default
            raise

    def _cached_snapshot(self) -> ShowSnapshot | None:
        text = self.db.meta_get("snapshot")
        if not text:
            return None
        try:
            raw = json.loads(text)
            return ShowSnapshot(
                show=convert.show(m.Show.model_validate(raw["show"])),
                products=tuple(
                    convert.product(m.Product.model_validate(p)) for p in raw["products"]
                ),
                queue=convert.queue(m.Queue.model_validate(raw["queue"])),
                pin=convert.pin(m.Pin.model_validate(raw["pin"])),
                resellers=tuple(
                    convert.reseller(m.Reseller.model_validate(r)) for r in raw["resellers"]
                ),
            )
        except (ValueError, KeyError, TypeError, ValidationError):
            log.warning("the cached show snapshot is unreadable; waiting for the platform")
            return None

    def _reconcile_orders(self) -> None:
        """Fetch every order after the last one we hold with no gap below it."""
        while True:
            page = self.client.orders_after(self.show_id, self.model.high_water_seq, 1000)
            if page.items:
                orders = [convert.order(o) for o in page.items]
                self.journal.add(orders)
                self.reconciled_orders += len(self.model.add_orders(orders))
            if not page.has_more or not page.items:
                return

    def _apply_events(self, events: list[m.Event]) -> None:
        """One batch off the stream: orders counted together, everything else in order."""
        received = self.client.clock()
        self.client.server_clock.observe_event(events[-1].at.timestamp(), received)
        orders: list[s.Order] = []
        supporter_changes: list[s.Order | s.Supporter] = []  # order matters for credits
        comments: list[s.Comment] = []
        bids: list[au.Bid] = []
        entries: list[gv.Entry] = []
        for e in events:
            try:
                if e.type == m.EventType.AUCTION_BID:
                    bids.append(convert.bid(m.Bid.model_validate(e.data)))
                    continue
                if e.type == m.EventType.GIVEAWAY_ENTERED:
                    entries.append(convert.entry(m.GiveawayEntry.model_validate(e.data)))
                    continue
                if bids or entries:  # an auction or giveaway ending after its last bids
                    bids, entries = self._flush_engagement(bids, entries)
                if e.type == m.EventType.ORDER_CREATED:
                    o = convert.order(m.Order.model_validate(e.data))
                    orders.append(o)
                    supporter_changes.append(o)
                elif e.type == m.EventType.SUPPORTER_JOINED:
                    x = convert.supporter(m.Supporter.model_validate(e.data))
                    supporter_changes.append(x)
                elif e.type == m.EventType.COMMENT_CREATED:
                    comments.append(convert.comment(m.Comment.model_validate(e.data)))
                elif e.type == m.EventType.COMMENT_UPDATED:
                    if comments:  # a comment created and hidden in one batch: add it first
                        self.model.add_comments(comments)
                        comments = []
                    self.model.update_comment(convert.comment(m.Comment.model_validate(e.data)))
                else:
                    self._apply_event(e)
            except (ValidationError, ValueError, KeyError):
                log.warning("skipping an unreadable %s event %d", e.type, e.id)
        if orders:
            self.journal.add(orders)
            self.model.add_orders(orders)
        if supporter_changes:
            self.model.update_supporters(supporter_changes)
        if comments:
            self.model.add_comments(comments)
        self._flush_engagement(bids, entries)
        self.model.set_clock_offset(self.client.server_clock.offset)

    def _flush_engagement(
        self, bids: list[au.Bid], entries: list[gv.Entry]
    ) -> tuple[list[au.Bid], list[gv.Entry]]:
        """Fold a run of bids and entries at once (a bid storm is one change, not 500)."""
        if bids:
            self.model.add_bids(bids)
        if entries:
            self.model.add_entries(entries)
        return [], []

    def _apply_event(self, e: m.Event) -> None:
        t, d = e.type, e.data
        if engagement.apply_event(self.model, e) or community.apply_event(self.model, e):
            return
        if t == m.EventType.PIN_CHANGED:
            self.model.set_pin(convert.pin(m.Pin.model_validate(d)))
        elif t == m.EventType.QUEUE_CHANGED:
            self.model.set_queue(convert.queue(m.Queue.model_validate(d)))
            self._publish_pending()
        elif t in (m.EventType.TIMER_STARTED, m.EventType.TIMER_ENDED):
            self.model.set_timer(convert.timer(m.Timer.model_validate(d)))
        elif t == m.EventType.VIEWERS_CHANGED:
            self.model.set_viewers(convert.viewers(m.Viewers.model_validate(d)))
        elif t == m.EventType.INGEST_CHANGED:
            self.model.set_ingest(convert.ingest(m.IngestHealth.model_validate(d)))
        elif t == m.EventType.SHOW_CHANGED:
            self.model.set_show(convert.show(m.Show.model_validate(d)))
        elif t == m.EventType.PRODUCT_UPDATED:
            self.model.update_product(convert.product(m.Product.model_validate(d)))
        elif t == m.EventType.COMMENT_PIN_CHANGED:
            self.model.set_comment_pin(convert.comment_pin(m.CommentPin.model_validate(d)))
        elif t in (m.EventType.AUCTION_STARTED, m.EventType.AUCTION_ENDED):
            self.model.set_auction(convert.auction(m.Auction.model_validate(d)))
        elif t in (m.EventType.GIVEAWAY_OPENED, m.EventType.GIVEAWAY_ENDED):
            self.model.set_giveaway(convert.giveaway(m.Giveaway.model_validate(d)))
        elif t == m.EventType.RESTRICTION_CHANGED:
            r = m.Restriction.model_validate(d)
            self.model.set_restriction(convert.restriction(r), r.active)

    def _on_tick(self) -> None:
        self.model.set_clock_offset(self.client.server_clock.offset)
        self.model.expire_timers()

    def _on_link(self, link: Link, error: str | None) -> None:
        before = self._status.link
        self._set_status(link=link, last_error=error)
        if link in (Link.LIVE, Link.POLLING) and before in (Link.OFFLINE, Link.CONNECTING):
            self.outbox.wake()  # the platform is back: send what waited

    def _set_status(
        self,
        *,
        link: Link | None = None,
        last_error: str | _Keep | None = _Keep.KEEP,
        failed: int | None = None,
        notice: str | None = None,
    ) -> None:
        """Change the fields given of the sync status (None or KEEP leaves one as it is) and
        tell the model; `since` follows `link`."""
        with self._status_lock:
            old = self._status
            self._status = dataclasses.replace(
                old,
                link=old.link if link is None else link,
                since=datetime.now(UTC) if link is not None and link != old.link else old.since,
                last_error=old.last_error if isinstance(last_error, _Keep) else last_error,
                failed=old.failed if failed is None else failed,
                notice=old.notice if notice is None else notice,
            )
            status = self._status
        self.model.set_sync(status=status)


_KEYWORD = re.compile(r"^#?[A-Za-z0-9_]{2,30}$")  # the contract's GiveawayCreate.keyword


def _minor(amount: Decimal | str | int, currency: str, message: str) -> int:
    """`amount` (major units) in minor units of `currency`; `UsageError` when not a number,
    saying `message` (an `N_()`-marked sentence with `{amount!r}`: one whole sentence per
    field, never a translated field name glued into another sentence)."""
    try:
        return to_minor(amount, currency)
    except (ValueError, ArithmeticError):
        raise UsageError(
            i18n._(message).format(amount=amount),
            i18n._("Give it like 34.30."),
        ) from None


def _first_error(exc: Exception) -> str:
    """The first validation message of `exc`, as a phrase ("duration_s: ...")."""
    if isinstance(exc, ValidationError):
        e = exc.errors()[0]
        loc = ".".join(str(x) for x in e.get("loc", ()))
        msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
        return f"{loc}: {msg}" if loc else msg
    return str(exc)


def _intent(payload: JsonObject) -> q.QueueIntent:
    op = payload["op"]
    pid = payload["product_id"]
    if op == "move":
        return q.Move(pid, payload.get("before"), payload.get("after"))
    if op == "add":
        return q.Add(pid, payload.get("before"), payload.get("after"))
    if op == "remove":
        return q.Remove(pid)
    raise ValueError(f"unknown queue op {op!r}")


def _queue_from_problem(exc: StaleVersion) -> QueueState | None:
    current = exc.current
    if current is None:
        return None
    try:
        return convert.queue(m.Queue.model_validate(current))
    except ValidationError:
        return None


def _pending(e: OutboxEntry) -> PendingChange:
    return PendingChange(
        id=e.id,
        kind=e.kind,
        description=e.description,
        created_at=datetime.fromtimestamp(e.created_at, UTC),
        attempts=e.attempts,
        last_error=e.last_error,
    )


_HANDLERS: dict[str, Callable[[PlatformSync, OutboxEntry], JsonObject]] = {
    "pin": PlatformSync._send_pin,
    "unpin": PlatformSync._send_unpin,
    "queue": PlatformSync._send_queue,
    "timer.start": PlatformSync._send_timer,
    "timer.cancel": PlatformSync._send_cancel_timer,
    "comment": PlatformSync._send_comment,
    "show.start": PlatformSync._send_show,
    "show.end": PlatformSync._send_show,
    "comment.pin": PlatformSync._send_comment_pin,
    "comment.unpin": PlatformSync._send_comment_pin,
    "comment.hide": PlatformSync._send_comment_hide,
    "comment.reply": PlatformSync._send_comment_reply,
    "viewer.restrict": PlatformSync._send_restrict,
    "restriction.lift": PlatformSync._send_lift,
    **engagement.HANDLERS,  # vouchers, polls, rundown
    "auction.start": PlatformSync._send_auction,
    "auction.cancel": PlatformSync._send_auction,
    "giveaway.open": PlatformSync._send_giveaway,
    "giveaway.close": PlatformSync._send_giveaway,
}
