"""The Resellers panel (issue 21): each reseller's live orders, revenue, visits, conversion and
commission at the show's rate; the reseller leaderboard on air or off; after the show, the
commission statements (CSV) and the share kits written to a folder.

Reads the show feed's immutable state once a second on the GUI thread (no I/O); the platform
calls and the file writing run on the studio's I/O thread (`Studio.run_io`), and their outcome
comes back through a queued signal.
"""

from __future__ import annotations

import concurrent.futures
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.show.money import format_money, from_minor
from studio.show.state import ShowState
from studio.ui.i18n import num, tr

COLUMNS = 7


class _Bridge(QObject):
    done = Signal(object)


class ResellersPanel(QWidget):
    """`studio`: the app (its `show_feed`, `driver`, `sync`, `run_io`)."""

    def __init__(self, studio: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.mode = QLabel()
        self.mode.setProperty("muted", True)
        lay.addWidget(self.mode)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [tr("Reseller"), tr("Code"), tr("Orders"), tr("Revenue"), tr("Visits"),
             tr("Conversion"), tr("Commission")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(40)
        self.table.setMinimumHeight(140)  # three resellers at least, in a short dock
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Resellers"))
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.board = QCheckBox(tr("Leaderboard on air"))
        self.board.setToolTip(tr("Show the resellers' orders and revenue tonight on air"))
        self.board.toggled.connect(self._board)
        self.statements_btn = QPushButton(tr("Commission statements…"))
        self.statements_btn.clicked.connect(self._ask_statements)
        self.kits_btn = QPushButton(tr("Share kits…"))
        self.kits_btn.clicked.connect(self._ask_kits)
        self.clips_btn = QPushButton(tr("Highlight clips…"))
        self.clips_btn.setToolTip(tr("Cut the marked moments into vertical clips (mark: F7)"))
        self.clips_btn.clicked.connect(self._ask_clips)
        row.addWidget(self.board)
        row.addStretch(1)
        lay.addLayout(row)
        files = QHBoxLayout()  # a second row: the dock is narrow beside the preview
        for w in (self.statements_btn, self.kits_btn, self.clips_btn):
            files.addWidget(w)
        files.addStretch(1)
        lay.addLayout(files)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._finished)
        self.last_written: list[Path] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(1000)
        self.refresh()

    # -- the table -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw from the show feed's state (GUI thread)."""
        state: ShowState | None = self.studio.show_feed.state
        if state is None or state.show is None:
            self.mode.setText(tr("No show attached."))
            self.table.setRowCount(0)
            return
        program = state.reseller_program
        rate = f"{program.commission_bp / 100:g} %"
        self.mode.setText(
            (tr("Reseller (2b) show · commission {rate}") if program.two_b
             else tr("Not a reseller show · commission {rate}")).format(rate=rate)
        )  # fmt: skip
        cur = state.show.currency
        locale = self.studio.locale
        resellers = sorted(state.resellers, key=lambda r: (-r.revenue_minor, r.name))
        self.table.setRowCount(len(resellers))
        for i, r in enumerate(resellers):
            conv = r.conversion
            cells = [
                r.name,
                r.code,
                num(r.orders_count),
                format_money(from_minor(r.revenue_minor, cur), cur, locale),
                num(r.visits),
                "—" if conv is None else f"{conv * 100:.1f} %",
                format_money(
                    from_minor(program.commission_minor(r.revenue_minor), cur), cur, locale
                ),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setToolTip(f"{r.name} · {r.share_url}")  # the whole name, when cut
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)
        driver = self.studio.driver
        self.board.setEnabled(driver is not None)

    def _board(self, on: bool) -> None:
        driver = self.studio.driver
        if driver is not None:
            driver.show_reseller_board(on)

    # -- files -----------------------------------------------------------------------------

    def _ask_statements(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Write the commission statements to"))
        if folder:
            self.write_statements(Path(folder))

    def _ask_kits(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Write the share kits to"))
        if folder:
            self.write_kits(Path(folder))

    def mark_highlight(self) -> None:
        """Mark this moment of the recorded show (the hotkey); says when nothing records."""
        mark = self.studio.session.mark_highlight()
        if mark is None:
            self.status.setText(tr("Nothing is being recorded: turn recording on to mark."))
            return
        n = len(self.studio.session.highlight_marks)
        minutes, seconds = divmod(int(mark.at_s), 60)
        self.status.setText(
            tr("Highlight {n} marked at {time}.").format(n=n, time=f"{minutes}:{seconds:02d}")
        )

    def _ask_clips(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Write the highlight clips to"))
        if folder:
            self.write_clips(Path(folder))

    def write_clips(self, folder: Path) -> concurrent.futures.Future[list[Path]] | None:
        """Every marked moment as a vertical clip, from the recording (I/O thread)."""
        from studio.report.highlights import Highlight, cut_clip
        from studio.session.highlights import pick_recording

        session = self.studio.session
        marks = list(session.highlight_marks)
        if not marks:
            self.status.setText(tr("No highlight was marked yet (F7 during the show)."))
            return None

        def work() -> list[Path]:
            out = []
            for i, mark in enumerate(marks, start=1):
                rec = pick_recording(mark, list(session.recording_files))
                if rec is None:
                    continue
                clip = cut_clip(rec, Highlight(mark.at_s), folder / f"highlight-{i:02d}.mp4")
                out.append(clip.path)
            return out

        return self._run(work)

    def write_statements(self, folder: Path) -> concurrent.futures.Future[list[Path]] | None:
        """One CSV per reseller, from the platform's statements (I/O thread)."""
        sync, state = self.studio.sync, self.studio.show_feed.state
        if sync is None or state is None:
            return None
        from studio.platform import community
        from studio.report.commission import write_statement_csv

        titles = {p.product_id: p.title for p in state.catalog if p.product_id}
        codes = [r.code for r in state.resellers]

        def work() -> list[Path]:
            return [
                write_statement_csv(
                    folder / f"commission-{code}.csv",
                    community.statement(sync.client, sync.show_id, code),
                    titles,
                )
                for code in codes
            ]

        return self._run(work)

    def write_kits(self, folder: Path) -> concurrent.futures.Future[list[Path]] | None:
        """Every reseller's share kit, in the overlay theme on air (I/O thread)."""
        state = self.studio.show_feed.state
        if state is None or state.show is None:
            return None
        from studio.overlays.theme import load_theme
        from studio.report.share_kit import poster_content, write_share_kit

        theme_name = self.studio.overlay_theme
        products = list(state.catalog)
        content = poster_content(
            state.show,
            products,
            language=self.studio.show_language,
            locale=self.studio.locale,
        )
        resellers = list(state.resellers)

        def work() -> list[Path]:
            files = write_share_kit(folder, content, resellers, products, load_theme(theme_name))
            return [f.path for f in files]

        return self._run(work)

    def _run(self, work: Any) -> concurrent.futures.Future[list[Path]]:
        self.status.setText(tr("Writing…"))
        future: concurrent.futures.Future[list[Path]] = self.studio.run_io(work)
        future.add_done_callback(self._bridge.done.emit)
        return future

    def _finished(self, future: concurrent.futures.Future[list[Path]]) -> None:
        try:
            self.last_written = future.result()
        except Exception as exc:  # shown in words, never a traceback
            self.status.setText(tr("Could not write the files: {error}").format(error=str(exc)))
            return
        self.status.setText(tr("{n} files written.").format(n=len(self.last_written)))
