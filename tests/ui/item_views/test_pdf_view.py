"""The PDF reading (QPdfView) with the demo briefing paper: pages, zoom, search, completion."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
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
    assert view.page_count_label.text() == f"of {view.page_count()}"
    assert not view.prev_page_button.isEnabled() and view.next_page_button.isEnabled()
    view.next_page_button.click()
    qtbot.waitUntil(lambda: view.current_page() == 1)
    assert view.page_spin.value() == 2 and view.prev_page_button.isEnabled()
    view.prev_page_button.click()
    qtbot.waitUntil(lambda: view.current_page() == 0)
    # Typing a page number jumps there.
    view.page_spin.setValue(2)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    # Keyboard: Ctrl+PgDown / Ctrl+PgUp.
    view.pdf.setFocus()
    qtbot.keyClick(view.pdf, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.current_page() == 0)


def test_zoom_in_out_and_fit_width(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    assert view.pdf.zoomMode() is QPdfView.ZoomMode.FitToWidth and view.fit_width_button.isChecked()
    view.zoom_in_button.click()
    assert view.pdf.zoomMode() is QPdfView.ZoomMode.Custom and not view.fit_width_button.isChecked()
    zoomed = view.pdf.zoomFactor()
    view.zoom_out_button.click()
    assert view.pdf.zoomFactor() == pytest.approx(zoomed / 1.25)
    view.pdf.setFocus()
    qtbot.keyClick(view.pdf, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.pdf.zoomMode() is QPdfView.ZoomMode.FitToWidth and view.fit_width_button.isChecked()


def test_search_finds_words_and_steps_through_hits(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    view.search("impunity")
    qtbot.waitUntil(view.search_finished, timeout=10_000)
    count = view.hit_count()
    assert "matches" in view.hits_label.text()
    pages = {view.search_model.resultAtIndex(i).page() for i in range(count)}
    assert len(pages) >= 2, "the briefing mentions impunity on several pages"
    view.next_hit()
    assert view.current_hit() == 0 and view.hits_label.text() == f"Match 1 of {count}"
    first_page = view.search_model.resultAtIndex(0).page()
    qtbot.waitUntil(lambda: view.current_page() == first_page)
    view.previous_hit()   # wraps to the last hit
    assert view.current_hit() == count - 1
    last_page = view.search_model.resultAtIndex(count - 1).page()
    qtbot.waitUntil(lambda: view.current_page() == last_page)
    assert view.pdf.currentSearchResultIndex() == count - 1
    # F3 from the search field moves on, wrapping to the first hit.
    view.search_edit.setFocus()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_F3)
    assert view.current_hit() == 0

    view.search("zzqx-not-in-the-paper")
    qtbot.waitUntil(lambda: view.hits_label.text() == "No matches", timeout=5000)
    assert view.hit_count() == 0 and not view.next_hit_button.isEnabled()


def test_ctrl_f_focuses_the_search_field(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    view.pdf.setFocus()
    qtbot.keyClick(view.pdf, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()


def test_last_page_completes_and_position_is_kept(open_view, learner, qtbot):
    view = open_pdf(open_view, learner, qtbot)
    assert not view.is_completed
    view.go_to_page(1)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    view.save_state()
    saved = learner.progress(BRIEFING)
    assert saved.position == 1.0 and not saved.completed
    assert saved.fraction == pytest.approx(2 / view.page_count())
    with qtbot.waitSignal(view.completed):
        view.go_to_page(view.page_count() - 1)
    assert learner.progress(BRIEFING).completed
    assert not view.bar.button.isEnabled()


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


def test_damaged_pdf_says_so(open_view, learner, qtbot, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    view = open_view(learner.context(BRIEFING, blob_path=lambda sha: broken))
    assert not view.loaded
    assert view.notice.isVisible() and "cannot be opened" in view.notice.text()
    assert not view.bar.button.isEnabled()


def test_missing_pdf_says_so(open_view, learner, qtbot):
    view = open_view(learner.context(BRIEFING, blob_path=lambda sha: None))
    assert view.notice.isVisible() and "not on this computer" in view.notice.text()


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
    assert x_of(view.prev_page_button) < x_of(view.search_edit)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: x_of(view.prev_page_button) > x_of(view.search_edit))
