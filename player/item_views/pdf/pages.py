"""The PDF's pages on screen: QPdfView's layout, scrolling and page navigator, painted from a
pixel-bounded cache.

Memory is bounded by pixels, not by the zoom factor: QPdfView itself renders every visible page
whole at its zoomed size and keeps twenty of them, so one 14,400 x 14,400 pt page (the PDF
maximum) took gigabytes after a few "Zoom in" clicks. `BoundedPdfView` keeps QPdfView's layout,
scrolling and page navigator but paints from its own cache: a page renders whole only up to
`MAX_IMAGE_PIXELS`, a larger one in `TILE`-sized tiles of just the part on screen, and the cache
and the renders in flight are capped (`CACHE_PIXELS`, `MAX_PENDING`). The reading view stops
zooming where a page's longer side would pass `MAX_PAGE_SIDE` pixels.
"""
from __future__ import annotations

import bisect
import logging
import math
from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfLink, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

__all__ = ["CACHE_PIXELS", "MAX_DOCUMENT_HEIGHT", "MAX_IMAGE_PIXELS", "MAX_PAGE_SIDE",
           "MAX_PENDING", "TILE", "BoundedPdfView"]

log = logging.getLogger(__name__)

MAX_IMAGE_PIXELS = 8_000_000   # a page renders whole up to this many device pixels (32 MB) ...
TILE = 1024                    # ... a larger one in tiles of TILE x TILE device pixels (4 MB)
CACHE_PIXELS = 40_000_000      # rendered pages and tiles kept, in pixels: 160 MB at most
MAX_PENDING = 4                # renders in flight (each at most MAX_IMAGE_PIXELS)
MAX_PAGE_SIDE = 32_768         # zoom stops where a page's longer side would pass this (pixels)
MAX_DOCUMENT_HEIGHT = 1 << 30  # ... or all pages stacked would (QPdfView lays out in ints)

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

    def __init__(self, parent: QWidget) -> None:
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

    def setDocument(self, document: QPdfDocument) -> None:  # noqa: N802 - Qt naming
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
            cached = self._cache.get(key)
            if cached is None:
                continue
            self._cache.move_to_end(key)
            self._on_screen.add(key)
            src = _tile_rect(key)
            painter.drawImage(QRectF(rect.x() + src.x() / dpr, rect.y() + src.y() / dpr,
                                     src.width() / dpr, src.height() / dpr), cached)

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

