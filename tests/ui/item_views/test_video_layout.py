"""The video view in a small window: 200 % scaling on a 1366×768 screen leaves about 683×384
logical pixels for the whole window, so the lecture gets about 420×240 beside the outline,
under the header, menus and status bar. The picture may shrink to about five text lines and
the controls wrap onto more rows; nothing overlaps or falls outside."""
from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider, QWidget

from player.item_views.video.controls import PICTURE_MIN_LINES
from player.item_views.video_view import VideoView

from .test_video_view import open_video

SMALL = (420, 240)   # what the item pane gets at 200 % on a 1366×768 screen


def controls(view: VideoView) -> list[QWidget]:
    return [w for w in (view.findChildren(QAbstractButton) + view.findChildren(QSlider)
                        + view.findChildren(QComboBox)) if w.isVisible()]


def box(view: VideoView, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size())


def assert_laid_out(view: VideoView) -> None:
    """Every control and the picture are inside the view, at their size, and apart."""
    parts = [*controls(view), view.video, view.caption_label, view.time_label]
    for widget in parts:
        assert view.rect().contains(box(view, widget)), (widget.accessibleName(),
                                                         box(view, widget), view.size())
        hint = widget.minimumSizeHint()
        assert widget.width() >= min(hint.width(), view.width()), widget.accessibleName()
    for a, b in itertools.combinations(parts, 2):
        assert not box(view, a).intersects(box(view, b)), (a.accessibleName(),
                                                           b.accessibleName())


def test_the_view_fits_the_item_pane_at_200_percent_on_a_small_laptop(open_view, learner,
                                                                      qtbot):
    view = open_video(open_view, learner, qtbot)
    lines = view.fontMetrics().height()
    assert view.video.minimumHeight() <= lines * (PICTURE_MIN_LINES + 0.5)
    assert view.minimumSizeHint().width() <= SMALL[0]
    assert view.heightForWidth(SMALL[0]) <= SMALL[1]
    view.resize(*SMALL)
    qtbot.waitUntil(lambda: view.size().width() == SMALL[0])
    assert view.size().height() == SMALL[1]
    assert_laid_out(view)
    assert view.video.height() >= lines * PICTURE_MIN_LINES - 1
    assert view.caption_label.height() >= view.caption_label.minimumHeight()


@pytest.mark.parametrize("width", [260, 320])
def test_a_narrow_view_wraps_the_controls_onto_more_rows(open_view, learner, qtbot, width):
    view = open_video(open_view, learner, qtbot)
    height = view.heightForWidth(width)
    view.resize(width, height)
    qtbot.waitUntil(lambda: view.width() == width)
    assert_laid_out(view)
    rows = {box(view, w).center().y() // 8 for w in controls(view) if w is not view.seek_slider}
    assert len(rows) >= 2
    # The transport buttons stay together on the first row, at the leading edge.
    transport = [view.play_button, view.back_button, view.forward_button, view.mute_button]
    assert len({box(view, w).top() for w in transport}) == 1
    assert box(view, view.play_button).left() == 0


def test_a_wide_view_keeps_one_row_with_the_options_at_the_trailing_edge(open_view, learner,
                                                                         qtbot):
    view = open_video(open_view, learner, qtbot)
    view.resize(900, 640)
    qtbot.wait(20)
    assert abs(box(view, view.play_button).center().y()
               - box(view, view.fullscreen_button).center().y()) <= 2
    assert box(view, view.fullscreen_button).right() == view.width() - 1
    assert_laid_out(view)


def test_wrapped_rows_mirror_right_to_left(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.resize(320, view.heightForWidth(320))
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: box(view, view.transport).right() == view.width() - 1)
    # Playback stays left to right, as media players do (#16): the time runs left to right
    # and Back sits left of Forward; the groups and the choices are mirrored.
    assert box(view, view.back_button).center().x() > box(view, view.play_button).center().x()
    assert box(view, view.forward_button).center().x() > box(view, view.back_button).center().x()
    assert view.seek_slider.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert box(view, view.fullscreen_button).center().x() < view.width() / 2
    assert_laid_out(view)


def test_tab_keeps_reading_order_when_wrapped(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.resize(260, view.heightForWidth(260))
    qtbot.waitUntil(lambda: view.width() == 260)
    # Tab still visits the controls in reading order: transport, then the choices.
    order, widget = [], view.play_button
    for _ in range(40):
        if widget in (view.play_button, view.speed_combo, view.rendition_combo):
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order[:3] == [view.play_button, view.speed_combo, view.rendition_combo]
