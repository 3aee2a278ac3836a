"""The one shape of a banner: a framed bar above a screen that says something and offers what to
do about it (the course update, the course completed, a change the course server refused).

A banner is a plain frame in layouts, so it mirrors in right-to-left languages and grows with
the system font: an optional icon, an optional heading, the message (wrapping, plain text),
then its buttons, the dismiss button last. Escape inside the banner dismisses it too, and it
reads to screen readers as a notification with its name and whole message. Subclasses say what
the message is and whom a dismissal concerns (`dismiss`).
"""
from __future__ import annotations

from enum import Enum
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from player.widgets.fonts import bold_font, heading_font

__all__ = ["Banner", "BannerTone"]


class BannerTone(Enum):
    """How much a banner asks for attention."""

    #: news and next steps: the palette's alternate background, no icon
    NOTE = "note"
    #: something needs fixing: warm amber (readable in light and dark themes), a warning icon
    WARNING = "warning"


#: amber backgrounds, borders and text, light and dark (the hues of common warning bars)
_AMBER_LIGHT = ("#fff4ce", "#c8a400", "#3b3000")
_AMBER_DARK = ("#433519", "#b08a2e", "#fbeec5")


def _accessible_banner(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt's accessibility factory hook: a banner is a notification, not a bare frame."""
    if key == "Banner" and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, QAccessible.Role.Notification)
    return None


_factory_installed = False


def _install_accessible_role() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible_banner)
        _factory_installed = True


class Banner(QFrame):
    """A message with buttons and a way to put it away; hidden until a subclass shows it.

    `name` is what a screen reader calls the banner, `text_name` what it calls the message;
    the banner's accessible description is the whole message (`set_message`).
    """

    def __init__(self, object_name: str, name: str, text_name: str, *,
                 tone: BannerTone = BannerTone.NOTE, selectable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _install_accessible_role()
        self.tone = tone
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self._apply_tone()

        self.icon_label: QLabel | None = None
        if tone is BannerTone.WARNING:
            side = self.fontMetrics().height() * 2
            self.icon_label = QLabel(self)
            self.icon_label.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(QSize(side, side)))
            self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.icon_label.setAccessibleName(QCoreApplication.translate("Banner", "Warning"))
        self.heading: QLabel | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(text_name)
        if selectable:  # e.g. a server's reason, to copy into a message to court IT
            self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button: QPushButton | None = None

        self._texts = QVBoxLayout()
        self._texts.addWidget(self.text)
        self._row = QHBoxLayout(self)
        if self.icon_label is not None:
            self._row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addLayout(self._texts, 1)
        self.setVisible(False)

    def _apply_tone(self) -> None:
        if self.tone is BannerTone.NOTE:
            self.setAutoFillBackground(True)
            self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            return
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        background, border, text = _AMBER_DARK if dark else _AMBER_LIGHT
        name = self.objectName()
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }}"
            f" QFrame#{name} QLabel {{ color: {text}; background: transparent; }}")

    # ------------------------------------------------------------------ building

    def add_heading(self, text: str, accessible_name: str, scale: float | None = None) -> QLabel:
        """A heading above the message: bold, or `scale` times the system font."""
        self.heading = QLabel(text, self)
        self.heading.setFont(bold_font(self.font()) if scale is None
                             else heading_font(self.font(), scale))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(accessible_name)
        self._texts.insertWidget(0, self.heading)
        return self.heading

    def add_button(self, text: str, accessible_name: str, slot: Callable[[], object],
                   tooltip: str = "") -> QPushButton:
        """A button after the message (and before the dismiss button, which comes last)."""
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False: slot())
        index = self._row.count() if self.dismiss_button is None else self._row.count() - 1
        self._row.insertWidget(index, button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def add_dismiss_button(self, text: str, tooltip: str = "") -> QPushButton:
        """The button that puts the banner away (Escape inside the banner does the same)."""
        # The base's words in its own context: `self.tr` would look them up under the
        # subclass's name, where lupdate never puts them.
        name = QCoreApplication.translate("Banner", "Hide this notice")
        self.dismiss_button = self.add_button(text, name, self.dismiss, tooltip)
        return self.dismiss_button

    # ------------------------------------------------------------------ showing

    def set_message(self, text: str, shown: str | None = None) -> None:
        """Show the banner saying `text` (`shown`: the same words as laid out, e.g. with break
        opportunities in long words); screen readers get the heading and the message."""
        self.text.setText(text if shown is None else shown)
        self.setAccessibleDescription(
            text if self.heading is None else f"{self.heading.text()} {text}")
        self.setVisible(True)

    def clear_message(self) -> None:
        """Hide the banner with nothing in it (its cause has gone)."""
        self.setVisible(False)
        self.text.clear()
        self.setAccessibleDescription("")

    def dismiss(self) -> None:
        """The learner puts the banner away (its dismiss button, or Escape)."""
        self.setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        button = self.dismiss_button
        if (event.key() == Qt.Key.Key_Escape and button is not None and button.isVisible()
                and button.isEnabled()):
            event.accept()
            button.click()
            return
        super().keyPressEvent(event)
