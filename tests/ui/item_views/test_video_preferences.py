"""The learner's captions language and speed are remembered per profile (#12.7), and captions
show the cue of the moment as soon as they are switched on (#12.24)."""
from __future__ import annotations

import dataclasses
from typing import Any, Callable

import pytest
from PySide6.QtCore import Qt, QTimer

from player.item_context import ItemContext, Preferences
from player.item_views.video_view import VideoView
from sync.store import LearnerStore

from .conftest import Learner
from .test_video_view import LECTURE, cues, loaded

OTHER_LECTURE = "m2-lecture"


def lane(store: LearnerStore) -> Callable[..., None]:
    """A stand-in for the bridge's `call_service`: runs the service on the store, answers
    later on the UI thread, like the store lane does."""

    def with_store(service: Callable[..., Any], done=None, *, writes: bool = False,
                   context: Any = None, **arguments: Any) -> None:
        try:
            result, error = service(store=store, **arguments), None
        except Exception as exc:  # noqa: BLE001 - handed to `done`, as the bridge does
            result, error = None, exc
        if done is not None:
            QTimer.singleShot(0, lambda: done(result, error))

    return with_store


def context(learner: Learner, item: str, store: LearnerStore | None = None,
            **kwargs: Any) -> ItemContext:
    ctx = learner.context(item, **kwargs)
    return dataclasses.replace(
        ctx, preferences=Preferences.on_store_lane(lane(store or learner.store)))


def open_with(open_view, qtbot, ctx: ItemContext) -> VideoView:
    view = open_view(ctx)
    assert isinstance(view, VideoView)
    qtbot.waitUntil(lambda: loaded(view), timeout=5000)
    qtbot.wait(50)   # the remembered choices arrive from the store lane
    return view


def pick(combo, data) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_captions_language_and_speed_carry_to_the_next_video_and_a_restart(
        open_view, learner, qtbot):
    view = open_with(open_view, qtbot, context(learner, LECTURE, caption_language="en"))
    assert view.caption_language() == "en" and view.rate() == 1.0
    pick(view.captions_combo, "fr")
    pick(view.speed_combo, 0.75)
    view.close()

    following = open_with(open_view, qtbot, context(learner, OTHER_LECTURE,
                                                    caption_language="en"))
    assert following.caption_language() == "fr"
    assert following.captions_combo.currentData() == "fr"
    assert following.rate() == 0.75 and following.speed_combo.currentData() == 0.75
    following.close()

    # A restart: a fresh store on the same profile database.
    again = LearnerStore.open(learner.store.path)
    try:
        reopened = open_with(open_view, qtbot, context(learner, LECTURE, store=again,
                                                       caption_language="en"))
        assert reopened.caption_language() == "fr" and reopened.rate() == 0.75
        reopened.close()
    finally:
        again.close()


def test_captions_switched_off_stay_off(open_view, learner, qtbot):
    view = open_with(open_view, qtbot, context(learner, LECTURE, caption_language="en"))
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_C)
    assert view.caption_language() is None
    view.close()
    following = open_with(open_view, qtbot, context(learner, OTHER_LECTURE,
                                                    caption_language="en"))
    assert following.caption_language() is None
    assert following.captions_combo.currentData() is None
    # ... and C brings them back in the UI language, remembered again.
    following.stage.setFocus()
    qtbot.keyClick(following.stage, Qt.Key.Key_C)
    assert following.caption_language() == "en"
    assert learner.store.get_setting("video_caption_language") == "en"


def test_a_remembered_language_the_lecture_lacks_keeps_the_ui_language(
        open_view, learner, qtbot):
    learner.store.set_setting("video_caption_language", "de")
    view = open_with(open_view, qtbot, context(learner, LECTURE, caption_language="en"))
    assert view.caption_language() == "en"
    learner.store.set_setting("video_caption_language", "fr-CA")
    closest = open_with(open_view, qtbot, context(learner, OTHER_LECTURE,
                                                  caption_language="en"))
    assert closest.caption_language() == "fr"


def test_what_the_learner_picks_before_the_store_answers_wins(open_view, learner, qtbot):
    learner.store.set_setting("video_caption_language", "fr")
    learner.store.set_setting("video_playback_rate", 1.5)
    view = open_view(context(learner, LECTURE, caption_language="en"))
    pick(view.captions_combo, None)   # at once, before the remembered choices arrive
    pick(view.speed_combo, 1.25)
    qtbot.wait(100)
    assert view.caption_language() is None and view.rate() == 1.25
    assert learner.store.get_setting("video_caption_language") == ""
    assert learner.store.get_setting("video_playback_rate") == 1.25


