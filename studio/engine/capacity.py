"""Can this computer carry the show's encodes in real time? Measured, then said before going live.

Each canvas costs one H.264 encode a frame (plus compositing, small beside it: see
benchmarks/compositor.py). `measure_encode_cost` encodes a short moving test picture at the
canvas's size with the show's real encoder settings, on one thread, and reads that thread's
CPU time: the process's would also count whatever else runs in it (the window's preview and
overlays took the figure from 0.37 to 0.86 cores for two 720p canvases). One x264 thread does
the same work as x264's own threading, measured here within the run-to-run noise (12.5 against
12.9 ms a 1080p frame, 5.9 against 6.1 at 720p). `load_advice` adds the canvases up against
what the machine's cores give at the show's frame rate, keeping room for capture, audio, the
outputs and the window; when it does not fit it names the step that does, in this order:
720p for both canvases, a hardware encoder (when one works here), one canvas.

The same figures reach the overload monitor's words (engine/pipeline.py) and the first-run
wizard; the benchmark (`benchmarks/pipeline.py --canvases both`) measures the real thing.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass

import av
from babel.lists import format_list

from studio import i18n
from studio.canvases import Canvas, step_down
from studio.engine.encoders import VideoEncoder
from studio.engine.events import Suggestion, SuggestionKind
from studio.show.money import babel_locale

log = logging.getLogger(__name__)

# Share of the cores the encodes may take. The studio may use about 70 % of the machine (the
# rest is the window, the system and the creator's other apps), and the whole pipeline costs
# about 1.8 to 2.1 times what its H.264 encodes alone cost (measured on one thread, as below):
# with two canvases and overlays on this project's 2-core machines, 21 ms CPU a frame pair at
# 720p (encodes alone 2 x 5.8 ms) and 52 ms at 1080p (2 x 12.2 ms); capture, compositing, the
# second canvas's fit, audio, muxing and sending are the rest (benchmarks/pipeline.py
# --canvases both). 0.7 / 2.1 ~ 0.33: a 1080p pair (0.73 cores of encodes) does not fit on two
# cores, and indeed lost most of its frames there; a 720p pair (0.35) does.
HEADROOM = 0.33
WARM_UP = 4


@dataclass(frozen=True)
class EncodeCost:
    """What one canvas's encode costs here: `ms_per_frame` of CPU time (all the encoder's
    threads) for `canvas` with `encoder`, measured over `frames` frames."""

    canvas: Canvas
    encoder: str
    ms_per_frame: float
    frames: int

    def cores(self) -> float:
        """Cores this encode keeps busy at the canvas's frame rate (1.0 = one core)."""
        return self.ms_per_frame * self.canvas.fps / 1000.0

    def scaled(self, other: Canvas) -> EncodeCost:
        """The same encoder's cost estimated for `other` (proportional to its pixels)."""
        ms = self.ms_per_frame * other.pixels / self.canvas.pixels
        return EncodeCost(other, self.encoder, ms, 0)


def measure_encode_cost(canvas: Canvas, encoder: str = "libx264", frames: int = 24) -> EncodeCost:
    """Encode `frames` frames of a moving test picture at `canvas`'s size and bitrate with
    `encoder` (its broadcast settings, engine/encoders.py; libx264 on one thread) and measure
    this thread's CPU time (what else the process does is not counted).
    Blocks for about `frames` encode times (a second at 1080p on 2 cores): call it on a
    worker. Raises EncoderError when the encoder cannot open at that size."""
    w, h = canvas.size
    one_thread = 1 if encoder == "libx264" else None  # a hardware encoder: its own clock
    enc = VideoEncoder(encoder, w, h, canvas.fps, canvas.video_kbps, threads=one_thread)
    spec = f"testsrc2=size={w}x{h}:rate={canvas.fps},format=yuv420p"  # i18n: not shown
    with av.open(spec, format="lavfi") as src:
        pictures = []
        for i, frame in enumerate(src.decode(video=0)):
            pictures.append(frame)
            if i + 1 >= frames + WARM_UP:
                break
    cpu0 = 0.0
    for i, frame in enumerate(pictures):
        if i == WARM_UP:
            cpu0 = time.thread_time()
        enc.encode(frame, i, 0.0)
    cpu = time.thread_time() - cpu0
    enc.flush()
    cost = EncodeCost(canvas, encoder, 1000.0 * cpu / max(1, frames), frames)
    log.info("encode cost %s with %s: %.1f ms CPU a frame", canvas.name, encoder, cost.ms_per_frame)
    return cost


