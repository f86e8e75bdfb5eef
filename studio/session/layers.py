"""The engine's layer source for a show: the overlay scene on one scene clock.

The idle preview and each live pipeline start their own master clock at zero; the scene's
animations and countdowns must not jump when the engine restarts, so the scene is polled on a
`SceneClock` that outlives any one pipeline. The window and `studio broadcast` both use this.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from studio.capture.switcher import SwitchableVideo
from studio.media.layers import ChangeSignal, Layer
from studio.overlays.auction import AuctionView
from studio.overlays.community import BoardRow, MemberToast
from studio.overlays.giveaway import GiveawayView
from studio.overlays.models import OrderAlert, OverlayComment, Supporter
from studio.overlays.poll import PollCard
from studio.overlays.scene import OverlayScene
from studio.overlays.slates import brb_subject, render_brb
from studio.overlays.voucher import VoucherCard
from studio.show.catalog import Product


def _nothing() -> None:
    """Disconnects nothing (before the first scene is hooked)."""


class SceneClock:
    """Seconds since the show's scene was made, on `time.monotonic` (thread-safe, read-only).

    The one clock every overlay animation and countdown is polled on, in the window and in
    `studio broadcast` alike; unlike a pipeline's master clock it does not restart at zero
    when the engine does (preview -> live -> preview).
    """

    def __init__(self) -> None:
        self._t0 = time.monotonic()

    def now(self) -> float:
        """Seconds since the scene clock started (monotonic, any thread)."""
        return time.monotonic() - self._t0


class StudioLayers:
    """The engine's LayerSource: the overlay scene on the `SceneClock`, plus the 'be right
    back' card while a switchable camera is missing.

    `layers_at(t)` ignores the engine's `t` and polls the scene on `self.clock`; it is called
    on the compositor thread, the scene's setters on any thread (the scene renders on its own
    worker and hands over immutable layers). `visible` hides every overlay (the window's
    "overlays off"); `scene` may be replaced (a new theme) between two calls. `changed` relays
    the current scene's change signal (see media/layers.ChangeSignal).
    """

    def __init__(
        self,
        scene: OverlayScene,
        video: SwitchableVideo | None,
        width: int,
        height: int,
        clock: SceneClock | None = None,
    ):
        """`clock`: the scene clock to share (a show's second canvas shares the first's, so
        both animate and count down together); None starts a new one."""
        self.changed = ChangeSignal()
        self._unhook: Callable[[], None] = _nothing
        self._scene = scene
        self.scene = scene
        self.video = video
        self.clock = clock or SceneClock()
        self.visible = True
        self._size = (width, height)
        # The 'be right back' cards by what went missing (camera, screen share, picture);
        # the current source's is made now, another the first time it is needed.
        self._brb: dict[str, Layer] = {}
        if video is not None:  # only a switchable camera can go missing mid-show
            self._brb_layer(brb_subject(video.label))

    def _brb_layer(self, subject: str) -> Layer:
        layer = self._brb.get(subject)
        if layer is None:
            width, height = self._size
            rgba = render_brb(width, height, subject)
            h, w = rgba.shape[:2]
            layer = Layer("studio:brb", rgba, (width - w) // 2, (height - h) // 2, 100)
            self._brb[subject] = layer
        return layer

    @property
    def scene(self) -> OverlayScene:
        """The overlay scene drawn (replace it to change theme; its changes are relayed)."""
        return self._scene

    @scene.setter
    def scene(self, scene: OverlayScene) -> None:
        self._unhook()
        self._scene = scene
        self._unhook = scene.changed.connect(self.changed.emit)
        self.changed.emit()

    def now(self) -> float:
        """The scene's clock (what `OverlayScene.start_countdown(now_t=...)` wants)."""
        return self.clock.now()

    def layers_at(self, t: float) -> Sequence[Layer]:
        """The overlay layers to draw now (bottom to top); `t`, the engine's clock, is ignored for
        the scene clock."""
        layers: list[Layer] = []
        if self.visible:
            layers.extend(self.scene.layers_at(self.now()))
        video = self.video
        if video is not None and video.problem is not None:
            layers.append(self._brb_layer(brb_subject(video.label)))
        return layers


class SceneGroup:
    """The overlay scenes of a show's canvases (one per canvas: each laid out for its shape),
    told the same thing at once: what the overlay driver talks to. The setters mirror
    `OverlayScene`'s and return at once (each scene renders on its own worker); any thread.
    Countdowns are given on the canvases' shared `SceneClock`, so every canvas shows the
    same second."""

    def __init__(self, scenes: Sequence[OverlayScene]) -> None:
        self.scenes = tuple(scenes)

    def set_pinned(self, product: Product | None, *, sold: int | None = None) -> None:
        """Pin a product on every canvas (None unpins)."""
        for sc in self.scenes:
            sc.set_pinned(product, sold=sold)

    def set_on_air(self, on_air: bool) -> None:
        """Whether the show is broadcast (the lower thirds' LIVE tag)."""
        for sc in self.scenes:
            sc.set_on_air(on_air)

    def set_show_title(self, title: str | None, subtitle: str | None = None) -> None:
        """The title lower third on every canvas (None: off)."""
        for sc in self.scenes:
            sc.set_show_title(title, subtitle)

    def set_comment(self, comment: OverlayComment | None) -> None:
        """The pinned comment on every canvas (None: off)."""
        for sc in self.scenes:
            sc.set_comment(comment)

    def set_auction(self, view: AuctionView | None) -> None:
        """The live-auction panel on every canvas (None: off)."""
        for sc in self.scenes:
            sc.set_auction(view)

    def set_giveaway(self, view: GiveawayView | None) -> None:
        """The giveaway panel on every canvas (None: off)."""
        for sc in self.scenes:
            sc.set_giveaway(view)

    def set_supporters(self, supporters: Sequence[Supporter]) -> None:
        """The top supporters strip on every canvas."""
        for sc in self.scenes:
            sc.set_supporters(supporters)

    def set_voucher(self, card: VoucherCard | None) -> None:
        """The voucher card on every canvas (None: off)."""
        for sc in self.scenes:
            sc.set_voucher(card)

    def set_poll(self, card: PollCard | None) -> None:
        """The poll panel on every canvas (None: off)."""
        for sc in self.scenes:
            sc.set_poll(card)

    def push_order(self, alert: OrderAlert) -> None:
        """An order toast on every canvas."""
        for sc in self.scenes:
            sc.push_order(alert)

    def set_reseller_board(self, rows: Sequence[BoardRow] | None) -> None:
        """The reseller leaderboard on every canvas, in the supporters strip's place."""
        for sc in self.scenes:
            sc.set_reseller_board(rows)

    def push_member(self, toast: MemberToast) -> None:
        """A community moment (tier-up, welcome back) on every canvas (issue 21)."""
        for sc in self.scenes:
            sc.push_member(toast)

    def start_countdown(
        self,
        end_epoch: float,
        now_t: float,
        *,
        label: str | None = None,
        total: float | None = None,
    ) -> None:
        """A countdown to `end_epoch` (wall clock) on every canvas; `now_t` is the shared
        scene clock's time now."""
        for sc in self.scenes:
            sc.start_countdown(end_epoch, now_t, label=label, total=total)

    def clear_countdown(self) -> None:
        """Take the countdown off every canvas."""
        for sc in self.scenes:
            sc.clear_countdown()
