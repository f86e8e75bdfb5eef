"""The prompter panel: a few data-driven nudges while live, each a card with the figure behind
it and what to try, dismissable. Dumb: renders `PrompterViewModel`'s cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.ui.i18n import tr
from studio.ui.prompter_vm import NudgeView, PrompterViewModel
from studio.ui.widgets import bold, muted_label


class NudgeCard(QFrame):
    """One nudge: title (bold), figure, advice (muted), a Dismiss button."""

    def __init__(self, view: NudgeView, vm: PrompterViewModel) -> None:
        super().__init__()
        self.view = view
        # The window's style draws "warning" frames with a coloured edge, "banner" plain.
        self.setObjectName("warning" if view.alert else "banner")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 8, 6)
        lay.setSpacing(2)
        top = QHBoxLayout()
        self.title = QLabel(view.title)
        self.title.setWordWrap(True)
        bold(self.title)
        top.addWidget(self.title, 1)
        self.dismiss = QPushButton(tr("Dismiss"))
        self.dismiss.setFlat(True)
        self.dismiss.setToolTip(tr("Hide this until it changes"))
        self.dismiss.setAccessibleName(tr("Dismiss: {title}").format(title=view.title))
        self.dismiss.clicked.connect(lambda: vm.dismiss(view.key))
        top.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.figure = QLabel(view.figure)
        self.figure.setWordWrap(True)
        self.figure.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.figure)
        self.advice = muted_label(view.advice)
        self.advice.setWordWrap(True)
        lay.addWidget(self.advice)
        self.setAccessibleName(f"{view.title}. {view.figure}. {view.advice}")


class PrompterPanel(QWidget):
    """The cards, newest state first; a quiet line when there is nothing to say."""

    def __init__(self, vm: PrompterViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompter")
        self.vm = vm
        self.cards: list[NudgeCard] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(6)
        self.empty = muted_label(
            tr(
                "Nudges appear here while you are live: viewers leaving, a product not selling, "
                "a flash sale ending, a question waiting, stream trouble."
            )
        )
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        lay.addLayout(self._list)
        lay.addStretch(1)
        vm.changed.connect(self.show_nudges)
        self.show_nudges(vm.views)

    def show_nudges(self, views: tuple[NudgeView, ...]) -> None:
        """Replace the cards with `views` (a handful at most)."""
        for card in self.cards:
            self._list.removeWidget(card)
            card.deleteLater()
        self.cards = [NudgeCard(v, self.vm) for v in views]
        for card in self.cards:
            self._list.addWidget(card)
        self.empty.setVisible(not self.cards)
