"""The show's viewer page beside the demo banner: a link that opens the browser, and its QR code.

`studio demo` serves a viewer's shop page per show (the sandbox's `/watch/SHOW_ID`: the live
video, the pinned product with Buy, comments); the window shows where it is, so the creator can
watch their own show from the other side of the glass. GUI thread only; no I/O.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

from studio.ui.i18n import tr
from studio.ui.invites import qr_pixmap

QR_SIDE_PX = 66  # 2 px per module for a ~50-character URL: small, still sharp and scannable


class ViewerLink(QWidget):
    """ "Viewer page" with the URL as a link (opens the default browser) and its QR code.

    A URL no QR version can hold shows the link alone.
    """

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        link = f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'  # i18n: not shown
        self.link = QLabel(
            tr("<b>Viewer page</b> — watch, buy and comment as a viewer<br>{link}").format(
                link=link
            )
        )
        self.link.setObjectName("viewerLink")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.link.setToolTip(tr("Opens the show's shop page in your browser."))
        self.qr = QLabel()
        self.qr.setObjectName("viewerQr")
        try:
            self.qr.setPixmap(qr_pixmap(url, QR_SIDE_PX))
            self.qr.setToolTip(
                tr(
                    "{url}\nThe demo shop listens on this computer only: open it here, or from "
                    "a device that reaches this address."
                ).format(url=url)
            )
        except ValueError:
            self.qr.hide()
        lay.addWidget(self.link)
        lay.addWidget(self.qr)


def banner_row(banner: QWidget, viewer_url: str) -> QBoxLayout:
    """The demo banner with the viewer page's link and QR code at its right (when there is one)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(banner, 1)
    if viewer_url:
        row.addWidget(ViewerLink(viewer_url), 0, Qt.AlignmentFlag.AlignVCenter)
    return row
