"""The session's typed state: role, live state, the status snapshot and resolved targets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from studio.canvases import Orientation
from studio.engine.capacity import LoadAdvice
from studio.engine.events import Suggestion
from studio.engine.stats import PipelineStats
from studio.errors import StudioError


class Role(StrEnum):
    """What this studio does in the show."""

    HOST = "host"  # broadcasts and runs the show
    COHOST = "cohost"  # runs the show panel of someone else's broadcast
    OFFLINE = "offline"  # no platform connected: broadcast only


@dataclass(frozen=True)
class Target:
    """A destination resolved for going live. `url` carries the stream key: never show it.
    `canvas` is the show canvas it gets (16:9 landscape or 9:16 portrait; None: the show's
    main canvas, the profile's)."""

    name: str
    url: str = field(repr=False)
    shown: str = ""
    canvas: Orientation | None = None


class LiveState(StrEnum):
    """The broadcast's life cycle: idle (preview) -> starting -> live -> stopping -> idle."""

    IDLE = "idle"
    STARTING = "starting"
    LIVE = "live"
    STOPPING = "stopping"


@dataclass(frozen=True)
class SessionStatus:
    """What the window's broadcast controls and health bar show (a snapshot, any thread)."""

    state: LiveState
    elapsed_s: float = 0.0
    stats: PipelineStats | None = None
    recording: bool = False
    record_armed: bool = False
    camera_problem: StudioError | None = None
    mic_problem: StudioError | None = None
    error: StudioError | None = None  # the last thing that went wrong (until cleared)
    targets: tuple[str, ...] = ()
    suggestion: Suggestion | None = None  # the engine's overload advice
    canvases: tuple[str, ...] = ()  # the show's canvases (profile names), the main one first
    load: LoadAdvice | None = None  # can this computer encode them all? (None: not measured)


SessionListener = Callable[[SessionStatus], None]
