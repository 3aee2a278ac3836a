"""PDF readings with QPdfView: page navigation, zoom, and text search with next/previous hit.

QtPdf renders locally and never fetches anything, so no further sandboxing is needed. The
reading completes when its last page is shown (or the view is scrolled to the bottom), or by
"Mark as read". The saved position is the page index, so a long judgment reopens at its page.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QStyle,
                               QToolButton, QVBoxLayout, QWidget)

from sync.manifest import ReadingFormat, ReadingItem

from . import ItemView
from ..item_context import ItemContext
from ._common import MarkReadBar, Notice, missing_file_text

log = logging.getLogger(__name__)

# Qt 6.12 searches in the background and reports a status; older Qt searches a page per timer
# tick with no "finished" signal, so there the view finishes the search at once (course PDFs
# are tens of pages; PDFium finds text in a page in about a millisecond).
_SEARCH_HAS_STATUS = hasattr(QPdfSearchModel, "Status")

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 6.0


class PdfReadingView(ItemView):
    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, ReadingItem) and item.format is ReadingFormat.PDF
        self.item: ReadingItem = item
        self.setAccessibleName(self.tr("PDF reading"))
        self._restored = False
        self._furthest_page = -1
        saved = ctx.progress
        self._saved = (saved.position if saved else None, saved.fraction if saved else 0.0)

        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.pdf = QPdfView(self)
        self.pdf.setAccessibleName(self.tr("PDF pages"))
        self.pdf.setAccessibleDescription(item.title)
        self.pdf.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf.setSearchModel(self.search_model)
        self.navigator = self.pdf.pageNavigator()

        self.notice = Notice(parent=self)
        self.notice.hide()
        self._build_toolbar()
        self.bar = MarkReadBar(self.is_completed, self)
        self.bar.mark_requested.connect(self.mark_read)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.pdf, 1)
        layout.addWidget(self.bar)
        self.setFocusProxy(self.pdf)

        self.navigator.currentPageChanged.connect(self._on_page_changed)
        self.pdf.verticalScrollBar().valueChanged.connect(lambda _v: self._check_end())
        self.pdf.zoomModeChanged.connect(self._sync_zoom_buttons)
        self.search_model.countChanged.connect(self._on_hits_changed)
        self.search_model.modelReset.connect(self._on_hits_changed)
        if _SEARCH_HAS_STATUS:
            self.search_model.statusChanged.connect(self._on_hits_changed)
        self.search_model.rowsInserted.connect(lambda *_: self._on_hits_changed())
        self._current_hit = -1
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._start_search)

        self.loaded = self._load()

    # ------------------------------------------------------------------ widgets

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

    def _build_toolbar(self) -> None:
        self.toolbar = QWidget(self)
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(0, 0, 0, 0)

        self.prev_page_button = self._tool(self.tr("Previous page"), self.tr("Previous page"),
                                           QStyle.StandardPixmap.SP_ArrowUp)
        self.prev_page_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.prev_page_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setToolTip(self.tr("Type a page number and press Enter"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setMinimum(1)
        self.page_spin.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        self.page_count_label = QLabel(self)
        self.page_count_label.setAccessibleName(self.tr("Page count"))
        self.next_page_button = self._tool(self.tr("Next page"), self.tr("Next page"),
                                           QStyle.StandardPixmap.SP_ArrowDown)
        self.next_page_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.next_page_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))

        self.zoom_out_button = self._tool(self.tr("−"), self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = self._tool(self.tr("+"), self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_width_button = self._tool(self.tr("Fit width"),
                                           self.tr("Fit the page to the width (Ctrl+0)"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.setChecked(True)
        self.fit_width_button.clicked.connect(self.fit_width)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Find in document"))
        self.search_edit.setAccessibleName(self.tr("Find in document"))
        self.search_edit.setToolTip(self.tr("Ctrl+F; Enter finds the next match, Shift+Enter "
                                            "the previous one"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._on_search_return)
        fm = self.fontMetrics()
        self.search_edit.setMinimumWidth(fm.horizontalAdvance("x") * 16)
        self.prev_hit_button = self._tool(self.tr("Previous match"),
                                          self.tr("Previous match (Shift+F3)"),
                                          QStyle.StandardPixmap.SP_ArrowUp)
        self.prev_hit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.prev_hit_button.clicked.connect(self.previous_hit)
        self.next_hit_button = self._tool(self.tr("Next match"), self.tr("Next match (F3)"),
                                          QStyle.StandardPixmap.SP_ArrowDown)
        self.next_hit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.next_hit_button.clicked.connect(self.next_hit)
        self.hits_label = QLabel(self)
        self.hits_label.setAccessibleName(self.tr("Search results"))

        for widget in (self.prev_page_button, self.page_spin, self.page_count_label,
                       self.next_page_button, self.zoom_out_button, self.zoom_in_button,
                       self.fit_width_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.search_edit, self.prev_hit_button, self.next_hit_button,
                       self.hits_label):
            row.addWidget(widget)
        self._update_hit_buttons()

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (((QKeySequence.StandardKey.Find,), self._focus_search),
                           ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
                           ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
                           (("Ctrl+0",), self.fit_width),
                           ((QKeySequence.StandardKey.FindNext, "F3"), self.next_hit),
                           ((QKeySequence.StandardKey.FindPrevious, "Shift+F3"), self.previous_hit),
                           (("Ctrl+PgDown",), lambda: self.go_to_page(self.current_page() + 1)),
                           (("Ctrl+PgUp",), lambda: self.go_to_page(self.current_page() - 1))):
            seen: set[str] = set()
            for key in keys:
                sequence = QKeySequence(key)
                if sequence.isEmpty() or sequence.toString() in seen:
                    continue
                seen.add(sequence.toString())
                shortcut = QShortcut(sequence, self, context=context)
                shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ loading

    def _load(self) -> bool:
        path = self.ctx.blob_path(self.item.sha256)
        if path is None:
            return self._fail(missing_file_text(self.tr("This PDF reading")))
        error = self.document.load(str(path))
        if error is not QPdfDocument.Error.None_:
            log.warning("cannot open PDF %s: %s", path, error)
            if error in (QPdfDocument.Error.IncorrectPassword,
                         QPdfDocument.Error.UnsupportedSecurityScheme):
                return self._fail(self.tr("This PDF is locked with a password, so Lectern "
                                          "cannot show it. Ask the course publisher for an "
                                          "unlocked copy."))
            return self._fail(self.tr("This PDF cannot be opened: the file looks damaged. Ask "
                                      "court IT for a new copy of the course."))
        count = self.document.pageCount()
        self.page_spin.setMaximum(max(1, count))
        self.page_count_label.setText(self.tr("of {count}").format(count=count))
        self.pdf.setDocument(self.document)
        self._update_page_controls()
        return True

    def _fail(self, message: str) -> bool:
        self.notice.setText(message)
        self.notice.show()
        self.pdf.hide()
        self.toolbar.setEnabled(False)
        self.bar.button.setEnabled(False)
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._restored:
            QTimer.singleShot(0, self._restore_position)

    def _restore_position(self) -> None:
        if self._restored:
            return
        self._restored = True
        saved_page = self._saved[0]
        if self.loaded and saved_page is not None and not self.is_completed:
            self.go_to_page(int(saved_page))
        self._check_end()

    # ------------------------------------------------------------------ pages and zoom

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        """Show `page` (0-based) at its top; out-of-range pages are clamped."""
        if not self.loaded or self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def _on_page_changed(self, _page: int) -> None:
        self._update_page_controls()
        self._check_end()

    def _update_page_controls(self) -> None:
        page = self.current_page()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.prev_page_button.setEnabled(page > 0)
        self.next_page_button.setEnabled(page < self.page_count() - 1)

    def zoom_in(self) -> None:
        self._set_zoom(self.pdf.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.pdf.zoomFactor() / ZOOM_STEP)

    def _set_zoom(self, factor: float) -> None:
        if self.pdf.zoomMode() is not QPdfView.ZoomMode.Custom:
            # Start from what fit-to-width shows, so the first step is a small one.
            factor = self._effective_zoom() * (factor / max(self.pdf.zoomFactor(), 1e-6))
            self.pdf.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))

    def _effective_zoom(self) -> float:
        """The zoom fit-to-width shows now (QPdfView keeps zoomFactor at its last custom value)."""
        if self.page_count() == 0:
            return self.pdf.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        if points.width() <= 0:
            return self.pdf.zoomFactor()
        margins = self.pdf.documentMargins()
        width = self.pdf.viewport().width() - margins.left() - margins.right()
        dpi_scale = self.logicalDpiX() / 72.0
        return max(ZOOM_MIN, width / (points.width() * dpi_scale))

    def fit_width(self) -> None:
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _sync_zoom_buttons(self, mode: QPdfView.ZoomMode) -> None:
        self.fit_width_button.setChecked(mode is QPdfView.ZoomMode.FitToWidth)

    # ------------------------------------------------------------------ search

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self, text: str) -> None:
        """Search now (the field searches by itself shortly after typing stops)."""
        self.search_edit.setText(text)
        self._start_search()

    def _start_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if text == self.search_model.searchString():
            return
        self._current_hit = -1
        self.pdf.setCurrentSearchResultIndex(-1)
        self.search_model.setSearchString(text)
        if text and not _SEARCH_HAS_STATUS:
            for page in range(self.page_count()):
                self.search_model.resultsOnPage(page)  # searches the page now if not yet done
        self._on_hits_changed()

    def _on_search_return(self) -> None:
        self._start_search()
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_hit()
        else:
            self.next_hit()

    def search_finished(self) -> bool:
        """True once the whole document has been searched for the current text."""
        if self.search_model.searchString() != self.search_edit.text().strip():
            return False
        if not _SEARCH_HAS_STATUS:
            return True
        return self.search_model.status() is QPdfSearchModel.Status.Finished

    def hit_count(self) -> int:
        return self.search_model.count()

    def next_hit(self) -> None:
        self._step_hit(+1)

    def previous_hit(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        self._start_search()
        count = self.hit_count()
        if count == 0:
            return
        if self._current_hit < 0:
            self._current_hit = 0 if step > 0 else count - 1
        else:
            self._current_hit = (self._current_hit + step) % count
        self.pdf.setCurrentSearchResultIndex(self._current_hit)
        link = self.search_model.resultAtIndex(self._current_hit)
        self.navigator.jump(link.page(), link.location(), self.navigator.currentZoom())
        self._on_hits_changed()

    def current_hit(self) -> int:
        return self._current_hit

    def _on_hits_changed(self, *_args: object) -> None:
        count = self.hit_count()
        if self._current_hit >= count:
            self._current_hit = -1
        text = self.search_model.searchString()
        if not text:
            self.hits_label.clear()
        elif count == 0:
            searching = not self.search_finished()
            self.hits_label.setText(self.tr("Searching…") if searching else self.tr("No matches"))
        elif self._current_hit < 0:
            self.hits_label.setText(self.tr("{count} matches").format(count=count))
        else:
            self.hits_label.setText(self.tr("Match {n} of {count}").format(
                n=self._current_hit + 1, count=count))
        self.hits_label.setAccessibleDescription(self.hits_label.text())
        self._update_hit_buttons()

    def _update_hit_buttons(self) -> None:
        enabled = self.hit_count() > 0
        self.prev_hit_button.setEnabled(enabled)
        self.next_hit_button.setEnabled(enabled)

    # ------------------------------------------------------------------ progress

    def _check_end(self) -> None:
        """Track the furthest page shown; the last page (or the bottom) completes the reading."""
        if not self.loaded or not self._restored or not self.pdf.isVisible():
            return
        count = self.page_count()
        if count == 0:
            return
        page = self.current_page()
        bar = self.pdf.verticalScrollBar()
        at_bottom = bar.maximum() > bar.minimum() and bar.value() >= bar.maximum()
        if at_bottom:
            page = count - 1
        if page > self._furthest_page:
            self._furthest_page = page
            self.progressed.emit(self.item_id, (page + 1) / count)
        if page >= count - 1:
            self._finish()

    def mark_read(self) -> None:
        if self.loaded:
            self._finish()

    def _finish(self) -> None:
        position = float(max(0, self.current_page()))
        if self._complete(fraction=1.0, position=position):
            self._saved = (position, 1.0)
            self.progressed.emit(self.item_id, 1.0)
            self.bar.set_completed(True)
            self.bar.status.setText(self.tr("Reading complete."))

    def save_state(self) -> None:
        if not self.loaded or not self._restored or self.page_count() == 0:
            return
        position = float(max(0, self.current_page()))
        fraction = (self._furthest_page + 1) / self.page_count()
        old_position, old_fraction = self._saved
        if old_position != position or fraction > old_fraction + 0.001:
            fraction = max(fraction, old_fraction)
            self.ctx.save_progress(position=position, fraction=fraction)
            self._saved = (position, fraction)
