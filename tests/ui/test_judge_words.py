"""Words a judge reads on the catalog, Downloads and Settings (#12 items 13, 18, 25): one name
for the course server, SI sizes, what each download choice holds and why two weigh the same,
plain words, and every control named and reachable by keyboard, also right to left."""
from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from player.catalog_view import CatalogCard
from sync.download_queue import DownloadChoice, DownloadQueue, DownloadState
from sync.hub_client import CatalogCourse
from sync.store import LearnerStore

WAIT = 20_000
HUB = re.compile(r"\bhubs?\b", re.IGNORECASE)
BINARY_UNITS = re.compile(r"\b[KMGT]iB\b")


def course(**kw) -> CatalogCourse:
    fields = dict(id="law-en", course_family="law", version=1, language="en",
                  title="Freedom of expression", summary="", publisher="Judicial academy",
                  signed_by=None, full_size=3_870_000, low_size=1_210_000,
                  manifest_url="/m", signature_url=None)
    fields.update(kw)
    return CatalogCourse(**fields)


def words(root: QWidget) -> list[str]:
    """Everything a person (or a screen reader) can read on `root` and its children."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                out += [w.itemText(i), str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")]
    return [t for t in out if t]


def test_choices_say_what_they_hold_in_si_units_and_why_two_weigh_the_same(qtbot):
    entry = course().with_choices({"low": 1_210_000, "standard": 3_870_000, "all": 3_870_000},
                                  {"low": 240, "standard": 480, "all": 480})
    card = CatalogCard(entry)
    qtbot.addWidget(card)
    texts = [card.choice_box.itemText(i) for i in range(3)]
    assert texts[0] == "Low bandwidth (240p) — 1.2 MB"
    assert texts[1] == "Standard (up to 480p) — 3.9 MB"
    assert texts[2] == "Everything (up to 480p) — 3.9 MB, the same as Standard"
    assert not any(BINARY_UNITS.search(t) for t in texts)
    low_help = card.choice_box.itemData(0, Qt.ItemDataRole.ToolTipRole)
    assert "smallest video of each lecture (240p), captions and readings" in low_help
    all_help = card.choice_box.itemData(2, Qt.ItemDataRole.ToolTipRole)
    assert "no larger videos" in all_help
    # The sizes line says it too, one line per choice, without hovering.
    lines = card.sizes_label.text().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("Low bandwidth (1.2 MB): ") and "(240p)" in lines[0]
    assert "no larger videos" in lines[2]
    assert card.choice_box.accessibleName() and card.action_button.accessibleName()


def test_a_course_with_bigger_videos_and_an_old_saved_list_without_heights(qtbot):
    entry = course().with_choices({"low": 1_210_000, "standard": 3_870_000, "all": 1_240_000_000},
                                  {"low": 240, "standard": 480, "all": 1080})
    card = CatalogCard(entry)
    qtbot.addWidget(card)
    assert card.choice_box.itemText(2) == "Everything (up to 1080p) — 1.2 GB"
    assert "same" not in card.sizes_label.text()
    saved = CatalogCard(course().with_choices({"low": 1_210_000, "all": 3_870_000}))
    qtbot.addWidget(saved)
    assert saved.choice_box.itemText(0) == "Low bandwidth — 1.2 MB"
    assert saved.choice_box.itemText(1) == "Standard — size not known yet"


def test_an_installed_low_bandwidth_course_offers_standard_quality(qtbot):
    entry = course().with_choices({"low": 1_210_000, "standard": 3_870_000, "all": 3_870_000},
                                  {"low": 240, "standard": 480, "all": 480})
    card = CatalogCard(entry)
    qtbot.addWidget(card)
    card.set_local(1, None, "low", {"low": 0, "standard": 2_660_000, "all": 2_660_000})
    assert card.state == "installed" and card.badge.text() == "Installed: low bandwidth"
    assert card.choice_box.isEnabled() and card.choice_box.currentData() == "standard"
    assert card.action_button.isEnabled()
    assert card.action_button.text().replace("&", "") == "Get standard quality"
    assert card.action_button.accessibleName() == (
        "Get standard quality for Freedom of expression: 2.7 MB more")
    card.choice_box.setCurrentIndex(0)  # what it has already: nothing to do
    assert not card.action_button.isEnabled()
    card.choice_box.setCurrentIndex(1)
    with qtbot.waitSignal(card.download_requested) as asked:
        card.action_button.click()
    assert asked.args == ["law-en", 1, "standard"]
    # Everything there: nothing more to offer.
    card.set_local(1, None, "all", {"low": 0, "standard": 0, "all": 0})
    assert card.badge.text() == "Installed" and not card.action_button.isEnabled()
    assert not card.choice_box.isEnabled()


def test_no_hub_and_no_binary_units_on_the_catalog_downloads_and_settings(
        qtbot, open_window, empty_paths):
    with LearnerStore.open(empty_paths.db) as store:
        queue = DownloadQueue(store)
        queue.enqueue("tiny-en", 2, "https://hub.invalid", DownloadChoice.LOW)
        queue.enqueue("other-fr", 1, "https://hub.invalid", DownloadChoice.ALL)
        queue.set_state("other-fr", DownloadState.DOWNLOADING)
        queue.record_done("other-fr", 1_500_000)
        queue.save_manifest("other-fr", b"{}", None, 3_870_000)
    window = open_window(empty_paths)
    qtbot.waitUntil(lambda: window.sync.account is not None, timeout=WAIT)
    window.show_catalog()
    qtbot.waitUntil(lambda: window.catalog.load_count > 0, timeout=WAIT)
    window.show_downloads()
    qtbot.waitUntil(lambda: len(window.downloads_view.cards) == 2, timeout=WAIT)
    window.settings_action.trigger()
    from player.settings_dialog import SettingsDialog

    qtbot.waitUntil(lambda: any(d.snapshot is not None
                                for d in window.findChildren(SettingsDialog)), timeout=WAIT)
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.snapshot is not None)
    for screen in (window.catalog, window.downloads_view, dialog):
        found = words(screen)
        assert found
        assert [t for t in found if HUB.search(t.replace("hub.invalid", ""))] == [], screen
        assert [t for t in found if BINARY_UNITS.search(t)] == [], screen
    assert "MB" in window.downloads_view.cards["other-fr"].bar.format()
    assert dialog.data_saver_check.text().replace("&", "") == "Save data (slow or costly internet)"
    dialog.reject()


def _x(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_the_upgrade_controls_mirror_right_to_left_and_have_a_keyboard_path(qtbot, rtl):
    entry = course().with_choices({"low": 1_210_000, "standard": 3_870_000, "all": 3_870_000},
                                  {"low": 240, "standard": 480, "all": 480})
    card = CatalogCard(entry)
    qtbot.addWidget(card)
    card.set_local(1, None, "low", {"low": 0, "standard": 2_660_000, "all": 2_660_000})
    card.resize(900, 300)
    card.show()
    qtbot.waitExposed(card)
    assert _x(card.badge) > _x(card.choice_box) > _x(card.action_button)
    assert card.choice_box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert card.action_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    chain, widget = [], card.choice_box
    for _ in range(5):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert card.action_button in chain


def test_a_catalog_card_says_when_a_pause_or_cancel_is_on_its_way(qtbot):
    """A running download the learner paused or cancelled reads "Pausing…"/"Cancelling…" until
    the worker settles it (the states are stored, so this holds after a restart too)."""
    from types import SimpleNamespace

    entry = course().with_choices({"low": 1_210_000, "standard": 3_870_000, "all": 3_870_000})
    card = CatalogCard(entry)
    qtbot.addWidget(card)
    for state, words in ((DownloadState.PAUSE_REQUESTED, "Pausing download…"),
                         (DownloadState.CANCEL_REQUESTED, "Cancelling download…")):
        job = SimpleNamespace(state=state, version=entry.version, choice=SimpleNamespace(value="low"))
        card.set_local(None, job)
        assert card.badge.text() == words
        assert not card.action_button.isEnabled()  # busy: no second download