@dataclass(frozen=True)
class LoadAdvice:
    """The verdict on a show's encodes: `cores_needed` (1.0 = one core) against
    `cores_usable` (the machine's cores times `HEADROOM`); `suggestion` is the step that
    fits, None when the show fits as it is."""

    cores_needed: float
    cores_usable: float
    suggestion: Suggestion | None

    @property
    def fits(self) -> bool:
        """True when every canvas can be encoded in real time here."""
        return self.suggestion is None


def load_advice(
    costs: Sequence[EncodeCost], cpus: int | None = None, hardware: str | None = None
) -> LoadAdvice:
    """Whether the encodes in `costs` (one per canvas, main first) fit on `cpus` cores (None:
    this machine's), and if not the step that does: 720p for both canvases (when a smaller
    quality exists and would fit), a hardware encoder (`hardware`: one that works here), or
    one canvas (the main one)."""
    cpus = cpus or os.cpu_count() or 1
    usable = cpus * HEADROOM
    need = sum(c.cores() for c in costs)
    if need <= usable or not costs:
        return LoadAdvice(need, usable, None)
    main = costs[0].canvas
    # The list by CLDR in the interface language ("720p30 and 720p30v", "720p30 y 720p30v").
    names = format_list([c.canvas.name for c in costs], locale=babel_locale(i18n.language()))
    what = i18n._("both canvases") if len(costs) > 1 else main.name
    # One sentence per plural form of the core count (never a "{n} cores" piece inside it).
    lead = i18n.ngettext(
        "Encoding {what} ({names}) takes about {value:.0%} of this computer's {n} core for the "
        "encodes alone: with the rest of the show, more than it can carry in real time.",
        "Encoding {what} ({names}) takes about {value:.0%} of this computer's {n} cores for the "
        "encodes alone: with the rest of the show, more than it can carry in real time.",
        cpus,
    ).format(what=what, names=names, value=need / cpus, n=cpus)
    lower = step_down(main)
    if lower is not None:
        smaller = [c.scaled(lower.turned(c.canvas.orientation)) for c in costs]
        if sum(c.cores() for c in smaller) <= usable:
            return LoadAdvice(
                need,
                usable,
                Suggestion(
                    SuggestionKind.PROFILE,
                    (
                        i18n._("{lead} Use {profile} for both.")
                        if len(costs) > 1
                        else i18n._("{lead} Use {profile}.")
                    ).format(lead=lead, profile=lower.title.split()[0]),
                    {"profile": lower.name},
                ),
            )
    if hardware is not None and costs[0].encoder != hardware:
        return LoadAdvice(
            need,
            usable,
            Suggestion(
                SuggestionKind.PRESET,
                i18n._("{lead} Use the hardware encoder.").format(lead=lead),
                {"encoder": hardware},
            ),
        )
    if len(costs) > 1:
        return LoadAdvice(
            need,
            usable,
            Suggestion(
                SuggestionKind.CANVASES,
                i18n._("{lead} Send one canvas ({word}) only.").format(
                    lead=lead, word=main.orientation.label
                ),
                {"canvases": main.name},
            ),
        )
    return LoadAdvice(
        need,
        usable,
        Suggestion(
            SuggestionKind.PRESET,
            i18n._("{lead} Close other apps.").format(lead=lead),
            {"encoder": "auto"},
        ),
    )
