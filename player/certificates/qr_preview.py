"""The certificate's QR code on screen (the details dialog of `player.certificates.screen`),
painted as it is printed: a white border and square modules, as large as the room allows."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from player.certificates.paper import QrMatrix


class QrPreview(QWidget):
    """The certificate's QR code on screen, as it is printed (white border, square modules)."""

    def __init__(self, matrix: QrMatrix | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = matrix
        self.setAccessibleName(self.tr("QR code of the certificate"))
        self.setAccessibleDescription(self.tr("It holds the whole signed certificate, so a "
                                              "printout can be checked with no network."))
        side = self.fontMetrics().height() * 11
        self.setMinimumSize(QSize(side, side))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = self.fontMetrics().height() * 14
        return QSize(side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.matrix is None:
            return
        total = self.matrix.size + 8
        module = max(1, min(self.width(), self.height()) // total)
        side = module * total
        left = (self.width() - side) // 2
        top = (self.height() - side) // 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix.rows):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(left + (x + 4) * module, top + (y + 4) * module,
                                     module, module)
        painter.end()
