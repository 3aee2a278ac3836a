"""The course screen's chart: required items done per module, as bars painted with
QPainter (one row per module, sized from the font)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget


class ModuleProgressChart(QWidget):
    """Required items done per module as horizontal bars, painted with QPainter.

    Rows are sized from the font, so the chart grows with the system font; in a right-to-left
    layout the bars fill from the right, like every other progress bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []
        self.setAccessibleName(self.tr("Progress per module"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int, int]]) -> None:
        """(module title, required done, required total) for each module, in order."""
        self.rows = rows
        lines = [self.tr("%1: %2 of %3 done").replace("%1", t).replace("%2", str(d))
                 .replace("%3", str(n)) for t, d, n in rows]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.5)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 40, self._row_height() * max(len(self.rows), 1) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.fontMetrics().averageCharWidth() * 20, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        row_h = self._row_height()
        width = self.width()
        label_w = min(max(width * 2 // 5, fm.averageCharWidth() * 8), width - 8)
        count_w = fm.horizontalAdvance("888/888") + fm.averageCharWidth()
        bar_h = max(fm.height() // 2, 6)
        direction = self.layoutDirection()
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        fill = palette.color(QPalette.ColorRole.Highlight)
        done_fill = QColor("#2e7d32")
        for index, (title, done, total) in enumerate(self.rows):
            top = 2 + index * row_h
            label_rect = QRect(0, top, label_w, row_h)
            bar_x = label_w + fm.averageCharWidth()
            bar_rect = QRect(bar_x, top + (row_h - bar_h) // 2,
                             max(width - bar_x - count_w, 4), bar_h)
            count_rect = QRect(width - count_w, top, count_w, row_h)
            # Mirror every rect in right-to-left layouts.
            label_rect = QStyle.visualRect(direction, self.rect(), label_rect)
            bar_rect = QStyle.visualRect(direction, self.rect(), bar_rect)
            count_rect = QStyle.visualRect(direction, self.rect(), count_rect)

            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            numbered = self.tr("%1. %2").replace("%1", str(index + 1)).replace("%2", title)
            elided = fm.elidedText(numbered, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignVCenter
                                             | Qt.AlignmentFlag.AlignLeading), elided)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            radius = bar_h / 2
            painter.drawRoundedRect(bar_rect, radius, radius)
            if total > 0 and done > 0:
                filled = QRect(bar_rect)
                filled.setWidth(max(round(bar_rect.width() * min(done / total, 1.0)), bar_h))
                if direction == Qt.LayoutDirection.RightToLeft:
                    filled.moveRight(bar_rect.right())
                painter.setBrush(done_fill if done >= total else fill)
                painter.drawRoundedRect(filled, radius, radius)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(count_rect, int(Qt.AlignmentFlag.AlignVCenter
                                             | Qt.AlignmentFlag.AlignTrailing),
                             f"{done}/{total}")
        painter.end()
