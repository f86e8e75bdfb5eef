"""The platform contract's data: one set of pydantic models shared by the client and the sandbox.

The sandbox's FastAPI app is built from these models and `openapi.yaml` is generated from that
app, so the documented contract, the reference server and the client can never disagree.
Money is integer minor units (cents) plus an ISO 4217 currency: no float rounding anywhere.
Times are timezone-aware UTC; timers carry an absolute `ends_at` so clients never drift.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from itertools import pairwise
from typing import Annotated, Any, Generic, Literal, TypeVar, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    TypeAdapter,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

API_VERSION = "v1"

T = TypeVar("T")

_ID = Field(min_length=1, max_length=64, description="Opaque identifier.")


class _Model(BaseModel):
    # Unknown fields from a newer server are ignored by clients; requests are strict.
    model_config = ConfigDict(extra="ignore")


class _Request(BaseModel):
    # Taken as sent (no silent trimming): what the schema allows is what the server accepts.
    model_config = ConfigDict(extra="forbid")


# Human text must hold something besides ASCII whitespace. An explicit class, because `\s`
# differs between the regex engines of the server, JSON Schema and fuzzers.
NOT_BLANK = r"[^ \t\n\r\f\v]"
ProductRef = Annotated[str, Field(min_length=1, max_length=64)]

# A viewer's account on the platform (issue 21 follow-up, contract 1.7.0): stable and opaque,
# while the display name beside it can change and need not be unique. docs/COMMUNITY.md.
VIEWER_ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"
ViewerId = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=VIEWER_ID_PATTERN,
        description="The viewer's account: stable and opaque (the display name can change).",
    ),
]


class Role(StrEnum):
    """What a bearer token may do: the host owns the show, co-hosts run it, moderators are
    co-hosts who also moderate the chat (pin, hide, mute, block), viewers watch and buy."""

    HOST = "host"
    COHOST = "cohost"
    MODERATOR = "moderator"
    VIEWER = "viewer"


class ShowStatus(StrEnum):
    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"


class Theme(_Model):
    """A themed show: its look, and the loyalty multiplier supporters earn during it."""

    id: str
    name: str
    tagline: str = ""
    accent_color: str = Field(pattern=r"^#[0-9A-Fa-f]{6}$")
    background_color: str = Field(pattern=r"^#[0-9A-Fa-f]{6}$")
    loyalty_multiplier: int = Field(ge=1, le=10)


class Show(_Model):
    id: str
    title: str
    host_name: str
    theme: Theme | None = None
    scheduled_start: datetime
    status: ShowStatus
    started_at: datetime | None = None
    ended_at: datetime | None = None
    ingest_url: str = Field(description="RTMP(S) application URL; the stream key is appended.")
    stream_key_hint: str | None = Field(
        default=None, description="Last characters of the current stream key, masked."
    )
    currency: str = Field(pattern=r"^[A-Z]{3}$")


class StreamKey(_Model):
    """Returned exactly once, when a key is issued or rotated; the platform keeps only a hash."""

    show_id: str
    ingest_url: str
    stream_key: str
    issued_at: datetime


class Me(_Model):
    name: str
    role: Role
    show_id: str | None = Field(
        default=None, description="The show a co-host or viewer token is bound to."
    )
    viewer_id: str | None = Field(default=None, description="A viewer token's account.")


class ViewerSignIn(_Request):
    """A viewer joining a show under a display name (the sandbox's public viewer sign-in)."""

    display_name: str = Field(
        min_length=1,
        max_length=40,
        pattern=NOT_BLANK,
        description="Shown beside the viewer's comments and orders.",
    )
    viewer_id: ViewerId | None = Field(
        default=None,
        description=(
            "The account signing in. A real platform takes it from its own login; the sandbox"
            " trusts what is sent and makes a new account when it is absent."
        ),
    )


class ViewerSession(_Model):
    """A viewer token for one show, returned once by the viewer sign-in."""

    token: str = Field(description="Send as `Authorization: Bearer <token>`.")
    name: str
    role: Role = Field(description="Always `viewer`.")
    show_id: str
    viewer_id: str = Field(description="The viewer's account (stable across names and shows).")


class Product(_Model):
    id: str
    sku: str
    title: str
    description: str = ""
    price_minor: int = Field(ge=0, description="Regular price in minor units (cents).")
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    flash_price_minor: int | None = Field(
        default=None, ge=0, description="Set while a flash-sale timer runs on this product."
    )
    stock: int = Field(ge=0)
    image_url: str
    product_url: str


class ProductUpdate(_Request):
    title: str | None = Field(default=None, min_length=1, max_length=120, pattern=NOT_BLANK)
    price_minor: int | None = Field(default=None, ge=0, le=100_000_000)
    stock: int | None = Field(default=None, ge=0, le=1_000_000)


class Queue(_Model):
    """The running order of products; `version` goes up by one on every change (the ETag)."""

    show_id: str
    product_ids: list[str]
    version: int = Field(ge=0)


class QueueUpdate(_Request):
    product_ids: list[ProductRef] = Field(max_length=200, json_schema_extra={"uniqueItems": True})

    @field_validator("product_ids")
    @classmethod
    def _unique(cls, ids: list[str]) -> list[str]:
        seen: set[str] = set()
        dupes: set[str] = set()
        for i in ids:
            (dupes if i in seen else seen).add(i)
        if dupes:
            raise ValueError(f"each product may appear once; repeated: {', '.join(sorted(dupes))}")
        return ids


class Pin(_Model):
    show_id: str
    product_id: str | None = None
    pinned_at: datetime | None = None
    pinned_by: str | None = None
    version: int = Field(ge=0)


class PinUpdate(_Request):
    product_id: str = Field(min_length=1, max_length=64)


class TimerStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    CANCELLED = "cancelled"


class Timer(_Model):
    """A flash sale on one product until an absolute `ends_at` (UTC)."""

    id: str
    show_id: str
    product_id: str
    flash_price_minor: int = Field(ge=0)
    starts_at: datetime
    ends_at: datetime
    status: TimerStatus


class TimerCreate(_Request):
    """Give exactly one of `duration_s` or `ends_at` (1 s to 1 h from now; naive means UTC)."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": ["duration_s"], "properties": {"duration_s": {"type": "integer"}}},
                {"required": ["ends_at"], "properties": {"ends_at": {"type": "string"}}},
            ]
        }
    )

    product_id: str = Field(min_length=1, max_length=64)
    flash_price_minor: int = Field(ge=1, le=100_000_000)  # free is not a flash sale
    duration_s: int | None = Field(default=None, ge=5, le=3600)
    ends_at: datetime | None = None

    @model_validator(mode="after")
    def _one_end(self) -> TimerCreate:
        if (self.duration_s is None) == (self.ends_at is None):
            raise ValueError("give exactly one of duration_s or ends_at")
        return self


class Order(_Model):
    """A purchase. `seq` is per show, starts at 1 and has no gaps: the client's cursor."""

    id: str
    seq: int = Field(ge=1)
    show_id: str
    product_id: str
    quantity: int = Field(ge=1)
    unit_price_minor: int = Field(ge=0)
    amount_minor: int = Field(ge=0)
    currency: str
    flash: bool = Field(description="Bought at a flash-sale price.")
    buyer_name: str = Field(description="The buyer's display name when they ordered.")
    viewer_id: str = Field(description="The buyer's account: what the community keys on.")
    referral_code: str | None = None
    points_earned: int = Field(ge=0)
    stock_remaining: int = Field(ge=0)
    created_at: datetime
    voucher_id: str | None = Field(default=None, description="The voucher that was redeemed.")
    discount_minor: int = Field(
        default=0, ge=0, description="Taken off by the voucher; `amount_minor` is after it."
    )
    auction_id: str | None = Field(default=None, description="Won in this auction.")
    member_discount_minor: int = Field(
        default=0, ge=0, description="The member price: taken off for the buyer's tier."
    )


class OrderCreate(_Request):
    product_id: str = Field(min_length=1, max_length=64)
    quantity: int = Field(ge=1, le=10)
    buyer_name: str = Field(min_length=1, max_length=40, pattern=NOT_BLANK)
    viewer_id: ViewerId | None = Field(
        default=None,
        description=(
            "The buyer's account. A viewer's token decides it (another one here: 403); a host"
            " ordering for someone names it, else the account derived from `buyer_name`"
            " (docs/COMMUNITY.md, for clients before 1.7.0)."
        ),
    )
    referral_code: str | None = Field(default=None, min_length=3, max_length=20)
    voucher_claim_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="A claim of an active voucher (from `claim_voucher`), redeemed once.",
    )


