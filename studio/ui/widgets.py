"""Small dumb widgets: they draw what they are given and know nothing about the show."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from studio.ui.i18n import tr
from studio.ui.style import colors, current_theme, text_on


class Pill(QLabel):
    """A rounded state label ("LIVE", "RECONNECTING in 3 s") in a state colour."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._kind = "idle"
        self.set_state(text, "idle")

    def set_state(self, text: str, kind: str) -> None:
        """kind: live | ok | warn | alarm | idle."""
        self._kind = kind
        self.setText(text)
        c = colors(current_theme())
        bg = {
            "live": c.live,
            "ok": c.ok,
            "warn": c.warn,
            "alarm": c.alarm,
        }.get(kind, c.border)
        fg = text_on(bg) if kind != "idle" else c.text
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px;"
            f" font-weight: 700; }}"
        )
        self.setAccessibleName(text)

    @property
    def kind(self) -> str:
        return self._kind


class Sparkline(QWidget):
    """A tiny line chart of recent values (orders per minute)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float] = []
        self.setMinimumSize(80, 28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Orders per minute, recent trend"))

    def sizeHint(self) -> QSize:
        return QSize(160, 32)

    def set_values(self, values: Sequence[float]) -> None:
        self._values = list(values)
        self.update()

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colors(current_theme())
        r = QRectF(self.rect()).adjusted(2, 3, -2, -3)
        p.setPen(QPen(QColor(c.border), 1))
        p.drawLine(r.bottomLeft(), r.bottomRight())
        vals = self._values
        if len(vals) >= 2:
            top = max(max(vals), 1e-9)
            step = r.width() / (len(vals) - 1)
            path = QPainterPath()
            for i, v in enumerate(vals):
                pt = QPointF(r.left() + i * step, r.bottom() - (v / top) * r.height())
                if i == 0:
                    path.moveTo(pt)
                else:
                    path.lineTo(pt)
            fill = QPainterPath(path)
            fill.lineTo(r.bottomRight())
            fill.lineTo(r.bottomLeft())
            fill.closeSubpath()
            accent = QColor(c.accent)
            accent.setAlpha(50)
            p.fillPath(fill, accent)
            p.setPen(QPen(QColor(c.accent), 2))
            p.drawPath(path)
        p.end()


class VuMeter(QWidget):
    """Peak and RMS level bars in dBFS, green → amber → red like a mixing desk."""

    FLOOR_DB = -60.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._peak = self.FLOOR_DB
        self._rms = self.FLOOR_DB
        self._hold = self.FLOOR_DB
        self.setMinimumSize(120, 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Microphone level"))

    def sizeHint(self) -> QSize:
        return QSize(200, 16)

    def set_levels(self, peak_db: float, rms_db: float) -> None:
        self._peak = max(self.FLOOR_DB, peak_db)
        self._rms = max(self.FLOOR_DB, rms_db)
        self._hold = max(self._peak, self._hold - 1.5)  # falls 1.5 dB per update
        self.setToolTip(tr("Peak {peak_db:.0f} dBFS").format(peak_db=peak_db))
        self.update()

    def _x(self, db: float, width: float) -> float:
        return width * (1.0 - db / self.FLOOR_DB)

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        c = colors(current_theme())
        r = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        p.fillRect(r, QColor(c.base))
        p.setPen(QPen(QColor(c.border), 1))
        p.drawRect(r.adjusted(0, 0, -1, -1))
        w = r.width()
        segs = ((-60.0, -18.0, c.ok), (-18.0, -6.0, c.warn), (-6.0, 0.0, c.alarm))
        for lo, hi, col in segs:
            if self._rms <= lo:
                continue
            x0, x1 = self._x(lo, w), self._x(min(hi, self._rms), w)
            p.fillRect(QRectF(r.left() + x0, r.top() + 1, x1 - x0, r.height() - 2), QColor(col))
        hx = r.left() + self._x(self._hold, w)
        p.setPen(QPen(QColor(c.text), 2))
        p.drawLine(QPointF(hx, r.top() + 1), QPointF(hx, r.bottom() - 1))
        p.end()


class ElidedLabel(QLabel):
    """A name that gives way (with an ellipsis) instead of widening the window."""

    def __init__(self, parent: QWidget | None = None, max_hint: int = 160) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_hint = max_hint
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(50)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: object) -> None:
        self._elide()

    def _elide(self) -> None:
        fm = QFontMetrics(self.font())
        self.setText(fm.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(
            min(self._max_hint, QFontMetrics(self.font()).horizontalAdvance(self._full) + 4)
        )
        return hint


def bold(widget: QWidget, size_delta: float = 0.0) -> QWidget:
    f = QFont(widget.font())
    f.setBold(True)
    if size_delta:
        f.setPointSizeF(f.pointSizeF() + size_delta)
    widget.setFont(f)
    return widget


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setProperty("muted", True)
    lab.setWordWrap(True)
    return lab


class Toast(QFrame):
    """A message in the status bar that stays until it times out or is closed, with an
    optional action beside it ("Undo", "Open folder"). `level`: info | warn | alarm.

    Unlike `QStatusBar.showMessage` it is not replaced by the next hover tip, and it carries
    a button, so a refusal's hint or an undo offer is still there when the host looks down.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 0, 2, 0)
        lay.setSpacing(6)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.text, 1)
        self.action = QPushButton()
        self.action.setObjectName("toastAction")
        self.action.clicked.connect(self._act)
        lay.addWidget(self.action)
        self.close_btn = QPushButton("✕")
        self.close_btn.setObjectName("toastClose")
        self.close_btn.setAccessibleName(tr("Dismiss the message"))
        self.close_btn.setFlat(True)
        self.close_btn.clicked.connect(self.dismiss)
        lay.addWidget(self.close_btn)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._callback: Callable[[], None] | None = None
        self._on_dismiss: Callable[[], None] | None = None
        self.level = "info"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        level: str = "info",
        action: str = "",
        callback: Callable[[], None] | None = None,
        timeout_ms: int = 10_000,
        on_dismiss: Callable[[], None] | None = None,
    ) -> None:
        """Show `text` (replacing any message) for `timeout_ms` (0: until dismissed)."""
        previous = self._on_dismiss
        self._on_dismiss = None
        if previous is not None:
            previous()
        self.level = level
        self.text.setText(text)
        self.text.setToolTip(text)
        self.setAccessibleName(text)
        c = colors(current_theme())
        edge = {"warn": c.warn, "alarm": c.alarm}.get(level, c.accent)
        self.setStyleSheet(
            f"QFrame#toast {{ border-left: 4px solid {edge}; background: {c.alt_base}; }}"
        )
        self.action.setText(action)
        self.action.setVisible(bool(action and callback))
        self._callback = callback
        self._on_dismiss = on_dismiss
        self.show()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def message(self) -> str:
        """The text shown now ("" when hidden)."""
        return "" if self.isHidden() else self.text.text()

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self._on_dismiss = None
        self.hide()
        self._timer.stop()
        if callback is not None:
            callback()

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
        self._callback = None
        on_dismiss, self._on_dismiss = self._on_dismiss, None
        if on_dismiss is not None:
            on_dismiss()


