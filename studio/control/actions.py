"""What each remote-control request does: the same session and sync commands the window uses.

`Actions.run(request)` is called on the control server's action worker (one thread, requests
in arrival order) and returns the response's `data`, or raises `Refused` (a typed error with
message and hint). Nothing here blocks on the network: the platform commands queue in the
sync's outbox (sent exactly once), the broadcast commands are handed to the session's worker
(`go_live` answers once the worker accepted it; `state` events follow).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
from collections.abc import Callable
from typing import Any, Protocol

from studio.control.protocol import ErrorCode, Request
from studio.errors import StudioError
from studio.media.scenes import Transition, parse_transition
from studio.platform.outbox import JsonObject
from studio.platform.sync import PlatformSync
from studio.session.broadcast import BroadcastSession, Done
from studio.session.show_feed import ShowFeed
from studio.session.status import LiveState
from studio.show.state import ShowState

SWITCH_WAIT_S = 5.0  # a scene's sources show a picture within 3 s (engine/program.py)


class ControlledStudio(Protocol):
    """The part of `studio.app.Studio` a remote control drives (the window drives the same)."""

    @property
    def session(self) -> BroadcastSession: ...
    @property
    def sync(self) -> PlatformSync | None: ...
    @property
    def show_feed(self) -> ShowFeed: ...
    def go_live(self) -> Done: ...
    def end_show(self) -> Done: ...


class Refused(Exception):
    """A request the studio said no to: `code`, `message`, `hint` go into the reply."""

    def __init__(self, code: ErrorCode, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint


class Actions:
    """Runs requests against a studio (action worker thread; see the module docstring)."""

    def __init__(self, studio: ControlledStudio, clients: Callable[[], int]) -> None:
        self.studio = studio
        self._clients = clients
        self._table: dict[str, Callable[[JsonObject], JsonObject]] = {
            "get_status": lambda d: self.status(),
            "get_stats": lambda d: self.stats(),
            "go_live": self._go_live,
            "end_show": self._end_show,
            "set_recording": self._set_recording,
            "set_mute": self._set_mute,
            "reconnect_now": self._reconnect,
            "pin_next": lambda d: self._pin_next(),
            "pin_sku": lambda d: self._pin_sku(str(d["sku"])),
            "unpin": lambda d: self._change(self._sync().unpin()),
            "start_flash_sale": self._flash,
            "cancel_flash_sale": self._cancel_flash,
            "pin_comment": lambda d: self._change(self._sync().pin_comment(str(d["comment_id"]))),
            "unpin_comment": lambda d: self._change(self._sync().unpin_comment()),
            "scene_switch": self._scene_switch,
            "rundown_next": self._rundown_next,
            "poll_start": self._poll_start,
            "poll_close": lambda d: self._change(self._sync().close_poll()),
            "auction_start": self._auction_start,
            "auction_cancel": self._auction_cancel,
            "giveaway_open": self._giveaway_open,
            "giveaway_draw": lambda d: self._change(
                self._sync().draw_giveaway(cancel=d.get("cancel") is True)
            ),
        }

    def run(self, request: Request) -> JsonObject:
        """The response data of `request`. Raises `Refused`; the studio's own `StudioError`s
        (validation) become `Refused(REFUSED)` with their message and hint."""
        fn = self._table[request.type]
        try:
            return fn(request.data)
        except Refused:
            raise
        except StudioError as exc:
            raise Refused(ErrorCode.REFUSED, exc.message, exc.hint) from None

    # -- reading -----------------------------------------------------------------------------
    def status(self) -> JsonObject:
        """The broadcast, the show and its pin: what a deck's buttons show."""
        st = self.studio.session.status()
        out: JsonObject = {
            "state": st.state.value,
            "elapsed_s": round(st.elapsed_s, 3),
            "recording": st.recording,
            "record_armed": st.record_armed,
            "muted": bool(self.studio.session.audio.muted),
            "targets": list(st.targets),
            "canvases": list(st.canvases),  # '720p30', '720p30-vertical': what is encoded
            "error": _problem(st.error),
            "controls": self._clients(),
            "show": None,
            "scenes": None,
        }
        player = self.studio.session.player
        if player is not None:
            out["scenes"] = {
                "program": player.program,
                "preview": player.preview,
                "names": player.scenes.names,
            }
        sync = self.studio.sync
        if sync is not None:
            s = sync.model.state
            pinned = _sku(sync, s.pin.product_id)
            out["show"] = {
                "id": s.show.id if s.show else None,
                "title": s.show.title if s.show else None,
                "status": str(s.show.status) if s.show else None,
                "pinned": pinned,
                "queue": [q for pid in sync.model.planned_queue if (q := _sku(sync, pid))],
                "flash_sales": [
                    {"sku": _sku(sync, t.product_id), "ends_at": t.ends_at.isoformat()}
                    for t in s.timers
                ],
                "comment_on_air": s.comment_pin.comment.id if s.comment_pin.comment else None,
                "recent_comments": [
                    {"id": c.id, "author": c.author, "text": c.text[:80]}
                    for c in s.comments[-5:]
                    if not c.hidden
                ],
                "orders": s.sales.orders,
                "revenue_minor": s.sales.revenue_minor,
                "currency": s.sales.currency,
                "viewers": s.viewers.count,
                "pending_changes": len(s.pending),
                **_engagement(s),
            }
        return out

    def stats(self) -> JsonObject:
        st = self.studio.session.status()
        stats = st.stats
        return {
            "state": st.state.value,
            "stats": _jsonable(dataclasses.asdict(stats)) if stats is not None else None,
        }

    # -- the broadcast ----------------------------------------------------------------------
    def _confirm(self, d: JsonObject, what: str) -> None:
        if d.get("confirm") is not True:
            raise Refused(
                ErrorCode.CONFIRM_REQUIRED,
                f"{what} needs confirm: true.",
                "Send the request again with confirm set to true.",
            )

    def _go_live(self, d: JsonObject) -> JsonObject:
        self._confirm(d, "Going live")
        state = self.studio.session.state
        if state in (LiveState.LIVE, LiveState.STARTING):
            raise Refused(ErrorCode.REFUSED, "The show is already live.", "End it first.")
        self.studio.go_live()
        return {"state": LiveState.STARTING.value}

    def _end_show(self, d: JsonObject) -> JsonObject:
        self._confirm(d, "Ending the show")
        if self.studio.session.state is not LiveState.LIVE:
            raise Refused(
                ErrorCode.REFUSED,
                "The show is not live.",
                "Only a live show can be ended (wait for it to go live).",
            )
        self.studio.end_show()
        return {"state": LiveState.STOPPING.value}

    def _set_recording(self, d: JsonObject) -> JsonObject:
        on = bool(d["on"])
        self.studio.session.set_recording(on)
        return {"recording": on}

    def _set_mute(self, d: JsonObject) -> JsonObject:
        muted = bool(d["muted"])
        self.studio.session.audio.muted = muted
        return {"muted": muted}

    def _scene_switch(self, d: JsonObject) -> JsonObject:
        """Put a scene on air (issue 19): {scene, transition: cut|fade, ms} → the program's
        name once it is on air (the switch waits for its sources' first picture, ≤ 3 s)."""
        session = self.studio.session
        kind = d.get("transition")
        transition: Transition | None = None
        if kind is not None or d.get("ms") is not None:
            text = str(kind or "fade")
            if d.get("ms") is not None:
                text += f":{d['ms']}"
            transition = parse_transition(text)
        try:
            session.switch_scene(str(d["scene"]), transition).result(SWITCH_WAIT_S)
        except concurrent.futures.TimeoutError:
            raise Refused(
                ErrorCode.REFUSED,
                f"The scene {d['scene']!r} is still opening its sources.",
                "It goes on air as soon as they show a picture; ask get_status.",
            ) from None
        player = session.player
        return {"scene": player.program if player is not None else str(d["scene"])}

    def _reconnect(self, d: JsonObject) -> JsonObject:
        self.studio.session.reconnect_now()
        sync = self.studio.sync
        if sync is not None:
            sync.reconnect_now()
        return {}

    # -- the show ---------------------------------------------------------------------------
    def _sync(self) -> PlatformSync:
        sync = self.studio.sync
        if sync is None:
            raise Refused(
                ErrorCode.NO_SHOW,
                "No show is connected to the studio.",
                "Connect the studio to the platform (Show > Connect) first.",
            )
        return sync

    def _change(self, change_id: int) -> JsonObject:
        return {"change": change_id}

    def next_in_queue(self) -> str | None:
        """The SKU after the pinned one in the queue (the first if none is pinned), as the
        window's Pin next picks it (`studio.ui.show_vm.ShowViewModel.next_in_queue`)."""
        sync = self._sync()
        skus = [q for pid in sync.model.planned_queue if (q := _sku(sync, pid))]
        if not skus:
            return None
        pinned = _sku(sync, sync.model.state.pin.product_id)
        if pinned is None or pinned not in skus:
            return skus[0]
        i = skus.index(pinned)
        return skus[i + 1] if i + 1 < len(skus) else None

    def _pin_next(self) -> JsonObject:
        sku = self.next_in_queue()
        if sku is None:
            raise Refused(
                ErrorCode.REFUSED,
                "Nothing after the pinned product in the queue.",
                "Add products to the queue, or pin one by its SKU.",
            )
        return self._pin_sku(sku)

    def _pin_sku(self, sku: str) -> JsonObject:
        sync = self._sync()
        change = sync.pin(sku)
        p = sync.model.find(sku)
        return {"change": change, "sku": p.sku, "title": p.title}

    def _rundown_next(self, d: JsonObject) -> JsonObject:
        """The window's Next step: run (or skip) the rundown's next step on the platform."""
        sync = self._sync()
        step = sync.model.state.rundown.next_step
        change = sync.rundown_next(skip=bool(d.get("skip", False)))
        assert step is not None  # rundown_next raised UsageError otherwise
        return {"change": change, "step": {"id": step.id, "kind": step.kind}}

    def _poll_start(self, d: JsonObject) -> JsonObject:
        seconds = d.get("seconds")
        options = [str(o) for o in d["options"]]
        change = self._sync().start_poll(
            str(d["question"]), options, None if seconds is None else int(seconds)
        )
        return {"change": change}

    def _auction_start(self, d: JsonObject) -> JsonObject:
        """An auction of one unit of `sku` (default: the pinned product), the window's
        Start auction with the same validation (platform/sync.py start_auction)."""
        sku = self._sale_sku(d)
        increment = d.get("increment")
        reserve = d.get("reserve")
        change = self._sync().start_auction(
            sku,
            _decimal_text(d["starting_bid"]),
            int(d["seconds"]),
            increment=_decimal_text(increment) if increment is not None else 1,
            mode=str(d.get("mode", "standard")),
            reserve=_decimal_text(reserve) if reserve is not None else None,
        )
        return {"change": change, "sku": sku}

    def _auction_cancel(self, d: JsonObject) -> JsonObject:
        self._confirm(d, "Cancelling the auction")
        return self._change(self._sync().cancel_auction())

    def _giveaway_open(self, d: JsonObject) -> JsonObject:
        keyword = d.get("keyword")
        change = self._sync().open_giveaway(
            str(d["prize"]),
            int(d["seconds"]),
            keyword=str(keyword) if keyword is not None else None,
            purchase=d.get("purchase") is True,
        )
        return {"change": change}

    def _sale_sku(self, d: JsonObject) -> str:
        sku = d.get("sku")
        if isinstance(sku, str):
            return sku
        sync = self._sync()
        pinned = _sku(sync, sync.model.state.pin.product_id)
        if pinned is None:
            raise Refused(
                ErrorCode.REFUSED,
                "No product is pinned, and no SKU was given.",
                "Pin a product first, or give its sku.",
            )
        return pinned

    def _flash(self, d: JsonObject) -> JsonObject:
        sku = self._sale_sku(d)
        price = d["price"]
        change = self._sync().start_flash_sale(sku, _decimal_text(price), int(d["seconds"]))
        return {"change": change, "sku": sku}

    def _cancel_flash(self, d: JsonObject) -> JsonObject:
        sku = self._sale_sku(d)
        return {"change": self._sync().cancel_flash_sale(sku), "sku": sku}


