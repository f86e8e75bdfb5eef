"""On-air moments of the creator's community (issue 21): "welcome back" when a member of a
high tier joins, and a tier-up when an order lifts a member a tier.

Both are toasts in the order-alert slot (`OverlayScene.push_member`): they take their turn
with order toasts, are never merged into a burst summary, and go ahead of waiting order toasts.
Words come from the show's language (`OverlayText`'s gettext catalogue); names are cut to a
sane length, and RTL names and CJK tiers lay out by Unicode rules (`render_toast`).
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.overlays.alerts import MAX_NAME, _clip, _fill
from studio.overlays.models import OverlayText

MAX_TIER = 24
TIER_UP_ICON = "⭐"
WELCOME_ICON = "👋"


@dataclass(frozen=True)
class MemberToast:
    """A member moment to put on air: `tier_up` (reached `tier`) or a welcome back."""

    name: str
    tier: str
    tier_up: bool
    previous_tier: str | None = None


def member_message(toast: MemberToast, text: OverlayText) -> tuple[str, list[tuple[int, int]], str]:
    """The toast sentence, the spans to set in bold (name, tier) and its icon."""
    t = text._t
    if toast.tier_up:
        template, icon = t.gettext("{name} is now {tier}!"), TIER_UP_ICON
    else:
        template, icon = t.gettext("Welcome back, {name} · {tier}"), WELCOME_ICON
    values = {
        "name": _clip(toast.name, MAX_NAME) or text.someone,
        "tier": _clip(toast.tier, MAX_TIER),
    }
    msg, bold = _fill(template, values, ("name", "tier"))
    return msg, bold, icon