def test_rates_set_by_code_and_odd_stored_values_are_not_kept(open_view, learner, qtbot):
    view = open_with(open_view, qtbot, context(learner, LECTURE))
    view.set_rate(16.0)          # tests and tools: not the learner's choice
    assert learner.store.get_setting("video_playback_rate") is None
    view.close()
    learner.store.set_setting("video_playback_rate", 16)
    learner.store.set_setting("video_caption_language", 3)
    odd = open_with(open_view, qtbot, context(learner, LECTURE))
    assert odd.rate() == 1.0 and odd.caption_language() == "en"


def test_without_preferences_nothing_is_remembered(open_view, learner, qtbot):
    view = open_view(learner.context(LECTURE))        # the context as the shell builds it now
    qtbot.waitUntil(lambda: loaded(view), timeout=5000)
    pick(view.speed_combo, 0.5)
    assert view.rate() == 0.5
    assert learner.store.get_setting("video_playback_rate") is None


def test_a_store_error_keeps_the_defaults(open_view, learner, qtbot):
    def broken(key, done):
        QTimer.singleShot(0, lambda: done(None, OSError("disk gone")))

    ctx = dataclasses.replace(learner.context(LECTURE),
                              preferences=Preferences(read=broken, write=lambda k, v: None))
    view = open_with(open_view, qtbot, ctx)
    assert view.caption_language() == "en" and view.rate() == 1.0


# ---------------------------------------------------------------------- captions at once

def test_captions_turned_on_mid_cue_show_that_cue_at_once(open_view, learner, qtbot):
    english = cues(learner, "en")
    cue = english.cues[2]
    view = open_with(open_view, qtbot, context(learner, LECTURE, caption_language="ar"))
    assert view.caption_language() is None
    view.seek(cue.start + 0.1)
    view.play()
    qtbot.waitUntil(lambda: view.is_playing() and view.player.position() > (cue.start + 0.4) * 1000,
                    timeout=5000)
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_C)     # no position update has come since
    now = view.player.position() / 1000
    assert view.caption_language() == "en"
    assert view.caption_text() == "\n".join(c.text for c in english.active(now)) == cue.text
    assert view.caption_label.isVisible() and view.caption_label.text()
    view.pause()


def test_captions_follow_a_seek_at_once_while_playing_and_paused(open_view, learner, qtbot):
    english = cues(learner, "en")
    view = open_with(open_view, qtbot, context(learner, LECTURE, caption_language="en"))
    view.play()
    qtbot.waitUntil(view.is_playing, timeout=3000)
    for cue in (english.cues[5], english.cues[1]):    # ahead, then back
        view.seek(cue.start + 0.1)
        assert view.caption_text() == cue.text
    view.pause()
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=3000)
    cue = english.cues[8]
    view.seek(cue.start + 0.2)
    assert view.caption_text() == cue.text


def test_captions_language_change_shows_the_cue_during_a_switch(open_view, learner, qtbot):
    english, french = cues(learner, "en"), cues(learner, "fr")
    view = open_with(open_view, qtbot, context(learner, LECTURE, caption_language="en"))
    cue = english.cues[3]
    view.seek(cue.start + 0.1)
    index = view.rendition_combo.findData("240p")
    view.rendition_combo.activated.emit(index)
    pick(view.captions_combo, "fr")            # while the 240p copy is still loading
    expected = "\n".join(c.text for c in french.active(cue.start + 0.1))
    assert expected and view.caption_text() == expected


@pytest.mark.parametrize("language", ["en", "fr"])
def test_switching_language_while_playing_shows_the_new_text_at_once(
        open_view, learner, qtbot, language):
    track = cues(learner, language)
    view = open_with(open_view, qtbot, context(learner, LECTURE, caption_language="ar"))
    cue = track.cues[4]
    view.seek(cue.start + 0.1)
    view.play()
    qtbot.waitUntil(view.is_playing, timeout=3000)
    pick(view.captions_combo, language)
    now = view.player.position() / 1000
    assert view.caption_text() == "\n".join(c.text for c in track.active(now))
    assert view.caption_text()
    view.pause()


def test_preferences_on_the_store_lane_are_quiet_writes(learner):
    """A speed change is no course progress: no sync pass, no pending-count refresh."""
    calls: list[tuple[str, bool]] = []
    answers: list[Any] = []

    def with_store(service, done=None, *, writes: bool = False, context: Any = None,
                   **arguments: Any) -> None:
        calls.append((getattr(service, "__name__", "fn"), writes))
        result = service(store=learner.store, **arguments)
        if done is not None:
            done(result, None)

    prefs = Preferences.on_store_lane(with_store)
    prefs.write("video_playback_rate", 1.5)
    prefs.read("video_playback_rate", lambda value, error: answers.append((value, error)))
    assert answers == [(1.5, None)]
    assert [writes for _name, writes in calls] == [False, False]
