"""The show's running order of products, versioned so two co-hosts never overwrite each other."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from studio.platform.models import EventType, Queue
from studio.sandbox.problems import Invalid, NotFound, StaleVersion
from studio.sandbox.stores.base import Context, require_not_ended, show_row


def queue_of(conn: sqlite3.Connection, show_id: str) -> Queue:
    """The show's queue; raises `NotFound`."""
    row = conn.execute("SELECT * FROM queues WHERE show_id=?", (show_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no show {show_id!r}.")
    return Queue(
        show_id=show_id, product_ids=json.loads(row["product_ids"]), version=row["version"]
    )


def _check_known(conn: sqlite3.Connection, show_id: str, product_ids: Sequence[str]) -> None:
    known = {r[0] for r in conn.execute("SELECT id FROM products WHERE show_id=?", (show_id,))}
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


class QueueStore:
    """`queues`: one row per show; `version` goes up by one per change (the ETag)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def get(self, show_id: str) -> Queue:
        return queue_of(self.ctx.db.read(), show_id)

    def put(self, show_id: str, product_ids: Sequence[str], if_version: int) -> Queue:
        """Replace the queue only if nobody changed it since `if_version`.

        Raises `StaleVersion` (412, with the current queue), `Invalid` (422, unknown
        products), `Conflict` (show ended) or `NotFound`.
        """
        with self.ctx.db.write() as conn:
            require_not_ended(show_row(conn, show_id))
            current = queue_of(conn, show_id)
            if current.version != if_version:
                raise StaleVersion(
                    f"The queue is at version {current.version}, not {if_version}: "
                    "someone else edited it. Merge your change into the current queue and retry.",
                    current=current.model_dump(mode="json"),
                    headers={"ETag": f'"{current.version}"'},
                )
            _check_known(conn, show_id, product_ids)
            queue = Queue(show_id=show_id, product_ids=list(product_ids), version=if_version + 1)
            conn.execute(
                "UPDATE queues SET product_ids=?, version=? WHERE show_id=?",
                (json.dumps(queue.product_ids), queue.version, show_id),
            )
            self.ctx.emit(conn, show_id, EventType.QUEUE_CHANGED, queue)
        self.ctx.notify()
        return queue