class FlowLayout(QLayout):
    """A row of buttons that wraps onto the next line when the panel is too narrow for all of
    them (Qt's Flow Layout example): longer words in another language move a button down
    rather than cut it off at the panel's edge. Items keep their size hints; `spacing` px
    between them across and down. Height-for-width, so a scroll area sizes it right."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._height = 0  # the height the last width needed: the least it may be given
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def minimumHeightForWidth(self, width: int) -> int:
        return self.heightForWidth(width)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        if height != self._height:
            # One more line (or one less): ask the panel for that much height, so a tab page
            # or a scroll area (which know nothing of height-for-width) makes room or scrolls.
            self._height = height
            QTimer.singleShot(0, self, self._regrow)

    def _regrow(self) -> None:
        self.invalidate()
        owner = self.parentWidget()
        if owner is not None:
            owner.updateGeometry()

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._visible()) + self._gap * max(
            0, len(self._visible()) - 1
        )
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        return QSize(size.width(), max(size.height(), self._height))

    def _visible(self) -> list[QLayoutItem]:
        out = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                out.append(item)
        return out

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class WrappingPage(QWidget):
    """A panel whose layout wraps (a `FlowLayout` of buttons, a word-wrapped label) shown as a
    tab page or in a dock's scroll area: those know nothing of height-for-width, so the panel
    asks, as its least height, for what its layout needs at its current width. Without it
    the wrapped second line of buttons is cut off at the bottom."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), lay.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height the new width needs (minimumSizeHint)
