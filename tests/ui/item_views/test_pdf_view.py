"""The PDF reading (QPdfView) with the demo briefing paper: pages, zoom, search, completion."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSpinBox

from player.item_views.pdf_view import PdfReadingView

BRIEFING = "m2-briefing"


def open_pdf(open_view, learner, qtbot, **kwargs) -> PdfReadingView:
    view = open_view(learner.context(BRIEFING, **kwargs), size=(800, 600))
    assert isinstance(view, PdfReadingView)
    qtbot.waitUntil(lambda: view._restored)
    return view


def test_loads_and_pages(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    assert view.loaded and view.page_count() >= 2
    assert view.current_page() == 0
    assert view.toolbar.page_count_label.text() == f"of {view.page_count()}"
    assert not view.toolbar.prev_page_button.isEnabled() and view.toolbar.next_page_button.isEnabled()
    view.toolbar.next_page_button.click()
    qtbot.waitUntil(lambda: view.current_page() == 1)
    assert view.toolbar.page_spin.value() == 2 and view.toolbar.prev_page_button.isEnabled()
    view.toolbar.prev_page_button.click()
    qtbot.waitUntil(lambda: view.current_page() == 0)
    # Typing a page number jumps there.
    view.toolbar.page_spin.setValue(2)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    # Keyboard: Ctrl+PgDown / Ctrl+PgUp.
    view.pdf.setFocus()
    qtbot.keyClick(view.pdf, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.current_page() == 0)


def test_zoom_in_out_and_fit_width(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    assert view.pdf.zoomMode() is QPdfView.ZoomMode.FitToWidth and view.toolbar.fit_width_button.isChecked()
    assert view.toolbar.zoom_in_button.isEnabled() and view.toolbar.zoom_out_button.isEnabled()
    view.toolbar.zoom_in_button.click()
    assert view.pdf.zoomMode() is QPdfView.ZoomMode.Custom and not view.toolbar.fit_width_button.isChecked()
    zoomed = view.pdf.zoomFactor()
    view.toolbar.zoom_out_button.click()
    assert view.pdf.zoomFactor() == pytest.approx(zoomed / 1.25)
    view.pdf.setFocus()
    qtbot.keyClick(view.pdf, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.pdf.zoomMode() is QPdfView.ZoomMode.FitToWidth and view.toolbar.fit_width_button.isChecked()


def test_search_finds_words_and_steps_through_hits(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    view.search("impunity")
    qtbot.waitUntil(view.search_finished, timeout=10_000)
    count = view.hit_count()
    assert "matches" in view.toolbar.hits_label.text()
    pages = {view.search_model.resultAtIndex(i).page() for i in range(count)}
    assert len(pages) >= 2, "the briefing mentions impunity on several pages"
    view.next_hit()
    assert view.current_hit() == 0 and view.toolbar.hits_label.text() == f"Match 1 of {count}"
    first_page = view.search_model.resultAtIndex(0).page()
    qtbot.waitUntil(lambda: view.current_page() == first_page)
    view.previous_hit()   # wraps to the last hit
    assert view.current_hit() == count - 1
    last_page = view.search_model.resultAtIndex(count - 1).page()
    qtbot.waitUntil(lambda: view.current_page() == last_page)
    assert view.pdf.currentSearchResultIndex() == count - 1
    # F3 from the search field moves on, wrapping to the first hit.
    view.toolbar.search_edit.setFocus()
    qtbot.keyClick(view.toolbar.search_edit, Qt.Key.Key_F3)
    assert view.current_hit() == 0

    view.search("zzqx-not-in-the-paper")
    qtbot.waitUntil(lambda: view.toolbar.hits_label.text() == "No matches", timeout=5000)
    assert view.hit_count() == 0 and not view.toolbar.next_hit_button.isEnabled()


def hit_on_screen(view: PdfReadingView) -> bool:
    link = view.search_model.resultAtIndex(view.current_hit())
    rect, sx, sy = view.pdf.page_to_view_transform(link.page())
    area = view.pdf.visible_area()
    return all(area.contains(QRectF(rect.x() + r.x() * sx, rect.y() + r.y() * sy,
                                    r.width() * sx, r.height() * sy).toRect())
               for r in link.rectangles())


def test_zoomed_in_search_scrolls_each_match_into_view(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    for _ in range(6):
        view.zoom_in()
    view.search("impunity")
    qtbot.waitUntil(view.search_finished, timeout=10_000)
    count = view.hit_count()
    assert count >= 3
    view.toolbar.search_edit.setFocus()
    view.next_hit()
    assert hit_on_screen(view)
    assert view.current_page() == view.search_model.resultAtIndex(0).page()
    # F3 to every further match, on the same page or the next, shows it.
    for n in range(1, count):
        qtbot.keyClick(view.toolbar.search_edit, Qt.Key.Key_F3)
        assert view.current_hit() == n and view.toolbar.hits_label.text() == f"Match {n + 1} of {count}"
        assert hit_on_screen(view), n
        assert view.current_page() == view.search_model.resultAtIndex(n).page()


def test_page_and_match_buttons_look_different(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    for button in (view.toolbar.prev_page_button, view.toolbar.next_page_button):
        assert not button.icon().isNull()
        assert button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    for button in (view.toolbar.prev_hit_button, view.toolbar.next_hit_button):
        assert button.icon().isNull() and button.text()
    names = {b.accessibleName() for b in (view.toolbar.prev_page_button, view.toolbar.next_page_button,
                                          view.toolbar.prev_hit_button, view.toolbar.next_hit_button)}
    assert names == {"Previous page", "Next page", "Previous match", "Next match"}
    assert "F3" in view.toolbar.next_hit_button.toolTip()
    assert "Ctrl+PgDown" in view.toolbar.next_page_button.toolTip()


def test_ctrl_f_focuses_the_search_field(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    view.pdf.setFocus()
    qtbot.keyClick(view.pdf, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.toolbar.search_edit.hasFocus()


def scroll_to_end(view: PdfReadingView, qtbot) -> None:
    bar = view.pdf.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.pdf.end_shown())


def test_jumping_to_the_last_page_does_not_complete(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    view.toolbar.page_spin.setValue(view.page_count())
    qtbot.waitUntil(lambda: view.current_page() == view.page_count() - 1)
    scroll_to_end(view, qtbot)
    assert not view.is_completed and view.bar.button.isEnabled()
    assert 1 not in view.pages_seen()
    view.save_state()
    saved = learner.progress(BRIEFING)
    assert not saved.completed and saved.fraction == pytest.approx(2 / view.page_count())


def test_reading_every_page_to_the_end_completes_and_position_is_kept(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    assert not view.is_completed and view.pages_seen() == {0}
    view.go_to_page(1)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    view.save_state()
    saved = learner.progress(BRIEFING)
    assert saved.position == 1.0 and not saved.completed
    assert saved.fraction == pytest.approx(2 / view.page_count())
    view.go_to_page(view.page_count() - 1)
    qtbot.waitUntil(lambda: view.current_page() == view.page_count() - 1)
    assert not view.is_completed, "the last page's top is not its end"
    with qtbot.waitSignal(view.completed):
        scroll_to_end(view, qtbot)
    assert learner.progress(BRIEFING).completed
    assert not view.bar.button.isEnabled()


def test_pages_read_after_reaching_the_end_complete(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    view.go_to_page(view.page_count() - 1)
    scroll_to_end(view, qtbot)
    assert not view.is_completed
    with qtbot.waitSignal(view.completed):
        view.go_to_page(1)   # the one page skipped


def test_scrolling_through_counts_every_page(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    bar = view.pdf.verticalScrollBar()
    with qtbot.waitSignal(view.completed, timeout=10_000):
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep() // 2)
    assert view.pages_seen() == set(range(view.page_count()))


def test_pages_read_in_an_earlier_session_count(open_view, learner, qtbot):
    learner.store.record_progress(learner.course_id, BRIEFING, position=1.0, fraction=2 / 3)
    view = open_pdf(open_view, learner, qtbot)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    assert view.pages_seen() == {0, 1}
    view.go_to_page(2)
    with qtbot.waitSignal(view.completed):
        scroll_to_end(view, qtbot)


def test_reopens_at_the_saved_page(open_view, learner, qtbot):
    learner.store.record_progress(learner.course_id, BRIEFING, position=1.0, fraction=0.4)
    view = open_pdf(open_view, learner, qtbot)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    assert not view.is_completed


def test_mark_as_read(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    with qtbot.waitSignal(view.completed):
        view.bar.button.click()
    assert learner.progress(BRIEFING).completed


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\nthis is not really a pdf\n",
                                     bytes(range(256)) * 16], ids=["empty", "damaged", "random"])
def test_unopenable_pdf_says_so_and_can_still_be_completed(open_view, learner, qtbot, tmp_path,
                                                           content):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(content)
    view = open_view(learner.context(BRIEFING, blob_path=lambda sha: broken))
    assert not view.loaded
    text = view.notice.text()
    assert view.notice.isVisible() and text.startswith("This reading cannot be opened:")
    assert "Ask the course provider for a new copy." in text
    assert not view.pdf.isVisible() and not view.toolbar.isVisible()
    # The learner is never stuck: "Mark as read" works. Focusing the view lands on it, and
    # its Alt+M mnemonic is the one every reading has.
    button = view.bar.button
    assert button.isVisible() and button.isEnabled() and button.accessibleName() == "Mark as read"
    assert button.text() == "&Mark as read" and view.focusProxy() is button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "you can mark it as read" in text
    with qtbot.waitSignal(view.completed):
        button.click()
    assert learner.progress(BRIEFING).completed
    assert not button.isEnabled() and view.bar.status.text() == "Reading complete."


def test_locked_pdf_says_so(open_view, learner, qtbot, tmp_path, monkeypatch):
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF-1.7\n")
    monkeypatch.setattr(QPdfDocument, "load",
                        lambda self, path: QPdfDocument.Error.IncorrectPassword)
    view = open_view(learner.context(BRIEFING, blob_path=lambda sha: locked))
    assert "locked with a password" in view.notice.text() and view.bar.button.isEnabled()


def test_missing_pdf_says_so(open_view, learner, qtbot):
    view = open_view(learner.context(BRIEFING, blob_path=lambda sha: None))
    assert view.notice.isVisible() and "not on this computer" in view.notice.text()
    with qtbot.waitSignal(view.completed):
        view.bar.button.click()


def test_controls_are_named_and_focusable(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    controls = (view.findChildren(QAbstractButton) + view.findChildren(QLineEdit)
                + view.findChildren(QSpinBox) + [view.pdf])
    for control in controls:
        if isinstance(control.parent(), (QLineEdit, QSpinBox)):
            continue  # the editor inside the spin box, the clear button inside the search field
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()


def test_right_to_left_mirrors_the_toolbar(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    def x_of(widget) -> int:
        return widget.mapTo(view, widget.rect().center()).x()
    assert x_of(view.toolbar.prev_page_button) < x_of(view.toolbar.search_edit)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: x_of(view.toolbar.prev_page_button) > x_of(view.toolbar.search_edit))
