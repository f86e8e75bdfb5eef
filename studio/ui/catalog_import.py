"""The catalog tab's import report: drop a catalog file, see how the show would read it.

Same reading and same words as `studio catalog import`: the format the file was read as, how
many products can be sold on air, the currency and where it came from, and every warning.
The file is read on a worker thread (never on the GUI thread); the result comes back as an
immutable `ImportReport` through a queued signal.

The currency of a file that names none comes from the platform's show when one is attached,
else from the shop currency in the settings; it is never assumed.
"""

from __future__ import annotations

import concurrent.futures
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.ui.i18n import tr
from studio.ui.widgets import muted_label

MAX_WARNINGS_SHOWN = 500


@dataclass(frozen=True)
class ImportReport:
    """What the window shows after a drop. `usable` False: not ready for a show (or unreadable)."""

    file: str
    summary: str
    warnings: tuple[str, ...] = ()
    usable: bool = False
    error: str = ""
    hint: str = ""


def read_report(path: Path, currency: str | None, source: str, locale: str | None) -> ImportReport:
    """Read `path` as the show would (worker thread). Never raises: errors become the report."""
    from studio.errors import StudioError
    from studio.show.catalog import load_catalog
    from studio.show.catalog.report import summary

    try:
        catalog = load_catalog(path, currency=currency, currency_source=source, locale=locale)
    except StudioError as exc:
        return ImportReport(path.name, "", error=exc.message, hint=exc.hint or "")
    return ImportReport(
        path.name,
        summary(catalog),
        tuple(str(i) for i in catalog.issues),
        catalog.usable,
    )


def shop_currency(studio: Studio) -> tuple[str | None, str]:
    """(currency, where from): the platform's show, else the settings' shop currency."""
    sync = getattr(studio, "sync", None)
    show = getattr(getattr(getattr(sync, "model", None), "state", None), "show", None)
    cur = getattr(show, "currency", None)
    if cur:
        return str(cur), "platform"
    config = getattr(studio, "config", None)
    cur = getattr(getattr(config, "platform", None), "currency", None)
    return (str(cur), "settings") if cur else (None, "settings")


class CatalogImportVM(QObject):
    """Reads dropped files one at a time off the GUI thread; emits `report_ready(ImportReport)`."""

    report_ready = Signal(object)

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="catalog")
        self.destroyed.connect(lambda *_: self._pool.shutdown(wait=False, cancel_futures=True))

    def check(self, path: Path) -> None:
        currency, source = shop_currency(self.studio)
        locale = getattr(self.studio, "locale", None)
        future = self._pool.submit(read_report, path, currency, source, locale)
        future.add_done_callback(lambda f: self.report_ready.emit(f.result()))


class ImportReportView(QFrame):
    """The report under the catalog list: a headline, the warnings, a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogImportReport")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Catalog import report"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 8)
        top = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.headline, 1)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setAccessibleName(tr("Close the import report"))
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.detail = muted_label()
        lay.addWidget(self.detail)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(tr("Import warnings"))
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(112)
        lay.addWidget(self.warnings)
        self.report: ImportReport | None = None
        self.hide()

    def show_reading(self, name: str) -> None:
        self.headline.setText(tr("Reading {name}…").format(name=name))
        self.detail.setText("")
        self.warnings.clear()
        self.warnings.hide()
        self.show()

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        if report.error:
            self.headline.setText(tr("✖ {file} cannot be used").format(file=report.file))
            self.detail.setText(f"{report.error} {report.hint}".strip())
        else:
            mark = "✔" if report.usable else "⚠"
            self.headline.setText(f"{mark} {report.file}")
            self.detail.setText(
                report.summary
                if report.usable
                else tr("{summary} Not ready for a show: see the warnings.").format(
                    summary=report.summary
                )
            )
        self.warnings.clear()
        self.warnings.addItems(list(report.warnings[:MAX_WARNINGS_SHOWN]))
        if len(report.warnings) > MAX_WARNINGS_SHOWN:
            self.warnings.addItem(
                tr("… and {value} more").format(value=len(report.warnings) - MAX_WARNINGS_SHOWN)
            )
        self.warnings.setVisible(bool(report.warnings))
        self.show()