class CommentKind(StrEnum):
    COMMENT = "comment"
    QUESTION = "question"


class Comment(_Model):
    id: str
    show_id: str
    author: str = Field(description="The author's display name when they wrote it.")
    viewer_id: str | None = Field(
        default=None, description="A viewer's account; null for the show's own team."
    )
    role: Role
    kind: CommentKind
    text: str
    created_at: datetime
    hidden: bool = Field(
        default=False, description="Hidden by a moderator: viewers no longer see it."
    )
    reply_to: str | None = Field(default=None, description="The comment this one answers.")


class CommentCreate(_Request):
    text: str = Field(min_length=1, max_length=500, pattern=NOT_BLANK)
    kind: CommentKind = CommentKind.COMMENT
    author: str | None = Field(
        default=None,
        min_length=1,
        max_length=40,
        pattern=NOT_BLANK,
        description="Defaults to the token's name.",
    )


class Supporter(_Model):
    """A viewer who bought or engaged; loyalty points are earned per show theme multiplier."""

    id: str
    display_name: str = Field(description="The latest display name seen.")
    viewer_id: str = Field(description="The supporter's account (one supporter per account).")
    points: int = Field(ge=0)
    orders_count: int = Field(ge=0)
    spent_minor: int = Field(ge=0)
    first_seen_at: datetime


class Reseller(_Model):
    """Someone who shares the show with their own audience; their orders carry `code`."""

    code: str
    name: str
    viewer_id: str = Field(
        description=(
            "The reseller's own account, so their own orders are told apart by account, not"
            " name (derived from `name` when they joined without one, docs/COMMUNITY.md)."
        )
    )
    share_url: str
    orders_count: int = Field(ge=0)
    revenue_minor: int = Field(ge=0)
    visits: int = Field(default=0, ge=0, description="Visits of the referral link (issue 21).")


class ResellerCreate(_Request):
    name: str = Field(min_length=1, max_length=60, pattern=NOT_BLANK)
    code: str | None = Field(default=None, pattern=r"^[A-Z0-9-]{3,20}$")
    viewer_id: ViewerId | None = Field(
        default=None, description="The reseller's own account, if they have one."
    )


class Viewers(_Model):
    show_id: str
    count: int = Field(ge=0)
    peak: int = Field(ge=0)
    updated_at: datetime


class IngestState(StrEnum):
    OFFLINE = "offline"
    RECEIVING = "receiving"
    DEGRADED = "degraded"


class IngestReport(_Request):
    """What the ingest side saw over the last few seconds."""

    video_arriving: bool
    audio_arriving: bool = False
    bitrate_kbps: float = Field(ge=0, le=1_000_000)
    fps: float = Field(ge=0, le=1000)
    width: int | None = Field(default=None, ge=1, le=16384)
    height: int | None = Field(default=None, ge=1, le=16384)
    source: str = Field(default="ingest", min_length=1, max_length=40, pattern=NOT_BLANK)


class IngestHealth(_Model):
    show_id: str
    state: IngestState
    video_arriving: bool
    audio_arriving: bool
    bitrate_kbps: float
    fps: float
    width: int | None = None
    height: int | None = None
    source: str | None = None
    reported_at: datetime | None = None


class Cohost(_Model):
    id: str
    show_id: str
    name: str
    role: Role
    created_at: datetime


class CohostCreate(_Request):
    name: str = Field(min_length=1, max_length=40, pattern=NOT_BLANK)
    role: Literal[Role.COHOST, Role.MODERATOR] = Field(
        default=Role.COHOST,
        description="`cohost` runs the show; `moderator` also moderates the chat.",
    )


class CohostCreated(_Model):
    """The co-host's bearer token is shown once, here, alone and inside `invite_url`."""

    cohost: Cohost
    token: str
    invite_url: str = Field(
        description="The invite link to send: the API URL with `?invite=<token>`; shown once."
    )


