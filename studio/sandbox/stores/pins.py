"""The pinned product: what the show is presenting now, versioned like the queue."""

from __future__ import annotations

import sqlite3

from studio.platform.models import EventType, Pin
from studio.sandbox.problems import NotFound, StaleVersion
from studio.sandbox.stores.base import Context, require_not_ended, show_row
from studio.sandbox.stores.catalog import product_row


def pin_of(conn: sqlite3.Connection, show_id: str) -> Pin:
    """The show's pin; raises `NotFound`."""
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


class PinStore:
    """`pins`: one row per show."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def get(self, show_id: str) -> Pin:
        return pin_of(self.ctx.db.read(), show_id)

    def set(
        self, show_id: str, product_id: str | None, by: str, if_version: int | None = None
    ) -> Pin:
        """Pin `product_id` (None unpins); pinning what is pinned changes and announces nothing.

        Raises `StaleVersion` (412) when `if_version` is given and stale, `Invalid` (unknown
        product), `Conflict` (show ended) or `NotFound`.
        """
        with self.ctx.db.write() as conn:
            require_not_ended(show_row(conn, show_id))
            current = pin_of(conn, show_id)
            if if_version is not None and current.version != if_version:
                raise StaleVersion(
                    f"The pin is at version {current.version}, not {if_version}.",
                    current=current.model_dump(mode="json"),
                    headers={"ETag": f'"{current.version}"'},
                )
            if product_id is not None:
                product_row(conn, show_id, product_id, field="body.product_id")
            if current.product_id == product_id:
                return current
            pin = Pin(
                show_id=show_id,
                product_id=product_id,
                pinned_at=self.ctx.now() if product_id else None,
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
            self.ctx.emit(conn, show_id, EventType.PIN_CHANGED, pin)
        self.ctx.notify()
        return pin
