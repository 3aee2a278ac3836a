"""WCAG 2.2 AA as WCAG2ICT applies it (issue #16), checked on the real widgets offscreen:
contrast of the default and the high-contrast palettes (text 4.5:1, boundaries and the focus
ring 3:1), the banners' and the outline marks' colours, targets of at least 24x24 px on every
screen, paste in the PIN and password fields, seeking without dragging, and every shortcut in
Help."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from player.widgets.palette import (
    BOUNDARY_MIN,
    BOUNDARY_PAIRS,
    TEXT_MIN,
    TEXT_PAIRS,
    apply_palette,
    contrast_ratio,
    high_contrast_on,
)

from .conftest import wait_item

Role = QPalette.ColorRole
MODULE_1 = ["m1-lecture", "m1-reading", "m1-quiz", "m1-forum"]
#: second keys of one action that Help lists under its first (Ctrl+= zooms in where + needs Shift)
ALIASES = {"Ctrl+=": "Ctrl++"}


@pytest.fixture
def default_palette(qapp):
    apply_palette(False)
    yield qapp.palette()
    apply_palette(False)


def frame_colour(widget: QWidget) -> QColor:
    """The colour of a control's left edge as the style draws it (the middle row)."""
    widget.resize(120, 32)
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


@pytest.mark.parametrize("high", [False, True], ids=["default", "high-contrast"])
def test_palette_contrast(qapp, high):
    apply_palette(high)
    try:
        palette = qapp.palette()
        assert high_contrast_on() is high
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for fg, bg in TEXT_PAIRS:
                ratio = contrast_ratio(palette.color(group, fg), palette.color(group, bg))
                assert ratio >= (7.0 if high else TEXT_MIN), (group, fg, bg, ratio)
            for mark, bg in BOUNDARY_PAIRS:  # the focus ring is drawn in Highlight
                ratio = contrast_ratio(palette.color(group, mark), palette.color(group, bg))
                assert ratio >= BOUNDARY_MIN, (group, mark, bg, ratio)
        window = palette.color(Role.Window)
        # Control boundaries as the style really draws them.
        for control in (QPushButton("Start"), QLineEdit("text"), QComboBox()):
            ratio = contrast_ratio(frame_colour(control), window)
            assert ratio >= BOUNDARY_MIN, (type(control).__name__, ratio)
    finally:
        apply_palette(False)


def test_banner_and_outline_mark_colours(qapp, default_palette):
    from player.icons import ICON_DIR, ink_color
    from player.widgets import banner

    for background, border, text in (banner._AMBER_LIGHT, banner._AMBER_DARK):
        assert contrast_ratio(QColor(text), QColor(background)) >= TEXT_MIN
    # The note banner: window text on the alternate base.
    assert contrast_ratio(default_palette.color(Role.WindowText),
                          default_palette.color(Role.AlternateBase)) >= TEXT_MIN
    # Marks: drawn in the text colour, the tick white on green, the green on the outline.
    base = default_palette.color(Role.Base)
    assert contrast_ratio(ink_color(), base) >= BOUNDARY_MIN
    done = (ICON_DIR / "done.svg").read_text(encoding="utf-8")
    fills = re.findall(r'fill="(#[0-9a-fA-F]{6})"', done)
    strokes = re.findall(r'stroke="(#[0-9a-fA-F]{6})"', done)
    for fill in fills:
        assert contrast_ratio(QColor(fill), base) >= BOUNDARY_MIN, fill
        for stroke in strokes:
            assert contrast_ratio(QColor(stroke), QColor(fill)) >= BOUNDARY_MIN, (stroke, fill)


def test_caption_backgrounds_keep_white_text_readable(qapp):
    from player.item_views.video.caption_style import BACKGROUNDS

    for name, (colour, alpha) in BACKGROUNDS.items():
        fill = QColor(colour)
        fill.setAlpha(alpha)
        for picture in ("#ffffff", "#000000", "#808080"):  # over any frame of the video
            shown = contrast_ratio(QColor("#ffffff"), _over(fill, QColor(picture)))
            assert shown >= TEXT_MIN, (name, picture, shown)


def _over(colour: QColor, background: QColor) -> QColor:
    from player.widgets.palette import over

    return over(colour, background)


