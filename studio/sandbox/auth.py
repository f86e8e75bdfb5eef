"""Who may do what: one table from action to roles, checked in one place.

The table is also rendered into the OpenAPI description of every operation, so the documented
roles and the enforced roles are the same data.
"""

from __future__ import annotations

from studio.platform.models import Role

H, C, V = Role.HOST, Role.COHOST, Role.VIEWER

PERMISSIONS: dict[str, tuple[frozenset[Role], str]] = {
    "show.read": (frozenset({H, C, V}), "read the show"),
    "show.start": (frozenset({H}), "start the show"),
    "show.end": (frozenset({H}), "end the show"),
    "stream_key.rotate": (frozenset({H}), "rotate the stream key"),
    "cohost.read": (frozenset({H, C}), "list co-hosts"),
    "cohost.invite": (frozenset({H}), "invite co-hosts"),
    "product.read": (frozenset({H, C, V}), "read products"),
    "product.edit": (frozenset({H}), "edit products"),
    "queue.read": (frozenset({H, C, V}), "read the queue"),
    "queue.edit": (frozenset({H, C}), "edit the queue"),
    "pin.read": (frozenset({H, C, V}), "read the pinned item"),
    "pin.edit": (frozenset({H, C}), "pin or unpin products"),
    "timer.read": (frozenset({H, C, V}), "read timers"),
    "timer.edit": (frozenset({H, C}), "start or cancel flash sales"),
    "order.read": (frozenset({H, C}), "read orders"),
    "order.create": (frozenset({H, V}), "place orders"),
    "comment.read": (frozenset({H, C, V}), "read comments"),
    "comment.create": (frozenset({H, C, V}), "comment"),
    "supporter.read": (frozenset({H, C, V}), "read supporters"),
    "reseller.read": (frozenset({H, C}), "read resellers"),
    "reseller.create": (frozenset({H}), "add resellers"),
    "viewers.read": (frozenset({H, C, V}), "read the viewer count"),
    "ingest.read": (frozenset({H, C}), "read ingest health"),
    "ingest.report": (frozenset({H}), "report ingest health"),
    "events.read": (frozenset({H, C, V}), "follow live events"),
}

_ORDER = (H, C, V)


def roles_of(action: str) -> list[str]:
    roles, _ = PERMISSIONS[action]
    return [r.value for r in _ORDER if r in roles]


def denial(action: str, role: Role) -> str | None:
    """The message for a refused action, or None when the role may do it."""
    roles, text = PERMISSIONS[action]
    if role in roles:
        return None
    allowed = " or ".join(roles_of(action))
    return f"A {role.value} cannot {text}; only the {allowed} can."
