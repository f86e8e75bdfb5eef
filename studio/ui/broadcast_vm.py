"""The broadcast controls' view-model: session status in, plain display values out.

`health_view()` is Qt-free: it turns the engine's stats into the rows the health bar shows,
with the 1 % / 5 % colour levels and a warning that says what to do. The QObject polls the
session a few times a second (a snapshot, no I/O) and forwards commands, which return at once.
"""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from studio.app import Studio
from studio.engine.stats import level
from studio.session.status import LiveState, SessionStatus


@dataclass(frozen=True)
class DestinationView:
    name: str
    state: str  # live | connecting | reconnecting | failed | recording | stopped ...
    text: str
    kind: str  # pill colour: live | ok | warn | alarm | idle
    can_reconnect: bool
    detail: str = ""


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    text: str
    level: str = "ok"  # ok | warn | alarm | idle
    tip: str = ""


@dataclass(frozen=True)
class Warning:
    text: str
    hint: str = ""
    level: str = "warn"
    reconnect: bool = False  # offer "Reconnect now" beside it
    action: str = ""  # another one-click fix: "profile:720p30", "encoder:auto"
    action_label: str = ""


@dataclass(frozen=True)
class HealthView:
    destinations: tuple[DestinationView, ...] = ()
    metrics: tuple[Metric, ...] = ()
    warnings: tuple[Warning, ...] = ()


def format_elapsed(seconds: float) -> str:
    s = int(max(0.0, seconds))
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def _pct(n: int, total: int) -> float:
    return n / total if total > 0 else 0.0


def _countdown(status: str) -> str:
    """'reconnecting in 3 s (attempt 2)' → 'Retrying in 3 s · try 2' (fits a pill)."""
    m = re.match(r"reconnecting in (\d+) s \(attempt (\d+)\)", status)
    if m:
        return f"Retrying in {m.group(1)} s · try {m.group(2)}"
    return "Reconnecting…"


def destination_view(out: dict[str, Any], name: str | None = None) -> DestinationView:
    state = str(out.get("state", ""))
    status = str(out.get("status", state))
    name = name or str(out.get("name", ""))
    if out.get("name") == "recording":
        name = "Recording"
    error = out.get("error")
    if state == "live":
        return DestinationView(name, state, "LIVE", "live", False)
    if state == "recording":
        return DestinationView(name, state, "REC", "live", False)
    if state == "reconnecting":
        return DestinationView(name, state, _countdown(status), "warn", True, status)
    if state == "connecting":
        return DestinationView(name, state, "Connecting…", "warn", True)
    if state == "failed":
        err = str(error or status)
        retry = "rejected" not in err.lower() and "key" not in err.lower()
        return DestinationView(name, state, "Failed", "alarm", retry, err)
    return DestinationView(name, state, state.capitalize() or "—", "idle", False)


