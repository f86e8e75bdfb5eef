"""The sandbox's data layer: every read and write of platform state, and the events they cause.

A state change and the event announcing it are written in the same transaction, so the event
log can be replayed to rebuild what a client missed, with no gap and no duplicate. Errors are
`ApiProblem`s carrying the message the user of the API will read.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from studio.platform.models import (
    Cohost,
    CohostCreated,
    Comment,
    CommentCreate,
    CommentKind,
    Event,
    EventType,
    IngestHealth,
    IngestReport,
    IngestState,
    Order,
    OrderCreate,
    Pin,
    Product,
    ProductUpdate,
    Queue,
    Reseller,
    ResellerCreate,
    Role,
    Show,
    ShowStatus,
    StreamKey,
    Supporter,
    Theme,
    Timer,
    TimerCreate,
    TimerStatus,
    Viewers,
)
from studio.redact import register_secret
from studio.sandbox.db import Database
from studio.sandbox.events import EventHub
from studio.sandbox.problems import ApiProblem, Conflict, Invalid, NotFound, StaleVersion

INGEST_STALE_S = 10.0


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(prefix: str) -> str:
    """A fresh secret, registered for redaction before anyone can log it."""
    token = f"{prefix}_{secrets.token_urlsafe(24)}"
    register_secret(token)
    return token


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:16]}"


def encode_cursor(rowid: int) -> str:
    raw = json.dumps({"after": rowid}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        after = json.loads(raw)["after"]
        if not isinstance(after, int) or after < 0:
            raise ValueError
        return after
    except (ValueError, KeyError, TypeError) as exc:
        raise ApiProblem(
            "The cursor is not one this API handed out; start again without `cursor`.",
            slug="bad-cursor",
            title="Unknown cursor",
        ) from exc


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from a bearer token."""

    name: str
    role: Role
    show_id: str | None
    scope: str  # a hash of the token: idempotency keys and rate limits are per caller


def _dump(model: BaseModel) -> str:
    return model.model_dump_json()


