"""The row above a PDF's pages: previous/next page around the page number, zoom out, zoom in
and fit width, then the find field with its previous/next match buttons and match count.

Only what the row shows lives here; the reading view connects the controls to what they do
and gives the row its state (`show_page`, `show_zoom_limits`, `show_hits`). Page arrows are
icons beside the page number and match buttons are worded beside the find field, so the two
pairs of arrows are never confused. It is a layout, so it mirrors in right-to-left languages.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QStyle, QToolButton, QWidget

__all__ = ["PdfToolbar"]


class PdfToolbar(QWidget):
    """Page, zoom and find controls of one PDF reading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)

        self.prev_page_button = self._tool(self.tr("Previous page"),
                                           self.tr("Previous page (Ctrl+PgUp)"),
                                           QStyle.StandardPixmap.SP_ArrowUp)
        self.prev_page_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setToolTip(self.tr("Type a page number and press Enter"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setMinimum(1)
        self.page_count_label = QLabel(self)
        self.page_count_label.setAccessibleName(self.tr("Page count"))
        self.next_page_button = self._tool(self.tr("Next page"), self.tr("Next page (Ctrl+PgDown)"),
                                           QStyle.StandardPixmap.SP_ArrowDown)
        self.next_page_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        self.zoom_out_button = self._tool(self.tr("−"), self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = self._tool(self.tr("+"), self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_width_button = self._tool(self.tr("Fit width"),
                                           self.tr("Fit the page to the width (Ctrl+0)"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.setChecked(True)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Find in document"))
        self.search_edit.setAccessibleName(self.tr("Find in document"))
        self.search_edit.setToolTip(self.tr("Ctrl+F; Enter finds the next match, Shift+Enter "
                                            "the previous one"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 16)
        self.prev_hit_button = self._tool(self.tr("Previous"),
                                          self.tr("Previous match (Shift+F3)"))
        self.prev_hit_button.setAccessibleName(self.tr("Previous match"))
        self.next_hit_button = self._tool(self.tr("Next"), self.tr("Next match (F3)"))
        self.next_hit_button.setAccessibleName(self.tr("Next match"))
        self.hits_label = QLabel(self)
        self.hits_label.setAccessibleName(self.tr("Search results"))

        widget: QWidget
        for widget in (self.prev_page_button, self.page_spin, self.page_count_label,
                       self.next_page_button, self.zoom_out_button, self.zoom_in_button,
                       self.fit_width_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.search_edit, self.prev_hit_button, self.next_hit_button,
                       self.hits_label):
            row.addWidget(widget)
        self.show_hits("", False)

    def _tool(self, text: str, tip: str, icon: QStyle.StandardPixmap | None = None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(True)
        return button

    def set_page_count(self, count: int) -> None:
        self.page_spin.setMaximum(max(1, count))
        self.page_count_label.setText(self.tr("of {count}").format(count=count))

    def show_page(self, page: int, count: int) -> None:
        """`page` (0-based) of `count` is the current one (the page number does not ask to go
        there)."""
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.prev_page_button.setEnabled(page > 0)
        self.next_page_button.setEnabled(page < count - 1)

    def show_zoom_limits(self, can_zoom_in: bool, can_zoom_out: bool) -> None:
        self.zoom_in_button.setEnabled(can_zoom_in)
        self.zoom_out_button.setEnabled(can_zoom_out)

    def show_hits(self, text: str, any_hits: bool) -> None:
        """What the find found (`text`, '' before a search); match buttons only with matches."""
        if text:
            self.hits_label.setText(text)
        else:
            self.hits_label.clear()
        self.hits_label.setAccessibleDescription(text)
        self.prev_hit_button.setEnabled(any_hits)
        self.next_hit_button.setEnabled(any_hits)