def interactive(root: QWidget) -> list[QWidget]:
    """Visible controls the keyboard reaches (the focus ring's own bars excepted)."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.objectName() != "lectern-focus-ring"
            and isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QAbstractSlider))]


def small_targets(root: QWidget) -> list[str]:
    """Controls under 24x24 px whose 24 px circle would overlap another control (WCAG 2.5.8's
    spacing exception lets a small target be, if nothing else is within its circle)."""
    controls = interactive(root)
    out = []
    for w in controls:
        if w.width() >= 24 and w.height() >= 24:
            continue
        centre = w.mapTo(root, w.rect().center())
        for other in controls:
            if other is w:
                continue
            rect = other.rect().translated(other.mapTo(root, QPoint(0, 0)))
            nearest = QPoint(min(max(centre.x(), rect.left()), rect.right()),
                             min(max(centre.y(), rect.top()), rect.bottom()))
            if (nearest - centre).manhattanLength() < 12 and not other.isAncestorOf(w) \
                    and not w.isAncestorOf(other):
                out.append(f"{type(w).__name__} {w.accessibleName()!r} {w.width()}x{w.height()}")
                break
    return out


def test_targets_are_24_px_on_every_screen(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    window.resize(1280, 800)
    found = {"library": small_targets(window)}
    window.open_course("foe-intro-en")
    for item in MODULE_1:
        window.course.open_item(item)
        wait_item(qtbot, window, item)
        qtbot.wait(150)
        found[item] = small_targets(window)
    window.show_certificates()
    qtbot.wait(150)
    found["certificates"] = small_targets(window)
    assert not any(found.values()), found


def test_seeking_without_dragging(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    window.open_course("foe-intro-en", "m1-lecture")
    wait_item(qtbot, window, "m1-lecture")
    view = window.course.item_view
    for button in (view.back_button, view.forward_button):
        assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName()
    slider = view.seek_slider
    assert slider.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert slider.pageStep() > 0
    qtbot.waitUntil(lambda: slider.maximum() > 0, timeout=20_000)
    slider.setFocus()
    before = slider.value()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert slider.value() != before


def _pastes(qtbot, field: QLineEdit) -> None:
    QGuiApplication.clipboard().setText("2468")
    field.clear()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "2468", field.accessibleName()
    menu = field.createStandardContextMenu()
    paste = [a for a in menu.actions() if a.objectName() == "edit-paste"
             or "Paste" in a.text()]
    assert paste and paste[0].isEnabled(), field.accessibleName()
    menu.deleteLater()


def test_pin_and_password_fields_accept_paste(qtbot, open_window, demo_paths, tmp_path):
    from player.sign_in_dialog import SignInDialog

    window = open_window(demo_paths)
    dialog = SignInDialog(window.bridge, window.sync.account, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    secret = [f for f in dialog.findChildren(QLineEdit) if f.echoMode() != QLineEdit.EchoMode.Normal]
    assert secret
    for field in secret + [f for f in dialog.findChildren(QLineEdit) if f not in secret]:
        if field.isVisible() and not field.isReadOnly():
            _pastes(qtbot, field)
    dialog.reject()
    from player.profiles import forms

    pin = forms.pin_edit_for(window) if hasattr(forms, "pin_edit_for") else None
    if pin is not None:
        qtbot.addWidget(pin)
        pin.show()
        _pastes(qtbot, pin)


def test_every_shortcut_is_in_help(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    window.open_course("foe-intro-en")
    native = QKeySequence.SequenceFormat.NativeText
    keys: dict[str, str] = {}
    for item in ["m1-lecture", "m1-reading", "m1-quiz", "m1-forum", "m2-briefing"]:
        window.course.open_item(item)
        wait_item(qtbot, window, item)
        for shortcut in window.findChildren(QShortcut):
            if shortcut.isEnabled() and not shortcut.key().isEmpty():
                keys[shortcut.key().toString(native)] = shortcut.parent().objectName()
        window.shortcuts_action.trigger()
        dialog = window._help_dialogs["shortcuts"]
        listed = " , ".join(k for _section, k, _what in dialog.rows)
        dialog.reject()
        qtbot.waitUntil(lambda: "shortcuts" not in window._help_dialogs)
        for key in keys:
            assert ALIASES.get(key, key) in listed, (item, key, listed)
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if not action.shortcut().isEmpty():
                assert action.shortcut().toString(native) in listed, action.text()
    assert QApplication.focusWidget() is not None
