"""PDF readings with QPdfView: page navigation, zoom, and text search with next/previous hit.

QtPdf renders locally and never fetches anything, so no further sandboxing is needed.

Memory is bounded by pixels, not by the zoom factor: QPdfView itself renders every visible page
whole at its zoomed size and keeps twenty of them, so one 14,400 x 14,400 pt page (the PDF
maximum) took gigabytes after a few "Zoom in" clicks. `BoundedPdfView` keeps QPdfView's layout,
scrolling and page navigator but paints from its own cache: a page renders whole only up to
`MAX_IMAGE_PIXELS`, a larger one in `TILE`-sized tiles of just the part on screen, and the cache
and the renders in flight are capped (`CACHE_PIXELS`, `MAX_PENDING`). Zoom also stops where a
page's longer side would pass `MAX_PAGE_SIDE` pixels.

The reading completes when the learner has been shown most of its pages (`READ_SHARE`, each page
that was the current one or filled much of the view) and its end, or by "Mark as read"; one jump
to the last page is not reading it. The saved fraction is the share of pages shown, and the
saved position the page index, so a long judgment reopens at its page. A PDF that cannot be
opened says so in plain words and can still be marked as read, so a course never gets stuck.
"""
from __future__ import annotations

import bisect
import logging
import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfLink, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sync.manifest import ReadingFormat, ReadingItem

from ..item_context import ItemContext
from ._common import MarkReadBar, Notice, ReadingItemView, missing_file_text

log = logging.getLogger(__name__)

# Qt 6.12 searches in the background and reports a status; older Qt searches a page per timer
# tick with no "finished" signal, so there the view finishes the search at once (course PDFs
# are tens of pages; PDFium finds text in a page in about a millisecond).
_SEARCH_HAS_STATUS = hasattr(QPdfSearchModel, "Status")

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 6.0

MAX_IMAGE_PIXELS = 8_000_000   # a page renders whole up to this many device pixels (32 MB) ...
TILE = 1024                    # ... a larger one in tiles of TILE x TILE device pixels (4 MB)
CACHE_PIXELS = 40_000_000      # rendered pages and tiles kept, in pixels: 160 MB at most
MAX_PENDING = 4                # renders in flight (each at most MAX_IMAGE_PIXELS)
MAX_PAGE_SIDE = 32_768         # zoom stops where a page's longer side would pass this (pixels)
MAX_DOCUMENT_HEIGHT = 1 << 30  # ... or all pages stacked would (QPdfView lays out in ints)
READ_SHARE = 0.8               # share of pages to be shown (and the end) for the reading to count

_SEARCH_HIGHLIGHT = QColor(0xB0, 0xC4, 0xDE, 0x80)   # as QPdfView paints them
_CURRENT_HIT_PEN = QColor(Qt.GlobalColor.cyan)

# (page, page width and height in device pixels, tile column and row; -1, -1: the whole page)
_Key = tuple[int, int, int, int, int]


def _qround(value: float) -> int:
    """Qt's qRound for the non-negative sizes of the page layout (Python rounds half to even)."""
    return math.floor(value + 0.5)


def _tile_rect(key: _Key) -> QRect:
    """The part of the zoomed page `key` covers, in device pixels of that page."""
    _page, width, height, col, row = key
    if col < 0:
        return QRect(0, 0, width, height)
    x, y = col * TILE, row * TILE
    return QRect(x, y, min(TILE, width - x), min(TILE, height - y))


