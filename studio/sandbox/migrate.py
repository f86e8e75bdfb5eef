"""Bring a sandbox database written by an older sandbox up to the layout this code writes.

The layout's version is SQLite's `user_version` (`db.SCHEMA_VERSION`). `Store` calls
`migrate` once every store has created its tables (`CREATE TABLE IF NOT EXISTS` leaves an old
table as it was, so a step adds what the table lacks). Each step runs in one write
transaction together with the new `user_version`: a step that fails leaves the file as it was.

Version 0 -> 1 (contract 1.7.0, viewer accounts; docs/COMMUNITY.md "Accounts and display
names"): everything that knew a viewer by display name now knows them by account. An old
database has no accounts, so each name becomes the account derived from it,
`stores.base.name_viewer_id(name)` (`vn_` + 16 hex of SHA-256 of the UTF-8 name): the same
account an order without `viewer_id` from an older client lands on, so a member's standing
carries on whether their next order comes from an old or a new client. Display names that
were one member stay one member (the old data cannot tell two "Anna"s apart); a mapping is
written only where the old data had a name:

- `tokens.viewer_id` for viewer tokens (their name's account), so old viewer tokens keep
  working and act as that account;
- the community's `ledger`, `members`, `attendance`, `arrivals`: `member` becomes the
  account; `members.name` and `names_seen` keep the name;
- `supporters` is rebuilt keyed by (show, account) instead of (show, display name);
- `resellers.viewer_id`, `restrictions.viewer` (and the body's `viewer_id`),
  `giveaway_entries.entrant` (and the body's `viewer_id`), `voucher_claims.viewer_id`; poll
  votes, voucher claims and auction leaders keyed by a viewer token's hash move to the
  token's account;
- stored orders, comments and the event log's payloads gain the `viewer_id` (and `Member`,
  `Supporter`, `Reseller` payloads theirs) so a client replaying old events reads them with
  the new contract.
"""

from __future__ import annotations

import logging
import sqlite3

from studio.sandbox.db import SCHEMA_VERSION, Database
from studio.sandbox.stores.base import name_viewer_id

log = logging.getLogger(__name__)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


def _add_column(conn: sqlite3.Connection, table: str, column: str, decl: str) -> bool:
    """Add `column` unless the table has it; True when added (the table is an old one)."""
    if column in _columns(conn, table):
        return False
    conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
    return True


# A viewer token's hash -> that token's account (set on `tokens` first).
_TOKEN_ACCOUNT = "(SELECT t.viewer_id FROM tokens t WHERE t.token_hash={key} AND t.role='viewer')"
_IS_VIEWER_TOKEN = "{key} IN (SELECT token_hash FROM tokens WHERE role='viewer')"


def _rekey(conn: sqlite3.Connection, table: str, key: str) -> None:
    """Rows of `table` keyed by a viewer token's hash in column `key` move to its account
    (a row whose account already has one keeps its old key: one per viewer stays true)."""
    conn.execute(
        f"UPDATE OR IGNORE {table} SET {key}={_TOKEN_ACCOUNT.format(key=key)}"
        f" WHERE {_IS_VIEWER_TOKEN.format(key=key)}"
    )


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    conn.create_function("name_viewer_id", 1, name_viewer_id, deterministic=True)
    _v1_tables(conn)
    _v1_bodies(conn)


