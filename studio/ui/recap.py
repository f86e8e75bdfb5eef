"""After End show: how it went (duration, takings, orders, peak viewers) and where the
recording is, with a button that opens its folder, and one that opens the show's report once
the studio has written it (`Studio.report_future`).

`show_recap()` is Qt-free: it gathers the figures from the show state and the session's
recording files; `RecapDialog` only lays them out.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.show.state import ShowState
from studio.ui.broadcast_vm import format_elapsed
from studio.ui.i18n import num, tr
from studio.ui.show_vm import money
from studio.ui.widgets import muted_label


@dataclass(frozen=True)
class ShowRecap:
    """What the recap says. Figures are None when no platform show was attached (then there
    is nothing to count); `recordings` are the files asked for during the show (each is
    finished into place a moment after the show ends: see `finished_recording`)."""

    duration_s: float
    revenue: str | None = None  # formatted in the show's currency and the user's locale
    orders: int | None = None
    units: int | None = None
    peak_viewers: int | None = None
    best_seller: str | None = None
    recordings: tuple[Path, ...] = ()


def finished_recording(requested: Path) -> Path | None:
    """The file a recording left: the final .mp4 once remuxed, else the raw .mkv kept while
    recording (a failed remux leaves it, playable); None while neither exists."""
    if requested.exists():
        return requested
    raw = requested.with_name(requested.name + ".recording.mkv")
    return raw if raw.exists() else None


def show_recap(duration_s: float, state: ShowState | None, recordings: Sequence[Path]) -> ShowRecap:
    """The recap of a show that ran `duration_s` seconds, from the show's state at its end
    and the recording files asked for during it (see `finished_recording`)."""
    if state is None or state.show is None:
        return ShowRecap(duration_s, recordings=tuple(recordings))
    sales = state.sales
    best = sales.best_seller.title if sales.best_seller is not None else None
    return ShowRecap(
        duration_s,
        revenue=money(sales.revenue, sales.currency),
        orders=sales.orders,
        units=sales.units,
        peak_viewers=state.viewers.peak,
        best_seller=best,
        recordings=tuple(recordings),
    )


def open_file(path: Path) -> None:
    """Open `path` with the system's default application (a report: the browser)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> None:
    """Show `path`'s folder in the system's file manager."""
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class RecapDialog(QDialog):
    """Not modal: the host can look at the window behind it, and close it when done."""

    def __init__(
        self,
        recap: ShowRecap,
        parent: QWidget | None = None,
        opener: Callable[[Path], None] = open_folder,
        report: concurrent.futures.Future[Path] | None = None,
        report_opener: Callable[[Path], None] = open_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recap")
        self.setWindowTitle(tr("Show ended"))
        self.recap = recap
        self._opener = opener
        lay = QVBoxLayout(self)
        title = QLabel(tr("The show has ended"))
        f = title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() + 3)
        title.setFont(f)
        lay.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        self.figures: dict[str, QLabel] = {}

        def figure(col: int, key: str, caption: str, value: str) -> None:
            cap = QLabel(caption)
            cap.setProperty("muted", True)
            val = QLabel(value)
            val.setObjectName("bigNumber")
            val.setAccessibleName(f"{caption}: {value}")
            grid.addWidget(cap, 0, col)
            grid.addWidget(val, 1, col)
            self.figures[key] = val

        figure(0, "duration", tr("On air"), format_elapsed(recap.duration_s))
        if recap.orders is not None:
            figure(1, "revenue", tr("Revenue"), recap.revenue or "—")
            figure(2, "orders", tr("Orders"), num(recap.orders))
            figure(3, "peak", tr("Peak viewers"), num(recap.peak_viewers or 0))
        lay.addLayout(grid)
        if recap.orders is not None:
            # The orders are the big figure above; one count per sentence, so each language
            # inflects "sold" with the units (es "1 artículo vendido", "3 artículos vendidos").
            units = recap.units or 0
            summary = (
                tr("%Ln item(s) sold. Best seller: {best_seller}.", None, units).format(
                    best_seller=recap.best_seller
                )
                if recap.best_seller
                else tr("%Ln item(s) sold.", None, units)
            )
            lay.addWidget(muted_label(summary))
        else:
            lay.addWidget(muted_label(tr("No platform show was connected: no sales to count.")))
        rec = QHBoxLayout()
        self.recording = QLabel()
        self.recording.setWordWrap(True)
        self.recording.setTextFormat(Qt.TextFormat.PlainText)
        self.recording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_btn = QPushButton(tr("Open folder"))
        self.open_btn.setObjectName("primary")
        self.open_btn.clicked.connect(self.open_recording_folder)
        rec.addWidget(self.recording, 1)
        rec.addWidget(self.open_btn)
        lay.addLayout(rec)
        self.refresh_recordings()
        self._report = report
        self._report_opener = report_opener
        self.report_path: Path | None = None
        rep = QHBoxLayout()
        self.report_note = muted_label("")
        self.report_note.setWordWrap(True)
        self.report_btn = QPushButton(tr("Open report"))
        self.report_btn.setToolTip(tr("The show's report: figures, timeline chart, products"))
        self.report_btn.clicked.connect(self.open_report)
        rep.addWidget(self.report_note, 1)
        rep.addWidget(self.report_btn)
        lay.addLayout(rep)
        self._report_timer = QTimer(self)
        self._report_timer.setInterval(300)
        self._report_timer.timeout.connect(self.refresh_report)
        if report is None:
            self.report_note.hide()
            self.report_btn.hide()
        elif not self.refresh_report():
            self._report_timer.start()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.setMinimumWidth(520)

    def refresh_recordings(self) -> bool:
        """Say where each recording is; True while one is still being finished (the window
        calls this again until it is done)."""
        recordings = self.recap.recordings
        if not recordings:
            self.recording.setText(tr("This show was not recorded."))
            self.recording.setProperty("muted", True)
            self.open_btn.hide()
            return False
        lines, pending = [], False
        for requested in recordings:
            if requested.exists():
                lines.append(str(requested))
            elif finished_recording(requested) is not None:
                pending = True
                lines.append(tr("{requested} (being finished…)").format(requested=requested))
        title = tr("Recording saved:") if len(lines) == 1 else tr("Recordings saved:")
        self.recording.setText(
            "\n".join([title, *lines]) if lines else tr("No recording was kept.")
        )
        self.open_btn.setVisible(bool(lines))
        return pending

    def refresh_report(self) -> bool:
        """Say whether the report is ready (polled, never waited for); True once settled."""
        fut = self._report
        if fut is None:
            return True
        if not fut.done():
            self.report_note.setText(tr("Writing the show's report…"))
            self.report_btn.setEnabled(False)
            return False
        self._report_timer.stop()
        try:
            self.report_path = fut.result()
        except Exception as exc:
            self.report_note.setText(tr("The report could not be written: {exc}").format(exc=exc))
            self.report_btn.setEnabled(False)
            return True
        self.report_note.setText(tr("The show's report is ready: figures, charts, products."))
        self.report_note.setToolTip(str(self.report_path))
        self.report_btn.setEnabled(True)
        return True

    def open_report(self) -> None:
        if self.report_path is not None:
            self._report_opener(self.report_path)

    def open_recording_folder(self) -> None:
        if self.recap.recordings:
            self._opener(self.recap.recordings[-1])
