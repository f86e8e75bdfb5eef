"""Where each overlay goes on a 16:9 or 9:16 frame, inside the safe area.

Landscape keeps the classic broadcast title-safe margin (5 %). Portrait is what phones show in
a shopping app: the platform draws its own UI over the picture (the top bar with the host and
viewer count, the comment feed and buy bar across the bottom, the action rail of buttons down
the right side), so the overlays keep inside what is left: the theme's `vertical.safe_area`
(fractions of the canvas, theme.py's `PhoneSafeArea`), which `phone_zones` names.
Sizes scale with the frame's short side (1.0 at 1080), so 720p and 1080p look the same.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.overlays.painting import shadow_pad
from studio.overlays.theme import Theme

GAP = 22  # between panels, at 1080


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Layout:
    width: int
    height: int
    theme: Theme

    @property
    def portrait(self) -> bool:
        return self.height > self.width

    @property
    def scale(self) -> float:
        return min(self.width, self.height) / 1080

    @property
    def gap(self) -> float:
        return GAP * self.scale

    @property
    def safe(self) -> Rect:
        """The rectangle every overlay panel stays inside (pixels): the title-safe area on
        16:9; on 9:16 what the phone apps' top bar, comment area and edges leave free, less
        the reach of a panel's shadow or glow (so not even a shadow falls on the apps' UI).
        On 9:16 the panels beside the action rail end at `right` instead."""
        w, h = self.width, self.height
        if self.portrait:
            a = self.theme.vertical.safe_area
            reach = self._reach
            # Whole pixels, rounded inwards: a pixel half on a button is on the button.
            left = math.ceil(a.margin * w) + reach
            top = math.ceil(a.top_bar * h) + reach
            right = math.floor(w - a.margin * w) - reach
            bottom = math.floor(h - a.comments * h) - reach
            return Rect(left, top, right - left, bottom - top)
        mx, my = 0.05 * w, 0.05 * h
        return Rect(mx, my, w - 2 * mx, h - 2 * my)

    @property
    def _reach(self) -> int:
        """How far a panel's shadow or glow reaches beyond it (pixels, +1 for rounding)."""
        return shadow_pad(self.theme, self.scale) + 1

    @property
    def right(self) -> float:
        """Where the panels in the lower part of the picture (card, lower third, pinned
        comment) end on the right: left of a 9:16 canvas's action rail; `safe.right` on 16:9."""
        if not self.portrait:
            return self.safe.right
        return self.phone_zones()["action_rail"].x - self._reach

    def phone_zones(self) -> dict[str, Rect]:
        """On 9:16, where phone apps draw their own UI (pixels, whole): 'top_bar',
        'comments' (across the bottom), 'action_rail' (down the right side, from the theme's
        `rail_top` to the comments) and the screen's 'left_edge' and 'right_edge' margins;
        empty on 16:9. The theme's `vertical.safe_area` says where (fractions)."""
        if not self.portrait:
            return {}
        w, h = self.width, self.height
        a = self.theme.vertical.safe_area
        top, bottom = math.ceil(a.top_bar * h), math.floor(h - a.comments * h)
        rail_x, rail_y = math.floor(w - a.action_rail * w), math.ceil(a.rail_top * h)
        left, right = math.ceil(a.margin * w), math.floor(w - a.margin * w)
        return {
            "top_bar": Rect(0, 0, w, top),
            "comments": Rect(0, bottom, w, h - bottom),
            "action_rail": Rect(rail_x, rail_y, w - rail_x, max(0, bottom - rail_y)),
            "left_edge": Rect(0, top, left, bottom - top),
            "right_edge": Rect(right, top, w - right, bottom - top),
        }

    # -- sizes the renderers need ------------------------------------------------------------

    @property
    def card_layout(self) -> str:
        return "horizontal" if self.portrait else self.theme.card.layout

    @property
    def card_width(self) -> float:
        if self.portrait:
            return self.right - self.safe.x
        if self.theme.card.layout == "horizontal":
            return min(780 * self.scale, self.safe.w * 0.5)
        return self.theme.card.width * self.scale

    @property
    def card_height_horizontal(self) -> float:
        return (210 + 32) * self.scale  # photo side + inner padding, see card._horizontal

    @property
    def supporters_max_width(self) -> float:
        return self.safe.w if self.portrait else self.safe.w * 0.5

    @property
    def toast_max_width(self) -> float:
        if self.portrait:  # shares its row with the countdown (about 250 px wide at 1080)
            return self.safe.w - 300 * self.scale * self.theme.fonts.scale - self.gap
        return min(620 * self.scale, self.safe.w * 0.4)

    @property
    def lower_third_max_width(self) -> float:
        if self.portrait:
            return self.right - self.safe.x
        return min(self.safe.w * 0.62, self.safe.w - self.card_width - self.gap)

    # -- positions of the panels (top-left of the visible panel) ------------------------------

    def supporters(self, w: float, h: float) -> tuple[float, float]:
        return self.safe.x, self.safe.y

    def _top_band(self) -> float:
        """Height reserved for the supporters strip, whether or not it is showing."""
        return 80 * self.scale * self.theme.fonts.scale

    def countdown(self, w: float, h: float) -> tuple[float, float]:
        if self.portrait:
            return self.safe.right - w, self.safe.y + self._top_band() + self.gap
        return self.safe.right - w, self.safe.y

    def toast(self, w: float, h: float) -> tuple[float, float]:
        return self.safe.x, self.safe.y + self._top_band() + self.gap

    def card(self, w: float, h: float) -> tuple[float, float]:
        return self.right - w, self.safe.bottom - h

    def lower_third(self, w: float, h: float) -> tuple[float, float]:
        if self.portrait:
            return self.safe.x, self.safe.bottom - self.card_height_horizontal - self.gap - h
        return self.safe.x, self.safe.bottom - h

    @property
    def comment_max_width(self) -> float:
        """The pinned comment shares the lower third's column, so it never reaches the card."""
        return self.lower_third_max_width

    def comment_floor(self) -> float:
        """The highest the pinned comment may reach: below the supporters strip and the order
        toasts (two lines at most) that use the top of the same column."""
        toast_h = 96 * self.scale * self.theme.fonts.scale
        return self.safe.y + self._top_band() + self.gap + toast_h + self.gap

    def comment(self, w: float, h: float, above: float | None) -> tuple[float, float]:
        """Just above the title lower third, whose panel top is `above`; where the lower
        third would be when there is none (None)."""
        if above is None:
            return self.lower_third(w, h)
        return self.safe.x, above - self.gap - h

    # -- vouchers and polls (issue 20) --------------------------------------------------------
    # 16:9: the voucher under the countdown in the right column, the poll in the left column
    # below the toasts. 9:16: both below the countdown, side by side (poll left, voucher
    # right). The pinned comment keeps below whichever of them share its column
    # (`engagement_in_comment_column`).

    def _countdown_band(self) -> float:
        """Height reserved for the countdown, whether or not it is showing."""
        return 135 * self.scale * self.theme.fonts.scale  # 117-130 px in the themes at 1080

    def _engage_top(self) -> float:
        toast_h = 96 * self.scale * self.theme.fonts.scale
        band = max(toast_h, self._countdown_band())
        return self.safe.y + self._top_band() + self.gap + band + self.gap

    @property
    def voucher_width(self) -> float:
        if self.portrait:
            return 0.44 * (self.right - self.safe.x)
        return min(420 * self.scale, self.safe.w * 0.3)

    @property
    def poll_width(self) -> float:
        if self.portrait:
            return self.right - self.safe.x - self.voucher_width - self.gap
        return min(560 * self.scale, self.safe.w * 0.34)

    def voucher(self, w: float, h: float) -> tuple[float, float]:
        if self.portrait:
            return self.right - w, self._engage_top()
        return self.safe.right - w, self.safe.y + self._countdown_band() + self.gap

    def poll(self, w: float, h: float) -> tuple[float, float]:
        if self.portrait:
            return self.safe.x, self._engage_top()
        return self.safe.x, self.comment_floor()

    def engagement_in_comment_column(self, slot: str) -> bool:
        """Whether the panel in `slot` (voucher, poll) sits in the pinned comment's column, so
        the comment must stay below it."""
        return self.portrait or slot in ("poll", "giveaway")

    # -- auctions and giveaways (issue 20) -----------------------------------------------------
    # 16:9: the auction at the top, between the supporters strip and the right column (it
    # never meets the voucher, the countdown or the card there); the giveaway in the left
    # column under the toasts, below the poll when it is on. 9:16: a row of two in the band
    # under the toasts (auction left, giveaway right), a second row under the voucher and poll
    # when they are on. `below` is the bottom (pixels) of what is on air above, or None.

    @property
    def engagement_width(self) -> float:
        """The auction and giveaway panels' width: half the free band on 9:16, a column's
        width on 16:9."""
        if self.portrait:
            return (self.right - self.safe.x - self.gap) / 2
        return min(420 * self.scale * self.theme.fonts.scale, self.safe.w * 0.3)

    def auction(self, w: float, h: float, below: float | None = None) -> tuple[float, float]:
        if self.portrait:
            y = self._engage_top()
            return self.safe.x, y if below is None else max(y, below + self.gap)
        column = self.safe.right - max(self.voucher_width, self.engagement_width) - self.gap
        return column - w, self.safe.y

    def giveaway(self, w: float, h: float, below: float | None = None) -> tuple[float, float]:
        if self.portrait:
            x, y = self.right - w, self._engage_top()
        else:
            x, y = self.safe.x, self.comment_floor()
        return x, y if below is None else max(y, below + self.gap)

    def stacked_under(self, slot: str) -> tuple[str, ...]:
        """The panels `slot` (auction, giveaway) goes below when they are on air."""
        if self.portrait:
            return ("voucher", "poll")
        return () if slot == "auction" else ("poll",)

    def enter_offset(self, slot: str) -> tuple[float, float]:
        """Where a panel slides in from (relative to its resting place)."""
        d = 60 * self.scale
        if slot == "card":
            return (0.0, d) if self.portrait else (d, 0.0)
        if slot in ("toast", "lower_third", "comment", "poll"):
            return (-d, 0.0)
        if slot == "voucher":
            return (d, 0.0)
        if slot in ("countdown", "auction", "giveaway"):
            return (0.0, -d / 2)
        return (0.0, 0.0)
