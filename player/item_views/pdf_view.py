"""PDF readings with QPdfView: page navigation, zoom, and text search with next/previous hit.

QtPdf renders locally and never fetches anything, so no further sandboxing is needed. The parts
live in `player.item_views.pdf`: the pages painted within a pixel budget (`pages`), the row of
controls (`toolbar`) and finding text (`find`); this module is the reading itself: opening the
file, pages and zoom, and when the reading counts as read.

The reading completes when the learner has been shown most of its pages (`READ_SHARE`, each page
that was the current one or filled much of the view) and its end, or by "Mark as read"; one jump
to the last page is not reading it. The saved fraction is the share of pages shown, and the
saved position the page index, so a long judgment reopens at its page. A PDF that cannot be
opened says so in plain words and can still be marked as read, so a course never gets stuck.
Zoom stops where a page's longer side would pass `MAX_PAGE_SIDE` pixels (see `pdf.pages`).
"""
from __future__ import annotations

import logging
import math

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sync.manifest import ReadingFormat, ReadingItem

from ..item_context import ItemContext
from ._common import MarkReadBar, Notice, ReadingItemView, missing_file_text
from .pdf.find import PdfFinder
from .pdf.pages import (
    CACHE_PIXELS,
    MAX_DOCUMENT_HEIGHT,
    MAX_IMAGE_PIXELS,
    MAX_PAGE_SIDE,
    BoundedPdfView,
)
from .pdf.toolbar import PdfToolbar

__all__ = ["CACHE_PIXELS", "MAX_IMAGE_PIXELS", "MAX_PAGE_SIDE", "READ_SHARE", "ZOOM_MAX",
           "ZOOM_MIN", "ZOOM_STEP", "BoundedPdfView", "PdfReadingView"]

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 6.0
READ_SHARE = 0.8               # share of pages to be shown (and the end) for the reading to count


