"""How a Settings row looks: a section heading over a form; for each setting its label, its
controls, a help line, the "set by your administrator" note with a padlock, and a place for
a problem in plain words. `SettingsForm` builds the rows and keeps them by setting name.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from player.widgets import heading_font, quiet, small_font


def lock_pixmap(height: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """A small padlock drawn in the text colour (no icon theme is needed on court PCs)."""
    size = max(8, height)
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour)
    pen.setWidthF(max(1.2, size / 9))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    w = size * 0.44
    painter.drawArc(QRectF((size - w) / 2, size * 0.1, w, size * 0.6), 0, 180 * 16)
    painter.drawLine(QPointF((size - w) / 2, size * 0.4), QPointF((size - w) / 2, size * 0.48))
    painter.drawLine(QPointF((size + w) / 2, size * 0.4), QPointF((size + w) / 2, size * 0.48))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.45, size * 0.64, size * 0.45),
                            size * 0.08, size * 0.08)
    painter.end()
    return pixmap


@dataclass
class SettingRow:
    """One setting's controls and its notes (locked with its padlock, error)."""

    controls: list[QWidget]
    locked_label: QLabel
    error_label: QLabel
    help_text: str = ""
    lock_icon: QLabel | None = None

    def insert_note(self, note: QWidget) -> None:
        """A note of the row's own under its controls (a warning, who is signed in)."""
        self.error_label.parentWidget().layout().insertWidget(1, note)  # type: ignore[union-attr]

    def set_locked(self, locked: bool, tip: str, description: str) -> None:
        """Court IT's lock: the note and padlock shown, the controls disabled with `tip`."""
        self.locked_label.setVisible(locked)
        if self.lock_icon is not None:
            self.lock_icon.setVisible(locked)
        self.locked_label.setToolTip(tip if locked else "")
        for widget in self.controls:
            widget.setEnabled(not locked)
            widget.setToolTip(tip if locked else "")
        if locked:
            for widget in self.controls:
                widget.setAccessibleDescription(description)


class SettingsForm:
    """Builds the sections and rows of the Settings dialog `owner` (its font sizes them)."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.rows: dict[str, SettingRow] = {}

    def section(self, section: QWidget, title: str) -> QFormLayout:
        """Lay `section` out as a heading (scaled from the system font) over a form.

        A heading label rather than a QGroupBox title: a group box's font would be
        inherited by every field in it."""
        fm = self.owner.fontMetrics()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title, section)
        heading.setFont(heading_font(self.owner.font(), 1.15))
        heading.setAccessibleName(title)
        column.addWidget(heading)
        body = QWidget(section)
        form = QFormLayout(body)
        form.setContentsMargins(fm.averageCharWidth() * 2, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(fm.height() * 2 // 3)
        column.addWidget(body)
        return form

    def field(self, form: QFormLayout, name: str, label_text: str, line: list[QWidget],
              controls: list[QWidget], help_text: str = "") -> SettingRow:
        """A form row: label, the control line, a help line, the locked and error notes."""
        translate = QCoreApplication.translate
        owner = self.owner
        fm = owner.fontMetrics()
        parent = form.parentWidget()
        label = QLabel(label_text, parent)
        label.setBuddy(line[0])
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(fm.height() // 5)
        row = QHBoxLayout()
        stretchy = (QLineEdit, QListWidget)
        for widget in line:
            row.addWidget(widget, 1 if isinstance(widget, stretchy) else 0)
        if not any(isinstance(w, stretchy) for w in line):
            row.addStretch(1)
        column.addLayout(row)
        if help_text:
            help_label = QLabel(help_text, box)
            help_label.setWordWrap(True)
            help_label.setFont(small_font(owner.font()))
            quiet(help_label)
            help_label.setAccessibleName(translate("SettingsDialog", "Help"))
            column.addWidget(help_label)
            for widget in controls:
                widget.setAccessibleDescription(help_text)
        locked = QLabel(translate("SettingsDialog", "set by your administrator"), box)
        italic = small_font(owner.font())
        italic.setItalic(True)
        locked.setFont(italic)
        locked.setAccessibleName(translate("SettingsDialog", "Locked by court IT"))
        locked.setObjectName(f"locked-{name}")
        lock_icon = QLabel(box)
        lock_icon.setPixmap(lock_pixmap(locked.fontMetrics().height(),
                                        locked.palette().color(QPalette.ColorRole.WindowText),
                                        owner.devicePixelRatioF()))
        lock_icon.setAccessibleName(translate("SettingsDialog", "Locked"))
        locked_line = QHBoxLayout()
        locked_line.setSpacing(fm.averageCharWidth() // 2)
        locked_line.addWidget(lock_icon)
        locked_line.addWidget(locked)
        locked_line.addStretch(1)
        column.addLayout(locked_line)
        locked.hide()
        lock_icon.hide()
        error = QLabel(box)
        error.setWordWrap(True)
        error.setObjectName(f"error-{name}")
        error.setAccessibleName(translate("SettingsDialog", "Problem with this setting"))
        error.setStyleSheet("color: palette(bright-text); background: #b3261e;"
                            " border-radius: 3px; padding: 2px 6px;")
        error.hide()
        column.addWidget(error)
        form.addRow(label, box)
        self.rows[name] = SettingRow(controls, locked, error, help_text, lock_icon)
        return self.rows[name]