class BoundedPdfView(QPdfView):
    """QPdfView painting from a pixel-bounded cache of whole pages and on-screen tiles.

    QPdfView keeps the layout, scroll bars, page navigator and link handling; this class
    replaces only its painting (which rendered whole pages at any size), reproducing its page
    layout (`page_rects`) to place pages, tiles and search highlights.
    """

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.pageRendered.connect(self._on_rendered)
        self._cache: OrderedDict[_Key, QImage] = OrderedDict()
        self._cache_pixels = 0
        self._pending: dict[int, _Key] = {}      # request id -> what it renders
        self._failed: set[_Key] = set()
        self._on_screen: set[_Key] = set()       # drawn by the last paint: never evicted ...
        self._wanted: set[_Key] = set()          # ... nor what it lacked
        self._layout_key: tuple | None = None
        self._rects: list[QRect] = []
        self._bottoms: list[int] = []
        self._points: list[QSizeF] = []          # page sizes in points, read once per layout
        self.largest_render = 0                  # pixels of the largest image rendered so far

    # -------------------------------------------------------------- document and layout

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.resized.emit()

    def setDocument(self, document: QPdfDocument | None) -> None:  # noqa: N802 - Qt naming
        """Show `document` (dropping everything rendered from the previous one)."""
        self._drop_renders()
        self._renderer.setDocument(document)
        super().setDocument(document)

    def _drop_renders(self) -> None:
        self._cache.clear()
        self._cache_pixels = 0
        self._pending.clear()   # late results of these requests are ignored
        self._failed.clear()
        self._on_screen.clear()
        self._wanted.clear()
        self._layout_key = None

    @staticmethod
    def screen_resolution() -> float:
        """Logical pixels per point at zoom 1, as QPdfView computes it."""
        screen = QGuiApplication.primaryScreen()
        return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0

    def _ready_document(self) -> QPdfDocument | None:
        document = self.document()
        if document is None or document.status() is not QPdfDocument.Status.Ready:
            return None
        return document

    def page_rects(self) -> list[QRect]:
        """Each page's rectangle in document coordinates (logical pixels), as QPdfView lays out
        its multi-page mode."""
        document = self._ready_document()
        if document is None:
            return []
        margins = self.documentMargins()
        viewport = self.viewport().size()
        key = (id(document), document.pageCount(), self.zoomMode(), self.zoomFactor(),
               viewport.width(), viewport.height(), self.pageSpacing(), margins.left(),
               margins.top(), margins.right(), margins.bottom(), self.screen_resolution())
        if key == self._layout_key:
            return self._rects
        resolution = self.screen_resolution()
        mode = self.zoomMode()
        if self._layout_key is None or self._layout_key[:2] != key[:2]:
            # Read once: the render thread holds PDFium's lock while it renders.
            self._points = [document.pagePointSize(page) for page in range(document.pageCount())]
        sizes: list[QSize] = []
        for points in self._points:
            if mode is QPdfView.ZoomMode.Custom:
                factor = resolution * self.zoomFactor()
                size = QSize(_qround(points.width() * factor), _qround(points.height() * factor))
            else:
                size = QSize(_qround(points.width() * resolution),
                             _qround(points.height() * resolution))
                if mode is QPdfView.ZoomMode.FitToWidth and size.width() > 0:
                    scale = (viewport.width() - margins.left() - margins.right()) / size.width()
                    size = QSize(_qround(size.width() * scale), _qround(size.height() * scale))
                elif mode is QPdfView.ZoomMode.FitInView:
                    size = size.scaled(QSize(viewport.width() - margins.left() - margins.right(),
                                             viewport.height() - self.pageSpacing()),
                                       Qt.AspectRatioMode.KeepAspectRatio)
            sizes.append(size)
        total_width = max((s.width() for s in sizes), default=0) + margins.left() + margins.right()
        rects: list[QRect] = []
        y = margins.top()
        for size in sizes:
            x = (max(total_width, viewport.width()) - size.width()) // 2
            rects.append(QRect(x, y, size.width(), size.height()))
            y += size.height() + self.pageSpacing()
        self._rects = rects
        self._bottoms = [r.y() + r.height() for r in rects]
        self._layout_key = key
        return rects

    def visible_area(self) -> QRect:
        """The part of the document on screen, in document coordinates."""
        return QRect(self.horizontalScrollBar().value(), self.verticalScrollBar().value(),
                     self.viewport().width(), self.viewport().height())

    def _pages_in(self, area: QRect) -> range:
        rects = self.page_rects()
        if not rects:
            return range(0)
        first = bisect.bisect_right(self._bottoms, area.y())
        last = first
        while last < len(rects) and rects[last].y() < area.y() + area.height():
            last += 1
        return range(first, last)

    def pages_shown(self) -> set[int]:
        """Pages a reader can be said to have seen now: fully on screen, or filling at least
        half of the view."""
        area = self.visible_area()
        rects = self.page_rects()
        shown: set[int] = set()
        for page in self._pages_in(area):
            rect = rects[page]
            overlap = rect.intersected(area).height()
            if overlap >= 0.9 * rect.height() or overlap >= 0.5 * area.height():
                shown.add(page)
        return shown

    def end_shown(self) -> bool:
        """True when the bottom edge of the last page is on screen."""
        rects = self.page_rects()
        if not rects:
            return False
        area = self.visible_area()
        return rects[-1].y() + rects[-1].height() <= area.y() + area.height()

    def page_to_view_transform(self, page: int) -> tuple[QRect, float, float]:
        """The page's rectangle and its logical pixels per point across and down."""
        rect = self.page_rects()[page]
        points = self._points[page]
        return (rect, rect.width() / max(points.width(), 1e-6),
                rect.height() / max(points.height(), 1e-6))

    def ensure_visible(self, page: int, rects_pt: list[QRectF]) -> None:
        """Scroll so the given rectangles (points on `page`) are on screen; when they are not
        already, their middle comes to 40% of the view's height, the line that decides the
        current page."""
        if page < 0 or page >= len(self.page_rects()) or not rects_pt:
            return
        rect, sx, sy = self.page_to_view_transform(page)
        bounds = QRectF()
        for r in rects_pt:
            bounds = bounds.united(QRectF(rect.x() + r.x() * sx, rect.y() + r.y() * sy,
                                          r.width() * sx, r.height() * sy))
        area = QRectF(self.visible_area())
        if not area.contains(bounds):
            vbar = self.verticalScrollBar()
            vbar.setValue(round(bounds.center().y() - 0.4 * area.height()))
            hbar = self.horizontalScrollBar()
            if bounds.left() < area.left() or bounds.right() > area.right():
                hbar.setValue(round(bounds.center().x() - area.width() / 2))

    # -------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # An exception escaping a Qt override can take the whole player down (shiboken 6.11
        # crashes reporting it); a page that fails to paint is logged and left blank instead.
        try:
            self._paint(event)
        except Exception:
            log.exception("could not paint the PDF view")

    def _paint(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().brush(QPalette.ColorRole.Dark))
        if self._ready_document() is None:
            return
        area = self.visible_area()
        painter.translate(-area.x(), -area.y())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpr = self.devicePixelRatioF()
        wanted: list[_Key] = []
        self._on_screen = set()
        rects = self.page_rects()
        for page in self._pages_in(area):
            rect = rects[page]
            painter.fillRect(rect, Qt.GlobalColor.white)
            self._paint_page(painter, page, rect, area, dpr, wanted)
            self._paint_hits(painter, page)
        painter.end()
        self._wanted = set(wanted)
        self._request(wanted)

    def _paint_page(self, painter: QPainter, page: int, rect: QRect, area: QRect, dpr: float,
                    wanted: list[_Key]) -> None:
        width, height = _qround(rect.width() * dpr), _qround(rect.height() * dpr)
        if width <= 0 or height <= 0:
            return
        # Whole if small enough; but a very wide page in tiles too, so the visible part of
        # many short, wide pages stacked on screen never adds up to more than the view.
        max_width = max(2 * _qround(area.width() * dpr), 4 * TILE)
        if width * height <= MAX_IMAGE_PIXELS and width <= max_width:
            keys = [(page, width, height, -1, -1)]
        else:
            shown = rect.intersected(area)
            x0 = (shown.x() - rect.x()) * dpr
            y0 = (shown.y() - rect.y()) * dpr
            x1 = x0 + shown.width() * dpr
            y1 = y0 + shown.height() * dpr
            cols = range(max(0, int(x0 // TILE)),
                         min((width - 1) // TILE, int((x1 - 1) // TILE)) + 1)
            rows = range(max(0, int(y0 // TILE)),
                         min((height - 1) // TILE, int((y1 - 1) // TILE)) + 1)
            keys = [(page, width, height, c, r) for r in rows for c in cols]
        missing = [key for key in keys if key not in self._cache]
        if missing:
            wanted.extend(missing)
            # Meanwhile whatever is cached at another zoom, scaled, so zooming never flashes.
            for key, image in list(self._cache.items()):
                if key[0] != page or (key[1], key[2]) == (width, height):
                    continue
                src = _tile_rect(key)
                fx, fy = rect.width() / key[1], rect.height() / key[2]
                target = QRectF(rect.x() + src.x() * fx, rect.y() + src.y() * fy,
                                src.width() * fx, src.height() * fy)
                if target.intersects(QRectF(area)):
                    painter.drawImage(target, image)
        for key in keys:
            image = self._cache.get(key)
            if image is None:
                continue
            self._cache.move_to_end(key)
            self._on_screen.add(key)
            src = _tile_rect(key)
            painter.drawImage(QRectF(rect.x() + src.x() / dpr, rect.y() + src.y() / dpr,
                                     src.width() / dpr, src.height() / dpr), image)

    def _paint_hits(self, painter: QPainter, page: int) -> None:
        model = self.searchModel()
        if model is None or not model.searchString():
            return
        rect, sx, sy = self.page_to_view_transform(page)

        def mapped(r: QRectF) -> QRectF:
            return QRectF(rect.x() + r.x() * sx, rect.y() + r.y() * sy,
                          r.width() * sx, r.height() * sy)

        for link in model.resultsOnPage(page):
            for r in link.rectangles():
                painter.fillRect(mapped(r), _SEARCH_HIGHLIGHT)
        index = self.currentSearchResultIndex()
        if 0 <= index < model.count():
            current: QPdfLink = model.resultAtIndex(index)
            if current.page() == page:
                painter.setPen(_CURRENT_HIT_PEN)
                pen = painter.pen()
                pen.setWidth(2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for r in current.rectangles():
                    painter.drawRect(mapped(r))

    # -------------------------------------------------------------- rendering

    def _request(self, wanted: list[_Key]) -> None:
        in_flight = set(self._pending.values())
        for key in wanted:
            if len(self._pending) >= MAX_PENDING:
                return
            if key in in_flight or key in self._failed:
                continue
            page, width, height, col, _row = key
            if col < 0:
                request = self._renderer.requestPage(page, QSize(width, height))
            else:
                src = _tile_rect(key)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(QSize(width, height))
                # QPdfDocument.render scales by (clip right - left) / image width, and QRect's
                # right is its last pixel: one pixel more makes the tile exactly 1:1.
                options.setScaledClipRect(QRect(src.x(), src.y(), src.width() + 1,
                                                src.height() + 1))
                request = self._renderer.requestPage(page, src.size(), options)
            if request:
                self._pending[request] = key
                in_flight.add(key)

    def _on_rendered(self, page: int, _size: QSize, image: QImage,
                     _options: QPdfDocumentRenderOptions, request: int) -> None:
        key = self._pending.pop(request, None)
        if key is None:
            return  # rendered for a document this view no longer shows
        if image.isNull():
            log.warning("could not render page %d of the PDF at %dx%d", page, key[1], key[2])
            self._failed.add(key)
        else:
            pixels = image.width() * image.height()
            self.largest_render = max(self.largest_render, pixels)
            old = self._cache.pop(key, None)
            if old is not None:
                self._cache_pixels -= old.width() * old.height()
            self._cache[key] = image
            self._cache_pixels += pixels
            self._evict()
        self.viewport().update()

    def _evict(self) -> None:
        """Drop the least recently drawn images until the cache fits `CACHE_PIXELS` (never what
        the screen shows or waits for, so a view needing more than the budget cannot thrash)."""
        for key in list(self._cache):
            if self._cache_pixels <= CACHE_PIXELS:
                return
            if key in self._on_screen or key in self._wanted:
                continue
            image = self._cache.pop(key)
            self._cache_pixels -= image.width() * image.height()

    def pending_renders(self) -> int:
        """Renders requested and not back yet."""
        return len(self._pending)

    def cached_pixels(self) -> int:
        """Pixels of all rendered pages and tiles kept."""
        return self._cache_pixels


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
        self.pdf.zoomFactorChanged.connect(lambda _f: self._update_zoom_buttons())
        self.pdf.resized.connect(self._update_zoom_buttons)   # fit-width zoom changes
        self.search_model.countChanged.connect(self._on_hits_changed)
        self.search_model.modelReset.connect(self._on_hits_changed)
        if _SEARCH_HAS_STATUS:
            self.search_model.statusChanged.connect(self._on_hits_changed)
        self.search_model.rowsInserted.connect(lambda *_: self._on_hits_changed())
        self._current_hit = -1
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._start_search)

        self.loaded = self._load()
        self._update_zoom_buttons()

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

        # Pages: up/down arrow icons beside the page number. Search matches: worded buttons
        # beside the search field, so the two pairs of arrows are never confused.
        self.prev_page_button = self._tool(self.tr("Previous page"),
                                           self.tr("Previous page (Ctrl+PgUp)"),
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
        self.next_page_button = self._tool(self.tr("Next page"), self.tr("Next page (Ctrl+PgDown)"),
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
        self.prev_hit_button = self._tool(self.tr("Previous"),
                                          self.tr("Previous match (Shift+F3)"))
        self.prev_hit_button.setAccessibleName(self.tr("Previous match"))
        self.prev_hit_button.clicked.connect(self.previous_hit)
        self.next_hit_button = self._tool(self.tr("Next"), self.tr("Next match (F3)"))
        self.next_hit_button.setAccessibleName(self.tr("Next match"))
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
        self.page_spin.setMaximum(max(1, count))
        self.page_count_label.setText(self.tr("of {count}").format(count=count))
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
        page = self.current_page()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.prev_page_button.setEnabled(page > 0)
        self.next_page_button.setEnabled(page < self.page_count() - 1)

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
        self.zoom_in_button.setEnabled(zoom < self.max_zoom() * 0.999)
        self.zoom_out_button.setEnabled(zoom > self.min_zoom() * 1.001)

    def fit_width(self) -> None:
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_buttons()

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
        self.pdf.viewport().update()

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
        if link.page() != self.current_page():
            self.navigator.jump(link.page(), link.location(), self.navigator.currentZoom())
        # The page jump shows the page's top; bring the match itself on screen (zoomed in, or
        # a further match on the same page).
        self.pdf.ensure_visible(link.page(), list(link.rectangles()))
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
