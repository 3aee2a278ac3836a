"""The PDF view's memory is bounded by pixels, whatever the page size and zoom (issue #11).

One 14,400 x 14,400 pt page (the PDF maximum) grew the player to 7.7 GB after ten "Zoom in"
clicks and 18.7 GB with a page jump and a search, because QPdfView renders visible pages whole
at their zoomed size. The view now renders large pages in on-screen tiles from a bounded cache.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdfWidgets import QPdfView

from player.item_views import pdf_view
from player.item_views.pdf import pages
from player.item_views.pdf_view import PdfReadingView

BRIEFING = "m2-briefing"
PDF_MAX_POINTS = 14_400.0
RSS_GROWTH_LIMIT_MB = 400


def rss_mb() -> float:
    """This process's resident memory, from /proc/self/status."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    pytest.skip("no /proc/self/status VmRSS on this system")


def write_pdf(path: Path, pages: int, width: float, height: float, words: str = "needle") -> Path:
    """A PDF of `pages` pages of width x height points, each with a line of large text and a
    few coloured boxes (so renders are not blank)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "test",
                                 QPageSize.SizeMatchPolicy.ExactMatch))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont()
    font.setPointSizeF(min(width, height) / 36)
    painter.setFont(font)
    for page in range(pages):
        if page:
            writer.newPage()
        for i in range(8):
            painter.fillRect(QRectF(width * i / 8, height * i / 8, width / 10, height / 10),
                             QColor.fromHsv(i * 40, 200, 220))
        painter.drawText(QRectF(width * 0.05, height * 0.45, width * 0.9, height * 0.1),
                         f"{words} page {page + 1}")
    painter.end()
    return path


def open_pdf_file(open_view, learner, qtbot, path: Path, size=(800, 600)) -> PdfReadingView:
    view = open_view(learner.context(BRIEFING, blob_path=lambda sha: path), size=size)
    assert isinstance(view, PdfReadingView)
    qtbot.waitUntil(lambda: view._restored)
    assert view.loaded
    return view


def settle(view: PdfReadingView, qtbot) -> None:
    """Let the view paint and every render it asked for come back."""
    view.pdf.viewport().repaint()
    qtbot.waitUntil(lambda: view.pdf.pending_renders() == 0, timeout=60_000)
    qtbot.wait(50)
    view.pdf.viewport().repaint()
    qtbot.waitUntil(lambda: view.pdf.pending_renders() == 0, timeout=60_000)


def device_pixels(view: PdfReadingView, page: int) -> int:
    """The zoomed page's size in device pixels (what QPdfView alone would render whole)."""
    rect = view.pdf.page_rects()[page]
    dpr = view.pdf.devicePixelRatioF()
    return round(rect.width() * dpr) * round(rect.height() * dpr)


