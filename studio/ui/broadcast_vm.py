"""The broadcast controls' view-model: session status in, plain display values out.

`health_view()` is Qt-free: it turns the engine's stats into the rows the health bar shows,
with the 1 % / 5 % colour levels and a warning that says what to do. The QObject polls the
session a few times a second (a snapshot, no I/O) and forwards commands, which return at once.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from studio.app import Studio
from studio.engine.stats import CanvasStats, Level, OutputKind, OutputState, OutputStats, level
from studio.session.status import LiveState, SessionStatus
from studio.ui.i18n import num, tr


@dataclass(frozen=True)
class DestinationView:
    name: str
    state: OutputState
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


def _countdown(out: OutputStats) -> str:
    """A reconnecting output's wait, short enough for a pill: 'Retrying in 3 s · try 2'."""
    if out.retry_in_s is None:
        return tr("Reconnecting…")
    return tr("Retrying in {retry_in_s:.0f} s · try {attempt}").format(
        retry_in_s=out.retry_in_s, attempt=out.attempt
    )


def _waiting(out: OutputStats) -> str:
    """'reconnecting in 3 s (attempt 2)', from the typed fields."""
    if out.retry_in_s is None:
        return "reconnecting"
    return tr("reconnecting in {retry_in_s:.0f} s (attempt {attempt})").format(
        retry_in_s=out.retry_in_s, attempt=out.attempt
    )


def destination_view(out: OutputStats, name: str | None = None) -> DestinationView:
    """One destination's pill from its typed snapshot (the recording is recognised by its
    kind, a retry offered only when the error says retrying can help)."""
    state = out.state
    if out.kind is OutputKind.RECORDING:
        name = name or tr("Recording")
    name = name or out.name
    if state is OutputState.LIVE:
        return DestinationView(name, state, tr("LIVE"), "live", False)
    if state is OutputState.RECORDING:
        return DestinationView(name, state, tr("REC", "recording"), "live", False)
    if state is OutputState.RECONNECTING:
        return DestinationView(name, state, _countdown(out), "warn", True, _waiting(out))
    if state is OutputState.CONNECTING:
        return DestinationView(name, state, tr("Connecting…"), "warn", True)
    if state is OutputState.FAILED:
        err = out.error
        detail = err.message if err is not None else "failed"
        retry = err.retryable if err is not None else True
        return DestinationView(name, state, tr("Failed"), "alarm", retry, detail)
    return DestinationView(name, state, state.value.capitalize(), "idle", False)


def _shape(profile: str) -> str:
    return "9:16" if profile.endswith("-vertical") else "16:9"


def canvas_metric(c: CanvasStats) -> Metric:
    """One canvas's health in the bar: its frame rate and the share of frames it lost,
    coloured by its worst loss (skipped: its encoder, lagged: its compositor, dropped: its
    destinations); the counts in the tip."""
    ticks = max(1, c.frames_encoded + c.frames_skipped + c.frames_lagged)
    tip = tr(
        "{profile}: %Ln frame(s) encoded; skipped {frames_skipped} ({value:.1%}), "
        "lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}",
        None,
        c.frames_encoded,
    ).format(
        profile=c.profile,
        frames_skipped=c.frames_skipped,
        value=c.frames_skipped / ticks,
        frames_lagged=c.frames_lagged,
        value2=c.frames_lagged / ticks,
        frames_dropped=c.frames_dropped,
    )
    slow = c.slow_part
    if slow is not None:
        tip = tr("{problem}: {advice}").format(problem=tip, advice=slow.advice_label)
    lost = (c.frames_skipped + c.frames_lagged) / ticks
    text = (
        tr("{fps} fps · {lost} lost").format(fps=num(c.fps), lost=f"{lost:.0%}")
        if lost >= 0.005
        else tr("{fps} fps").format(fps=num(c.fps))
    )
    return Metric(f"canvas-{c.orientation.value}", _shape(c.profile), text,
                  c.levels.worst.value, tip)  # fmt: skip


