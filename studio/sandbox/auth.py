"""Who may do what: one table from action to roles, checked in one place.

A moderator is a co-host who also moderates the chat: every co-host action, plus pinning and
hiding comments and muting or blocking viewers.

The table is also rendered into the OpenAPI description of every operation, so the documented
roles and the enforced roles are the same data.
"""

from __future__ import annotations

from studio.platform.models import Role

H, C, M, V = Role.HOST, Role.COHOST, Role.MODERATOR, Role.VIEWER

PERMISSIONS: dict[str, tuple[frozenset[Role], str]] = {
    "show.read": (frozenset({H, C, M, V}), "read the show"),
    "show.start": (frozenset({H}), "start the show"),
    "show.end": (frozenset({H}), "end the show"),
    "stream_key.rotate": (frozenset({H}), "rotate the stream key"),
    "cohost.read": (frozenset({H, C, M}), "list co-hosts"),
    "cohost.invite": (frozenset({H}), "invite co-hosts"),
    "cohost.revoke": (frozenset({H}), "revoke co-host invites"),
    "product.read": (frozenset({H, C, M, V}), "read products"),
    "product.edit": (frozenset({H}), "edit products"),
    "queue.read": (frozenset({H, C, M, V}), "read the queue"),
    "queue.edit": (frozenset({H, C, M}), "edit the queue"),
    "pin.read": (frozenset({H, C, M, V}), "read the pinned item"),
    "pin.edit": (frozenset({H, C, M}), "pin or unpin products"),
    "timer.read": (frozenset({H, C, M, V}), "read timers"),
    "timer.edit": (frozenset({H, C, M}), "start or cancel flash sales"),
    "order.read": (frozenset({H, C, M}), "read orders"),
    "order.create": (frozenset({H, V}), "place orders"),
    "comment.read": (frozenset({H, C, M, V}), "read comments"),
    "comment.create": (frozenset({H, C, M, V}), "comment"),
    "comment.reply": (frozenset({H, C, M}), "reply to comments"),
    "comment.moderate": (frozenset({H, M}), "pin or hide comments"),
    "restriction.read": (frozenset({H, C, M}), "list muted and blocked viewers"),
    "restriction.edit": (frozenset({H, M}), "mute or block viewers"),
    "supporter.read": (frozenset({H, C, M, V}), "read supporters"),
    "reseller.read": (frozenset({H, C, M}), "read resellers"),
    "reseller.create": (frozenset({H}), "add resellers"),
    "viewers.read": (frozenset({H, C, M, V}), "read the viewer count"),
    "ingest.read": (frozenset({H, C, M}), "read ingest health"),
    "ingest.report": (frozenset({H}), "report ingest health"),
    "events.read": (frozenset({H, C, M, V}), "follow live events"),
    "voucher.read": (frozenset({H, C, M, V}), "read vouchers"),
    "voucher.edit": (frozenset({H, C, M}), "start, show or end vouchers"),
    "voucher.claim": (frozenset({H, V}), "claim vouchers"),
    "poll.read": (frozenset({H, C, M, V}), "read polls"),
    "poll.edit": (frozenset({H, C, M}), "open or close polls"),
    "poll.vote": (frozenset({H, V}), "vote in polls"),
    "rundown.read": (frozenset({H, C, M}), "read the rundown"),
    "rundown.edit": (frozenset({H, C, M}), "edit or step the rundown"),
    "auction.read": (frozenset({H, C, M, V}), "read auctions"),
    "auction.edit": (frozenset({H, C, M}), "start or cancel auctions"),
    "auction.bid": (frozenset({V}), "bid in auctions"),
    "giveaway.read": (frozenset({H, C, M, V}), "read giveaways"),
    "giveaway.edit": (frozenset({H, C, M}), "open, draw or cancel giveaways"),
    "community.read": (frozenset({H, C, M, V}), "read the community's rules and drops"),
    "community.edit": (frozenset({H}), "set the community's rules"),
    "member.read": (frozenset({H, C, M}), "look members up"),
    "order.reverse": (frozenset({H}), "refund or cancel orders"),
    "drop.edit": (frozenset({H, C, M}), "make drops"),
    "reseller.program": (frozenset({H}), "set the reseller mode and commission"),
    "material.read": (frozenset({H, C, M}), "list the resellers' materials"),
    "material.edit": (frozenset({H}), "upload or remove the resellers' materials"),
}

_ORDER = (H, C, M, V)


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