def test_largest_pdf_page_zoom_jump_and_search_stay_bounded(open_view, learner, qtbot, tmp_path):
    path = write_pdf(tmp_path / "huge.pdf", 2, PDF_MAX_POINTS, PDF_MAX_POINTS)
    view = open_pdf_file(open_view, learner, qtbot, path)
    settle(view, qtbot)
    before = rss_mb()

    for _ in range(10):
        view.toolbar.zoom_in_button.click()
        settle(view, qtbot)
    assert view.pdf.zoomMode() is QPdfView.ZoomMode.Custom
    after_ten = rss_mb()
    while view.toolbar.zoom_in_button.isEnabled():   # on to the largest zoom the view allows
        view.toolbar.zoom_in_button.click()
        settle(view, qtbot)
    after_max = rss_mb()
    view.go_to_page(1)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    settle(view, qtbot)
    view.search("needle")
    qtbot.waitUntil(view.search_finished, timeout=10_000)
    assert view.hit_count() == 2
    for _ in range(2):
        view.next_hit()
        settle(view, qtbot)
    bar = view.pdf.verticalScrollBar()
    for value in range(bar.minimum(), bar.maximum(), max(1, bar.maximum() // 12)):
        bar.setValue(value)
        settle(view, qtbot)
    after = rss_mb()
    print(f"\nRSS before {before:.0f} MB, after ten zoom-ins {after_ten:.0f} MB, at the largest "
          f"zoom {after_max:.0f} MB, after page jump, search and scrolling {after:.0f} MB; zoom "
          f"{view.pdf.zoomFactor():.3f}; page {device_pixels(view, 1) / 1e6:.0f} Mpx; largest "
          f"render {view.pdf.largest_render / 1e6:.1f} Mpx; cache "
          f"{view.pdf.cached_pixels() / 1e6:.1f} Mpx")

    # The page at this zoom is far beyond one image's budget, yet no render exceeds it.
    assert device_pixels(view, 1) > 100 * pdf_view.MAX_IMAGE_PIXELS
    assert 0 < view.pdf.largest_render <= pdf_view.MAX_IMAGE_PIXELS
    assert view.pdf.cached_pixels() <= pdf_view.CACHE_PIXELS
    assert after - before < RSS_GROWTH_LIMIT_MB


def test_closing_while_pages_render(open_view, learner, qtbot, tmp_path):
    """The render thread stops before the document goes: no crash closing mid-render."""
    path = write_pdf(tmp_path / "huge.pdf", 2, PDF_MAX_POINTS, PDF_MAX_POINTS)
    for _ in range(3):
        view = open_pdf_file(open_view, learner, qtbot, path)
        view._set_zoom(view.max_zoom())
        view.pdf.viewport().repaint()
        assert view.pdf.pending_renders() > 0
        with qtbot.waitSignal(view.destroyed):
            view.close()
            view.deleteLater()


def test_zoom_in_stops_at_the_pixel_limit(open_view, learner, qtbot, tmp_path):
    path = write_pdf(tmp_path / "huge.pdf", 1, PDF_MAX_POINTS, PDF_MAX_POINTS)
    view = open_pdf_file(open_view, learner, qtbot, path)
    # Fit-to-width shows the whole huge page (zoom well below the usual minimum) ...
    assert view.pdf.page_rects()[0].width() <= view.pdf.viewport().width()
    assert view.toolbar.zoom_in_button.isEnabled() and not view.toolbar.zoom_out_button.isEnabled()
    clicks = 0
    while view.toolbar.zoom_in_button.isEnabled():
        view.toolbar.zoom_in_button.click()
        clicks += 1
        assert clicks < 100
    # ... and zooming in stops where the page's side reaches MAX_PAGE_SIDE pixels, long
    # before the usual maximum zoom factor.
    side = max(view.pdf.page_rects()[0].width(), view.pdf.page_rects()[0].height())
    assert pdf_view.MAX_PAGE_SIDE * 0.99 <= side <= pdf_view.MAX_PAGE_SIDE + 1
    assert view.pdf.zoomFactor() < pdf_view.ZOOM_MAX
    view.zoom_in()  # the shortcut path is clamped too
    assert max(view.pdf.page_rects()[0].width(), view.pdf.page_rects()[0].height()) <= side
    settle(view, qtbot)
    assert view.pdf.largest_render <= pdf_view.MAX_IMAGE_PIXELS
    # Zooming out again goes back to the fit-width size of the page.
    while view.toolbar.zoom_out_button.isEnabled():
        view.toolbar.zoom_out_button.click()
        clicks += 1
        assert clicks < 200
    assert view.pdf.page_rects()[0].width() <= view.pdf.viewport().width()


def test_a4_pages_keep_the_full_zoom_range(open_view, learner, qtbot):
    view = open_view(learner.context(BRIEFING), size=(800, 600))
    qtbot.waitUntil(lambda: view._restored)
    assert view.max_zoom() == pdf_view.ZOOM_MAX
    for _ in range(20):
        view.zoom_in()
    assert view.pdf.zoomFactor() == pytest.approx(pdf_view.ZOOM_MAX)
    assert not view.toolbar.zoom_in_button.isEnabled()
    settle(view, qtbot)
    # An A4 page at 6x is ~27 Mpx: drawn from tiles, never one image that large.
    assert device_pixels(view, 0) > pdf_view.MAX_IMAGE_PIXELS
    assert view.pdf.largest_render <= pdf_view.MAX_IMAGE_PIXELS


def test_layout_matches_qpdfview(open_view, learner, qtbot, tmp_path):
    """page_rects reproduces QPdfView's private layout: a page jump scrolls to its top."""
    path = tmp_path / "mixed.pdf"
    write_pdf(path, 5, 595, 842)
    view = open_pdf_file(open_view, learner, qtbot, path)
    for zoom in (None, 0.5, 1.7):
        if zoom is not None:
            view.pdf.setZoomMode(QPdfView.ZoomMode.Custom)
            view.pdf.setZoomFactor(zoom)
        rects = view.pdf.page_rects()
        bar = view.pdf.verticalScrollBar()
        assert bar.maximum() == rects[-1].bottom() + 1 + view.pdf.documentMargins().bottom() \
            + view.pdf.pageSpacing() - view.pdf.viewport().height()
        for page in (3, 1):
            view.go_to_page(page)
            qtbot.waitUntil(lambda: view.current_page() == page)
            assert bar.value() == min(rects[page].y(), bar.maximum())


def test_tiles_render_exactly_the_page(open_view, learner, qtbot, tmp_path):
    """A tile is pixel for pixel the same part of the page rendered whole."""
    path = write_pdf(tmp_path / "page.pdf", 1, 595, 842)
    view = open_pdf_file(open_view, learner, qtbot, path)
    view._set_zoom(5.0)
    settle(view, qtbot)
    tiles = {k: img for k, img in view.pdf._cache.items() if k[3] >= 0}
    assert tiles, "a page this large renders in tiles"
    key, tile = next(iter(tiles.items()))
    page, width, height, col, row = key
    whole = view.document.render(page, QSize(width, height))
    crop = whole.copy(pages._tile_rect(key))
    assert crop.size() == tile.size()
    step = 7
    for y in range(0, tile.height(), step):
        for x in range(0, tile.width(), step):
            assert abs(QColor(tile.pixel(x, y)).value() - QColor(crop.pixel(x, y)).value()) <= 2