def health_view(status: SessionStatus, sent_kbps: float | None = None) -> HealthView:
    """Rows for the health bar from one session snapshot (pure: tested without Qt).

    `sent_kbps`: what left for the destinations lately (the encoder's rate when None).
    """
    warnings: list[Warning] = []
    if status.camera_problem is not None:
        warnings.append(
            Warning(
                tr("{problem} Viewers see 'Be right back'.").format(
                    problem=status.camera_problem.message
                ),
                status.camera_problem.hint or tr("Plug the camera back in, or pick another one."),
            )
        )
    if status.mic_problem is not None:
        warnings.append(
            Warning(
                tr("{problem} Viewers hear silence.").format(problem=status.mic_problem.message),
                status.mic_problem.hint or tr("Plug it back in, or pick another microphone."),
            )
        )
    if status.error is not None:
        warnings.append(Warning(status.error.message, status.error.hint, "alarm"))
    stats = status.stats
    if stats is None:
        return HealthView(warnings=tuple(warnings))
    names = list(status.targets)  # in the order of the stream outputs
    streams = [o for o in stats.outputs if o.kind is OutputKind.STREAM]
    two = len(stats.canvases) > 1

    def named(o: OutputStats) -> str | None:
        if o.kind is not OutputKind.STREAM:
            return None
        i = next(i for i, s in enumerate(streams) if s is o)
        return names[i] if i < len(names) else None

    pairs = [(o, destination_view(o, named(o))) for o in stats.outputs]
    outs = tuple(view for _, view in pairs)
    if two:  # the streams, then one pill for the canvases' recordings (the bar is narrow)
        recs = [(o, v) for o, v in pairs if o.kind is OutputKind.RECORDING]
        outs = tuple(v for o, v in pairs if o.kind is OutputKind.STREAM)
        if recs:
            worst = next((v for o, v in recs if o.state is OutputState.FAILED), recs[0][1])
            detail = ", ".join(f"{_shape(o.canvas)}: {v.detail or v.text}" for o, v in recs)
            outs += (replace(worst, detail=detail),)
    encoded, skipped = stats.frames_encoded, stats.frames_skipped
    lagged, dropped = stats.frames_lagged, stats.frames_dropped
    total = encoded + skipped + lagged

    def ratio_metric(key: str, label: str, n: int, tip: str) -> Metric:
        r = _pct(n, total)
        return Metric(key, label, f"{r * 100:.1f} %", level(r), f"{tip}: {n} of {total}")

    cpu = stats.cpu_percent
    kbps = stats.bitrate_recent_kbps if sent_kbps is None else sent_kbps
    metrics: tuple[Metric, ...] = (
        Metric(
            "bitrate",
            tr("Bitrate"),
            tr("{value:.1f} Mb/s").format(value=kbps / 1000)
            if kbps >= 1000
            else f"{kbps:.0f} kb/s",
            "ok" if kbps > 0 else "warn",
            tr("Sent to the destinations over the last few seconds"),
        ),
        Metric("fps", "FPS", f"{stats.fps:.0f}", "ok", tr("Frames encoded/s")),
        ratio_metric("dropped", tr("Dropped"), dropped, tr("Frames the network could not take")),
        ratio_metric("skipped", tr("Skipped"), skipped, tr("Frames the encoder was too slow for")),
        ratio_metric("lagged", tr("Lagged"), lagged, tr("Frames the compositor missed")),
        Metric(
            "cpu",
            "CPU",
            f"{cpu:.0f} %",
            "alarm" if cpu > 180 else "warn" if cpu > 120 else "ok",
            tr("This app's processor use (100 % = one core)"),
        ),
    )
    if two:  # each canvas's frame rate and losses instead of the figures for both together
        metrics = tuple(m for m in metrics if m.key not in ("fps", "skipped", "lagged"))
        metrics += tuple(canvas_metric(c) for c in stats.canvases)
    for w in stats.warnings:
        text = f"{w.output}: {w.message}" if w.output is not None else w.message
        warnings.append(Warning(text, w.hint, "alarm"))
    s = status.suggestion
    if s is not None:
        key, value = next(iter(s.change.items()), ("", ""))
        label = {
            "profile": f"Use {value} next",
            "encoder": "Automatic encoder",
            "canvases": "Choose destinations…",
        }.get(key, "")
        warnings.append(
            Warning(
                s.message, "", "alarm", action=f"{key}:{value}" if key else "", action_label=label
            )
        )
    slow = stats.slow_part
    if slow is not None and s is None:
        lev = "alarm" if stats.levels.worst is Level.ALARM else "warn"
        warnings.append(
            Warning(
                tr("Frames are being lost: {advice}.").format(advice=slow.advice_label), "", lev
            )
        )
    warned = {w.output for w in stats.warnings if w.output is not None}
    for out, d in pairs:
        if out.state is OutputState.RECONNECTING:
            warnings.append(
                Warning(
                    tr("{name}: the connection dropped; {detail}.").format(
                        name=d.name, detail=d.detail
                    ),
                    tr("Viewers see a pause. Check the internet connection, or reconnect now."),
                    reconnect=True,
                )
            )
        elif out.state is OutputState.FAILED and out.name not in warned:
            warnings.append(
                Warning(f"{d.name}: {d.detail}", tr("Check the destination in Settings."), "alarm")
            )
    return HealthView(outs, metrics, tuple(warnings))


class BroadcastViewModel(QObject):
    """Polls the session to refresh the view (the session ends a failed show by itself, from
    the pipeline's event); exposes its status and the health rows; forwards commands."""

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
        total = sum(o.bytes_sent for o in status.stats.streams)
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
