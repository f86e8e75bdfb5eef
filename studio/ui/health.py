"""The health bar: per-destination state, the figures a broadcaster watches, and warnings.

One row of figures (so it fits beside a 16:9 preview at 1366×768), then up to two warnings,
each saying what to do; a dropped connection's warning carries the "Reconnect now" button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.ui.broadcast_vm import HealthView, Metric, Warning
from studio.ui.i18n import QT_TR_NOOP, tr
from studio.ui.style import current_theme, level_color
from studio.ui.widgets import ElidedLabel, Pill

METRICS = (
    ("bitrate", QT_TR_NOOP("Bitrate")),
    ("fps", "FPS"),
    ("dropped", QT_TR_NOOP("Dropped")),
    ("skipped", QT_TR_NOOP("Skipped")),
    ("lagged", QT_TR_NOOP("Lagged")),
    ("cpu", "CPU"),
    # A show with two canvases: each one's frame rate and worst loss (broadcast_vm.canvas_metric).
    ("canvas-landscape", "16:9"),
    ("canvas-portrait", "9:16"),
)


class _Figure(QWidget):
    """A caption over a value; the value takes the level's colour."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.setSpacing(0)
        self.caption = QLabel(label)
        self.caption.setProperty("muted", True)
        self.value = QLabel("—")
        f = self.value.font()
        f.setBold(True)
        self.value.setFont(f)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        self.level = "idle"

    def set_metric(self, m: Metric) -> None:
        self.value.setText(m.text)
        self.level = m.level
        color = level_color(m.level, current_theme()) if m.level in ("warn", "alarm") else ""
        self.value.setStyleSheet(f"color: {color};" if color else "")
        self.setToolTip(m.tip)
        self.setAccessibleName(f"{m.label}: {m.text}")


class _WarningRow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warning")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 3, 4, 3)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.text, 1)
        self.action = QPushButton(tr("Reconnect now"))
        self.action.setToolTip(tr("Skip the wait and try to reconnect at once"))
        self.action.hide()
        lay.addWidget(self.action)
        self.command = ""

    def set_warning(self, w: Warning) -> None:
        msg = w.text if not w.hint else f"{w.text} {w.hint}"
        self.text.setText(msg)
        color = level_color(w.level, current_theme())
        self.setStyleSheet(f"QFrame#warning {{ border-left: 4px solid {color}; }}")
        self.setAccessibleName(msg)
        self.command = "reconnect" if w.reconnect else w.action
        self.action.setText(tr("Reconnect now") if w.reconnect else w.action_label)
        self.action.setVisible(bool(self.command and self.action.text()))


SHORT_NAME_PX = 90  # a destination name up to this wide is never elided


class HealthBar(QFrame):
    """Renders a HealthView; emits `reconnect_requested` for 'Reconnect now'."""

    reconnect_requested = Signal()
    action_requested = Signal(str)  # a warning's one-click fix, e.g. "profile:720p30"

    MAX_WARNINGS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthBar")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 5, 8, 5)
        outer.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(6)
        outer.addLayout(row)
        self._dest_box = QHBoxLayout()
        self._dest_box.setSpacing(6)
        row.addLayout(self._dest_box, 1)
        self.idle_label = QLabel(tr("Not live"))
        self.idle_label.setProperty("muted", True)
        self.idle_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._dest_box.addWidget(self.idle_label, 1)
        self.metrics: dict[str, _Figure] = {}
        for key, label in METRICS:
            m = _Figure(tr(label))
            m.hide()
            self.metrics[key] = m
            row.addWidget(m)
        sep = QFrame()
        sep.setFrameShape(QFrame.Shape.VLine)
        row.addWidget(sep)
        ingest_box = QVBoxLayout()
        ingest_box.setSpacing(1)
        cap = QLabel(tr("Platform ingest"))
        cap.setProperty("muted", True)
        ingest_box.addWidget(cap)
        self.ingest = Pill("—")
        ingest_box.addWidget(self.ingest)
        row.addLayout(ingest_box)
        self._pills: list[tuple[ElidedLabel, Pill]] = []
        self._warnings = [_WarningRow() for _ in range(self.MAX_WARNINGS)]
        for w in self._warnings:
            w.hide()
            w.action.clicked.connect(lambda _=False, row=w: self._act(row.command))
            outer.addWidget(w)
        self.view = HealthView()
        self.show_metrics = True

    def _act(self, command: str) -> None:
        if command == "reconnect":
            self.reconnect_requested.emit()
        elif command:
            self.action_requested.emit(command)

    @property
    def reconnect(self) -> QPushButton:
        """The first warning's 'Reconnect now' (what a keyboard user tabs to)."""
        return self._warnings[0].action

    def set_health(self, view: HealthView) -> None:
        self.view = view
        self._set_destinations(view)
        shown = {m.key for m in view.metrics} if self.show_metrics else set()
        for m in view.metrics:
            if m.key in self.metrics:
                self.metrics[m.key].set_metric(m)
        for key, widget in self.metrics.items():
            widget.setVisible(key in shown)
        warnings = sorted(view.warnings, key=lambda w: not (w.reconnect or w.action))
        for i, row in enumerate(self._warnings):
            if i < len(warnings):
                row.set_warning(warnings[i])
                row.show()
            else:
                row.hide()

    def _set_destinations(self, view: HealthView) -> None:
        dests = view.destinations
        while len(self._pills) < len(dests):
            name, pill = ElidedLabel(), Pill()
            self._dest_box.addWidget(name, 1)
            self._dest_box.addWidget(pill)
            self._pills.append((name, pill))
        for i, (name, pill) in enumerate(self._pills):
            if i < len(dests):
                d = dests[i]
                name.set_full_text(d.name)
                # A short name ("Recording", "Grabación") is shown whole; a long one elides
                # (down to the label's own least width, so the row still fits the bar).
                natural = name.fontMetrics().horizontalAdvance(d.name) + 4
                name.setMinimumWidth(natural if natural <= SHORT_NAME_PX else 50)
                pill.set_state(d.text, d.kind)
                # The name elides, never the state. A QLabel's size hint is at least its
                # minimum width: clear it first, or a pill stays as wide as its longest text
                # ever ("CONECTANDO…" kept "EN VIVO" 109 px wide, squeezing the names).
                pill.setMinimumWidth(0)
                pill.setMinimumWidth(pill.sizeHint().width())
                pill.setToolTip(d.detail or d.name)
                name.show()
                pill.show()
            else:
                name.hide()
                pill.hide()
        self.idle_label.setVisible(not dests)

    def set_idle_text(self, text: str) -> None:
        self.idle_label.setText(text)

    def set_ingest(self, text: str, kind: str, tip: str = "") -> None:
        self.ingest.set_state(text, kind)
        self.ingest.setToolTip(tip)

    def destination_states(self) -> list[str]:
        """What the pills say (tests and screen readers)."""
        return [d.text for d in self.view.destinations]
