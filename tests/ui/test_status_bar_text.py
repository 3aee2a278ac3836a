"""The status bar's texts never overlap, never widen the window, and dates read well
(issue #11 item 15, issue #12 items 1 and 15)."""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QRect, Qt, QTimeZone
from PySide6.QtWidgets import QLabel

from player.dates import format_timestamp


def _shown_rects(status) -> list[tuple[str, QRect]]:
    labels = [w for w in status.findChildren(QLabel) if w.isVisible() and w.text()]
    return [(w.accessibleName(), QRect(w.mapTo(status, w.rect().topLeft()), w.size()))
            for w in labels]


def test_a_notice_gets_its_own_place_and_nothing_overlaps(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    status = window.status
    status.last_sync_label.setText("Last sync: 29 Nov 2026, 10:00")
    status.last_sync_label.setVisible(True)
    status.showMessage("Signed in to https://courses.example.org as judge.amani.", 8000)
    qtbot.waitUntil(lambda: status.notice_label.isVisible())
    assert status.currentMessage().startswith("Signed in")
    rects = _shown_rects(status)
    assert len(rects) >= 3
    for i, (name_a, a) in enumerate(rects):
        for name_b, b in rects[i + 1:]:
            assert not a.intersects(b), (name_a, name_b)
    status.clearMessage()
    assert not status.notice_label.isVisible() and status.currentMessage() == ""


def test_no_message_widens_the_window(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    qtbot.wait(50)
    width = window.width()
    huge = "The hub refused 1 change: " + "a very long explanation " * 40
    window.status.showMessage(huge, 8000)
    window.status.error_label.setText(huge)
    window.status.error_label.setVisible(True)
    qtbot.wait(50)
    assert window.width() == width
    assert window.minimumSizeHint().width() <= width
    assert window.status.notice_label.toolTip() == huge  # the whole text stays reachable


def test_dates_use_the_locale_not_the_c_locales_number_soup():
    when = QDateTime(2026, 11, 29, 14, 5, 0, 0, QTimeZone.utc())
    iso = when.toString(Qt.DateFormat.ISODate)
    old = QLocale()
    try:
        QLocale.setDefault(QLocale.c())
        text = format_timestamp(iso)
        assert "Nov" in text and "2026" in text and "11 2026" not in text
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert format_timestamp(iso) == QLocale().toString(when.toLocalTime(),
                                                           QLocale.FormatType.ShortFormat)
    finally:
        QLocale.setDefault(old)
    assert format_timestamp("not a date") == "not a date" and format_timestamp(None) == ""
