"""The engine's layer source for a show: the overlay scene on one scene clock.

The idle preview and each live pipeline start their own master clock at zero; the scene's
animations and countdowns must not jump when the engine restarts, so the scene is polled on a
`SceneClock` that outlives any one pipeline. The window and `studio broadcast` both use this.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from studio.capture.switcher import SwitchableVideo
from studio.media.layers import Layer
from studio.overlays.scene import OverlayScene
from studio.overlays.slates import render_brb


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
    "overlays off"); `scene` may be replaced (a new theme) between two calls.
    """

    def __init__(self, scene: OverlayScene, video: SwitchableVideo | None, width: int, height: int):
        self.scene = scene
        self.video = video
        self.clock = SceneClock()
        self.visible = True
        self._brb: Layer | None = None
        if video is not None:  # only a switchable camera can go missing mid-show
            rgba = render_brb(width, height)
            h, w = rgba.shape[:2]
            self._brb = Layer("studio:brb", rgba, (width - w) // 2, (height - h) // 2, 100)

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
        if video is not None and video.problem is not None and self._brb is not None:
            layers.append(self._brb)
        return layers
