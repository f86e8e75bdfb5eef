"""The creator's community: a points ledger across all their shows, tiers and perks.

Every entry is one row of `ledger`, tied to its cause (an order, a comment, a show attended),
so a member's standing can always be explained line by line. The rules, each named in
docs/COMMUNITY.md, live here and nowhere else:

- purchase: `points_per_unit` per whole currency unit paid, plus `order_bonus` unless the
  order is tiny (below `tiny_order_minor`); a tiny order within `burst_window_s` of the
  member's previous tiny order is withheld (a burst of tiny orders earns nothing more);
- referral: `referral_points` to the reseller whose code an order carries, withheld when the
  buyer is the reseller (self-referral);
- answered question: `answer_points` the first time a host, co-host or moderator answers a
  viewer's question;
- attendance: `attendance_points` times the streak (consecutive shows attended, capped at
  `streak_cap`) on the first order or comment of a show.

Order points (purchase and referral) are `pending` for `return_window_s`, then `vested`; a
refund or cancel in the window reverses them, vested points are final. Tiers follow
`standing` (vested + pending); `tier_up` is announced the first time a member reaches a tier,
never again for the same tier (`members.top_rank`). Vesting is due-driven: `vest_due()` runs
before every read and write of the ledger and from the sandbox's housekeeping, so advancing
the platform clock is all a test needs.

A member is an account (`viewer_id`, contract 1.7.0): the `member` column of every table here
holds it, and `members.name` the latest display name seen (`names_seen` all of them). Two
viewers of one name are two members; a viewer who renames keeps their standing; self-referral
compares the buyer's account with the reseller's, never names.

Every hook here runs inside the caller's write transaction, so the ledger never disagrees
with the orders and comments it was made from.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

from studio.platform.models import (
    Comment,
    CommentKind,
    CommunityRules,
    Drop,
    DropCreate,
    EntryStatus,
    EventType,
    LedgerEntry,
    Member,
    MemberArrival,
    MemberDetail,
    MemberUpdate,
    Order,
    OrderCreate,
    OrderReversal,
    OrderReversalCreate,
    PointsByKind,
    PointsKind,
    Role,
    TierRule,
)
from studio.sandbox.problems import Conflict, NotFound
from studio.sandbox.stores.base import Context, name_viewer_id, new_id, show_row
from studio.sandbox.stores.catalog import product_row

SCHEMA = """
CREATE TABLE IF NOT EXISTS community_rules (creator TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ledger (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, creator TEXT NOT NULL,
    member TEXT NOT NULL, kind TEXT NOT NULL, points INTEGER NOT NULL, status TEXT NOT NULL,
    reason TEXT NOT NULL, show_id TEXT NOT NULL, order_id TEXT, comment_id TEXT,
    created_at TEXT NOT NULL, created_ts REAL NOT NULL, vests_ts REAL, settled_at TEXT,
    tiny INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ledger_member ON ledger (creator, member);
CREATE INDEX IF NOT EXISTS ledger_due ON ledger (status, vests_ts);
CREATE INDEX IF NOT EXISTS ledger_order ON ledger (order_id);
CREATE TABLE IF NOT EXISTS members (
    creator TEXT NOT NULL, member TEXT NOT NULL, first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL, top_rank INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '', names_seen TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (creator, member)
);
CREATE TABLE IF NOT EXISTS attendance (
    creator TEXT NOT NULL, member TEXT NOT NULL, show_id TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (creator, member, show_id)
);
CREATE TABLE IF NOT EXISTS arrivals (
    show_id TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (show_id, member)
);
CREATE TABLE IF NOT EXISTS order_reversals (
    order_id TEXT PRIMARY KEY, show_id TEXT NOT NULL, body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS drops (
    id TEXT PRIMARY KEY, show_id TEXT NOT NULL, product_id TEXT NOT NULL,
    opens_at TEXT NOT NULL, opens_ts REAL NOT NULL, UNIQUE (show_id, product_id)
);
"""

_COUNTED = (EntryStatus.PENDING.value, EntryStatus.VESTED.value)


def creator_of(conn: sqlite3.Connection, show_id: str) -> str:
    """Whose community a show belongs to: its host's. Raises `NotFound`."""
    return str(show_row(conn, show_id)["host_name"])


def tier_of(rules: CommunityRules, standing: int) -> tuple[int, TierRule | None]:
    """The rank (0 = none, 1 = first tier...) and tier that `standing` points reach."""
    rank, tier = 0, None
    for i, t in enumerate(rules.tiers, start=1):
        if standing >= t.threshold:
            rank, tier = i, t
    return rank, tier


def purchase_points(rules: CommunityRules, amount_minor: int, tiny: bool) -> int:
    """Points an order of `amount_minor` earns its buyer (before the burst rule)."""
    return (amount_minor // 100) * rules.points_per_unit + (0 if tiny else rules.order_bonus)


class CommunityStore:
    """`ledger`, `members`, `attendance`, `community_rules`, `order_reversals`, `drops`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        with ctx.db.write() as conn:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)

    # -- rules --------------------------------------------------------------------------------

    @staticmethod
    def rules_of(conn: sqlite3.Connection, creator: str) -> CommunityRules:
        row = conn.execute(
            "SELECT body FROM community_rules WHERE creator=?", (creator,)
        ).fetchone()
        return CommunityRules() if row is None else CommunityRules.model_validate_json(row[0])

    def rules(self, show_id: str) -> CommunityRules:
        """The rules of the community `show_id` belongs to. Raises `NotFound`."""
        conn = self.ctx.db.read()
        return self.rules_of(conn, creator_of(conn, show_id))

    def set_rules(self, show_id: str, rules: CommunityRules) -> CommunityRules:
        """Replace the rules; tiers already reached are kept for `tier_up` (never announced
        twice). Raises `NotFound`."""
        with self.ctx.db.write() as conn:
            creator = creator_of(conn, show_id)
            conn.execute(
                "INSERT OR REPLACE INTO community_rules VALUES (?, ?)",
                (creator, rules.model_dump_json()),
            )
        return rules

    # -- reading members ----------------------------------------------------------------------

    def _streak(self, conn: sqlite3.Connection, creator: str, member: str) -> int:
        shows = conn.execute(
            "SELECT id, status FROM shows WHERE host_name=? AND started_at IS NOT NULL"
            " ORDER BY started_at DESC, rowid_ DESC",
            (creator,),
        ).fetchall()
        went = {
            r[0]
            for r in conn.execute(
                "SELECT show_id FROM attendance WHERE creator=? AND member=?", (creator, member)
            )
        }
        streak = 0
        for i, s in enumerate(shows):
            if s["id"] in went:
                streak += 1
            elif i == 0 and s["status"] == "live":
                continue  # tonight's show, not (yet) attended, does not break the streak
            else:
                break
        return streak

    def member_of(self, conn: sqlite3.Connection, creator: str, viewer_id: str) -> Member | None:
        """The account's standing as the ledger has it now, or None if they never earned or
        attended."""
        row = conn.execute(
            "SELECT * FROM members WHERE creator=? AND member=?", (creator, viewer_id)
        ).fetchone()
        if row is None:
            return None
        rules = self.rules_of(conn, creator)
        kinds = dict.fromkeys(PointsKind, 0)
        vested = pending = 0
        for kind, status, total in conn.execute(
            "SELECT kind, status, SUM(points) FROM ledger WHERE creator=? AND member=?"
            " GROUP BY kind, status",
            (creator, viewer_id),
        ):
            if status in _COUNTED:
                kinds[PointsKind(kind)] += total
            if status == EntryStatus.VESTED:
                vested += total
            elif status == EntryStatus.PENDING:
                pending += total
        orders = conn.execute(
            "SELECT COUNT(*) FROM ledger WHERE creator=? AND member=? AND kind='purchase'"
            " AND status!='reversed'",
            (creator, viewer_id),
        ).fetchone()[0]
        attended = conn.execute(
            "SELECT COUNT(*) FROM attendance WHERE creator=? AND member=?", (creator, viewer_id)
        ).fetchone()[0]
        rank, tier = tier_of(rules, vested + pending)
        return Member(
            viewer_id=viewer_id,
            name=row["name"] or viewer_id,
            names_seen=json.loads(row["names_seen"]),
            tier=tier.name if tier else None,
            tier_rank=rank,
            standing=vested + pending,
            vested=vested,
            pending=pending,
            by_kind=PointsByKind(**{k.value: v for k, v in kinds.items()}),
            orders_count=orders,
            shows_attended=attended,
            streak=self._streak(conn, creator, viewer_id),
            member_price_percent=tier.member_price_percent if tier else 0,
            early_access_s=tier.early_access_s if tier else 0,
            giveaway_weight=tier.giveaway_weight if tier else 1,
            first_seen_at=row["first_seen_at"],
            last_seen_at=row["last_seen_at"],
        )

    def giveaway_weight(self, conn: sqlite3.Connection, show_id: str, viewer_id: str) -> int:
        """Inside the caller's write: the tickets the account holds in a giveaway of
        `show_id`, their tier's `giveaway_weight` now (1 without a tier or not a member)."""
        member = self.member_of(conn, creator_of(conn, show_id), viewer_id)
        return member.giveaway_weight if member is not None else 1

    def member(self, show_id: str, viewer_id: str) -> MemberDetail:
        """The account `viewer_id` as a member of the show's community with their whole
        ledger. Raises `NotFound`."""
        self.vest_due()
        conn = self.ctx.db.read()
        creator = creator_of(conn, show_id)
        member = self.member_of(conn, creator, viewer_id)
        if member is None:
            raise NotFound(f"The account {viewer_id!r} is not a member of this community yet.")
        rules = self.rules_of(conn, creator)
        rows = conn.execute(
            "SELECT * FROM ledger WHERE creator=? AND member=? ORDER BY rowid_ DESC",
            (creator, viewer_id),
        ).fetchall()
        nxt = next((t for t in rules.tiers if t.threshold > member.standing), None)
        return MemberDetail(
            member=member,
            entries=[_entry(r, member.name) for r in rows],
            next_tier=nxt.name if nxt else None,
            points_to_next=nxt.threshold - member.standing if nxt else None,
        )

    def members(self, show_id: str, limit: int) -> list[Member]:
        """The community's members by standing, highest first (ties: earliest first)."""
        self.vest_due()
        conn = self.ctx.db.read()
        creator = creator_of(conn, show_id)
        names = [
            r[0]
            for r in conn.execute(
                "SELECT m.member FROM members m LEFT JOIN ledger l ON l.creator=m.creator"
                " AND l.member=m.member AND l.status IN ('pending','vested')"
                " WHERE m.creator=? GROUP BY m.member"
                " ORDER BY coalesce(SUM(l.points),0) DESC, m.first_seen_at, m.member LIMIT ?",
                (creator, limit),
            )
        ]
        found = [self.member_of(conn, creator, n) for n in names]
        return [m for m in found if m is not None]

    # -- writing ------------------------------------------------------------------------------

    def _seen(self, conn: sqlite3.Connection, creator: str, viewer_id: str, name: str) -> None:
        """The account was seen now under `name`: its latest name, added to `names_seen`."""
        now = self.ctx.now().isoformat()
        row = conn.execute(
            "SELECT names_seen FROM members WHERE creator=? AND member=?", (creator, viewer_id)
        ).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO members (creator, member, first_seen_at, last_seen_at, name,"
                " names_seen) VALUES (?, ?, ?, ?, ?, ?)",
                (creator, viewer_id, now, now, name, json.dumps([name], ensure_ascii=False)),
            )
            return
        names = json.loads(row[0])
        if name not in names:
            names.append(name)
        conn.execute(
            "UPDATE members SET last_seen_at=?, name=?, names_seen=? WHERE creator=? AND member=?",
            (now, name, json.dumps(names, ensure_ascii=False), creator, viewer_id),
        )

    def _add(
        self,
        conn: sqlite3.Connection,
        creator: str,
        entry: LedgerEntry,
        *,
        vests_ts: float | None = None,
        tiny: bool = False,
    ) -> None:
        self._seen(conn, creator, entry.viewer_id, entry.member)
        conn.execute(
            "INSERT INTO ledger (id, creator, member, kind, points, status, reason, show_id,"
            " order_id, comment_id, created_at, created_ts, vests_ts, settled_at, tiny)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.id,
                creator,
                entry.viewer_id,
                entry.kind.value,
                entry.points,
                entry.status.value,
                entry.reason,
                entry.show_id,
                entry.order_id,
                entry.comment_id,
                entry.created_at.isoformat(),
                self.ctx.clock(),
                vests_ts,
                entry.settled_at.isoformat() if entry.settled_at else None,
                int(tiny),
            ),
        )

    def _announce(
        self,
        conn: sqlite3.Connection,
        creator: str,
        viewer_id: str,
        show_id: str,
        cause: str,
        order_id: str | None = None,
    ) -> MemberUpdate | None:
        """Emit `member.updated`; `tier_up` when the member's rank passes their highest yet."""
        member = self.member_of(conn, creator, viewer_id)
        if member is None:
            return None
        top = conn.execute(
            "SELECT top_rank FROM members WHERE creator=? AND member=?", (creator, viewer_id)
        ).fetchone()[0]
        tier_up = member.tier_rank > top
        previous = None
        if tier_up:
            rules = self.rules_of(conn, creator)
            previous = rules.tiers[top - 1].name if top > 0 else None
            conn.execute(
                "UPDATE members SET top_rank=? WHERE creator=? AND member=?",
                (member.tier_rank, creator, viewer_id),
            )
        update = MemberUpdate(
            member=member,
            cause=cause,
            show_id=show_id,
            order_id=order_id,
            tier_up=tier_up,
            previous_tier=previous,
        )
        self.ctx.emit(conn, show_id, EventType.MEMBER_UPDATED, update)
        return update

    def _attend(
        self, conn: sqlite3.Connection, creator: str, viewer_id: str, name: str, show_id: str
    ) -> bool:
        """Record the account at `show_id` (first time: an attendance entry). True if new."""
        now = self.ctx.now()
        cur = conn.execute(
            "INSERT OR IGNORE INTO attendance VALUES (?, ?, ?, ?)",
            (creator, viewer_id, show_id, now.isoformat()),
        )
        if not cur.rowcount:
            return False
        rules = self.rules_of(conn, creator)
        self._seen(conn, creator, viewer_id, name)
        streak = self._streak(conn, creator, viewer_id)
        points = rules.attendance_points * min(streak, rules.streak_cap)
        entry = LedgerEntry(
            id=new_id("pts"),
            member=name,
            viewer_id=viewer_id,
            kind=PointsKind.ATTENDANCE,
            points=points,
            status=EntryStatus.VESTED,
            reason=f"streak of {streak} show{'s' if streak != 1 else ''}",
            show_id=show_id,
            created_at=now,
            settled_at=now,
        )
        self._add(conn, creator, entry)
        return True

    def on_order(self, conn: sqlite3.Connection, order: Order) -> None:
        """Inside the order's write: attendance, purchase points, referral points."""
        creator = creator_of(conn, order.show_id)
        rules = self.rules_of(conn, creator)
        buyer = order.viewer_id
        self._attend(conn, creator, buyer, order.buyer_name, order.show_id)
        now = self.ctx.now()
        vests = now + timedelta(seconds=rules.return_window_s)
        tiny = order.amount_minor < rules.tiny_order_minor
        status, reason = EntryStatus.PENDING, ""
        if tiny and self._recent_tiny(conn, creator, buyer, rules.burst_window_s):
            status, reason = EntryStatus.WITHHELD, "burst of tiny orders"
        entry = LedgerEntry(
            id=new_id("pts"),
            member=order.buyer_name,
            viewer_id=buyer,
            kind=PointsKind.PURCHASE,
            points=purchase_points(rules, order.amount_minor, tiny),
            status=status,
            reason=reason,
            show_id=order.show_id,
            order_id=order.id,
            created_at=now,
            vests_at=vests if status == EntryStatus.PENDING else None,
        )
        self._add(conn, creator, entry, vests_ts=vests.timestamp(), tiny=tiny)
        if order.referral_code is not None:
            self._referral(conn, creator, rules, order, vests)
        self._announce(conn, creator, buyer, order.show_id, "order", order.id)

    def _recent_tiny(
        self, conn: sqlite3.Connection, creator: str, viewer_id: str, window: int
    ) -> bool:
        row = conn.execute(
            "SELECT 1 FROM ledger WHERE creator=? AND member=? AND kind='purchase' AND tiny=1"
            " AND created_ts>=? LIMIT 1",
            (creator, viewer_id, self.ctx.clock() - window),
        ).fetchone()
        return row is not None

    def _referral(
        self,
        conn: sqlite3.Connection,
        creator: str,
        rules: CommunityRules,
        order: Order,
        vests: datetime,
    ) -> None:
        row = conn.execute(
            "SELECT name, viewer_id FROM resellers WHERE show_id=? AND code=?",
            (order.show_id, order.referral_code),
        ).fetchone()
        if row is None:
            return
        referrer = str(row["viewer_id"] or name_viewer_id(row["name"]))
        own = referrer == order.viewer_id  # accounts, never names (docs/COMMUNITY.md)
        entry = LedgerEntry(
            id=new_id("pts"),
            member=str(row["name"]),
            viewer_id=referrer,
            kind=PointsKind.REFERRAL,
            points=rules.referral_points,
            status=EntryStatus.WITHHELD if own else EntryStatus.PENDING,
            reason="self-referral" if own else f"{order.buyer_name} bought",
            show_id=order.show_id,
            order_id=order.id,
            created_at=self.ctx.now(),
            vests_at=None if own else vests,
        )
        self._add(conn, creator, entry, vests_ts=vests.timestamp())
        self._announce(conn, creator, referrer, order.show_id, "referral", order.id)

    def on_comment(self, conn: sqlite3.Connection, comment: Comment) -> None:
        """Inside the comment's write: a viewer's first comment of a show is attendance."""
        if comment.role != Role.VIEWER:
            return
        creator = creator_of(conn, comment.show_id)
        viewer_id = comment.viewer_id or name_viewer_id(comment.author)
        if self._attend(conn, creator, viewer_id, comment.author, comment.show_id):
            self._announce(conn, creator, viewer_id, comment.show_id, "attendance")
        elif conn.execute(
            "SELECT 1 FROM members WHERE creator=? AND member=?", (creator, viewer_id)
        ).fetchone():
            self._seen(conn, creator, viewer_id, comment.author)  # the name they use now

    def on_reply(self, conn: sqlite3.Connection, question: Comment, reply: Comment) -> None:
        """Inside the reply's write: the first answer to a viewer's question earns its author
        `answer_points` (once per question, however many replies)."""
        if question.kind != CommentKind.QUESTION or question.role != Role.VIEWER:
            return
        if reply.role == Role.VIEWER:
            return
        done = conn.execute(
            "SELECT 1 FROM ledger WHERE comment_id=? AND kind='answered_question'", (question.id,)
        ).fetchone()
        if done is not None:
            return
        creator = creator_of(conn, question.show_id)
        rules = self.rules_of(conn, creator)
        now = self.ctx.now()
        asker = question.viewer_id or name_viewer_id(question.author)
        entry = LedgerEntry(
            id=new_id("pts"),
            member=question.author,
            viewer_id=asker,
            kind=PointsKind.ANSWERED_QUESTION,
            points=rules.answer_points,
            status=EntryStatus.VESTED,
            reason=f"answered by {reply.author}",
            show_id=question.show_id,
            comment_id=question.id,
            created_at=now,
            settled_at=now,
        )
        self._add(conn, creator, entry)
        self._announce(conn, creator, asker, question.show_id, "answer")

    def vest_due(self) -> int:
        """Vest every pending entry whose return window has passed; announce each member
        once per show. Returns how many entries vested."""
        now_ts = self.ctx.clock()
        with self.ctx.db.write() as conn:
            due = conn.execute(
                "SELECT id, creator, member, show_id FROM ledger WHERE status='pending'"
                " AND vests_ts<=? ORDER BY rowid_",
                (now_ts,),
            ).fetchall()
            if not due:
                return 0
            conn.executemany(
                "UPDATE ledger SET status='vested', settled_at=? WHERE id=?",
                [(self.ctx.now().isoformat(), r["id"]) for r in due],
            )
            for creator, member, show_id in dict.fromkeys(
                (r["creator"], r["member"], r["show_id"]) for r in due
            ):
                self._announce(conn, creator, member, show_id, "vest")
        self.ctx.notify()
        return len(due)

    def reverse(self, show_id: str, order_id: str, req: OrderReversalCreate) -> OrderReversal:
        """Refund or cancel an order: its pending points are reversed (vested ones are final),
        its referral attribution withdrawn. Raises `NotFound`, `Conflict` (409
        already-reversed)."""
        self.vest_due()
        with self.ctx.db.write() as conn:
            creator = creator_of(conn, show_id)
            row = conn.execute(
                "SELECT body FROM orders WHERE show_id=? AND id=?", (show_id, order_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no order {order_id!r} in this show.")
            order = Order.model_validate_json(row[0])
            if conn.execute(
                "SELECT 1 FROM order_reversals WHERE order_id=?", (order_id,)
            ).fetchone():
                raise Conflict(
                    "This order was already refunded or cancelled.", slug="already-reversed"
                )
            pending = conn.execute(
                "SELECT member, points FROM ledger WHERE order_id=? AND status='pending'",
                (order_id,),
            ).fetchall()
            conn.execute(
                "UPDATE ledger SET status='reversed', reason=?, settled_at=?"
                " WHERE order_id=? AND status='pending'",
                (f"order {req.kind.value}ed"[:200], self.ctx.now().isoformat(), order_id),
            )
            if order.referral_code is not None:
                conn.execute(
                    "UPDATE resellers SET orders_count=orders_count-1,"
                    " revenue_minor=revenue_minor-? WHERE show_id=? AND code=?",
                    (order.amount_minor, show_id, order.referral_code),
                )
            reversal = OrderReversal(
                order_id=order_id,
                show_id=show_id,
                kind=req.kind,
                reason=req.reason,
                referral_code=order.referral_code,
                amount_minor=order.amount_minor,
                points_reversed=sum(r["points"] for r in pending),
                at=self.ctx.now(),
            )
            conn.execute(
                "INSERT INTO order_reversals VALUES (?, ?, ?)",
                (order_id, show_id, reversal.model_dump_json()),
            )
            self.ctx.emit(conn, show_id, EventType.ORDER_REVERSED, reversal)
            for member in dict.fromkeys(r["member"] for r in pending):
                self._announce(conn, creator, member, show_id, "reversal", order_id)
        self.ctx.notify()
        return reversal

    def reversals(self, show_id: str) -> list[OrderReversal]:
        """The show's refunded and cancelled orders, in the order they were reversed."""
        rows = self.ctx.db.read().execute(
            "SELECT body FROM order_reversals WHERE show_id=? ORDER BY rowid", (show_id,)
        )
        return [OrderReversal.model_validate_json(r[0]) for r in rows]

    def arrived(self, show_id: str, viewer_id: str, display_name: str) -> MemberArrival | None:
        """A viewer signed in as `display_name`: a member's latest name becomes it (a rename
        keeps the standing); announce `member.arrived` once per show for a member with a
        tier."""
        self.vest_due()
        with self.ctx.db.write() as conn:
            creator = creator_of(conn, show_id)
            if conn.execute(
                "SELECT 1 FROM members WHERE creator=? AND member=?", (creator, viewer_id)
            ).fetchone():
                self._seen(conn, creator, viewer_id, display_name)
            member = self.member_of(conn, creator, viewer_id)
            if member is None or member.tier_rank == 0:
                return None
            cur = conn.execute("INSERT OR IGNORE INTO arrivals VALUES (?, ?)", (show_id, viewer_id))
            if not cur.rowcount:
                return None
            before = conn.execute(
                "SELECT 1 FROM attendance WHERE creator=? AND member=? AND show_id!=? LIMIT 1",
                (creator, viewer_id, show_id),
            ).fetchone()
            arrival = MemberArrival(member=member, returning=before is not None)
            self.ctx.emit(conn, show_id, EventType.MEMBER_ARRIVED, arrival)
        self.ctx.notify()
        return arrival

    # -- perks --------------------------------------------------------------------------------

    def perks(
        self, conn: sqlite3.Connection, show: sqlite3.Row, req: OrderCreate, subtotal: int
    ) -> int:
        """Inside an order's write: the member-price discount (minor units, rounded down) for
        the buyer's tier; raises `Conflict` (409 drop-not-open) for a drop the buyer may not
        buy yet."""
        creator = str(show["host_name"])
        member = self.member_of(conn, creator, req.viewer_id or name_viewer_id(req.buyer_name))
        drop = conn.execute(
            "SELECT opens_ts, opens_at FROM drops WHERE show_id=? AND product_id=?",
            (show["id"], req.product_id),
        ).fetchone()
        early = member.early_access_s if member else 0
        if drop is not None and self.ctx.clock() < drop["opens_ts"] - early:
            opens = datetime.fromisoformat(drop["opens_at"]).strftime("%H:%M:%S UTC")
            raise Conflict(
                f"This drop opens at {opens}; members of a higher tier may buy earlier.",
                slug="drop-not-open",
                title="Not open yet",
            )
        percent = member.member_price_percent if member else 0
        return subtotal * percent // 100

    def create_drop(self, show_id: str, req: DropCreate) -> Drop:
        """Make a product a drop opening `opens_in_s` from now (again: moves it). Raises
        `NotFound`."""
        opens = self.ctx.now() + timedelta(seconds=req.opens_in_s)
        drop = Drop(id=new_id("drp"), show_id=show_id, product_id=req.product_id, opens_at=opens)
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            product_row(conn, show_id, req.product_id, field="body.product_id")
            conn.execute(
                "INSERT INTO drops VALUES (?, ?, ?, ?, ?) ON CONFLICT (show_id, product_id)"
                " DO UPDATE SET opens_at=excluded.opens_at, opens_ts=excluded.opens_ts",
                (drop.id, show_id, req.product_id, opens.isoformat(), opens.timestamp()),
            )
            row = conn.execute(
                "SELECT id FROM drops WHERE show_id=? AND product_id=?", (show_id, req.product_id)
            ).fetchone()
        return drop.model_copy(update={"id": row[0]})

    def drops(self, show_id: str) -> list[Drop]:
        rows = self.ctx.db.read().execute(
            "SELECT * FROM drops WHERE show_id=? ORDER BY opens_ts", (show_id,)
        )
        return [
            Drop(
                id=r["id"],
                show_id=r["show_id"],
                product_id=r["product_id"],
                opens_at=datetime.fromisoformat(r["opens_at"]).astimezone(UTC),
            )
            for r in rows
        ]


def _entry(r: sqlite3.Row, name: str) -> LedgerEntry:
    """A ledger row as the contract's entry; `name`: the member's latest display name."""
    vests = (
        r["vests_ts"]
        if r["status"] in ("pending", "vested")
        and r["kind"]
        in (
            "purchase",
            "referral",
        )
        else None
    )
    return LedgerEntry(
        id=r["id"],
        member=name,
        viewer_id=r["member"],
        kind=PointsKind(r["kind"]),
        points=r["points"],
        status=EntryStatus(r["status"]),
        reason=r["reason"],
        show_id=r["show_id"],
        order_id=r["order_id"],
        comment_id=r["comment_id"],
        created_at=r["created_at"],
        vests_at=datetime.fromtimestamp(vests, UTC) if vests is not None else None,
        settled_at=r["settled_at"],
    )