def health_view(status: SessionStatus, sent_kbps: float | None = None) -> HealthView:
    """Rows for the health bar from one session snapshot (pure: tested without Qt).

    `sent_kbps`: what left for the destinations lately (the encoder's rate when None).
    """
    warnings: list[Warning] = []
    if status.camera_problem is not None:
        warnings.append(
            Warning(
                status.camera_problem.message + " Viewers see 'Be right back'.",
                status.camera_problem.hint or "Plug the camera back in, or pick another one.",
            )
        )
    if status.mic_problem is not None:
        warnings.append(
            Warning(
                status.mic_problem.message + " Viewers hear silence.",
                status.mic_problem.hint or "Plug it back in, or pick another microphone.",
            )
        )
    if status.error is not None:
        warnings.append(Warning(status.error.message, status.error.hint, "alarm"))
    stats = status.stats
    if stats is None:
        return HealthView(warnings=tuple(warnings))
    names = list(status.targets)
    outs = tuple(
        destination_view(o, names[i] if i < len(names) and o.get("name") != "recording" else None)
        for i, o in enumerate(stats.get("outputs", []))
    )
    encoded = int(stats.get("frames_encoded", 0))
    skipped = int(stats.get("frames_skipped", 0))
    lagged = int(stats.get("frames_lagged", 0))
    dropped = int(stats.get("frames_dropped", 0))
    total = encoded + skipped + lagged
    levels = stats.get("levels", {})

    def ratio_metric(key: str, label: str, n: int, tip: str) -> Metric:
        r = _pct(n, total)
        lev = str(levels.get(key, level(r)))
        return Metric(key, label, f"{r * 100:.1f} %", lev, f"{tip}: {n} of {total}")

    cpu = float(stats.get("cpu_percent", 0.0))
    kbps = float(stats.get("bitrate_recent_kbps", 0.0)) if sent_kbps is None else sent_kbps
    metrics = (
        Metric(
            "bitrate",
            "Bitrate",
            f"{kbps / 1000:.1f} Mb/s" if kbps >= 1000 else f"{kbps:.0f} kb/s",
            "ok" if kbps > 0 else "warn",
            "Sent to the destinations over the last few seconds",
        ),
        Metric("fps", "FPS", f"{float(stats.get('fps', 0.0)):.0f}", "ok", "Frames encoded/s"),
        ratio_metric("dropped", "Dropped", dropped, "Frames the network could not take"),
        ratio_metric("skipped", "Skipped", skipped, "Frames the encoder was too slow for"),
        ratio_metric("lagged", "Lagged", lagged, "Frames the compositor missed"),
        Metric(
            "cpu",
            "CPU",
            f"{cpu:.0f} %",
            "alarm" if cpu > 180 else "warn" if cpu > 120 else "ok",
            "This app's processor use (100 % = one core)",
        ),
    )
    engine_warnings = [str(w) for w in stats.get("warnings", [])]
    for text in engine_warnings:
        warnings.append(Warning(text, "", "alarm"))
    s = status.suggestion
    if s is not None:
        change = dict(getattr(s, "change", {}) or {})
        key, value = next(iter(change.items()), ("", ""))
        label = {"profile": f"Use {value} next", "encoder": "Automatic encoder"}.get(key, "")
        warnings.append(
            Warning(
                s.message, "", "alarm", action=f"{key}:{value}" if key else "", action_label=label
            )
        )
    slow = stats.get("slow_part")
    if slow and s is None:
        lev = "alarm" if "alarm" in levels.values() else "warn"
        warnings.append(Warning(f"Frames are being lost: {slow}.", "", lev))
    for d in outs:
        if d.state == "reconnecting":
            warnings.append(
                Warning(
                    f"{d.name}: the connection dropped; {d.detail}.",
                    "Viewers see a pause. Check the internet connection, or reconnect now.",
                    reconnect=True,
                )
            )
        elif d.state == "failed" and not any(d.name in t for t in engine_warnings):
            warnings.append(
                Warning(f"{d.name}: {d.detail}", "Check the destination in Settings.", "alarm")
            )
    return HealthView(outs, metrics, tuple(warnings))


class BroadcastViewModel(QObject):
    """Polls the session; exposes its status and the health rows; forwards commands."""

    status_changed = Signal(object)  # SessionStatus
    health_changed = Signal(object)  # HealthView
    elapsed_changed = Signal(str)
    _poke = Signal()

    POLL_MS = 500

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.session = studio.session
        self.status: SessionStatus = self.session.status()
        self.health = HealthView()
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._poke.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = self.session.subscribe(lambda _s: self._poke.emit())
        self._last_emit = 0.0
        self._sent: deque[tuple[float, int]] = deque()

    @Slot()
    def refresh(self) -> None:
        self.session.check()
        status = self.session.status()
        self.status = status
        self.health = health_view(status, self._sent_kbps(status))
        self.status_changed.emit(status)
        self.health_changed.emit(self.health)
        self.elapsed_changed.emit(format_elapsed(status.elapsed_s))
        self._last_emit = time.monotonic()

    def _sent_kbps(self, status: SessionStatus) -> float | None:
        """Network bytes sent per second over the last ~3 s (0 while reconnecting)."""
        if status.stats is None:
            self._sent.clear()
            return None
        total = sum(
            int(o.get("bytes_sent", 0))
            for o in status.stats.get("outputs", [])
            if o.get("name") != "recording"
        )
        now = time.monotonic()
        self._sent.append((now, total))
        while len(self._sent) > 2 and now - self._sent[0][0] > 3.0:
            self._sent.popleft()
        t0, b0 = self._sent[0]
        if now - t0 < 0.4:
            return None
        return max(0.0, (total - b0) * 8 / 1000 / (now - t0))

    # -- commands --------------------------------------------------------------------------
    @property
    def live(self) -> bool:
        return self.status.state in (LiveState.LIVE, LiveState.STARTING)

    def go_live(self) -> None:
        self.session.clear_error()
        self.studio.go_live()
        self.refresh()

    def end_show(self) -> None:
        self.studio.end_show()
        self.refresh()

    def set_recording(self, on: bool) -> None:
        self.session.set_recording(on)

    def reconnect_now(self) -> None:
        self.session.reconnect_now()
        self.refresh()

    def dismiss_error(self) -> None:
        self.session.clear_error()
        self.refresh()

    def close(self) -> None:
        self._timer.stop()
        self._unsubscribe()