# -- comment moderation --------------------------------------------------------------------


class CommentReplyCreate(_Request):
    text: str = Field(min_length=1, max_length=500, pattern=NOT_BLANK)


class CommentPin(_Model):
    """The comment shown on screen (at most one per show), versioned like the product pin.

    Hiding the pinned comment, or blocking its author, unpins it.
    """

    show_id: str
    comment: Comment | None = None
    pinned_by: str | None = None
    pinned_at: datetime | None = None
    version: int = Field(ge=0)


class CommentPinUpdate(_Request):
    comment_id: str = Field(min_length=1, max_length=64, pattern=NOT_BLANK)


class RestrictionKind(StrEnum):
    MUTE = "mute"
    BLOCK = "block"


class Restriction(_Model):
    """A viewer kept out of the chat: muted until `until`, or blocked for the rest of the show.

    A muted or blocked viewer's new comments are refused (403 `muted`/`blocked`); a block also
    hides every comment they made in the show. The viewer is named as on their comments.
    """

    id: str
    show_id: str
    viewer: str = Field(description="The viewer's display name, as on their comments.")
    viewer_id: str | None = Field(
        default=None, description="The viewer's account: what the restriction applies to."
    )
    kind: RestrictionKind
    until: datetime | None = Field(default=None, description="When a mute ends; null: a block.")
    active: bool = Field(description="False once lifted, or for a mute once `until` passed.")
    comment_id: str | None = Field(default=None, description="The comment it was made from.")
    created_by: str
    created_at: datetime


class RestrictionCreate(_Request):
    """Mute or block the author of `comment_id` (so a client needs no viewer ids); only a
    mute takes `duration_s`."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"properties": {"kind": {"const": "mute"}}},
                {"properties": {"kind": {"const": "block"}, "duration_s": {"type": "null"}}},
            ]
        }
    )

    comment_id: str = Field(min_length=1, max_length=64)
    kind: RestrictionKind
    duration_s: int | None = Field(
        default=None, ge=10, le=86_400, description="Mutes only (default 600 s)."
    )

    @model_validator(mode="after")
    def _mute_only(self) -> RestrictionCreate:
        if self.kind == RestrictionKind.BLOCK and self.duration_s is not None:
            raise ValueError("a block lasts the whole show: give duration_s for mutes only")
        return self


# -- vouchers, polls and the rundown (issue 20) ----------------------------------------------


class VoucherKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


class VoucherStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    ENDED = "ended"  # ended early by the host, or by the show's end


class Voucher(_Model):
    """A discount viewers claim while it runs: `percent_off` or `amount_off_minor` off one order.

    At most `claim_limit` claims, ever (the platform counts them in the same transaction that
    grants one); each claim is redeemed by one order at most. `on_screen`: shown on air (one
    voucher per show at a time).
    """

    id: str
    show_id: str
    code: str
    kind: VoucherKind
    percent_off: int | None = Field(default=None, ge=1, le=90)
    amount_off_minor: int | None = Field(default=None, ge=1)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    claim_limit: int = Field(ge=1)
    claims: int = Field(ge=0, description="Claims granted so far; never above `claim_limit`.")
    redeemed: int = Field(ge=0, description="Orders that used a claim.")
    expires_at: datetime
    status: VoucherStatus
    on_screen: bool
    created_at: datetime


class VoucherCreate(_Request):
    """Percent (1-90) or an amount (minor units of the show's currency) off; runs `duration_s`."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "properties": {"kind": {"const": "percent"}},
                    "required": ["percent_off"],
                },
                {
                    "properties": {"kind": {"const": "amount"}},
                    "required": ["amount_off_minor"],
                },
            ]
        }
    )

    code: str = Field(pattern=r"^[A-Z0-9-]{3,20}$", description="What viewers see and type.")
    kind: VoucherKind
    percent_off: int | None = Field(default=None, ge=1, le=90)
    amount_off_minor: int | None = Field(default=None, ge=1, le=100_000_000)
    claim_limit: int = Field(ge=1, le=100_000)
    duration_s: int = Field(ge=10, le=86_400)
    on_screen: bool = True

    @model_validator(mode="after")
    def _one_value(self) -> VoucherCreate:
        if self.kind == VoucherKind.PERCENT and (
            self.percent_off is None or self.amount_off_minor is not None
        ):
            raise ValueError("a percent voucher takes percent_off only")
        if self.kind == VoucherKind.AMOUNT and (
            self.amount_off_minor is None or self.percent_off is not None
        ):
            raise ValueError("an amount voucher takes amount_off_minor only")
        return self


class VoucherClaim(_Model):
    """One viewer's claim of a voucher: give `id` as an order's `voucher_claim_id`."""

    id: str
    voucher_id: str
    show_id: str
    claimant: str = Field(description="The viewer's display name.")
    viewer_id: str | None = Field(
        default=None, description="The viewer's account (one claim each)."
    )
    claimed_at: datetime
    redeemed_order_id: str | None = None


class PollStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class PollOption(_Model):
    index: int = Field(ge=0, le=3)
    text: str
    votes: int = Field(ge=0)


class Poll(_Model):
    """A question with 2-4 options; one vote per viewer; `closed` is the result state."""

    id: str
    show_id: str
    question: str
    options: list[PollOption] = Field(min_length=2, max_length=4)
    total_votes: int = Field(ge=0)
    status: PollStatus
    opened_at: datetime
    closes_at: datetime | None = Field(default=None, description="null: open until closed.")
    closed_at: datetime | None = None


class PollCreate(_Request):
    """Opens at once; one open poll per show."""

    question: str = Field(min_length=1, max_length=120, pattern=NOT_BLANK)
    options: list[Annotated[str, Field(min_length=1, max_length=40, pattern=NOT_BLANK)]] = Field(
        min_length=2, max_length=4, json_schema_extra={"uniqueItems": True}
    )
    duration_s: int | None = Field(default=None, ge=10, le=3600)


class PollVote(_Request):
    option: int = Field(ge=0, le=3, description="The option's `index`.")


# -- auctions (issue 20) -------------------------------------------------------------------


