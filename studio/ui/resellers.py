"""The Resellers panel (issue 21): each reseller's live orders, revenue, visits, conversion and
commission at the show's rate; the reseller leaderboard on air or off; after the show, the
commission statements (CSV) and the share kits written to a folder.

Highlight clips and share kits, once written, are uploaded to the platform for the resellers
(`studio.platform.materials`) on the panel's own upload thread (one at a time, so a long
upload never holds up the studio's other writes), with progress in the status line; when an
upload fails the files stay where they were written and "Upload" tries again. The table shows
what each reseller can download from the platform, and copies their page link (which holds
their access key) to the clipboard.

Reads the show feed's immutable state once a second on the GUI thread (no I/O); the platform
calls and the file writing run on the studio's I/O thread (`Studio.run_io`) or the upload
thread, and their outcome comes back through queued signals.
"""

from __future__ import annotations

import concurrent.futures
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.platform import materials as mat
from studio.platform.models import Material, MaterialKind
from studio.show.money import format_money, from_minor
from studio.show.state import ShowState
from studio.ui.i18n import num, tr
from studio.ui.widgets import FlowLayout

COLUMNS = 8
PLATFORM_COL = 7


class _Bridge(QObject):
    done = Signal(object)
    progress = Signal(object)  # materials.Progress, from the upload thread
    uploaded = Signal(object)  # the upload's future
    listed = Signal(object)  # the platform's materials (list) or the error
    link = Signal(object)  # (name, code, future of the page link)
    revoked = Signal(object)  # (name, code, future of the revocation)