def _decimal_text(value: object) -> str:
    """A money amount from JSON as decimal text: a string as given ("34.30", exact), a number
    as its shortest decimal text (34.3 -> "34.3"), never through a binary float's digits."""
    return value if isinstance(value, str) else repr(value)


def _sku(sync: PlatformSync, product_id: str | None) -> str | None:
    if product_id is None:
        return None
    try:
        return sync.model.find(product_id).sku
    except StudioError:
        return None


def _problem(exc: StudioError | None) -> dict[str, str] | None:
    return None if exc is None else {"message": exc.message, "hint": exc.hint}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return round(value, 3) if value == value and abs(value) != float("inf") else None
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def _engagement(s: ShowState) -> JsonObject:
    """The rundown's position and next step, and the latest poll, for `get_status`."""
    done, total = s.rundown.position
    nxt = s.rundown.next_step
    poll = s.poll
    return {
        "rundown": {
            "done": done,
            "steps": total,
            "next": None if nxt is None else {"id": nxt.id, "kind": nxt.kind},
        },
        "auction": _auction(s),
        "giveaway": _giveaway(s),
        "poll": None
        if poll is None
        else {
            "question": poll.question,
            "open": poll.open,
            "options": list(poll.options),
            "percents": list(poll.percentages),
            "votes": poll.total,
        },
    }


def _auction(s: ShowState) -> JsonObject | None:
    """The latest auction for `get_status`: status, bids and the time it ends (server time)."""
    a = s.auction
    if a is None:
        return None
    return {
        "id": a.id,
        "status": str(a.status),
        "bids": a.bid_count,
        "current_bid_minor": a.current_bid_minor,
        "leading_bidder": a.leading_bidder,
        "ends_at": a.ends_at.isoformat(),
        "winner": a.winner_name,
    }


def _giveaway(s: ShowState) -> JsonObject | None:
    """The latest giveaway for `get_status`: status, entries, when it draws and its winner."""
    g = s.giveaway
    if g is None:
        return None
    return {
        "id": g.id,
        "status": str(g.status),
        "prize": g.prize,
        "entries": g.entry_count,
        "closes_at": g.closes_at.isoformat(),
        "winner": g.winner_name,
    }