class AuctionMode(StrEnum):
    """`standard`: a bid in the last `extend_window_s` seconds extends the end (capped);
    `sudden_death`: the end never moves."""

    STANDARD = "standard"
    SUDDEN_DEATH = "sudden_death"


class AuctionStatus(StrEnum):
    ACTIVE = "active"
    SOLD = "sold"
    NOT_SOLD = "not_sold"
    CANCELLED = "cancelled"


class AuctionCreate(_Request):
    """Start an auction on one product (one unit is held for it until it ends).

    The first bid must reach `starting_bid_minor`; each later one the current bid plus the
    larger of `increment_minor` and `increment_percent` % of it (rounded up). Standard mode: a
    bid with fewer than `extend_window_s` seconds left moves the end to `extend_window_s`
    seconds after it, never past the scheduled end plus `max_extension_s`. A `reserve_minor`
    not reached by the highest bid ends the auction `not_sold` (no order); the reserve itself
    is never published, only whether it is met.
    """

    product_id: str = Field(min_length=1, max_length=64)
    starting_bid_minor: int = Field(ge=1, le=100_000_000)
    increment_minor: int = Field(default=100, ge=1, le=10_000_000)
    increment_percent: int = Field(default=0, ge=0, le=50)
    duration_s: int = Field(ge=10, le=300)
    mode: AuctionMode = AuctionMode.STANDARD
    extend_window_s: int = Field(default=10, ge=1, le=60)
    max_extension_s: int = Field(default=120, ge=0, le=600)
    reserve_minor: int | None = Field(default=None, ge=1, le=100_000_000)


class Auction(_Model):
    """An auction: the platform's clock decides its end (`ends_at`, moved by late bids in
    standard mode) and the platform alone accepts bids and picks the winner."""

    id: str
    show_id: str
    product_id: str
    currency: str
    mode: AuctionMode
    status: AuctionStatus
    starting_bid_minor: int = Field(ge=1)
    increment_minor: int = Field(ge=1)
    increment_percent: int = Field(ge=0)
    extend_window_s: int = Field(ge=1)
    max_extension_s: int = Field(ge=0)
    has_reserve: bool
    reserve_met: bool = Field(description="False while a reserve is set and not reached.")
    starts_at: datetime
    scheduled_ends_at: datetime = Field(description="The end before any extension.")
    ends_at: datetime = Field(description="The end now (absolute, server time).")
    bid_count: int = Field(ge=0)
    current_bid_minor: int | None = Field(default=None, ge=1)
    leading_bidder: str | None = Field(default=None, description="Display name.")
    leading_viewer_id: str | None = Field(default=None, description="The leader's account.")
    next_min_bid_minor: int = Field(ge=1, description="The lowest bid accepted next.")
    ended_at: datetime | None = None
    winner_name: str | None = None
    winner_viewer_id: str | None = Field(default=None, description="The winner's account.")
    order_id: str | None = Field(default=None, description="The winner's order (sold).")
    reserve_minor: int | None = Field(
        default=None,
        ge=1,
        description=(
            "The reserve the host set, in answers to the show's host and co-hosts only; "
            "never to moderators or viewers, never in the event stream (null there)."
        ),
    )


class BidCreate(_Request):
    amount_minor: int = Field(ge=1, le=100_000_000, description="In minor units.")


class Bid(_Model):
    """An accepted bid. `seq` numbers the auction's bids 1, 2, ... with no gap."""

    id: str
    auction_id: str
    show_id: str
    seq: int = Field(ge=1)
    bidder_name: str
    viewer_id: str | None = Field(default=None, description="The bidder's account.")
    amount_minor: int = Field(ge=1)
    placed_at: datetime
    ends_at: datetime = Field(description="The auction's end after this bid.")
    extended: bool = Field(description="This bid moved the end.")
    next_min_bid_minor: int = Field(ge=1)
    reserve_met: bool = Field(default=True, description="The auction's reserve, after it.")


class BidPage(_Model):
    items: list[Bid]
    last_seq: int = Field(ge=0, description="Pass as `after_seq` for the next page.")
    has_more: bool


# -- giveaways (issue 20) ------------------------------------------------------------------


class GiveawayEntryMode(StrEnum):
    """How viewers enter: by commenting the keyword, by buying during the show, or either."""

    KEYWORD = "keyword"
    PURCHASE = "purchase"
    BOTH = "both"


class GiveawayStatus(StrEnum):
    OPEN = "open"
    DRAWN = "drawn"
    CANCELLED = "cancelled"


class GiveawayCreate(_Request):
    """Open a giveaway, drawn by the platform `duration_s` seconds later (or earlier on
    request). `keyword` is required for `keyword` and `both` entry."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["entry"],
                    "properties": {"entry": {"const": "purchase"}, "keyword": {"type": "null"}},
                },
                {
                    "required": ["keyword"],
                    "properties": {
                        "entry": {"enum": ["keyword", "both"]},
                        "keyword": {"type": "string"},
                    },
                },
            ]
        }
    )

    prize: str = Field(min_length=1, max_length=80, pattern=NOT_BLANK)
    entry: GiveawayEntryMode = GiveawayEntryMode.KEYWORD
    keyword: str | None = Field(
        default=None,
        pattern=r"^#?[A-Za-z0-9_]{2,30}$",
        description="Commented as a whole word, any case (`#win`).",
    )
    duration_s: int = Field(ge=10, le=3600)

    @model_validator(mode="after")
    def _keyword_when_needed(self) -> GiveawayCreate:
        if self.entry != GiveawayEntryMode.PURCHASE and self.keyword is None:
            raise ValueError("a keyword giveaway needs a keyword")
        if self.entry == GiveawayEntryMode.PURCHASE and self.keyword is not None:
            raise ValueError("a purchase-only giveaway takes no keyword")
        return self


class Giveaway(_Model):
    """A giveaway with a checkable draw (commit-reveal): `seed_sha256` is published when it
    opens, `seed` when it is drawn (or cancelled). The winner is recomputed from the seed and
    the entry list as docs/GIVEAWAYS.md describes."""

    id: str
    show_id: str
    prize: str
    entry: GiveawayEntryMode
    keyword: str | None = None
    status: GiveawayStatus
    opens_at: datetime
    closes_at: datetime = Field(description="When the platform draws (server time).")
    entry_count: int = Field(ge=0)
    seed_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    seed: str | None = Field(default=None, description="Revealed at the draw.")
    winner_name: str | None = None
    winner_viewer_id: str | None = Field(default=None, description="The winner's account.")
    drawn_at: datetime | None = None


class GiveawayEntryVia(StrEnum):
    KEYWORD = "keyword"
    PURCHASE = "purchase"


class GiveawayEntry(_Model):
    """One viewer's entry (one per account); `number` counts entries 1, 2, ..."""

    giveaway_id: str
    show_id: str
    number: int = Field(ge=1)
    entrant: str = Field(description="The viewer's display name.")
    viewer_id: str | None = Field(default=None, description="The viewer's account.")
    via: GiveawayEntryVia
    entered_at: datetime
    weight: int = Field(
        default=1,
        ge=1,
        description="Tickets this entry holds in the draw: the entrant's community tier"
        " `giveaway_weight` when the entry was taken (1 without a tier); docs/GIVEAWAYS.md.",
    )


