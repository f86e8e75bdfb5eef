"""The sandbox's data layer: one store per aggregate over one SQLite database and event log.

`Store` wires them together; callers reach an aggregate by name (`store.orders.create(...)`,
`store.pins.set(...)`). Every write that changes what a client sees appends its event in the
same transaction (`base.Context.emit`), so a stream resumed after event N misses nothing and
repeats nothing. Errors are `ApiProblem`s carrying the message the user of the API will read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from studio.platform.models import RundownStepKind
from studio.sandbox.db import Database
from studio.sandbox.events import EventHub
from studio.sandbox.migrate import migrate
from studio.sandbox.stores.auctions import AuctionStore
from studio.sandbox.stores.base import Context, decode_cursor, encode_cursor, new_token, token_hash
from studio.sandbox.stores.catalog import CatalogStore
from studio.sandbox.stores.cohosts import CohostStore
from studio.sandbox.stores.comments import CommentStore
from studio.sandbox.stores.community import CommunityStore
from studio.sandbox.stores.events import EventLog
from studio.sandbox.stores.giveaways import GiveawayStore
from studio.sandbox.stores.idempotency import IdempotencyStore, StoredResult
from studio.sandbox.stores.ingest import IngestStore
from studio.sandbox.stores.materials import MaterialStore
from studio.sandbox.stores.meta import MetaStore
from studio.sandbox.stores.moderation import ModerationStore
from studio.sandbox.stores.orders import OrderStore
from studio.sandbox.stores.pins import PinStore
from studio.sandbox.stores.polls import PollStore
from studio.sandbox.stores.queue import QueueStore
from studio.sandbox.stores.reseller_program import ResellerProgramStore
from studio.sandbox.stores.resellers import ResellerStore
from studio.sandbox.stores.rundown import RundownStore
from studio.sandbox.stores.shows import ShowStore
from studio.sandbox.stores.supporters import SupporterStore
from studio.sandbox.stores.timers import TimerStore
from studio.sandbox.stores.tokens import Principal, TokenStore
from studio.sandbox.stores.viewers import ViewerStore
from studio.sandbox.stores.vouchers import VoucherStore

__all__ = [
    "Principal",
    "Store",
    "StoredResult",
    "decode_cursor",
    "encode_cursor",
    "new_token",
    "token_hash",
]


class Store:
    """Every aggregate's store, sharing `db`, `hub` (stream wake-ups) and `clock` (epoch s).

    Thread-safe as `Database` is: one serialised writer, a reader connection per thread.
    """

    def __init__(self, db: Database, hub: EventHub, clock: Callable[[], float] = time.time) -> None:
        self.ctx = Context(db, hub, clock)
        self.hub = hub
        self.clock = clock
        self.meta = MetaStore(self.ctx)
        self.tokens = TokenStore(self.ctx)
        self.timers = TimerStore(self.ctx)
        self.shows = ShowStore(self.ctx, self.timers)
        self.cohosts = CohostStore(self.ctx)
        self.products = CatalogStore(self.ctx)
        self.queue = QueueStore(self.ctx)
        self.pins = PinStore(self.ctx)
        self.supporters = SupporterStore(self.ctx)
        self.resellers = ResellerStore(self.ctx)
        # Reseller materials' files beside the database (`sandbox.db` -> `sandbox-materials/`).
        self.materials = MaterialStore(self.ctx, db.path.parent / f"{db.path.stem}-materials")
        self.reseller_program = ResellerProgramStore(self.ctx, self.resellers, self.materials)
        self.orders = OrderStore(self.ctx, self.supporters, self.resellers, self.timers)
        self.comments = CommentStore(self.ctx, self.supporters)
        self.moderation = ModerationStore(self.ctx)
        self.viewers = ViewerStore(self.ctx)
        self.ingest = IngestStore(self.ctx)
        self.events = EventLog(self.ctx)
        self.idempotency = IdempotencyStore(self.ctx)
        self.vouchers = VoucherStore(self.ctx)
        self.polls = PollStore(self.ctx)
        self.rundown = RundownStore(self.ctx, self.pins, self.timers, self.polls, self.vouchers)
        self.auctions = AuctionStore(self.ctx, self.orders)
        self.giveaways = GiveawayStore(self.ctx)
        self.comments.on_comment.append(self.giveaways.on_comment)
        self.orders.on_order.append(self.giveaways.on_order)
        self.shows.on_end += [self.auctions.end_for_show, self.giveaways.end_for_show]
        self.shows.on_end += [self.vouchers.end_for_show, self.polls.end_for_show]
        self.rundown.runners[RundownStepKind.AUCTION] = lambda sid, step, by: self.auctions.create(
            sid, step.auction
        )
        self.rundown.runners[RundownStepKind.GIVEAWAY] = lambda sid, step, by: (
            self.giveaways.create(sid, step.giveaway)
        )
        self.community = CommunityStore(self.ctx)
        self.orders.on_order.append(self.community.on_order)
        self.orders.perks = self.community.perks
        self.giveaways.weight_of = self.community.giveaway_weight
        self.comments.on_comment.append(self.community.on_comment)
        self.moderation.on_reply.append(self.community.on_reply)
        # Last: every table exists, so an older database can be brought up to date.
        self.migrated_steps = migrate(db)

    def now(self) -> datetime:
        """The platform clock as an aware UTC datetime."""
        return self.ctx.now()
