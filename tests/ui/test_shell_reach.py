"""Keyboard, screen readers, right-to-left and large fonts on the shell's screens."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from sync.demo import DEMO_COURSE_ID

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QComboBox, QLineEdit,
            QProgressBar)


def _x(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _shell_controls(window) -> list[QWidget]:
    """Controls that belong to the shell: everything but the open item's own view."""
    host = window.course.item_host
    out = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue  # popups (a combo box's list) and dialogs are checked on their own
        if isinstance(widget, CONTROLS) and not host.isAncestorOf(widget):
            # Qt's internal scroll bars and header sections are not controls we made.
            if widget.objectName().startswith("qt_") or type(widget).__name__ == "QScrollBar":
                continue
            out.append(widget)
    return out


def test_every_shell_control_has_an_accessible_name(qtbot, open_window, demo_paths, helpers):
    window = open_window(demo_paths)
    library_controls = _shell_controls(window)
    assert any(w is window.library.import_button for w in library_controls)
    window.library.cards[DEMO_COURSE_ID].continue_button.click()
    helpers.wait_item(qtbot, window, "m1-lecture")
    window.library.cards[DEMO_COURSE_ID].remove_button.click()  # the remove dialog too
    dialog = window.library.remove_dialog
    controls = _shell_controls(window) + [w for w in dialog.findChildren(QWidget)
                                          if isinstance(w, CONTROLS)]
    nameless = [f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}"
                for w in controls if not w.accessibleName().strip()]
    assert not nameless, nameless
    assert len(controls) >= 10
    dialog.reject()


def test_every_action_has_a_shortcut_and_the_outline_is_on_the_tab_path(qtbot, open_window,
                                                                         demo_paths, helpers):
    window = open_window(demo_paths)
    for action in (window.import_action, window.library_action, window.previous_action,
                   window.next_action, window.quit_action, window.outline_action):
        assert not action.shortcut().isEmpty(), action.text()
    assert window.import_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    # Tab from the Library button reaches the outline, then the item's controls.
    window.open_course(DEMO_COURSE_ID, "m1-reading")
    helpers.wait_item(qtbot, window, "m1-reading")
    chain = []
    widget = window.course.library_button
    for _ in range(200):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is window.course.library_button:
            break
    focusable = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert window.course.outline in focusable
    assert window.course.next_button in focusable
    assert any(window.course.item_host.isAncestorOf(w) for w in focusable)


def test_right_to_left_mirrors_library_and_course(qtbot, rtl, open_window, demo_paths,
                                                  helpers):
    window = open_window(demo_paths)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    library = window.library
    # The heading starts on the right, the import button sits on the left.
    assert _x(library.heading) > _x(library.import_button)
    card = library.cards[DEMO_COURSE_ID]
    assert _x(card.continue_button) > _x(card.remove_button)
    window.open_course(DEMO_COURSE_ID, "m1-reading")
    helpers.wait_item(qtbot, window, "m1-reading")
    course = window.course
    assert _x(course.outline_pane) > _x(course.item_pane), "outline on the right"
    assert _x(course.previous_button) > _x(course.next_button)
    chart = course.chart
    chart.set_rows([("Module one", 1, 3)])
    fill = chart.palette().color(chart.palette().ColorRole.Highlight).rgb()

    def fill_columns() -> list[int]:
        image = chart.grab().toImage()
        return [x for x in range(image.width()) for y in range(image.height())
                if image.pixel(x, y) == fill]

    rtl_fill = fill_columns()
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    ltr_fill = fill_columns()
    assert rtl_fill and ltr_fill
    width = chart.width()
    # The painted bar is the mirror image of the left-to-right one.
    assert abs((width - 1 - sum(rtl_fill) / len(rtl_fill)) - sum(ltr_fill) / len(ltr_fill)) < 3
    assert sum(rtl_fill) / len(rtl_fill) > sum(ltr_fill) / len(ltr_fill)


def _sizes(window) -> dict[str, int]:
    card = window.library.cards[DEMO_COURSE_ID]
    return {
        "title": card.title_label.sizeHint().height(),
        "button": card.continue_button.sizeHint().height(),
        "progress": card.progress_bar.sizeHint().height(),
        "heading": window.library.heading.sizeHint().height(),
        "chart": window.course.chart.sizeHint().height(),
        "window": window.size().width(),
    }


def test_text_and_widgets_grow_with_the_system_font(qtbot, qapp, open_window, demo_paths,
                                                    tmp_path, demo_template):
    import shutil

    from sync.paths import DataPaths

    window = open_window(demo_paths)
    window.course.chart.set_rows([("Module", 1, 3), ("Module", 0, 4)])
    small = _sizes(window)
    window.close()
    original = QFont(qapp.font())
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(big)
    try:
        other = tmp_path / "big"
        shutil.copytree(demo_template, other)
        large_window = open_window(DataPaths(other))
        large_window.course.chart.set_rows([("Module", 1, 3), ("Module", 0, 4)])
        large = _sizes(large_window)
    finally:
        qapp.setFont(original)
    for key in small:
        if key == "window":
            assert large[key] >= small[key]  # capped by the screen
        else:
            assert large[key] > small[key] * 1.5, (key, small[key], large[key])


def test_status_bar_says_offline_and_pending_about_says_where_data_lives(qtbot, open_window,
                                                                       demo_paths):
    window = open_window(demo_paths)
    status = window.status
    qtbot.waitUntil(lambda: window.sync.account is not None)
    assert status.connection_label.text() == "Not signed in"
    assert "fully offline" in status.connection_label.toolTip()
    qtbot.waitUntil(lambda: status.pending is not None)
    assert status.pending == 0 and status.pending_label.text() == "No changes waiting to be sent"
    # The data folder is for court IT: in Help ▸ About, not taking the status bar's room.
    texts = [w.text() for w in status.findChildren(QWidget) if hasattr(w, "text")]
    assert not any(str(demo_paths.root) in t for t in texts), texts
    window.about_action.trigger()
    about = window._help_dialogs["about"]
    assert about.folder.text() == str(demo_paths.root)
    assert about.folder.isReadOnly()
    about.copy_button.click()
    assert QApplication.clipboard().text() == str(demo_paths.root)
    about.reject()
    assert QApplication.instance().applicationName()