class GiveawayEntryPage(_Model):
    items: list[GiveawayEntry]
    last_number: int = Field(ge=0, description="Pass as `after` for the next page.")
    has_more: bool


# -- the rundown (issue 20): after every kind of step it can hold -------------------------


class RundownStepKind(StrEnum):
    """What a rundown step does when the show reaches it (more kinds are more data)."""

    PIN = "pin"
    FLASH_SALE = "flash_sale"
    POLL = "poll"
    VOUCHER = "voucher"
    AUCTION = "auction"
    GIVEAWAY = "giveaway"


class _StepBase(_Model):
    id: str = Field(default="", max_length=64, description="Given by the platform when empty.")
    note: str = Field(default="", max_length=200, description="For the hosts only.")
    done_at: datetime | None = Field(default=None, description="Set by the platform when run.")


class PinStep(_StepBase):
    kind: Literal[RundownStepKind.PIN]
    product_id: str = Field(min_length=1, max_length=64)


class FlashSaleStep(_StepBase):
    kind: Literal[RundownStepKind.FLASH_SALE]
    product_id: str = Field(min_length=1, max_length=64)
    flash_price_minor: int = Field(ge=1, le=100_000_000)
    duration_s: int = Field(ge=5, le=3600)


class PollStep(_StepBase):
    kind: Literal[RundownStepKind.POLL]
    poll: PollCreate


class VoucherStep(_StepBase):
    kind: Literal[RundownStepKind.VOUCHER]
    voucher: VoucherCreate


class AuctionStep(_StepBase):
    kind: Literal[RundownStepKind.AUCTION]
    auction: AuctionCreate


class GiveawayStep(_StepBase):
    kind: Literal[RundownStepKind.GIVEAWAY]
    giveaway: GiveawayCreate


RundownStep = Annotated[
    PinStep | FlashSaleStep | PollStep | VoucherStep | AuctionStep | GiveawayStep,
    Field(discriminator="kind"),
]
"""One prepared step; the platform runs it (`advance_rundown`) as the matching operation."""


class Rundown(_Model):
    """The show's prepared sequence, shared by host and co-hosts; `version` is the ETag.

    The next step is the first without `done_at`.
    """

    show_id: str
    steps: list[RundownStep]
    version: int = Field(ge=0)
    updated_by: str | None = None
    updated_at: datetime | None = None


class RundownUpdate(_Request):
    """The whole sequence; steps keep `done_at` by `id` (ids the platform does not know are
    new steps)."""

    steps: list[RundownStep] = Field(max_length=100)


class RundownAdvance(_Request):
    """Run the next step. `step_id`: the step the caller saw as next (409 `rundown-moved`
    when another host stepped first); `skip`: mark it done without running it."""

    step_id: str | None = Field(default=None, min_length=1, max_length=64)
    skip: bool = False


# -- community: loyalty across shows, resellers (issue 21) ---------------------------------

NO_CASH_VALUE = "Points are not transferable and have no cash value."


class PointsKind(StrEnum):
    """What earned a ledger entry (docs/COMMUNITY.md gives each rule)."""

    PURCHASE = "purchase"
    ANSWERED_QUESTION = "answered_question"
    REFERRAL = "referral"
    ATTENDANCE = "attendance"


class EntryStatus(StrEnum):
    """`pending`: an order's points inside its return window (count toward the tier, can be
    reversed); `vested`: final; `reversed`: the order was refunded or cancelled in its window;
    `withheld`: earned nothing by a rule (self-referral, a burst of tiny orders)."""

    PENDING = "pending"
    VESTED = "vested"
    REVERSED = "reversed"
    WITHHELD = "withheld"


class LedgerEntry(_Model):
    """One change of a member's points, traceable to its cause (an order, a comment, a show)."""

    id: str
    member: str = Field(description="The member's display name (the latest seen).")
    viewer_id: str = Field(description="The member's account.")
    kind: PointsKind
    points: int = Field(
        ge=0, description="What the entry is worth; counted unless reversed or withheld."
    )
    status: EntryStatus
    reason: str = Field(default="", description="Why an entry was withheld or reversed.")
    show_id: str
    order_id: str | None = None
    comment_id: str | None = None
    created_at: datetime
    vests_at: datetime | None = Field(default=None, description="When pending points vest.")
    settled_at: datetime | None = Field(default=None, description="When it vested or reversed.")


class TierRule(_Request):
    """A tier a creator sets: reached at `threshold` points, with the perks the platform applies."""

    model_config = ConfigDict(extra="forbid", strict=True)  # true is not 1

    name: str = Field(min_length=1, max_length=30, pattern=NOT_BLANK)
    threshold: int = Field(ge=1, le=10_000_000)
    member_price_percent: int = Field(
        default=0, ge=0, le=50, description="Taken off every order of a member of this tier."
    )
    early_access_s: int = Field(
        default=0, ge=0, le=86_400, description="How long before a drop opens they may buy."
    )
    giveaway_weight: int = Field(
        default=1, ge=1, le=10, description="Entries a member of this tier has in a giveaway draw."
    )