class PdfReadingView(ReadingItemView):
    """A PDF reading: pages, zoom, search, and completion once most pages and the end were shown."""

    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, ReadingItem) and item.format is ReadingFormat.PDF
        self.item: ReadingItem = item
        self.setAccessibleName(self.tr("PDF reading"))
        self.loaded = False
        self._restored = False
        self._seen: set[int] = set()
        self._end_reached = False
        self._largest_side_pt = 0.0
        self._total_height_pt = 0.0
        saved = ctx.progress
        self._saved = (saved.position if saved else None, saved.fraction if saved else 0.0)

        # Children are deleted in creation order: the view (and its render thread) goes before
        # the document, so no page is being rendered from a document already gone.
        self.pdf = BoundedPdfView(self)
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.pdf.setAccessibleName(self.tr("PDF pages"))
        self.pdf.setAccessibleDescription(item.title)
        self.pdf.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf.setSearchModel(self.search_model)
        self.navigator = self.pdf.pageNavigator()

        self.notice = Notice(parent=self)
        self.notice.hide()
        self.toolbar = PdfToolbar(self)
        self.finder = PdfFinder(self.pdf, self.search_model, self.toolbar, self)
        self.bar = MarkReadBar(self.is_completed, self)
        self.bar.mark_requested.connect(self.mark_read)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.pdf, 1)
        layout.addWidget(self.bar)
        self.setFocusProxy(self.pdf)

        self._connect_toolbar()
        self._add_shortcuts()
        self.navigator.currentPageChanged.connect(self._on_page_changed)
        self.pdf.verticalScrollBar().valueChanged.connect(lambda _v: self._check_end())
        self.pdf.zoomModeChanged.connect(self._sync_zoom_buttons)
        self.pdf.zoomFactorChanged.connect(lambda _f: self._update_zoom_buttons())
        self.pdf.resized.connect(self._update_zoom_buttons)   # fit-width zoom changes

        self.loaded = self._load()
        self._update_zoom_buttons()

    # ------------------------------------------------------------------ controls

    def _connect_toolbar(self) -> None:
        bar = self.toolbar
        bar.prev_page_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        bar.page_spin.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        bar.next_page_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        bar.zoom_out_button.clicked.connect(self.zoom_out)
        bar.zoom_in_button.clicked.connect(self.zoom_in)
        bar.fit_width_button.clicked.connect(self.fit_width)

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (((QKeySequence.StandardKey.Find,), self.finder.focus),
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
                reason = self.tr("the PDF is locked with a password.")
            else:
                reason = self.tr("the file is damaged or is not a PDF.")
            return self._fail(self._cannot_open_text(reason))
        count = self.document.pageCount()
        if count <= 0:
            log.warning("PDF %s has no pages", path)
            return self._fail(self._cannot_open_text(self.tr("the PDF has no pages.")))
        for page in range(count):
            points = self.document.pagePointSize(page)
            self._largest_side_pt = max(self._largest_side_pt, points.width(), points.height())
            self._total_height_pt += points.height()
        self.toolbar.set_page_count(count)
        self.pdf.setDocument(self.document)
        # Pages the learner was shown in earlier sessions: the saved share of pages, counted
        # from the start as most people read.
        credited = int(self._saved[1] * count + 1e-6)
        self._seen.update(range(min(credited, count)))
        self._end_reached = credited >= count
        self._update_page_controls()
        return True

    def _cannot_open_text(self, reason: str) -> str:
        return self.tr("This reading cannot be opened: {reason} Ask the course provider for a "
                       "new copy.").format(reason=reason)

    def _fail(self, message: str, *content: QWidget) -> bool:
        """The notice instead of the pages and their toolbar."""
        return super()._fail(message, self.pdf, self.toolbar, *content)

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
        self.toolbar.show_page(self.current_page(), self.page_count())

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def max_zoom(self) -> float:
        """The largest zoom: `ZOOM_MAX`, or less where the largest page would pass
        `MAX_PAGE_SIDE` pixels or all pages stacked `MAX_DOCUMENT_HEIGHT`."""
        resolution = self.pdf.screen_resolution()
        limit = ZOOM_MAX
        if self._largest_side_pt > 0:
            limit = min(limit, MAX_PAGE_SIDE / (self._largest_side_pt * resolution))
        if self._total_height_pt > 0:
            limit = min(limit, MAX_DOCUMENT_HEIGHT / (self._total_height_pt * resolution * 1.01))
        return limit

    def min_zoom(self) -> float:
        """The smallest zoom: `ZOOM_MIN`, or less for pages so large that fit-width is smaller."""
        return min(ZOOM_MIN, self._fit_width_zoom(), self.max_zoom())

    def _set_zoom(self, factor: float) -> None:
        if not self.loaded:
            return
        factor = max(self.min_zoom(), min(self.max_zoom(), factor))
        if self.pdf.zoomMode() is not QPdfView.ZoomMode.Custom:
            self.pdf.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf.setZoomFactor(factor)
        self._update_zoom_buttons()

    def _effective_zoom(self) -> float:
        """The zoom shown now (QPdfView keeps zoomFactor at its last custom value while it fits
        the width)."""
        if self.pdf.zoomMode() is QPdfView.ZoomMode.Custom:
            return self.pdf.zoomFactor()
        return self._fit_width_zoom()

    def _fit_width_zoom(self) -> float:
        """The zoom fit-to-width gives the current page."""
        if self.page_count() == 0:
            return self.pdf.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        if points.width() <= 0:
            return self.pdf.zoomFactor()
        margins = self.pdf.documentMargins()
        width = self.pdf.viewport().width() - margins.left() - margins.right()
        return max(1e-3, width / (points.width() * self.pdf.screen_resolution()))

    def _update_zoom_buttons(self) -> None:
        if not self.loaded:
            return
        zoom = self._effective_zoom()
        self.toolbar.show_zoom_limits(zoom < self.max_zoom() * 0.999,
                                      zoom > self.min_zoom() * 1.001)

    def fit_width(self) -> None:
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_buttons()

    def _sync_zoom_buttons(self, mode: QPdfView.ZoomMode) -> None:
        self.toolbar.fit_width_button.setChecked(mode is QPdfView.ZoomMode.FitToWidth)


    # ------------------------------------------------------------------ search (see `PdfFinder`)

    def search(self, text: str) -> None:
        """Search now (the field searches by itself shortly after typing stops)."""
        self.finder.search(text)

    def search_finished(self) -> bool:
        return self.finder.finished()

    def hit_count(self) -> int:
        return self.finder.hit_count()

    def current_hit(self) -> int:
        return self.finder.current_hit()

    def next_hit(self) -> None:
        self.finder.next_hit()

    def previous_hit(self) -> None:
        self.finder.previous_hit()

    # ------------------------------------------------------------------ progress

    def pages_seen(self) -> set[int]:
        """Pages shown to the learner so far (with those credited from earlier sessions)."""
        return set(self._seen)

    def _read_enough(self) -> bool:
        count = self.page_count()
        return (self._end_reached and count - 1 in self._seen
                and len(self._seen) >= math.ceil(READ_SHARE * count))

    def _check_end(self) -> None:
        """Count the pages shown; most of them and the end complete the reading."""
        if not self.loaded or not self._restored or not self.pdf.isVisible():
            return
        count = self.page_count()
        if count == 0:
            return
        shown = self.pdf.pages_shown()
        shown.add(self.current_page())
        self._end_reached = self._end_reached or self.pdf.end_shown()
        if not shown <= self._seen:
            self._seen |= shown
            self.progressed.emit(self.item_id, len(self._seen) / count)
        if self._read_enough():
            self._finish()

    def _finish(self) -> None:
        self._complete_reading(float(max(0, self.current_page())) if self.loaded else None)

    def save_state(self) -> None:
        if not self.loaded or not self._restored or self.page_count() == 0:
            return
        position = float(max(0, self.current_page()))
        fraction = len(self._seen) / self.page_count()
        old_position, old_fraction = self._saved
        if old_position != position or fraction > old_fraction + 0.001:
            fraction = max(fraction, old_fraction)
            self.ctx.save_progress(position=position, fraction=fraction)
            self._saved = (position, fraction)
