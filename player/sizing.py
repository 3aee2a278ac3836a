"""Window sizes from the font, so text scales with the system font size."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def font_sized(widget: QWidget, chars: int, lines: int, screen_share: float = 0.9) -> QSize:
    """`chars` average characters by `lines` lines of the widget's font, kept within
    `screen_share` of the primary screen's available area."""
    fm = widget.fontMetrics()
    want = QSize(fm.averageCharWidth() * chars, fm.height() * lines)
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return want
    avail = screen.availableGeometry().size()
    return QSize(min(want.width(), int(avail.width() * screen_share)),
                 min(want.height(), int(avail.height() * screen_share)))