def _default_tiers() -> list[TierRule]:
    return [
        TierRule(name="Regular", threshold=100),
        TierRule(
            name="Insider",
            threshold=500,
            member_price_percent=5,
            early_access_s=600,
            giveaway_weight=2,
        ),
        TierRule(
            name="Founding member",
            threshold=2000,
            member_price_percent=10,
            early_access_s=1800,
            giveaway_weight=3,
        ),
    ]


class CommunityRules(_Request):
    """The creator's loyalty rules (docs/COMMUNITY.md). Tiers rise strictly by threshold."""

    model_config = ConfigDict(extra="forbid", strict=True)  # true is not 1

    tiers: list[TierRule] = Field(default_factory=_default_tiers, min_length=1, max_length=5)
    return_window_s: int = Field(
        default=14 * 86_400,
        ge=0,
        le=90 * 86_400,
        description="An order's points vest this long after it; refunds before reverse them.",
    )
    points_per_unit: int = Field(
        default=1, ge=0, le=100, description="Per whole currency unit paid (e.g. per euro)."
    )
    order_bonus: int = Field(default=10, ge=0, le=1000, description="Per order not tiny.")
    tiny_order_minor: int = Field(
        default=1000, ge=0, le=100_000_000, description="Orders below this amount are tiny."
    )
    burst_window_s: int = Field(
        default=600,
        ge=0,
        le=86_400,
        description="A tiny order this soon after the member's last tiny order earns nothing.",
    )
    referral_points: int = Field(default=25, ge=0, le=10_000)
    answer_points: int = Field(default=20, ge=0, le=10_000)
    attendance_points: int = Field(default=5, ge=0, le=10_000)
    streak_cap: int = Field(
        default=5, ge=1, le=100, description="Attendance counts shows up to this."
    )

    @field_validator("tiers")
    @classmethod
    def _rising(cls, tiers: list[TierRule]) -> list[TierRule]:
        for lower, upper in pairwise(tiers):
            if upper.threshold <= lower.threshold:
                raise ValueError(
                    f"tier {upper.name!r} needs a threshold above {lower.name!r}'s "
                    f"({lower.threshold})"
                )
        names = [t.name.casefold() for t in tiers]
        if len(set(names)) != len(names):
            raise ValueError("tier names must differ")
        return tiers


class PointsByKind(_Model):
    """Standing points (pending and vested) by what earned them."""

    purchase: int = 0
    answered_question: int = 0
    referral: int = 0
    attendance: int = 0


class Member(_Model):
    """A member of the creator's community across all their shows.

    `standing` = `vested` + `pending`; the tier is the highest whose threshold it reaches.
    A member is an account (`viewer_id`): two viewers of one display name are two members,
    and a viewer who renames keeps their standing.
    """

    viewer_id: str = Field(description="The member's account: the key of `/members/{viewer_id}`.")
    name: str = Field(description="The latest display name seen.")
    names_seen: list[str] = Field(
        default_factory=list, description="Every display name seen for the account, first first."
    )
    tier: str | None = Field(default=None, description="null below the first threshold.")
    tier_rank: int = Field(ge=0, description="0: no tier; 1: the first tier; ...")
    standing: int = Field(ge=0)
    vested: int = Field(ge=0)
    pending: int = Field(ge=0)
    by_kind: PointsByKind
    orders_count: int = Field(ge=0, description="Orders not reversed.")
    shows_attended: int = Field(ge=0)
    streak: int = Field(ge=0, description="Consecutive shows attended, up to the latest.")
    member_price_percent: int = Field(ge=0)
    early_access_s: int = Field(ge=0)
    giveaway_weight: int = Field(ge=1)
    first_seen_at: datetime
    last_seen_at: datetime


class MemberDetail(_Model):
    """A member, their ledger (newest first) and the way to the next tier."""

    member: Member
    entries: list[LedgerEntry]
    next_tier: str | None = None
    points_to_next: int | None = Field(default=None, ge=1)
    note: str = NO_CASH_VALUE


class MemberUpdate(_Model):
    """A member's points changed; `tier_up` is true the first time they reach a tier."""

    member: Member
    cause: str = Field(description="`order`, `reversal`, `vest`, `answer` or `attendance`.")
    show_id: str
    order_id: str | None = None
    tier_up: bool = False
    previous_tier: str | None = None


class MemberArrival(_Model):
    """A member with a tier signed in to a show; `returning`: they attended an earlier one."""

    member: Member
    returning: bool


class ReversalKind(StrEnum):
    REFUND = "refund"
    CANCEL = "cancel"


class OrderReversalCreate(_Request):
    kind: ReversalKind
    reason: str = Field(default="", max_length=200)


class OrderReversal(_Model):
    """An order refunded or cancelled: its pending points are reversed and its referral
    attribution withdrawn (vested points are final)."""

    order_id: str
    show_id: str
    kind: ReversalKind
    reason: str = ""
    referral_code: str | None = Field(default=None, description="Its attribution, withdrawn.")
    amount_minor: int = Field(ge=0)
    points_reversed: int = Field(ge=0)
    at: datetime


class ResellerProgram(_Request):
    """A show's reseller mode: a 2b show is streamed to resellers, who join by invite and earn
    `commission_bp` (basis points: 1000 = 10 %) of the revenue they bring."""

    model_config = ConfigDict(extra="forbid", strict=True)

    two_b: bool = False
    commission_bp: int = Field(default=1000, ge=0, le=5000)


class ResellerInviteCreate(_Request):
    name: str = Field(min_length=1, max_length=60, pattern=NOT_BLANK)


class ResellerInvite(_Model):
    """An invite for one reseller; `invite_code` is shown once, here and in `join_url`."""

    id: str
    show_id: str
    name: str
    invite_code: str
    join_url: str


class ResellerJoin(_Request):
    invite_code: str = Field(min_length=8, max_length=200)
    code: str | None = Field(default=None, pattern=r"^[A-Z0-9-]{3,20}$")
    viewer_id: ViewerId | None = Field(
        default=None,
        description=(
            "The joining reseller's own account (a real platform takes it from its login; the"
            " sandbox trusts it). Without one, the account derived from the invited name."
        ),
    )


class StatementLine(_Model):
    """One order attributed to a reseller; `reversed`: refunded or cancelled (not counted)."""

    order_id: str
    seq: int = Field(ge=1)
    created_at: datetime
    buyer_name: str
    viewer_id: str | None = Field(default=None, description="The buyer's account.")
    product_id: str
    amount_minor: int = Field(ge=0)
    reversed: bool = False


