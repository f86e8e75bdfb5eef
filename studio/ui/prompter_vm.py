"""The prompter panel's view model: the studio's `LivePrompter` read once a second on the GUI
thread (cheap: no I/O, a few comparisons), announced only when what is shown changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from studio.session.prompter import Level, LivePrompter, Nudge


@dataclass(frozen=True)
class NudgeView:
    """One card: what is happening, the figure behind it, what to try; `alert` for trouble
    to act on now (a flash sale ending, the stream)."""

    key: str
    title: str
    figure: str
    advice: str
    alert: bool


def nudge_views(nudges: Sequence[Nudge]) -> tuple[NudgeView, ...]:
    """The cards for `nudges`, in their order."""
    return tuple(
        NudgeView(n.key, n.title, n.figure, n.advice, n.level is Level.ALERT) for n in nudges
    )


class PrompterViewModel(QObject):
    """`changed(views)` (a tuple of `NudgeView`) whenever the nudges shown change."""

    changed = Signal(object)

    def __init__(
        self, prompter: LivePrompter, parent: QObject | None = None, interval_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter
        self.views: tuple[NudgeView, ...] = ()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def refresh(self) -> None:
        """Read the prompter now; emit `changed` when the cards differ."""
        views = nudge_views(self.prompter.nudges())
        if views != self.views:
            self.views = views
            self.changed.emit(views)

    def dismiss(self, key: str) -> None:
        """The host dismissed a card: hidden until its condition clears."""
        self.prompter.dismiss(key)
        self.refresh()
