"""Course languages in the window (#16), on real widgets and real store files: the demo's
English, French and Arabic versions make one library card; the course screen's language switch
re-opens the course in another version at the same item and position, with its quiz attempts;
the choice is remembered for the family; removing one version keeps the others and the
progress."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer

from sync.demo import DEMO_COURSE_IDS, DEMO_FAMILY, install_demo_courses
from sync.paths import DataPaths
from sync.services import study
from sync.store import LearnerStore

from .conftest import LOAD_TIMEOUT, wait_idle, wait_item

EN, FR, AR = DEMO_COURSE_IDS


@pytest.fixture(scope="session")
def three_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("three-languages")
    assert install_demo_courses(DataPaths(root)) == list(DEMO_COURSE_IDS)
    return root


@pytest.fixture
def three_paths(tmp_path: Path, three_template: Path) -> DataPaths:
    shutil.copytree(three_template, tmp_path / "data")
    return DataPaths(tmp_path / "data")


def test_one_card_for_the_three_versions(open_window, three_paths):
    library = open_window(three_paths).library
    assert len(library.courses) == 3 and len(library.family_cards) == 1
    card = library.family_cards[DEMO_FAMILY]
    assert all(library.cards[cid] is card for cid in DEMO_COURSE_IDS)
    assert card.languages == ("en", "fr", "ar")
    text = card.languages_label.text()
    assert "English" in text and "Français" in text and "العربية" in text
    assert "\u2068العربية\u2069" in text          # each name isolated
    assert card.languages_label.isVisible()
    assert card.course.id == EN                    # the interface language (English)
    assert card.progress_bar.maximum() == 7


def _open(qtbot, window, course_id, item_id):
    window.open_course(course_id, item_id)
    wait_item(qtbot, window, item_id)
    qtbot.waitUntil(lambda: window.course.language_loads > 0
                    and window.course.language_switch.current == course_id,
                    timeout=LOAD_TIMEOUT)


def test_switching_keeps_the_item_its_position_and_quiz_attempts(qtbot, open_window,
                                                                  three_paths):
    window = open_window(three_paths)
    course = window.course
    # A quiz attempt in English...
    _open(qtbot, window, EN, "m1-quiz")
    done: list = []
    course.item_view.ctx.submit_quiz({"q1": ["a"], "q2": ["b"], "q3": ["a"]}, done.append)
    qtbot.waitUntil(lambda: len(done) == 1)
    switch = course.language_switch
    assert switch.isVisible() and switch.text() == "Language: \u2068English\u2069 \u25be"
    assert [a.text() for a in switch.menu_.actions()] == ["English", "Français", "العربية"]
    # ... is there in French, at the same item.
    switch.choose(FR)
    wait_item(qtbot, window, "m1-quiz")
    qtbot.waitUntil(lambda: course.course_id == FR)
    assert [a.passed for a in course.item_view.ctx.quiz_attempts] == [False]
    assert course.course_title.text() != "" and course.data.course.language == "fr"
    # A video position in French, switched to Arabic: same item, same position, right to left.
    course.open_item("m1-lecture")
    wait_item(qtbot, window, "m1-lecture")
    view = course.item_view
    loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: view.player.mediaStatus() in loaded, timeout=20_000)
    view.seek(21.0)
    qtbot.waitUntil(lambda: abs(view.player.position() / 1000 - 21.0) < 0.6, timeout=10_000)
    qtbot.waitUntil(lambda: course.language_switch.current == FR, timeout=LOAD_TIMEOUT)
    course.language_switch.choose(AR)
    qtbot.waitUntil(lambda: course.course_id == AR, timeout=LOAD_TIMEOUT)
    wait_item(qtbot, window, "m1-lecture")
    assert abs(course.item_view.ctx.progress.position - 21.0) < 0.6
    assert course.item_host.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert course.item_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert course.outline.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert course.item_title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the interface's
    assert course.previous_button.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Back in English: left to right again.
    qtbot.waitUntil(lambda: course.language_switch.current == AR, timeout=LOAD_TIMEOUT)
    course.language_switch.choose(EN)
    qtbot.waitUntil(lambda: course.course_id == EN, timeout=LOAD_TIMEOUT)
    wait_item(qtbot, window, "m1-lecture")
    assert course.item_view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_choice_is_remembered_for_the_family(qtbot, open_window, three_paths):
    window = open_window(three_paths)
    _open(qtbot, window, EN, "m1-reading")
    window.course.language_switch.choose(FR)
    qtbot.waitUntil(lambda: window.course.course_id == FR, timeout=LOAD_TIMEOUT)
    wait_item(qtbot, window, "m1-reading")
    # The learner reads on in French (a reading records its place as it is scrolled; here
    # through the same service, so "Continue" does not depend on the scroll timer's timing).
    with LearnerStore.open(three_paths.db) as store:
        study.save_progress(store, FR, "m1-reading", position=0.3, fraction=0.3)
    window.library_action.trigger()
    qtbot.waitUntil(lambda: window.library.load_count > 1
                    and window.library.family_cards[DEMO_FAMILY].course.id == FR,
                    timeout=LOAD_TIMEOUT)
    card = window.library.family_cards[DEMO_FAMILY]
    assert card.continue_button.text() == "Continue"
    card.continue_button.click()
    qtbot.waitUntil(lambda: window.course.course_id == FR, timeout=LOAD_TIMEOUT)
    wait_item(qtbot, window, "m1-reading")


def test_removing_one_version_keeps_the_others_and_the_progress(qtbot, open_window,
                                                                three_paths):
    with LearnerStore.open(three_paths.db) as store:
        study.save_progress(store, FR, "m1-reading", completed=True)
    window = open_window(three_paths)
    library = window.library
    card = library.family_cards[DEMO_FAMILY]
    assert card.progress_bar.value() == 1
    shown = card.course.id
    card.remove_button.click()
    dialog = library.remove_dialog
    assert dialog is not None
    assert set(dialog.choice_buttons) == {EN, FR, AR, ""}
    assert dialog.choice_buttons[shown].isChecked()
    assert not dialog.keep_progress.isEnabled()     # one version: the progress stays anyway
    dialog.choice_buttons[AR].setChecked(True)
    dialog.keep_progress.setChecked(False)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: {c.id for c in library.courses} == {EN, FR}, timeout=LOAD_TIMEOUT)
    wait_idle(qtbot, window)
    card = library.family_cards[DEMO_FAMILY]
    assert card.languages == ("en", "fr") and card.progress_bar.value() == 1
    assert "العربية" not in card.languages_label.text()
    assert "Arabic" in library.notice.text() or "العربية" in library.notice.text()
    with LearnerStore.open(three_paths.db) as store:
        assert store.progress(EN)["m1-reading"].completed


def test_choosing_a_version_not_installed_queues_its_download(qtbot, open_window, demo_paths):
    """"download, N MB" in the switch: the window queues it (the store's download queue) and
    says where to follow it, without leaving the course."""
    from sync.download_queue import DownloadQueue

    with LearnerStore.open(demo_paths.db) as store:
        store.set_setting("hub_url", "http://127.0.0.1:9")  # nothing listens: it stays queued
    window = open_window(demo_paths)
    window.open_course(DEMO_COURSE_IDS[0])
    qtbot.waitUntil(lambda: window.course.course_id == DEMO_COURSE_IDS[0], timeout=LOAD_TIMEOUT)
    window.course.language_download_requested.emit("foe-intro-fr", 2)
    qtbot.waitUntil(lambda: "Downloads" in window.status.currentMessage(), timeout=LOAD_TIMEOUT)

    def queued() -> bool:
        with LearnerStore.open(demo_paths.db) as store:
            job = DownloadQueue(store).get("foe-intro-fr")
        return job is not None and job.version == 2

    qtbot.waitUntil(queued, timeout=LOAD_TIMEOUT)
    assert window.stack.currentWidget() is window.course
