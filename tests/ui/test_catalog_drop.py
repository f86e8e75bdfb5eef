"""Dropping a catalog file on the window's Catalog tab shows how the show would read it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from studio.sandbox.seed import CURRENCY
from tests.ui.conftest import Rig, wait_until

DATA = Path(__file__).resolve().parent.parent / "data" / "catalogs"


def drop(widget: Any, path: Path) -> None:
    """A real drag-enter then drop of a local file, as the window system delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = widget.rect().center()
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the catalog tab refused the file"
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_dropping_exports_on_the_catalog_tab_shows_the_import_report(
    platform_rig: Rig, tmp_path: Path
) -> None:
    rig = platform_rig
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: w.show_vm.catalog_model.rowCount() > 0, 15, "the show to load")
    w.show_panel.setCurrentWidget(w.show_panel.catalog)
    panel = w.show_panel.catalog
    report = panel.report
    assert report.isHidden()

    # A Shopify export names no currency: the platform's show currency is used, and said.
    drop(panel, DATA / "shopify-template-2023.csv")
    wait_until(rig.qtbot, lambda: report.report is not None, 15, "the import report")
    assert report.isVisible()
    r = report.report
    assert r is not None and r.usable and not r.error
    assert "Read as Shopify products export" in r.summary
    assert f"prices in {CURRENCY} (platform)" in r.summary
    assert "12 for sale" in report.detail.text()
    texts = [report.warnings.item(i).text() for i in range(report.warnings.count())]
    assert "Status: 3 variants are draft: kept off air (rows 14, 15, 16)" in texts
    if os.environ.get("STUDIO_SCREENSHOTS"):
        w.grab().save(os.path.join(os.environ["STUDIO_SCREENSHOTS"], "catalog-drop.png"))

    # A file that cannot be read says why, in words, in the same place.
    bad = tmp_path / "prices.csv"
    bad.write_bytes(b"name,cost\nMug,3\n")
    drop(panel, bad)
    wait_until(rig.qtbot, lambda: report.report is not None and report.report.error, 15)
    assert "no 'sku' column" in report.detail.text()
    assert "cannot be used" in report.headline.text()
