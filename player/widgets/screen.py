"""The parts the card screens (library, catalog, downloads) are built from.

Each of those screens is a heading with its buttons, a notice line, a sentence shown when
there is nothing to list, and a scrolling list of cards; each card is a framed panel with a
title, a line of facts and its own buttons. Strings come translated from the screen or card
that uses them (their translation context stays the screen's).
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from player.widgets.fonts import heading_font


def make_label(parent: QWidget, text: str = "", accessible: str = "", *, wrap: bool = True,
               plain: bool = False, selectable: bool = False, visible: bool = True,
               font: QFont | None = None) -> QLabel:
    """A label as the screens use them: word-wrapped, named for screen readers."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if accessible:
        label.setAccessibleName(accessible)
    if font is not None:
        label.setFont(font)
    if not visible:
        label.setVisible(False)
    return label


def tab_path(root: QWidget, start: QWidget) -> list[QWidget]:
    """The widgets in `root` that Tab visits, in order, from `start` (shown, enabled,
    taking focus by Tab)."""
    path = [start]
    widget: QWidget | None = start.nextInFocusChain()
    while widget is not None and widget is not start and len(path) < 10_000:
        if (root.isAncestorOf(widget) and widget.isVisibleTo(root) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            path.append(widget)
        widget = widget.nextInFocusChain()
    return path


def make_button(parent: QWidget, text: str, accessible: str,
                clicked: Callable[..., object] | SignalInstance | None = None,
                tooltip: str = "") -> QPushButton:
    """A push button with its accessible name, tooltip and click handler (a function, or a
    signal the click re-emits)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    if tooltip:
        button.setToolTip(tooltip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


class NoticeLabel(QLabel):
    """A screen's passing message (an error in plain words, what just happened): hidden
    while empty, its text also its accessible description. `fmt` prepares the shown text
    (e.g. `breakable`)."""

    def __init__(self, accessible: str, parent: QWidget | None = None, *, plain: bool = True,
                 selectable: bool = True, fmt: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self.setWordWrap(True)
        if plain:
            self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(accessible)
        self.setVisible(False)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def say(self, text: str) -> None:
        """Show `text`; hide the notice when it is empty."""
        self.setText(self._fmt(text))
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class ScreenHeader(QWidget):
    """A screen's heading (larger, bold, from the system font) with its buttons at the
    trailing side."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_label(self, title, title, wrap=False,
                                  font=heading_font(self.font(), 1.4))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.heading)
        self._row.addStretch(1)

    def add_button(self, text: str, accessible: str, clicked: Callable[..., object] | SignalInstance,
                   tooltip: str = "") -> QPushButton:
        button = make_button(self, text, accessible, clicked, tooltip)
        self._row.addWidget(button)
        return button


class CardList(QScrollArea):
    """Cards one under the other, scrolling when there are more than fit; the list's
    end is a stretch, so a few cards stay at the top."""

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the cards' parent (create cards with it).
        self.host = QWidget(self)
        self._layout = QVBoxLayout(self.host)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self.host)
        self.setAccessibleName(accessible)

    def add(self, card: QWidget, index: int | None = None) -> None:
        """Put a card at `index`, or last."""
        self._layout.insertWidget(self._layout.count() - 1 if index is None else index, card)

    @staticmethod
    def drop(cards: Iterable[QWidget]) -> None:
        """Take cards off the list and delete them."""
        for card in list(cards):
            card.setParent(None)
            card.deleteLater()


class CardScreen(QWidget):
    """A screen of cards: header, whatever rows the screen adds (notices), the sentence
    for an empty list, and the list. Subclasses keep `cards` by id."""

    def __init__(self, accessible: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: how many times the list has been (re)loaded: tests and scripts wait on it.
        self.load_count = 0
        self.setAccessibleName(accessible)
        self.header = ScreenHeader(title, self)
        self.heading = self.header.heading

    def lay_out(self, rows: list[QWidget | QLayout], empty_label: QLabel,
                card_list: CardList) -> None:
        """Header, `rows`, the empty-list sentence, then the cards (taking the room left)."""
        self.empty_label = empty_label
        self.card_list = card_list
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        for row in rows:
            if isinstance(row, QLayout):
                layout.addLayout(row)
            else:
                layout.addWidget(row)
        layout.addWidget(empty_label)
        layout.addWidget(card_list, 1)

    def show_listed(self, any_cards: bool) -> None:
        """The list when there are cards, else the sentence that says why not."""
        self.empty_label.setVisible(not any_cards)
        self.card_list.setVisible(any_cards)


class Card(QFrame):
    """A framed panel for one course: named for screen readers, as tall as its content."""

    def __init__(self, object_name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(accessible)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def make_title(self, text: str, accessible: str, scale: float, *, plain: bool = True) -> QLabel:
        """The card's title: bold, `scale` times the system font, wrapping."""
        return make_label(self, text, accessible, plain=plain,
                          font=heading_font(self.font(), scale))

    def make_facts(self, parts: list[str], accessible: str, *, wrap: bool = True,
              plain: bool = True, fmt: Callable[[str], str] = str) -> QLabel:
        """One line of facts ("English · 12 MB · version 3"), wrapping; each fact isolated, so
        a publisher's English name keeps its place in an Arabic line."""
        from player.widgets.text import isolate

        return make_label(self, fmt(" · ".join(isolate(p) for p in parts)), accessible,
                          wrap=wrap, plain=plain)


class OneOfEach:
    """Non-modal dialogs, one of each kind at a time: asking for a kind that is open raises
    it instead of opening another."""

    def __init__(self) -> None:
        #: the dialogs open now, by kind
        self.dialogs: dict[str, QWidget] = {}

    def show(self, kind: str, make: Callable[[], QWidget]) -> QWidget:
        dialog = self.dialogs.get(kind)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.dialogs.pop(kind, None))  # type: ignore[attr-defined]
        self.dialogs[kind] = dialog
        dialog.show()
        return dialog