def _v1_tables(conn: sqlite3.Connection) -> None:
    """Key columns: display names (or viewer tokens' hashes) become accounts."""
    # Tokens first: later steps map token hashes to accounts through them.
    _add_column(conn, "tokens", "viewer_id", "TEXT")
    conn.execute(
        "UPDATE tokens SET viewer_id=name_viewer_id(name) WHERE role='viewer' AND viewer_id IS NULL"
    )

    # The community: `member` held the display name.
    if _add_column(conn, "members", "name", "TEXT NOT NULL DEFAULT ''"):
        _add_column(conn, "members", "names_seen", "TEXT NOT NULL DEFAULT '[]'")
        conn.execute(
            "UPDATE members SET name=member, names_seen=json_array(member),"
            " member=name_viewer_id(member)"
        )
        for table in ("ledger", "attendance", "arrivals"):
            conn.execute(f"UPDATE {table} SET member=name_viewer_id(member)")

    # Supporters were unique per (show, display name): rebuilt unique per (show, account).
    if "viewer_id" not in _columns(conn, "supporters"):
        conn.execute("ALTER TABLE supporters RENAME TO supporters_v0")
        conn.execute(
            "CREATE TABLE supporters ("
            " rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,"
            " show_id TEXT NOT NULL, display_name TEXT NOT NULL, points INTEGER NOT NULL,"
            " orders_count INTEGER NOT NULL, spent_minor INTEGER NOT NULL,"
            " first_seen_at TEXT NOT NULL, viewer_id TEXT NOT NULL,"
            " UNIQUE (show_id, viewer_id))"
        )
        conn.execute(
            "INSERT INTO supporters (rowid_, id, show_id, display_name, points, orders_count,"
            " spent_minor, first_seen_at, viewer_id) SELECT rowid_, id, show_id, display_name,"
            " points, orders_count, spent_minor, first_seen_at, name_viewer_id(display_name)"
            " FROM supporters_v0 ORDER BY rowid_"
        )
        conn.execute("DROP TABLE supporters_v0")

    if _add_column(conn, "resellers", "viewer_id", "TEXT"):
        conn.execute("UPDATE resellers SET viewer_id=name_viewer_id(name)")

    # Restrictions applied to a display name (`viewer`): now to the name's account.
    conn.execute(
        "UPDATE restrictions SET body=json_set(body, '$.viewer_id', name_viewer_id(viewer)),"
        " viewer=name_viewer_id(viewer)"
    )

    conn.execute(
        "UPDATE giveaway_entries SET"
        " body=json_set(body, '$.viewer_id', name_viewer_id(entrant)),"
        " entrant=name_viewer_id(entrant)"
    )

    if _add_column(conn, "voucher_claims", "viewer_id", "TEXT"):
        conn.execute(
            "UPDATE voucher_claims SET viewer_id=CASE"
            f" WHEN {_IS_VIEWER_TOKEN.format(key='claimant_key')} THEN name_viewer_id(claimant)"
            " WHEN claimant_key IN (SELECT token_hash FROM tokens) THEN NULL"
            " ELSE claimant_key END"  # the simulated audience's keys were accounts already
        )
        _rekey(conn, "voucher_claims", "claimant_key")
    _rekey(conn, "poll_votes", "voter_key")
    _rekey(conn, "auctions", "leader_key")


def _v1_bodies(conn: sqlite3.Connection) -> None:
    """Stored bodies and the event log: what a client reads or replays."""
    conn.execute(
        "UPDATE orders SET body=json_set(body, '$.viewer_id',"
        " name_viewer_id(json_extract(body, '$.buyer_name')))"
        " WHERE json_extract(body, '$.viewer_id') IS NULL"
    )
    conn.execute(
        "UPDATE comments SET body=json_set(body, '$.viewer_id',"
        " name_viewer_id(json_extract(body, '$.author')))"
        " WHERE json_extract(body, '$.role')='viewer'"
        " AND json_extract(body, '$.viewer_id') IS NULL"
    )
    for types, path, name in (
        ("'order.created'", "$.viewer_id", "$.buyer_name"),
        ("'comment.created','comment.updated'", "$.viewer_id", "$.author"),
        ("'supporter.joined'", "$.viewer_id", "$.display_name"),
        ("'reseller.joined'", "$.viewer_id", "$.name"),
        ("'member.updated','member.arrived'", "$.member.viewer_id", "$.member.name"),
        ("'giveaway.entered'", "$.viewer_id", "$.entrant"),
    ):
        viewer_only = " AND json_extract(data, '$.role')='viewer'" if "comment" in types else ""
        conn.execute(
            f"UPDATE events SET data=json_set(data, '{path}',"
            f" name_viewer_id(json_extract(data, '{name}')))"
            f" WHERE type IN ({types}) AND json_extract(data, '{path}') IS NULL" + viewer_only
        )


_STEPS = {0: _v0_to_v1}


def migrate(db: Database) -> int:
    """Upgrade `db` from `db.found_version` to `SCHEMA_VERSION`; returns the steps applied
    (0 for a current or new database). Raises `sqlite3.Error` if a step fails (the file is
    left as it was: each step commits with its version or not at all)."""
    version = db.found_version
    applied = 0
    while version < SCHEMA_VERSION:
        step = _STEPS[version]
        with db.write() as conn:
            step(conn)
            conn.execute(f"PRAGMA user_version={version + 1}")
        log.info("sandbox database %s upgraded from layout %d to %d", db.path, version, version + 1)
        version += 1
        applied += 1
    db.found_version = version
    return applied
