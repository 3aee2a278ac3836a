"""Keyboard focus is visible everywhere and Tab goes in a logical order (issue #12 item 8).

Fusion tints a focused button's frame the way it tints a default button, so focus on a
library card's "Continue" looked like no focus; the app-wide ring draws 2 px in the palette's
highlight colour over the focused control's border.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from player.focus_ring import OWN_FOCUS_FRAME, RING_NAME
from sync.demo import DEMO_COURSE_ID


def _highlight_pixels(widget: QWidget, colour: QColor) -> int:
    """How many pixels of the widget's own rectangle, as drawn in its window, are exactly
    the highlight colour."""
    window = widget.window()
    image: QImage = window.grab().toImage()
    ratio = image.devicePixelRatio()
    top_left = widget.mapTo(window, QPoint(0, 0))
    count = 0
    for y in range(int(top_left.y() * ratio), int((top_left.y() + widget.height()) * ratio)):
        for x in range(int(top_left.x() * ratio), int((top_left.x() + widget.width()) * ratio)):
            if QColor(image.pixel(x, y)).rgb() == colour.rgb():
                count += 1
    return count


def _focus(qtbot, widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.wait(20)


def test_focus_on_continue_is_a_clear_ring_in_the_highlight_colour(qtbot, open_window,
                                                                   demo_paths):
    window = open_window(demo_paths)
    card = window.library.cards[DEMO_COURSE_ID]
    button = card.continue_button
    colour = button.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert not button.isDefault(), "a default button looks focused in Fusion"
    _focus(qtbot, window.library.import_button)
    unfocused = _highlight_pixels(button, colour)
    _focus(qtbot, button)
    focused = _highlight_pixels(button, colour)
    # A 2 px ring all round: at least twice the perimeter, in exactly the highlight colour.
    perimeter = 2 * (button.width() + button.height())
    assert focused - unfocused >= 2 * perimeter - 16, (focused, unfocused, perimeter)
    rings = [w for w in button.findChildren(QWidget) if w.objectName() == RING_NAME]
    assert len(rings) == 4 and all(w.isVisible() for w in rings)
    # It follows the focus, and leaves nothing behind.
    _focus(qtbot, card.remove_button)
    assert not [w for w in button.findChildren(QWidget)
                if w.objectName() == RING_NAME and w.isVisible()]
    assert _highlight_pixels(card.remove_button, colour) >= 2 * (
        2 * (card.remove_button.width() + card.remove_button.height())) - 16


def test_the_ring_follows_resizes_and_skips_controls_with_their_own_frame(qtbot, open_window,
                                                                          demo_paths):
    window = open_window(demo_paths)
    button = window.library.import_button
    _focus(qtbot, button)
    button.setMinimumWidth(button.width() + 40)
    qtbot.waitUntil(lambda: all(r.geometry().right() <= button.width()
                                for r in button.findChildren(QWidget)
                                if r.objectName() == RING_NAME))
    right = [r for r in button.findChildren(QWidget) if r.objectName() == RING_NAME
             and r.width() == 2 and r.x() > 0]
    assert right and right[0].x() == button.width() - 2
    card = window.library.cards[DEMO_COURSE_ID]
    card.remove_button.setProperty(OWN_FOCUS_FRAME, True)
    _focus(qtbot, card.remove_button)
    assert not [w for w in card.remove_button.findChildren(QWidget)
                if w.objectName() == RING_NAME]


def test_tab_goes_outline_then_video_controls_then_previous_and_next(qtbot, open_window,
                                                                     demo_paths, helpers):
    window = open_window(demo_paths)
    window.open_course(DEMO_COURSE_ID, "m2-lecture")  # Previous and Next both enabled
    helpers.wait_item(qtbot, window, "m2-lecture")
    course = window.course
    view = course.item_view
    path = course.tab_path()
    assert path[0] is course.library_button
    outline = path.index(course.outline)
    controls = [i for i, w in enumerate(path) if view.isAncestorOf(w)]
    previous, after = path.index(course.previous_button), path.index(course.next_button)
    assert controls, "the video's controls are on the Tab path"
    assert any(path[i] is view.play_button for i in controls)
    assert outline < min(controls) and max(controls) < previous < after, (
        [type(w).__name__ for w in path])
    # The same order after moving to another item and back (views are rebuilt).
    course.next_button.click()
    helpers.wait_item(qtbot, window, "m2-reading")
    course.previous_button.click()
    helpers.wait_item(qtbot, window, "m2-lecture")
    path = course.tab_path()
    view = course.item_view
    controls = [i for i, w in enumerate(path) if view.isAncestorOf(w)]
    assert path.index(course.outline) < min(controls) < max(controls) \
        < path.index(course.previous_button) < path.index(course.next_button)
