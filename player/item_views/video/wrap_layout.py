"""A row of controls that wraps onto more rows when the window is narrow.

Controls come in groups (the transport buttons; the speed, captions and quality choices). A
group stays together on one row whenever it fits a row of its own, so a narrow window shows
the options under the transport buttons rather than one stray button on a row; a group wider
than the whole row wraps control by control. The first group keeps to the leading edge and
the later ones to the trailing edge, as if a stretch stood between them. Rows are mirrored
in right-to-left layouts. The layout has a height for each width, so the window above it
gives it the rows it needs.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget

__all__ = ["WrapLayout"]


class WrapLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._groups: list[int] = []
        self._group = 0

    # ------------------------------------------------------------------ contents

    def add_group(self, widgets: list[QWidget]) -> None:
        """Add `widgets` as one group, kept on one row when a row can hold it."""
        for widget in widgets:
            self.addWidget(widget)
        self._group += 1

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self._groups.append(self._group)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if not 0 <= index < len(self._items):
            return None
        del self._groups[index]
        return self._items.pop(index)

    # ------------------------------------------------------------------ sizes

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Everything on one row."""
        shown = self._shown()
        width = sum(self._item_size(i).width() for i in shown)
        width += self._h_spacing() * max(len(shown) - 1, 0)
        height = max((self._item_size(i).height() for i in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest control (one per row at worst); the height of one row."""
        shown = self._shown()
        width = max((self._item_size(i).width() for i in shown), default=0)
        height = max((self._item_size(i).height() for i in shown), default=0)
        return self._with_margins(QSize(width, height))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # ------------------------------------------------------------------ placing

    def rows(self, width: int) -> list[list[int]]:
        """The indices of the shown items on each row, for a content `width`."""
        space = self._h_spacing()
        rows: list[list[int]] = []
        row: list[int] = []
        used = 0

        def place(index: int, item_width: int) -> None:
            nonlocal row, used
            if row and used + space + item_width > width:
                rows.append(row)
                row, used = [], 0
            used += (space if row else 0) + item_width
            row.append(index)

        shown = self._shown()
        for group in dict.fromkeys(self._groups[i] for i in shown):
            members = [i for i in shown if self._groups[i] == group]
            group_width = (sum(self._item_size(i).width() for i in members)
                           + space * (len(members) - 1))
            if row and used + space + group_width > width and group_width <= width:
                rows.append(row)              # the group fits a row of its own: start one
                row, used = [], 0
            for index in members:
                place(index, min(self._item_size(index).width(), width))
        if row:
            rows.append(row)
        return rows

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        width = max(area.width(), 1)
        space, line_space = self._h_spacing(), self._v_spacing()
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        y = area.y()
        rows = self.rows(width)
        for number, row in enumerate(rows):
            sizes = [self._item_size(i) for i in row]
            widths = [min(size.width(), width) for size in sizes]
            height = max(size.height() for size in sizes)
            # The first group keeps to the leading edge, the later ones to the trailing edge.
            gap_before: dict[int, int] = {}
            later = [k for k, i in enumerate(row) if self._groups[i] != self._groups[0]]
            if later:
                used = sum(widths) + space * (len(row) - 1)
                gap_before[later[0]] = max(width - used, 0)
            x = area.x()
            if apply:
                for k, index in enumerate(row):
                    x += gap_before.get(k, 0)
                    size = sizes[k]
                    box = QRect(QPoint(x, y + (height - size.height()) // 2),
                                QSize(widths[k], size.height()))
                    self._items[index].setGeometry(QStyle.visualRect(direction, area, box))
                    x += widths[k] + space
            y += height + (line_space if number < len(rows) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()

    # ------------------------------------------------------------------ helpers

    def _shown(self) -> list[int]:
        return [i for i, item in enumerate(self._items) if not item.isEmpty()]

    def _item_size(self, index: int) -> QSize:
        item = self._items[index]
        return item.sizeHint().expandedTo(item.minimumSize())

    def _h_spacing(self) -> int:
        return self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing,
                             Qt.Orientation.Horizontal)

    def _v_spacing(self) -> int:
        return self._spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing,
                             Qt.Orientation.Vertical)

    def _spacing(self, metric: QStyle.PixelMetric, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        value = parent.style().pixelMetric(metric, None, parent)
        if value < 0:   # styles that space by control type
            value = parent.style().layoutSpacing(QSizePolicy.ControlType.ToolButton,
                                                 QSizePolicy.ControlType.ToolButton,
                                                 orientation, None, parent)
        return max(value, 0)

    def _with_margins(self, size: QSize) -> QSize:
        return size.grownBy(self.contentsMargins())