class Store:
    def __init__(self, db: Database, hub: EventHub, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.hub = hub
        self.clock = clock

    # -- helpers ---------------------------------------------------------------------------

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def _emit(
        self, conn: sqlite3.Connection, show_id: str, etype: EventType, data: BaseModel
    ) -> None:
        conn.execute(
            "INSERT INTO events (show_id, type, at, data) VALUES (?, ?, ?, ?)",
            (show_id, etype.value, self.now().isoformat(), data.model_dump_json()),
        )

    def _notify(self) -> None:
        self.hub.notify()

    def meta_get(self, key: str) -> str | None:
        row = self.db.read().execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def meta_set(self, key: str, value: str) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- tokens ----------------------------------------------------------------------------

    def add_token(
        self, token: str, name: str, role: Role, show_id: str | None, cohost_id: str | None = None
    ) -> None:
        register_secret(token)
        with self.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO tokens VALUES (?, ?, ?, ?, ?)",
                (token_hash(token), name, role.value, show_id, cohost_id),
            )

    def principal(self, token: str) -> Principal | None:
        h = token_hash(token)
        row = self.db.read().execute("SELECT * FROM tokens WHERE token_hash=?", (h,)).fetchone()
        if row is None:
            return None
        return Principal(row["name"], Role(row["role"]), row["show_id"], h)

    # -- shows -----------------------------------------------------------------------------

    def add_theme(self, theme: Theme) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT OR REPLACE INTO themes VALUES (?, ?)", (theme.id, _dump(theme)))

    def create_show(
        self,
        *,
        title: str,
        host_name: str,
        scheduled_start: datetime,
        ingest_url: str,
        currency: str,
        theme_id: str | None = None,
        status: ShowStatus = ShowStatus.SCHEDULED,
        show_id: str | None = None,
    ) -> str:
        sid = show_id or _id("shw")
        now = self.now().isoformat()
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO shows (id, title, host_name, theme_id, scheduled_start, status,"
                " started_at, ended_at, ingest_url, currency, viewers_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    title,
                    host_name,
                    theme_id,
                    scheduled_start.isoformat(),
                    status.value,
                    now if status != ShowStatus.SCHEDULED else None,
                    now if status == ShowStatus.ENDED else None,
                    ingest_url,
                    currency,
                    now,
                ),
            )
            conn.execute("INSERT INTO queues VALUES (?, '[]', 0)", (sid,))
            conn.execute("INSERT INTO pins VALUES (?, NULL, NULL, NULL, 0)", (sid,))
        return sid

    def _show_row(self, conn: sqlite3.Connection, show_id: str) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM shows WHERE id=?", (show_id,)).fetchone()
        if row is None:
            raise NotFound(f"There is no show {show_id!r}.")
        return row

    def _theme(self, conn: sqlite3.Connection, theme_id: str | None) -> Theme | None:
        if not theme_id:
            return None
        row = conn.execute("SELECT body FROM themes WHERE id=?", (theme_id,)).fetchone()
        return None if row is None else Theme.model_validate_json(row[0])

    def _show(self, conn: sqlite3.Connection, row: sqlite3.Row) -> Show:
        return Show(
            id=row["id"],
            title=row["title"],
            host_name=row["host_name"],
            theme=self._theme(conn, row["theme_id"]),
            scheduled_start=row["scheduled_start"],
            status=ShowStatus(row["status"]),
            started_at=row["started_at"],
            ended_at=row["ended_at"],
            ingest_url=row["ingest_url"],
            stream_key_hint=row["key_hint"],
            currency=row["currency"],
        )

    def show_exists(self, show_id: str) -> bool:
        conn = self.db.read()
        return conn.execute("SELECT 1 FROM shows WHERE id=?", (show_id,)).fetchone() is not None

    def get_show(self, show_id: str) -> Show:
        conn = self.db.read()
        return self._show(conn, self._show_row(conn, show_id))

    def list_shows(
        self, only_show: str | None, cursor: str | None, limit: int
    ) -> tuple[list[Show], str | None]:
        after = decode_cursor(cursor)
        conn = self.db.read()
        sql = "SELECT * FROM shows WHERE rowid_ > ?"
        args: list[Any] = [after]
        if only_show is not None:
            sql += " AND id = ?"
            args.append(only_show)
        rows = conn.execute(sql + " ORDER BY rowid_ LIMIT ?", (*args, limit + 1)).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        nxt = encode_cursor(rows[-1]["rowid_"]) if more else None
        return [self._show(conn, r) for r in rows], nxt

    def set_ingest_url(self, show_id: str, url: str) -> None:
        with self.db.write() as conn:
            self._show_row(conn, show_id)
            conn.execute("UPDATE shows SET ingest_url=? WHERE id=?", (url, show_id))
            self._emit(
                conn,
                show_id,
                EventType.SHOW_CHANGED,
                self._show(conn, self._show_row(conn, show_id)),
            )
        self._notify()

    def _set_status(self, show_id: str, status: ShowStatus) -> Show:
        now = self.now().isoformat()
        with self.db.write() as conn:
            row = self._show_row(conn, show_id)
            current = ShowStatus(row["status"])
            if current == status:
                return self._show(conn, row)  # already there: a retry is not an error
            if current == ShowStatus.ENDED:
                raise Conflict("This show has ended; it cannot go live again.", slug="show-ended")
            if status == ShowStatus.LIVE:
                conn.execute(
                    "UPDATE shows SET status=?, started_at=? WHERE id=?", (status, now, show_id)
                )
            else:
                conn.execute(
                    "UPDATE shows SET status=?, ended_at=? WHERE id=?", (status, now, show_id)
                )
                self._end_timers(conn, show_id, TimerStatus.ENDED, None)
            show = self._show(conn, self._show_row(conn, show_id))
            self._emit(conn, show_id, EventType.SHOW_CHANGED, show)
        self._notify()
        return show

    def start_show(self, show_id: str) -> Show:
        return self._set_status(show_id, ShowStatus.LIVE)

    def end_show(self, show_id: str) -> Show:
        return self._set_status(show_id, ShowStatus.ENDED)

    def rotate_stream_key(self, show_id: str) -> StreamKey:
        """Issue a new key; the old one stops working at once and only a hash is kept."""
        key = new_token("sk_live")
        with self.db.write() as conn:
            row = self._show_row(conn, show_id)
            conn.execute(
                "UPDATE shows SET key_hash=?, key_hint=? WHERE id=?",
                (token_hash(key), "****" + key[-4:], show_id),
            )
            self._emit(
                conn,
                show_id,
                EventType.SHOW_CHANGED,
                self._show(conn, self._show_row(conn, show_id)),
            )
        self._notify()
        return StreamKey(
            show_id=show_id, ingest_url=row["ingest_url"], stream_key=key, issued_at=self.now()
        )

    def show_for_stream_key(self, key: str) -> str | None:
        row = (
            self.db.read()
            .execute("SELECT id FROM shows WHERE key_hash=?", (token_hash(key),))
            .fetchone()
        )
        return None if row is None else str(row[0])

    def _require_not_ended(self, row: sqlite3.Row) -> None:
        if row["status"] == ShowStatus.ENDED:
            raise Conflict("This show has ended; it can no longer be changed.", slug="show-ended")

    # -- cohosts ---------------------------------------------------------------------------

    def create_cohost(self, show_id: str, name: str) -> CohostCreated:
        token = new_token("st_cohost")
        cohost = Cohost(
            id=_id("coh"), show_id=show_id, name=name, role=Role.COHOST, created_at=self.now()
        )
        with self.db.write() as conn:
            self._show_row(conn, show_id)
            conn.execute(
                "INSERT INTO cohosts (id, show_id, name, created_at) VALUES (?, ?, ?, ?)",
                (cohost.id, show_id, name, cohost.created_at.isoformat()),
            )
            conn.execute(
                "INSERT INTO tokens VALUES (?, ?, ?, ?, ?)",
                (token_hash(token), name, Role.COHOST.value, show_id, cohost.id),
            )
        return CohostCreated(cohost=cohost, token=token)

    def list_cohosts(self, show_id: str) -> list[Cohost]:
        rows = (
            self.db.read()
            .execute("SELECT * FROM cohosts WHERE show_id=? ORDER BY rowid_", (show_id,))
            .fetchall()
        )
        return [
            Cohost(
                id=r["id"],
                show_id=r["show_id"],
                name=r["name"],
                role=Role.COHOST,
                created_at=r["created_at"],
            )
            for r in rows
        ]

    # -- products --------------------------------------------------------------------------

    def add_product(self, show_id: str, product: Product) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO products (id, show_id, sku, title, description, price_minor, currency,"
                " flash_price_minor, stock, image, product_url)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    product.id,
                    show_id,
                    product.sku,
                    product.title,
                    product.description,
                    product.price_minor,
                    product.currency,
                    product.flash_price_minor,
                    product.stock,
                    product.image_url,
                    product.product_url,
                ),
            )

    @staticmethod
    def _product(row: sqlite3.Row, media_base: str) -> Product:
        image = row["image"]
        if "://" not in image:
            image = media_base.rstrip("/") + "/" + image
        return Product(
            id=row["id"],
            sku=row["sku"],
            title=row["title"],
            description=row["description"],
            price_minor=row["price_minor"],
            currency=row["currency"],
            flash_price_minor=row["flash_price_minor"],
            stock=row["stock"],
            image_url=image,
            product_url=row["product_url"],
        )

    def _product_row(
        self, conn: sqlite3.Connection, show_id: str, product_id: str, field: str = ""
    ) -> sqlite3.Row:
        row = conn.execute(
            "SELECT * FROM products WHERE id=? AND show_id=?", (product_id, show_id)
        ).fetchone()
        if row is None:
            if field:
                raise Invalid(
                    f"There is no product {product_id!r} in this show's catalog.",
                    errors=[{"loc": field, "message": "unknown product"}],
                )
            raise NotFound(f"There is no product {product_id!r} in this show's catalog.")
        return row

    def list_products(
        self, show_id: str, cursor: str | None, limit: int, media_base: str
    ) -> tuple[list[Product], str | None]:
        after = decode_cursor(cursor)
        rows = (
            self.db.read()
            .execute(
                "SELECT * FROM products WHERE show_id=? AND rowid_ > ? ORDER BY rowid_ LIMIT ?",
                (show_id, after, limit + 1),
            )
            .fetchall()
        )
        more = len(rows) > limit
        rows = rows[:limit]
        nxt = encode_cursor(rows[-1]["rowid_"]) if more else None
        return [self._product(r, media_base) for r in rows], nxt

    def get_product(self, show_id: str, product_id: str, media_base: str) -> Product:
        return self._product(self._product_row(self.db.read(), show_id, product_id), media_base)

    def product_ids(self, show_id: str) -> list[str]:
        rows = (
            self.db.read()
            .execute("SELECT id FROM products WHERE show_id=? ORDER BY rowid_", (show_id,))
            .fetchall()
        )
        return [r[0] for r in rows]

    def update_product(
        self, show_id: str, product_id: str, change: ProductUpdate, media_base: str
    ) -> Product:
        with self.db.write() as conn:
            self._product_row(conn, show_id, product_id)
            fields = change.model_dump(exclude_none=True)
            if fields:
                sets = ", ".join(f"{k}=?" for k in fields)
                conn.execute(
                    f"UPDATE products SET {sets} WHERE id=?", (*fields.values(), product_id)
                )
            product = self._product(self._product_row(conn, show_id, product_id), media_base)
            if fields:
                self._emit(conn, show_id, EventType.PRODUCT_UPDATED, product)
        self._notify()
        return product

    # -- queue and pin ---------------------------------------------------------------------

    def get_queue(self, show_id: str) -> Queue:
        return self._queue(self.db.read(), show_id)

    def _queue(self, conn: sqlite3.Connection, show_id: str) -> Queue:
        row = conn.execute("SELECT * FROM queues WHERE show_id=?", (show_id,)).fetchone()
        if row is None:
            raise NotFound(f"There is no show {show_id!r}.")
        return Queue(
            show_id=show_id, product_ids=json.loads(row["product_ids"]), version=row["version"]
        )

    def put_queue(self, show_id: str, product_ids: Sequence[str], if_version: int) -> Queue:
        """Replace the queue only if nobody changed it since `if_version` (else 412 + current)."""
        with self.db.write() as conn:
            self._require_not_ended(self._show_row(conn, show_id))
            current = self._queue(conn, show_id)
            if current.version != if_version:
                raise StaleVersion(
                    f"The queue is at version {current.version}, not {if_version}: "
                    "someone else edited it. Merge your change into the current queue and retry.",
                    current=current.model_dump(mode="json"),
                    headers={"ETag": f'"{current.version}"'},
                )
            known = {
                r[0] for r in conn.execute("SELECT id FROM products WHERE show_id=?", (show_id,))
            }
            unknown = [p for p in product_ids if p not in known]
            if unknown:
                raise Invalid(
                    f"Not in this show's catalog: {', '.join(unknown)}.",
                    errors=[
                        {"loc": f"body.product_ids.{i}", "message": "unknown product"}
                        for i, p in enumerate(product_ids)
                        if p in unknown
                    ],
                )
            queue = Queue(show_id=show_id, product_ids=list(product_ids), version=if_version + 1)
            conn.execute(
                "UPDATE queues SET product_ids=?, version=? WHERE show_id=?",
                (json.dumps(queue.product_ids), queue.version, show_id),
            )
            self._emit(conn, show_id, EventType.QUEUE_CHANGED, queue)
        self._notify()
        return queue

    def get_pin(self, show_id: str) -> Pin:
        return self._pin(self.db.read(), show_id)

    def _pin(self, conn: sqlite3.Connection, show_id: str) -> Pin:
        row = conn.execute("SELECT * FROM pins WHERE show_id=?", (show_id,)).fetchone()
        if row is None:
            raise NotFound(f"There is no show {show_id!r}.")
        return Pin(
            show_id=show_id,
            product_id=row["product_id"],
            pinned_at=row["pinned_at"],
            pinned_by=row["pinned_by"],
            version=row["version"],
        )

    def set_pin(
        self, show_id: str, product_id: str | None, by: str, if_version: int | None = None
    ) -> Pin:
        with self.db.write() as conn:
            self._require_not_ended(self._show_row(conn, show_id))
            current = self._pin(conn, show_id)
            if if_version is not None and current.version != if_version:
                raise StaleVersion(
                    f"The pin is at version {current.version}, not {if_version}.",
                    current=current.model_dump(mode="json"),
                    headers={"ETag": f'"{current.version}"'},
                )
            if product_id is not None:
                self._product_row(conn, show_id, product_id, field="body.product_id")
            if current.product_id == product_id:
                return current  # pinning what is pinned changes nothing and says nothing
            pin = Pin(
                show_id=show_id,
                product_id=product_id,
                pinned_at=self.now() if product_id else None,
                pinned_by=by if product_id else None,
                version=current.version + 1,
            )
            conn.execute(
                "UPDATE pins SET product_id=?, pinned_at=?, pinned_by=?, version=? WHERE show_id=?",
                (
                    pin.product_id,
                    pin.pinned_at.isoformat() if pin.pinned_at else None,
                    pin.pinned_by,
                    pin.version,
                    show_id,
                ),
            )
            self._emit(conn, show_id, EventType.PIN_CHANGED, pin)
        self._notify()
        return pin

    # -- timers ----------------------------------------------------------------------------

    @staticmethod
    def _timer(row: sqlite3.Row) -> Timer:
        return Timer(
            id=row["id"],
            show_id=row["show_id"],
            product_id=row["product_id"],
            flash_price_minor=row["flash_price_minor"],
            starts_at=row["starts_at"],
            ends_at=row["ends_at"],
            status=TimerStatus(row["status"]),
        )

    def list_timers(self, show_id: str, status: TimerStatus | None = None) -> list[Timer]:
        self.expire_timers()
        sql, args = "SELECT * FROM timers WHERE show_id=?", [show_id]
        if status is not None:
            sql += " AND status=?"
            args.append(status.value)
        rows = self.db.read().execute(sql + " ORDER BY rowid_", args).fetchall()
        return [self._timer(r) for r in rows]

    def create_timer(self, show_id: str, req: TimerCreate) -> Timer:
        self.expire_timers()
        now_ts = self.clock()
        if req.ends_at is not None:
            ends = req.ends_at if req.ends_at.tzinfo else req.ends_at.replace(tzinfo=UTC)
            ends_ts = ends.timestamp()
            if not now_ts + 1 <= ends_ts <= now_ts + 3600:
                raise Invalid(
                    "ends_at must be between 1 s and 1 h from now.",
                    errors=[{"loc": "body.ends_at", "message": "out of range"}],
                )
        else:
            ends_ts = now_ts + float(req.duration_s or 0)
        with self.db.write() as conn:
            self._require_not_ended(self._show_row(conn, show_id))
            prow = self._product_row(conn, show_id, req.product_id, field="body.product_id")
            if req.flash_price_minor >= prow["price_minor"]:
                raise Invalid(
                    "A flash price must be below the regular price "
                    f"({prow['price_minor']} minor units).",
                    errors=[{"loc": "body.flash_price_minor", "message": "not below price"}],
                )
            busy = conn.execute(
                "SELECT id FROM timers WHERE show_id=? AND product_id=? AND status='active'",
                (show_id, req.product_id),
            ).fetchone()
            if busy is not None:
                raise Conflict(
                    f"A flash sale is already running on this product (timer {busy[0]}).",
                    slug="timer-running",
                )
            timer = Timer(
                id=_id("tmr"),
                show_id=show_id,
                product_id=req.product_id,
                flash_price_minor=req.flash_price_minor,
                starts_at=datetime.fromtimestamp(now_ts, UTC),
                ends_at=datetime.fromtimestamp(ends_ts, UTC),
                status=TimerStatus.ACTIVE,
            )
            conn.execute(
                "INSERT INTO timers (id, show_id, product_id, flash_price_minor, starts_at,"
                " ends_at, ends_ts, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'active')",
                (
                    timer.id,
                    show_id,
                    timer.product_id,
                    timer.flash_price_minor,
                    timer.starts_at.isoformat(),
                    timer.ends_at.isoformat(),
                    ends_ts,
                ),
            )
            conn.execute(
                "UPDATE products SET flash_price_minor=? WHERE id=?",
                (timer.flash_price_minor, timer.product_id),
            )
            self._emit(conn, show_id, EventType.TIMER_STARTED, timer)
        self._notify()
        return timer

    def cancel_timer(self, show_id: str, timer_id: str) -> Timer:
        with self.db.write() as conn:
            row = conn.execute(
                "SELECT * FROM timers WHERE id=? AND show_id=?", (timer_id, show_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no timer {timer_id!r} in this show.")
            if row["status"] != TimerStatus.ACTIVE:
                return self._timer(row)
            self._end_timers(conn, show_id, TimerStatus.CANCELLED, timer_id)
            row = conn.execute("SELECT * FROM timers WHERE id=?", (timer_id,)).fetchone()
        self._notify()
        return self._timer(row)

    def _end_timers(
        self,
        conn: sqlite3.Connection,
        show_id: str | None,
        status: TimerStatus,
        timer_id: str | None,
        due_ts: float | None = None,
    ) -> int:
        sql, args = "SELECT * FROM timers WHERE status='active'", list[Any]()
        if show_id is not None:
            sql += " AND show_id=?"
            args.append(show_id)
        if timer_id is not None:
            sql += " AND id=?"
            args.append(timer_id)
        if due_ts is not None:
            sql += " AND ends_ts<=?"
            args.append(due_ts)
        rows = conn.execute(sql + " ORDER BY ends_ts", args).fetchall()
        for row in rows:
            conn.execute("UPDATE timers SET status=? WHERE id=?", (status.value, row["id"]))
            conn.execute(
                "UPDATE products SET flash_price_minor=NULL WHERE id=?", (row["product_id"],)
            )
            timer = self._timer(row).model_copy(update={"status": status})
            self._emit(conn, row["show_id"], EventType.TIMER_ENDED, timer)
        return len(rows)

    def expire_timers(self) -> int:
        """End every timer whose `ends_at` has passed; cheap when there is nothing to do."""
        now_ts = self.clock()
        due = (
            self.db.read()
            .execute("SELECT 1 FROM timers WHERE status='active' AND ends_ts<=? LIMIT 1", (now_ts,))
            .fetchone()
        )
        if due is None:
            return 0
        with self.db.write() as conn:
            n = self._end_timers(conn, None, TimerStatus.ENDED, None, due_ts=now_ts)
        if n:
            self._notify()
        return n

    # -- orders, supporters, resellers -----------------------------------------------------

    def _multiplier(self, conn: sqlite3.Connection, show: sqlite3.Row) -> int:
        theme = self._theme(conn, show["theme_id"])
        return theme.loyalty_multiplier if theme else 1

    def _credit_supporter(
        self,
        conn: sqlite3.Connection,
        show_id: str,
        name: str,
        points: int,
        orders: int = 0,
        spent: int = 0,
    ) -> None:
        cur = conn.execute(
            "UPDATE supporters SET points=points+?, orders_count=orders_count+?,"
            " spent_minor=spent_minor+? WHERE show_id=? AND display_name=?",
            (points, orders, spent, show_id, name),
        )
        if cur.rowcount:
            return
        sup = Supporter(
            id=_id("sup"),
            display_name=name,
            points=points,
            orders_count=orders,
            spent_minor=spent,
            first_seen_at=self.now(),
        )
        conn.execute(
            "INSERT INTO supporters (id, show_id, display_name, points, orders_count,"
            " spent_minor, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sup.id, show_id, name, points, orders, spent, sup.first_seen_at.isoformat()),
        )
        self._emit(conn, show_id, EventType.SUPPORTER_JOINED, sup)

    def _place_order(
        self, conn: sqlite3.Connection, show: sqlite3.Row, req: OrderCreate, mult: int
    ) -> Order:
        show_id = show["id"]
        prow = self._product_row(conn, show_id, req.product_id, field="body.product_id")
        if req.referral_code is not None:
            known = conn.execute(
                "SELECT 1 FROM resellers WHERE show_id=? AND code=?", (show_id, req.referral_code)
            ).fetchone()
            if known is None:
                raise Invalid(
                    f"Unknown referral code {req.referral_code!r}.",
                    errors=[{"loc": "body.referral_code", "message": "unknown referral code"}],
                )
        if prow["stock"] < req.quantity:
            raise Conflict(
                f"Only {prow['stock']} left of {prow['title']!r}.",
                slug="out-of-stock",
                title="Not enough stock",
                stock=prow["stock"],
            )
        flash = prow["flash_price_minor"] is not None
        unit = prow["flash_price_minor"] if flash else prow["price_minor"]
        amount = unit * req.quantity
        points = (amount // 100) * mult
        seq = show["next_seq"]
        stock_left = prow["stock"] - req.quantity
        order = Order(
            id=f"ord_{uuid.uuid4().hex[:16]}",
            seq=seq,
            show_id=show_id,
            product_id=req.product_id,
            quantity=req.quantity,
            unit_price_minor=unit,
            amount_minor=amount,
            currency=prow["currency"],
            flash=flash,
            buyer_name=req.buyer_name,
            referral_code=req.referral_code,
            points_earned=points,
            stock_remaining=stock_left,
            created_at=self.now(),
        )
        conn.execute("UPDATE shows SET next_seq=? WHERE id=?", (seq + 1, show_id))
        conn.execute("UPDATE products SET stock=? WHERE id=?", (stock_left, req.product_id))
        conn.execute(
            "INSERT INTO orders (show_id, seq, id, body) VALUES (?, ?, ?, ?)",
            (show_id, seq, order.id, order.model_dump_json()),
        )
        if req.referral_code is not None:
            conn.execute(
                "UPDATE resellers SET orders_count=orders_count+1, revenue_minor=revenue_minor+?"
                " WHERE show_id=? AND code=?",
                (amount, show_id, req.referral_code),
            )
        self._emit(conn, show_id, EventType.ORDER_CREATED, order)
        self._credit_supporter(conn, show_id, req.buyer_name, points, 1, amount)
        return order

    def _live_show(self, conn: sqlite3.Connection, show_id: str) -> sqlite3.Row:
        show = self._show_row(conn, show_id)
        if show["status"] != ShowStatus.LIVE:
            raise Conflict(
                f"The show is {show['status']}; orders open while it is live.",
                slug="show-not-live",
            )
        return show

    def create_order(self, show_id: str, req: OrderCreate) -> Order:
        with self.db.write() as conn:
            show = self._live_show(conn, show_id)
            order = self._place_order(conn, show, req, self._multiplier(conn, show))
        self._notify()
        return order

    def create_orders(self, show_id: str, reqs: Iterable[OrderCreate]) -> list[Order]:
        """Many orders in one transaction (the simulator's bursts); failing ones are skipped."""
        placed: list[Order] = []
        with self.db.write() as conn:
            show = self._live_show(conn, show_id)
            mult = self._multiplier(conn, show)
            for req in reqs:
                show = self._show_row(conn, show_id)  # next_seq moved on
                try:
                    conn.execute("SAVEPOINT o")
                    placed.append(self._place_order(conn, show, req, mult))
                    conn.execute("RELEASE o")
                except ApiProblem:
                    conn.execute("ROLLBACK TO o")
                    conn.execute("RELEASE o")
        if placed:
            self._notify()
        return placed

    def orders_after(self, show_id: str, after_seq: int, limit: int) -> tuple[list[Order], bool]:
        rows = (
            self.db.read()
            .execute(
                "SELECT body FROM orders WHERE show_id=? AND seq>? ORDER BY seq LIMIT ?",
                (show_id, after_seq, limit + 1),
            )
            .fetchall()
        )
        more = len(rows) > limit
        return [Order.model_validate_json(r[0]) for r in rows[:limit]], more

    def list_supporters(
        self, show_id: str, cursor: str | None, limit: int
    ) -> tuple[list[Supporter], str | None]:
        after = decode_cursor(cursor)
        rows = (
            self.db.read()
            .execute(
                "SELECT * FROM supporters WHERE show_id=? AND rowid_>? ORDER BY rowid_ LIMIT ?",
                (show_id, after, limit + 1),
            )
            .fetchall()
        )
        more = len(rows) > limit
        rows = rows[:limit]
        items = [
            Supporter(
                id=r["id"],
                display_name=r["display_name"],
                points=r["points"],
                orders_count=r["orders_count"],
                spent_minor=r["spent_minor"],
                first_seen_at=r["first_seen_at"],
            )
            for r in rows
        ]
        return items, (encode_cursor(rows[-1]["rowid_"]) if more else None)

    def create_reseller(self, show_id: str, req: ResellerCreate, share_base: str) -> Reseller:
        code = req.code or "".join(c for c in req.name.upper() if c.isalnum())[:12] or "SHARE"
        if len(code) < 3:
            code = (code + "-SHARE")[:12]
        with self.db.write() as conn:
            self._show_row(conn, show_id)
            taken = conn.execute(
                "SELECT 1 FROM resellers WHERE show_id=? AND code=?", (show_id, code)
            ).fetchone()
            if taken is not None:
                raise Conflict(f"The referral code {code!r} is taken.", slug="code-taken")
            conn.execute(
                "INSERT INTO resellers (show_id, code, name, orders_count, revenue_minor)"
                " VALUES (?, ?, ?, 0, 0)",
                (show_id, code, req.name),
            )
        return Reseller(
            code=code,
            name=req.name,
            share_url=f"{share_base}?ref={code}",
            orders_count=0,
            revenue_minor=0,
        )

    def list_resellers(self, show_id: str, share_base: str) -> list[Reseller]:
        rows = (
            self.db.read()
            .execute("SELECT * FROM resellers WHERE show_id=? ORDER BY rowid_", (show_id,))
            .fetchall()
        )
        return [
            Reseller(
                code=r["code"],
                name=r["name"],
                share_url=f"{share_base}?ref={r['code']}",
                orders_count=r["orders_count"],
                revenue_minor=r["revenue_minor"],
            )
            for r in rows
        ]

    def reseller_codes(self, show_id: str) -> list[str]:
        rows = self.db.read().execute(
            "SELECT code FROM resellers WHERE show_id=? ORDER BY rowid_", (show_id,)
        )
        return [r[0] for r in rows]

    # -- comments --------------------------------------------------------------------------

    def create_comment(self, show_id: str, req: CommentCreate, author: str, role: Role) -> Comment:
        comment = Comment(
            id=_id("cmt"),
            show_id=show_id,
            author=author,
            role=role,
            kind=req.kind,
            text=req.text,
            created_at=self.now(),
        )
        with self.db.write() as conn:
            show = self._show_row(conn, show_id)
            self._require_not_ended(show)
            conn.execute(
                "INSERT INTO comments (id, show_id, body) VALUES (?, ?, ?)",
                (comment.id, show_id, comment.model_dump_json()),
            )
            self._emit(conn, show_id, EventType.COMMENT_CREATED, comment)
            if role == Role.VIEWER:
                points = (2 if req.kind == CommentKind.QUESTION else 1) * self._multiplier(
                    conn, show
                )
                self._credit_supporter(conn, show_id, author, points)
        self._notify()
        return comment

    def list_comments(
        self, show_id: str, cursor: str | None, limit: int
    ) -> tuple[list[Comment], str | None]:
        after = decode_cursor(cursor)
        rows = (
            self.db.read()
            .execute(
                "SELECT rowid_, body FROM comments WHERE show_id=? AND rowid_>?"
                " ORDER BY rowid_ LIMIT ?",
                (show_id, after, limit + 1),
            )
            .fetchall()
        )
        more = len(rows) > limit
        rows = rows[:limit]
        items = [Comment.model_validate_json(r["body"]) for r in rows]
        return items, (encode_cursor(rows[-1]["rowid_"]) if more else None)

    # -- viewers and ingest ----------------------------------------------------------------

    def get_viewers(self, show_id: str) -> Viewers:
        row = self._show_row(self.db.read(), show_id)
        return Viewers(
            show_id=show_id,
            count=row["viewers"],
            peak=row["viewers_peak"],
            updated_at=row["viewers_at"],
        )

    def set_viewers(self, show_id: str, count: int) -> Viewers:
        count = max(0, count)
        with self.db.write() as conn:
            row = self._show_row(conn, show_id)
            if row["viewers"] == count:
                return self.get_viewers(show_id)
            peak = max(row["viewers_peak"], count)
            viewers = Viewers(show_id=show_id, count=count, peak=peak, updated_at=self.now())
            conn.execute(
                "UPDATE shows SET viewers=?, viewers_peak=?, viewers_at=? WHERE id=?",
                (count, peak, viewers.updated_at.isoformat(), show_id),
            )
            self._emit(conn, show_id, EventType.VIEWERS_CHANGED, viewers)
        self._notify()
        return viewers

    def get_ingest(self, show_id: str) -> IngestHealth:
        conn = self.db.read()
        self._show_row(conn, show_id)
        row = conn.execute("SELECT body FROM ingest WHERE show_id=?", (show_id,)).fetchone()
        if row is None:
            return _offline(show_id, None)
        health = IngestHealth.model_validate_json(row[0])
        if health.state != IngestState.OFFLINE and self._stale(health):
            return _offline(show_id, health.reported_at)
        return health

    def _stale(self, health: IngestHealth) -> bool:
        if health.reported_at is None:
            return True
        return self.clock() - health.reported_at.timestamp() > INGEST_STALE_S

    def report_ingest(self, show_id: str, report: IngestReport) -> IngestHealth:
        """Record what the ingest saw; announce it when the state or the figures moved."""
        if not report.video_arriving:
            state = IngestState.OFFLINE
        elif report.fps < 15 or report.bitrate_kbps < 300:
            state = IngestState.DEGRADED
        else:
            state = IngestState.RECEIVING
        health = IngestHealth(
            show_id=show_id, state=state, reported_at=self.now(), **report.model_dump()
        )
        with self.db.write() as conn:
            self._show_row(conn, show_id)
            row = conn.execute("SELECT body FROM ingest WHERE show_id=?", (show_id,)).fetchone()
            before = IngestHealth.model_validate_json(row[0]) if row else None
            conn.execute(
                "INSERT OR REPLACE INTO ingest VALUES (?, ?)", (show_id, health.model_dump_json())
            )
            if before is None or _ingest_moved(before, health) or self._stale(before):
                self._emit(conn, show_id, EventType.INGEST_CHANGED, health)
        self._notify()
        return health

    def expire_ingest(self) -> int:
        """Announce `offline` for shows whose ingest stopped reporting."""
        rows = self.db.read().execute("SELECT show_id, body FROM ingest").fetchall()
        stale = [
            (r[0], h)
            for r in rows
            if (h := IngestHealth.model_validate_json(r[1])).state != IngestState.OFFLINE
            and self._stale(h)
        ]
        if not stale:
            return 0
        with self.db.write() as conn:
            for show_id, h in stale:
                off = _offline(show_id, h.reported_at)
                conn.execute(
                    "INSERT OR REPLACE INTO ingest VALUES (?, ?)", (show_id, off.model_dump_json())
                )
                self._emit(conn, show_id, EventType.INGEST_CHANGED, off)
        self._notify()
        return len(stale)

    # -- events ----------------------------------------------------------------------------

    def events_after(self, show_id: str, after_id: int, limit: int) -> tuple[list[Event], bool]:
        rows = (
            self.db.read()
            .execute(
                "SELECT * FROM events WHERE show_id=? AND id>? ORDER BY id LIMIT ?",
                (show_id, after_id, limit + 1),
            )
            .fetchall()
        )
        more = len(rows) > limit
        return [
            Event(
                id=r["id"],
                type=EventType(r["type"]),
                show_id=r["show_id"],
                at=r["at"],
                data=json.loads(r["data"]),
            )
            for r in rows[:limit]
        ], more

    def raw_events_after(
        self, show_id: str, after_id: int, limit: int
    ) -> list[tuple[int, str, str]]:
        """(id, type, JSON of the Event) without a pydantic round-trip: the SSE hot path."""
        rows = (
            self.db.read()
            .execute(
                "SELECT id, type, at, data FROM events WHERE show_id=? AND id>? ORDER BY id"
                " LIMIT ?",
                (show_id, after_id, limit),
            )
            .fetchall()
        )
        out = []
        for eid, etype, at, data in rows:
            body = (
                f'{{"id":{eid},"type":"{etype}","show_id":{json.dumps(show_id)},'
                f'"at":"{_z(at)}","data":{data}}}'
            )
            out.append((eid, etype, body))
        return out

    def last_event_id(self, show_id: str) -> int:
        row = (
            self.db.read()
            .execute("SELECT MAX(id) FROM events WHERE show_id=?", (show_id,))
            .fetchone()
        )
        return int(row[0] or 0)

    # -- idempotency -----------------------------------------------------------------------

    def idempotent_get(self, scope: str, key: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = (
            self.db.read()
            .execute("SELECT * FROM idempotency WHERE scope=? AND key=?", (scope, key))
            .fetchone()
        )
        return row

    def idempotent_put(
        self, scope: str, key: str, fingerprint: str, status: int, headers: str, body: bytes
    ) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?, ?, ?)",
                (scope, key, fingerprint, status, headers, body, self.clock()),
            )

    def idempotent_purge(self, older_than_s: float = 24 * 3600) -> None:
        with self.db.write() as conn:
            conn.execute(
                "DELETE FROM idempotency WHERE created_ts < ?", (self.clock() - older_than_s,)
            )


def _z(iso: str) -> str:
    """Match pydantic's UTC rendering (`Z`) for events served without a model round-trip."""
    return iso[:-6] + "Z" if iso.endswith("+00:00") else iso


def _offline(show_id: str, reported_at: datetime | None) -> IngestHealth:
    return IngestHealth(
        show_id=show_id,
        state=IngestState.OFFLINE,
        video_arriving=False,
        audio_arriving=False,
        bitrate_kbps=0.0,
        fps=0.0,
        reported_at=reported_at,
    )


def _ingest_moved(a: IngestHealth, b: IngestHealth) -> bool:
    if a.state != b.state or (a.width, a.height) != (b.width, b.height):
        return True
    if abs(a.fps - b.fps) >= 2:
        return True
    base = max(a.bitrate_kbps, 1.0)
    return abs(a.bitrate_kbps - b.bitrate_kbps) / base > 0.2