def size_text(size: int) -> str:
    """Bytes as the window's language writes megabytes ('3.2 MB', '0.4 MB')."""
    return tr("{size} MB").format(size=num(size / 1e6, 1))


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
             tr("Conversion"), tr("Commission"), tr("On platform")]
        )  # fmt: skip
        header_item = self.table.horizontalHeaderItem(PLATFORM_COL)
        if header_item is not None:
            header_item.setToolTip(
                tr("Files this reseller can download from the platform, and their size")
            )
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(40)
        self.table.setMinimumHeight(140)  # three resellers at least, in a short dock
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Resellers"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        lay.addWidget(self.table, 1)
        row = FlowLayout()  # longer words in es or id move a button down, never cut it off
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
        self.upload_btn = QPushButton(tr("Upload"))
        self.upload_btn.setToolTip(
            tr("Upload the clips and share kits written last to the platform for the resellers")
        )
        self.upload_btn.setEnabled(False)
        self.upload_btn.clicked.connect(self.upload)
        # The selected reseller's link (also in each row's menu).
        self.link_btn = QPushButton(tr("Copy reseller link"))
        self.link_btn.setToolTip(
            tr("Copy the selected reseller's page with their clips and posters")
        )
        self.link_btn.setEnabled(False)
        self.link_btn.clicked.connect(self._copy_selected)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        row.addWidget(self.board)
        row.addWidget(self.link_btn)
        lay.addLayout(row)
        files = FlowLayout()  # a second row: the dock is narrow beside the preview
        for w in (self.statements_btn, self.kits_btn, self.clips_btn, self.upload_btn):
            files.addWidget(w)
        lay.addLayout(files)
        self.on_platform = QLabel()
        self.on_platform.setProperty("muted", True)
        self.on_platform.setWordWrap(True)
        lay.addWidget(self.on_platform)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._finished)
        self._bridge.progress.connect(self._progress)
        self._bridge.uploaded.connect(self._uploaded)
        self._bridge.listed.connect(self._listed)
        self._bridge.link.connect(self._link_ready)
        self._bridge.revoked.connect(self._revoked)
        self.last_written: list[Path] = []
        self.pending: list[mat.Upload] = []  # written, not yet on the platform
        self.pending_folder: Path | None = None
        self.platform_materials: list[Material] | None = None  # None: not read yet
        self.last_link: str | None = None
        self._links: dict[str, str] = {}  # code -> page link issued this session
        self._listed_show: str | None = None
        self._uploads = concurrent.futures.ThreadPoolExecutor(1, "studio-uploads")
        self.destroyed.connect(partial(_shutdown, self._uploads))
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
            self._platform_cells(i, r.code)
        driver = self.studio.driver
        self.board.setEnabled(driver is not None)
        sync = self.studio.sync
        if sync is not None and self._listed_show != sync.show_id:
            self._listed_show = sync.show_id
            self.list_platform()

    def _platform_cells(self, row: int, code: str) -> None:
        """What reseller `code` can download from the platform (count · size)."""
        share = None
        if self.platform_materials is not None:
            share = mat.per_reseller(self.platform_materials, [code])[code]
        text = "—" if share is None else f"{num(share.count)} · {size_text(share.size)}"
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, PLATFORM_COL, item)

    def row_menu(self, row: int) -> QMenu:
        """The menu of a reseller's row (right click): copy their link."""
        menu = QMenu(self)
        code_item = self.table.item(row, 1)
        if code_item is not None:
            code = code_item.text()
            act = menu.addAction(tr("Copy reseller link"))
            act.setEnabled(self.studio.sync is not None)
            act.triggered.connect(lambda: self.copy_link(code))
            revoke = menu.addAction(tr("Revoke reseller links"))
            revoke.setToolTip(tr("Every link this reseller was given stops working"))
            revoke.setEnabled(self.studio.sync is not None)
            revoke.triggered.connect(lambda: self.revoke_links(code))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.row_menu(index.row()).exec(self.table.viewport().mapToGlobal(pos))

    def _selected_code(self) -> str | None:
        rows = {i.row() for i in self.table.selectedItems()}
        code = self.table.item(rows.pop(), 1) if len(rows) == 1 else None
        return code.text() if code is not None else None

    def _selection_changed(self) -> None:
        self.link_btn.setEnabled(self.studio.sync is not None and self._selected_code() is not None)

    def _copy_selected(self) -> None:
        code = self._selected_code()
        if code is not None:
            self.copy_link(code)

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

        language = self.studio.show_language
        uploads: list[mat.Upload] = []

        def work() -> list[Path]:
            out = []
            for i, mark in enumerate(marks, start=1):
                rec = pick_recording(mark, list(session.recording_files))
                if rec is None:
                    continue
                clip = cut_clip(rec, Highlight(mark.at_s), folder / f"highlight-{i:02d}.mp4")
                out.append(clip.path)
                uploads.append(mat.clip_upload(i, clip.path, mark.at_s, clip.duration_s, language))
            return out

        return self._run(work, uploads, folder)

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
        language = self.studio.show_language
        titles = {p.sku: p.title for p in products}
        uploads: list[mat.Upload] = []

        def work() -> list[Path]:
            files = write_share_kit(folder, content, resellers, products, load_theme(theme_name))
            uploads.extend(
                mat.kit_upload(f.code, f.kind, f.sku, f.path, language, titles.get(f.sku or "", ""))
                for f in files
            )
            return [f.path for f in files]

        return self._run(work, uploads, folder)

    def _run(
        self, work: Any, uploads: list[mat.Upload] | None = None, folder: Path | None = None
    ) -> concurrent.futures.Future[list[Path]]:
        """Write on the I/O thread; then, when `uploads` were made, upload them."""
        self.status.setText(tr("Writing…"))
        future: concurrent.futures.Future[list[Path]] = self.studio.run_io(work)
        future.add_done_callback(lambda f: self._bridge.done.emit((f, uploads, folder)))
        return future

    def _finished(
        self,
        done: tuple[concurrent.futures.Future[list[Path]], list[mat.Upload] | None, Path | None],
    ) -> None:
        future, uploads, folder = done
        try:
            self.last_written = future.result()
        except Exception as exc:  # shown in words, never a traceback
            self.status.setText(tr("Could not write the files: {error}").format(error=str(exc)))
            return
        self.status.setText(tr("%n file(s) written.", None, len(self.last_written)))
        if uploads:
            self.pending, self.pending_folder = list(uploads), folder
            self.upload_btn.setEnabled(True)
            if self.studio.sync is not None:
                self.upload()

    # -- the platform ----------------------------------------------------------------------

    def upload(self) -> concurrent.futures.Future[list[Material]] | None:
        """Upload the files written last (upload thread); None when there is nothing to
        upload or no platform. On failure the files stay and the status says where."""
        sync = self.studio.sync
        if not self.pending:
            self.status.setText(tr("Nothing to upload: write highlight clips or share kits."))
            return None
        if sync is None:
            self.status.setText(
                tr("No platform attached: the files are kept in {folder}.").format(
                    folder=self.pending_folder
                )
            )
            return None
        items = list(self.pending)
        self.upload_btn.setEnabled(False)
        self.status.setText(tr("Uploading…"))

        def work() -> list[Material]:
            mat.upload_all(sync.client, sync.show_id, items, self._bridge.progress.emit)
            return mat.materials(sync.client, sync.show_id)

        future = self._uploads.submit(work)
        future.add_done_callback(self._bridge.uploaded.emit)
        return future

    def _progress(self, p: mat.Progress) -> None:
        self.status.setText(
            tr("Uploading {done} of %Ln file(s) ({sent} of {size})…", None, p.total).format(
                done=num(min(p.done + 1, p.total)),  # the file being sent
                sent=size_text(p.sent_bytes),
                size=size_text(p.total_bytes),
            )
        )

    def _uploaded(self, future: concurrent.futures.Future[list[Material]]) -> None:
        try:
            on_platform = future.result()
        except Exception as exc:  # shown in words, never a traceback
            self.upload_btn.setEnabled(True)
            self.status.setText(
                tr("Upload failed: {error} The files are kept in {folder}; try again with "
                   "Upload.").format(error=_sentence(exc), folder=self.pending_folder)
            )  # fmt: skip
            return
        n = len(self.pending)
        self.pending = []
        self.status.setText(tr("%n file(s) uploaded for the resellers.", None, n))
        self._listed(on_platform)

    def list_platform(self) -> concurrent.futures.Future[list[Material]] | None:
        """Read what is on the platform for the resellers (upload thread)."""
        sync = self.studio.sync
        if sync is None:
            return None
        future = self._uploads.submit(mat.materials, sync.client, sync.show_id)
        future.add_done_callback(lambda f: self._bridge.listed.emit(f.exception() or f.result()))
        return future

    def _listed(self, result: list[Material] | BaseException) -> None:
        if isinstance(result, BaseException):
            self.on_platform.setText(
                tr("Could not read the resellers' files on the platform: {error}").format(
                    error=_sentence(result)
                )
            )
            return
        self.platform_materials = result
        clips = sum(1 for x in result if x.kind is MaterialKind.CLIP)
        if not result:
            self.on_platform.setText(tr("Nothing on the platform for the resellers yet."))
        else:
            self.on_platform.setText(
                tr("On the platform for the resellers: clips: {clips} · pictures: {pictures} · "
                   "{size}").format(
                    clips=num(clips),
                    pictures=num(len(result) - clips),
                    size=size_text(sum(x.size for x in result)),
                )
            )  # fmt: skip
        self.refresh()

    def copy_link(self, code: str) -> concurrent.futures.Future[str] | None:
        """Copy reseller `code`'s page link (it holds their access key) to the clipboard; the
        first copy of a session asks the platform for a key (upload thread)."""
        sync = self.studio.sync
        state = self.studio.show_feed.state
        names = {r.code: r.name for r in state.resellers} if state is not None else {}
        name = names.get(code, code)
        known = self._links.get(code)
        if known is not None:
            ready: concurrent.futures.Future[str] = concurrent.futures.Future()
            ready.set_result(known)
            self._link_ready((name, code, ready))
            return ready
        if sync is None:
            return None
        self.status.setText(tr("Asking the platform for {name}'s link…").format(name=name))
        future = self._uploads.submit(
            lambda: mat.reseller_access(sync.client, sync.show_id, code).page_url
        )
        future.add_done_callback(lambda f: self._bridge.link.emit((name, code, f)))
        return future

    def revoke_links(self, code: str) -> concurrent.futures.Future[Any] | None:
        """Make every page link of reseller `code` stop working (a leaked link); the next
        copy issues a new one (upload thread)."""
        sync = self.studio.sync
        if sync is None:
            return None
        self._links.pop(code, None)
        future = self._uploads.submit(mat.revoke_access, sync.client, sync.show_id, code)
        name = _name_of(self.studio, code)
        future.add_done_callback(lambda f: self._bridge.revoked.emit((name, code, f)))
        return future

    def _revoked(self, done: tuple[str, str, concurrent.futures.Future[Any]]) -> None:
        name, code, future = done
        try:
            future.result()
        except Exception as exc:  # shown in words, never a traceback
            self.status.setText(
                tr("Could not revoke {name}'s links: {error}").format(
                    name=name, error=_sentence(exc)
                )
            )
            return
        self._links.pop(code, None)
        self.status.setText(
            tr("{name}'s links no longer work; copy a new one to send them.").format(name=name)
        )

    def _link_ready(self, done: tuple[str, str, concurrent.futures.Future[str]]) -> None:
        name, code, future = done
        try:
            url = future.result()
        except Exception as exc:  # shown in words, never a traceback
            self.status.setText(
                tr("Could not get {name}'s link: {error}").format(name=name, error=_sentence(exc))
            )
            return
        self._links[code] = url
        self.last_link = url
        QGuiApplication.clipboard().setText(url)
        self.status.setText(
            tr("{name}'s link is copied. It holds their access key: send it to them only.").format(
                name=name
            )
        )


def _name_of(studio: Any, code: str) -> str:
    state = studio.show_feed.state
    names = {r.code: r.name for r in state.resellers} if state is not None else {}
    return str(names.get(code, code))


def _sentence(exc: BaseException) -> str:
    """An error in words for the status line (a studio error's message and hint), ending
    with a full stop."""
    text = str(exc).strip() or type(exc).__name__
    return text if text.endswith((".", "!", "?", "。")) else text + "."


def _shutdown(pool: concurrent.futures.ThreadPoolExecutor, *_: object) -> None:
    pool.shutdown(wait=False, cancel_futures=True)