class CommissionStatement(_Model):
    """A reseller's attributed orders in one show: `attributed_minor` sums the lines not
    reversed and equals the reseller's `revenue_minor`; commission is the studio's to round."""

    code: str
    name: str
    show_id: str
    currency: str
    commission_bp: int = Field(ge=0)
    lines: list[StatementLine]
    attributed_minor: int = Field(ge=0)


class ResellerJoined(Reseller):
    """A reseller who just joined (1.8.0): `access_key` is their secret for their materials
    (shown once, here; the platform keeps only its hash) and `page_url` their materials page,
    the key in its fragment (never sent to a server in a request line)."""

    access_key: str
    page_url: str


class ResellerAccess(_Model):
    """A new access key for a reseller's materials (1.8.0), issued by the host to hand over;
    earlier keys keep working until revoked. Shown once."""

    code: str
    access_key: str
    page_url: str


class ResellerAccessRevoked(_Model):
    """The host revoked a reseller's access keys (1.8.0): `revoked` keys stop working now,
    with every page link made of them."""

    code: str
    revoked: int = Field(ge=0)


class MaterialKind(StrEnum):
    """What a reseller material is: a highlight clip (video/mp4, for every reseller of the
    show), a phone or square poster or a product card (image/png, for one reseller or all)."""

    CLIP = "clip"
    POSTER_PHONE = "poster_phone"
    POSTER_SQUARE = "poster_square"
    CARD = "card"


MATERIAL_TYPES: dict[MaterialKind, str] = {
    MaterialKind.CLIP: "video/mp4",
    MaterialKind.POSTER_PHONE: "image/png",
    MaterialKind.POSTER_SQUARE: "image/png",
    MaterialKind.CARD: "image/png",
}
MATERIAL_MAX_BYTES = 100_000_000  # 100 MB per file; larger uploads get 413
MATERIAL_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,79}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


class Material(_Model):
    """A file the host uploaded for the show's resellers (1.8.0). `reseller_code` null: for
    every reseller of the show (always so for a clip). `size` in bytes, `sha256` of the bytes
    stored (hex). A clip's `mark_s` (seconds from the recording's start) and `duration_s`."""

    id: str = Field(pattern=MATERIAL_ID_PATTERN)
    show_id: str
    kind: MaterialKind
    reseller_code: str | None = None
    label: str
    content_type: str
    size: int = Field(ge=0)
    sha256: str = Field(pattern=SHA256_PATTERN)
    mark_s: float | None = None
    duration_s: float | None = None
    uploaded_at: datetime


class ResellerMaterial(Material):
    """A material as its reseller sees it: `download_url` (absolute) works without headers
    (a browser's link or video) until `download_expires_at`, then the reseller lists again."""

    download_url: str
    download_expires_at: datetime


class Drop(_Model):
    """A product that opens for sale at `opens_at`; tiers with `early_access_s` buy earlier."""

    id: str
    show_id: str
    product_id: str
    opens_at: datetime


class DropCreate(_Request):
    product_id: str = Field(min_length=1, max_length=64)
    opens_in_s: int = Field(ge=0, le=86_400, description="Seconds from now.")


class EventType(StrEnum):
    ORDER_CREATED = "order.created"
    PIN_CHANGED = "pin.changed"
    QUEUE_CHANGED = "queue.changed"
    TIMER_STARTED = "timer.started"
    TIMER_ENDED = "timer.ended"
    COMMENT_CREATED = "comment.created"
    VIEWERS_CHANGED = "viewers.changed"
    INGEST_CHANGED = "ingest.changed"
    SHOW_CHANGED = "show.changed"
    PRODUCT_UPDATED = "product.updated"
    SUPPORTER_JOINED = "supporter.joined"
    COMMENT_UPDATED = "comment.updated"
    COMMENT_PIN_CHANGED = "comment_pin.changed"
    RESTRICTION_CHANGED = "restriction.changed"
    VOUCHER_CHANGED = "voucher.changed"
    POLL_CHANGED = "poll.changed"
    RUNDOWN_CHANGED = "rundown.changed"
    AUCTION_STARTED = "auction.started"
    AUCTION_BID = "auction.bid"
    AUCTION_ENDED = "auction.ended"
    GIVEAWAY_OPENED = "giveaway.opened"
    GIVEAWAY_ENTERED = "giveaway.entered"
    GIVEAWAY_ENDED = "giveaway.ended"
    MEMBER_UPDATED = "member.updated"
    MEMBER_ARRIVED = "member.arrived"
    ORDER_REVERSED = "order.reversed"
    RESELLER_JOINED = "reseller.joined"


class _EventEnvelope(_Model):
    id: int = Field(ge=1, description="Grows monotonically; resume a stream after it.")
    show_id: str
    at: datetime


class OrderCreatedEvent(_EventEnvelope):
    type: Literal[EventType.ORDER_CREATED]
    data: Order


class PinChangedEvent(_EventEnvelope):
    type: Literal[EventType.PIN_CHANGED]
    data: Pin


class QueueChangedEvent(_EventEnvelope):
    type: Literal[EventType.QUEUE_CHANGED]
    data: Queue


class TimerStartedEvent(_EventEnvelope):
    type: Literal[EventType.TIMER_STARTED]
    data: Timer


class TimerEndedEvent(_EventEnvelope):
    """A timer ran out (`status` ended), was cancelled, or its show ended."""

    type: Literal[EventType.TIMER_ENDED]
    data: Timer


class CommentCreatedEvent(_EventEnvelope):
    type: Literal[EventType.COMMENT_CREATED]
    data: Comment


class ViewersChangedEvent(_EventEnvelope):
    type: Literal[EventType.VIEWERS_CHANGED]
    data: Viewers


class IngestChangedEvent(_EventEnvelope):
    type: Literal[EventType.INGEST_CHANGED]
    data: IngestHealth


class ShowChangedEvent(_EventEnvelope):
    type: Literal[EventType.SHOW_CHANGED]
    data: Show


class ProductUpdatedEvent(_EventEnvelope):
    type: Literal[EventType.PRODUCT_UPDATED]
    data: Product


