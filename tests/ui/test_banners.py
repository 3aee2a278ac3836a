"""The banners share one shape (`player.widgets.banner.Banner`): a message that wraps, buttons
after it and the dismiss button last, Escape as the keyboard's way to put it away, a
notification to screen readers, and a row that mirrors in right-to-left languages."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from player.course.parts import CompletionBanner
from player.refusal_notice import RefusalNotice
from player.update_banner import UpdateBanner
from player.widgets.banner import Banner, BannerTone

UPDATE = SimpleNamespace(course_id="c1", version=2, installed_version=1, title="Freedom of speech")
REFUSAL = SimpleNamespace(event_id="e1", message="Quiz attempts are closed.")


def shown(qtbot, banner: Banner, rtl: bool = False) -> Banner:
    host = QWidget()
    qtbot.addWidget(host)
    if rtl:
        host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    banner.setParent(host)
    banner.resize(600, 120)
    host.show()
    banner.host = host  # type: ignore[attr-defined]  # kept alive with the banner
    return banner


@pytest.mark.parametrize("rtl", [False, True])
def test_every_banner_has_the_one_shape(qtbot, rtl: bool) -> None:
    refusal = shown(qtbot, RefusalNotice(), rtl)
    refusal.show_refusals([REFUSAL])
    update = shown(qtbot, UpdateBanner(), rtl)
    update.show_updates([UPDATE])
    completion = shown(qtbot, CompletionBanner(), rtl)
    completion.show_completion("Your completion is kept on this computer.")
    for banner in (refusal, update, completion):
        assert isinstance(banner, Banner) and banner.isVisible()
        assert banner.text.wordWrap() and banner.text.textFormat() is Qt.TextFormat.PlainText
        assert banner.accessibleName() and banner.text.accessibleName()
        assert banner.text.text().replace("\u200b", "") in banner.accessibleDescription()
        interface = QAccessible.queryAccessibleInterface(banner)
        assert interface.role() is QAccessible.Role.Notification
        assert interface.text(QAccessible.Text.Name) == banner.accessibleName()
        button = banner.dismiss_button
        assert button is not None and button.accessibleName() == "Hide this notice"
        qtbot.waitUntil(lambda b=button: b.width() > 0)  # laid out
        text_x = banner.text.mapTo(banner, QPoint(0, 0)).x()
        button_x = button.mapTo(banner, QPoint(0, 0)).x()
        assert (button_x < text_x) if rtl else (button_x > text_x), "dismiss after the message"
    assert completion.accessibleDescription().startswith("You have completed this course.")
    # Update now before Later, in reading order.
    update_x = update.update_button.mapTo(update, QPoint(0, 0)).x()
    later_x = update.later_button.mapTo(update, QPoint(0, 0)).x()
    assert (update_x > later_x) if rtl else (update_x < later_x)


def test_escape_inside_a_banner_dismisses_it(qtbot) -> None:
    refusal = shown(qtbot, RefusalNotice())
    refusal.show_refusals([REFUSAL])
    with qtbot.waitSignal(refusal.dismissed) as blocker:
        qtbot.keyClick(refusal.ok_button, Qt.Key.Key_Escape)
    assert blocker.args == ["e1"] and not refusal.isVisible() and refusal.refusals == []

    update = shown(qtbot, UpdateBanner())
    update.show_updates([UPDATE])
    with qtbot.waitSignal(update.dismissed):
        qtbot.keyClick(update.update_button, Qt.Key.Key_Escape)
    assert not update.isVisible() and update.updates == []

    completion = shown(qtbot, CompletionBanner())
    completion.show_completion("Next.")
    with qtbot.waitSignal(completion.dismissed):
        completion.ok_button.click()
    assert not completion.isVisible()


def test_a_warning_banner_has_an_icon_and_amber(qtbot) -> None:
    banner = shown(qtbot, Banner("test-warning", "Test warning", "Test message",
                                      tone=BannerTone.WARNING))
    banner.add_dismiss_button("Hide")
    banner.set_message("Court IT's settings file has a problem.")
    assert banner.icon_label is not None and not banner.icon_label.pixmap().isNull()
    assert "test-warning" in banner.styleSheet()
    qtbot.keyClick(banner.dismiss_button, Qt.Key.Key_Escape)
    assert not banner.isVisible()
