"""Text that does not fit its widget, found from the fonts (issue #16: longer languages).

`clipped_texts(root)` walks the visible widgets under `root` and returns each label, button,
check box, radio button, tab and combo box whose text is wider (QFontMetrics) than the room
the style gives it: a one-line QLabel's contents rect, a button's contents rect less its
icon, a tab's rect less its padding, a combo box's edit field. Word-wrapped labels and
icon-only tool buttons cannot clip and are skipped. The scripted run reports the result for
each screenshot with `LECTERN_REPORT_CLIPPED=1` (tests/window/test_language_screenshots.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

#: pixels of slack: antialiasing and rounding of a fitting text
SLACK = 1


@dataclass(frozen=True)
class Clipped:
    widget: str   # class and object name
    text: str
    needed: int   # pixels the text takes
    room: int     # pixels it has

    def __str__(self) -> str:
        return f"{self.widget} {self.text[:40]!r} needs {self.needed}px, has {self.room}px"


def _plain(text: str) -> str:
    """A button's text as drawn: "&&" is "&", a lone "&" marks the accelerator."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '-'}"


def _label(label: QLabel) -> Clipped | None:
    if label.wordWrap() or not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):  # type: ignore[attr-defined]
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        needed = round(doc.idealWidth())
        text = doc.toPlainText()
    else:
        if label.buddy() is not None:
            text = _plain(text)
        needed = _width(label.fontMetrics(), text)
    indent = max(label.indent(), 0)
    room = label.contentsRect().width() - 2 * label.margin() - indent
    return Clipped(_name(label), text, needed, room) if needed > room + SLACK else None


def _button(button: QAbstractButton) -> Clipped | None:
    text = _plain(button.text())
    if not text:
        return None
    if isinstance(button, QToolButton) and \
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    style = button.style()
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        option.icon = button.icon()
        option.iconSize = button.iconSize()
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents if isinstance(button, QRadioButton)
                   else QStyle.SubElement.SE_PushButtonContents)
        room = style.subElementRect(element, option, button).width() - icon
        if isinstance(button, QPushButton) and button.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    else:
        beside = isinstance(button, QToolButton) and \
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        room = button.contentsRect().width() - 6 - (icon if beside else 0)
    needed = _width(button.fontMetrics(), text)
    return Clipped(_name(button), text, needed, room) if needed > room + SLACK else None


def _tabs(bar: QTabBar) -> list[Clipped]:
    out = []
    pad = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        icon = 0 if bar.tabIcon(index).isNull() else bar.iconSize().width() + 4
        close = 0
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            button = bar.tabButton(index, side)
            if button is not None and button.isVisible():
                close += button.width()
        needed = _width(bar.fontMetrics(), text)
        room = bar.tabRect(index).width() - pad - icon - close
        if needed > room + SLACK:
            out.append(Clipped(f"{_name(bar)}[{index}]", text, needed, room))
    return out


def _combo(combo: QComboBox) -> Clipped | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    needed = _width(combo.fontMetrics(), text)
    room = field.width() - icon
    return Clipped(_name(combo), text, needed, room) if needed > room + SLACK else None


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every visible text under `root` (and `root` itself) that its widget cuts off."""
    out: list[Clipped] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        found: Clipped | None = None
        if isinstance(widget, QLabel):
            found = _label(widget)
        elif isinstance(widget, QAbstractButton):
            found = _button(widget)
        elif isinstance(widget, QComboBox):
            found = _combo(widget)
        elif isinstance(widget, QTabBar):
            out.extend(_tabs(widget))
        if found is not None:
            out.append(found)
    return out


def clipped_report(step: str, root: QWidget) -> str:
    """`clipped step=NAME count=N` and one `| widget 'text' needs/has` per clipped text."""
    found = clipped_texts(root)
    return f"clipped step={step} count={len(found)}" + "".join(f" | {c}" for c in found)