class SupporterJoinedEvent(_EventEnvelope):
    type: Literal[EventType.SUPPORTER_JOINED]
    data: Supporter


class CommentUpdatedEvent(_EventEnvelope):
    """A moderator hid a comment, or showed it again (`data.hidden`)."""

    type: Literal[EventType.COMMENT_UPDATED]
    data: Comment


class CommentPinChangedEvent(_EventEnvelope):
    """Another comment is on screen, or none (`data.comment` null)."""

    type: Literal[EventType.COMMENT_PIN_CHANGED]
    data: CommentPin


class RestrictionChangedEvent(_EventEnvelope):
    """A viewer was muted or blocked (`data.active`), or let back (`active` false)."""

    type: Literal[EventType.RESTRICTION_CHANGED]
    data: Restriction


class VoucherChangedEvent(_EventEnvelope):
    """A voucher was created, claimed, redeemed, put on or off screen, or ended."""

    type: Literal[EventType.VOUCHER_CHANGED]
    data: Voucher


class PollChangedEvent(_EventEnvelope):
    """A poll opened, got votes, or closed (its counts are absolute, never deltas)."""

    type: Literal[EventType.POLL_CHANGED]
    data: Poll


class RundownChangedEvent(_EventEnvelope):
    """The rundown was edited or stepped."""

    type: Literal[EventType.RUNDOWN_CHANGED]
    data: Rundown


class AuctionStartedEvent(_EventEnvelope):
    type: Literal[EventType.AUCTION_STARTED]
    data: Auction


class AuctionBidEvent(_EventEnvelope):
    """A bid was accepted (it leads now; `data.ends_at` is the auction's end after it)."""

    type: Literal[EventType.AUCTION_BID]
    data: Bid


class AuctionEndedEvent(_EventEnvelope):
    """Sold (with `order_id`), not sold (no bid, or the reserve not met) or cancelled."""

    type: Literal[EventType.AUCTION_ENDED]
    data: Auction


class GiveawayOpenedEvent(_EventEnvelope):
    type: Literal[EventType.GIVEAWAY_OPENED]
    data: Giveaway


class GiveawayEnteredEvent(_EventEnvelope):
    type: Literal[EventType.GIVEAWAY_ENTERED]
    data: GiveawayEntry


class GiveawayEndedEvent(_EventEnvelope):
    """Drawn (the seed revealed, the winner named) or cancelled (the seed revealed too)."""

    type: Literal[EventType.GIVEAWAY_ENDED]
    data: Giveaway


class MemberUpdatedEvent(_EventEnvelope):
    """A community member's points or tier changed."""

    type: Literal[EventType.MEMBER_UPDATED]
    data: MemberUpdate


class MemberArrivedEvent(_EventEnvelope):
    """A member with a tier joined the show (the studio's "welcome back")."""

    type: Literal[EventType.MEMBER_ARRIVED]
    data: MemberArrival


class OrderReversedEvent(_EventEnvelope):
    """An order was refunded or cancelled."""

    type: Literal[EventType.ORDER_REVERSED]
    data: OrderReversal


class ResellerJoinedEvent(_EventEnvelope):
    """A reseller joined the show with an invite."""

    type: Literal[EventType.RESELLER_JOINED]
    data: Reseller


LiveEvent = Annotated[
    OrderCreatedEvent
    | PinChangedEvent
    | QueueChangedEvent
    | TimerStartedEvent
    | TimerEndedEvent
    | CommentCreatedEvent
    | ViewersChangedEvent
    | IngestChangedEvent
    | ShowChangedEvent
    | ProductUpdatedEvent
    | SupporterJoinedEvent
    | CommentUpdatedEvent
    | CommentPinChangedEvent
    | RestrictionChangedEvent
    | VoucherChangedEvent
    | PollChangedEvent
    | RundownChangedEvent
    | AuctionStartedEvent
    | AuctionBidEvent
    | AuctionEndedEvent
    | GiveawayOpenedEvent
    | GiveawayEnteredEvent
    | GiveawayEndedEvent
    | MemberUpdatedEvent
    | MemberArrivedEvent
    | OrderReversedEvent
    | ResellerJoinedEvent,
    Field(discriminator="type"),
]
"""One live change with its typed payload: what the contract promises for each `EventType`."""

_LIVE_EVENT: TypeAdapter[LiveEvent] = TypeAdapter(LiveEvent)

EVENT_PAYLOADS: dict[EventType, type[BaseModel]] = {
    member.model_fields["type"].annotation.__args__[0]: member.model_fields["data"].annotation
    for member in get_args(get_args(LiveEvent)[0])
}
"""The payload model of each event type, read off `LiveEvent`."""


class Event(_Model):
    """One live change. `id` grows monotonically; resume a stream with Last-Event-ID.

    A lenient reader for clients: any event, its payload as a plain dict. The published
    schema is the exact one, `LiveEvent` (one of the typed events, by `type`).
    """

    id: int = Field(ge=1)
    type: EventType
    show_id: str
    at: datetime
    data: dict[str, Any] = Field(description="The changed resource (Order, Pin, Queue, ...).")

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return handler(_LIVE_EVENT.core_schema)


class Page(_Model, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next page; null on the last page."
    )


class OrderPage(_Model):
    items: list[Order]
    last_seq: int = Field(ge=0, description="Pass as `after_seq` for the next poll.")
    has_more: bool


class EventPage(_Model):
    items: list[Event]
    last_event_id: int = Field(ge=0, description="Pass as `after` for the next poll.")
    has_more: bool


class FieldError(_Model):
    loc: str
    message: str


class Problem(_Model):
    """RFC 9457 problem details, plus the extension members this API uses."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = Field(default=None, description="Invalid fields (422).")
    current: dict[str, Any] | None = Field(
        default=None, description="The resource's current state (412 stale version)."
    )
    retry_after: int | None = Field(default=None, description="Seconds to wait (429, 503).")


class Health(_Model):
    status: Literal["ok"] = "ok"
    api_version: str = API_VERSION
    time: datetime | None = Field(
        default=None,
        description=(
            "The platform's clock when it answered (UTC, to the millisecond or better): a "
            "client that times the call bounds its clock offset by the round trip (the `Date` "
            "header has one-second resolution)."
        ),
    )
