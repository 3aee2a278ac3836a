"""The video view with the real demo lectures: playback, seeking, resume, captions, coverage."""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider

from player.item_views._common import format_clock
from player.item_views.captions import CueTrack, parse_vtt_bytes
from player.item_views.video_view import VideoView
from sync.manifest import Rendition, VideoItem

from .conftest import Learner

LECTURE = "m1-lecture"
ROOT = Path(__file__).resolve().parents[3]
MEDIA = ROOT / "tests" / "media"


def loaded(view: VideoView) -> bool:
    return view.player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia,
                                         QMediaPlayer.MediaStatus.BufferedMedia)


def open_video(open_view, learner: Learner, qtbot, **kwargs) -> VideoView:
    view = open_view(learner.context(LECTURE, **kwargs))
    assert isinstance(view, VideoView)
    qtbot.waitUntil(lambda: loaded(view) or view._failed, timeout=5000)
    return view


def cues(learner: Learner, language: str) -> CueTrack:
    item = learner.manifest.item(LECTURE)
    sha = next(c.sha256 for c in item.captions if c.language == language)
    return CueTrack(parse_vtt_bytes(learner.blobs.path(sha).read_bytes()))


def test_plays_the_best_installed_rendition_and_the_sink_sees_frames(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    assert view.rendition is not None and view.rendition.label == "480p"
    assert view.rendition_combo.currentData() == "480p"
    frames: list[tuple[int, int]] = []
    view.video.videoSink().videoFrameChanged.connect(
        lambda f: frames.append((f.width(), f.height())) if f.isValid() else None)
    view.play()
    qtbot.waitUntil(lambda: view.position() > 0.5 and len(frames) > 5, timeout=8000)
    assert frames[-1][1] == 480
    view.pause()
    qtbot.waitUntil(lambda: not view.is_playing())
    assert view.seek_slider.value() == pytest.approx(view.position() * 1000, abs=1)
    assert view.time_label.text() == (f"{format_clock(view.position())} / "
                                      f"{format_clock(view.duration())}")
    assert view.duration() == pytest.approx(learner.manifest.item(LECTURE).duration, abs=0.5)


def test_seek_skip_and_keyboard(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.seek(20.0)
    assert view.position() == pytest.approx(20.0, abs=0.05)
    assert view.seek_slider.value() == pytest.approx(20_000, abs=50)
    assert view.time_label.text().startswith("0:20 /")
    view.forward_button.click()
    assert view.position() == pytest.approx(30.0, abs=0.05)
    view.back_button.click()
    view.back_button.click()
    assert view.position() == pytest.approx(10.0, abs=0.05)

    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_Right)
    assert view.position() == pytest.approx(20.0, abs=0.05)
    qtbot.keyClick(view.stage, Qt.Key.Key_Left)
    qtbot.keyClick(view.stage, Qt.Key.Key_Left)
    qtbot.keyClick(view.stage, Qt.Key.Key_Left)   # clamps at the start
    assert view.position() == pytest.approx(0.0, abs=0.05)
    # The seek bar's own arrow keys move 10 seconds too.
    view.seek_slider.setFocus()
    qtbot.keyClick(view.seek_slider, Qt.Key.Key_Right)
    assert view.position() == pytest.approx(10.0, abs=0.05)
    # Space plays and pauses; the button's name follows.
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_Space)
    qtbot.waitUntil(view.is_playing, timeout=3000)
    assert view.play_button.accessibleName() == "Pause"
    qtbot.keyClick(view.stage, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=3000)
    # Every seek and the pause were saved to the store.
    assert learner.progress(LECTURE).position == pytest.approx(view.position(), abs=0.6)


def test_seek_past_the_end_clamps(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.seek(view.duration() + 100)
    assert view.position() == pytest.approx(view.duration(), abs=0.1)
    view.seek(-5)
    assert view.position() == 0.0


def test_resumes_at_the_saved_position_after_reopening(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.set_rate(4.0)
    view.seek(25.0)
    view.play()
    qtbot.waitUntil(lambda: view.position() > 27.0, timeout=5000)
    view.pause()
    view.save_state()
    where = view.position()
    view.close()
    assert learner.progress(LECTURE).position == pytest.approx(where, abs=0.05)

    again = open_video(open_view, learner, qtbot)
    assert again.position() == pytest.approx(where, abs=0.05)
    assert again.player.position() == pytest.approx(where * 1000, abs=50)
    assert again.seek_slider.value() == pytest.approx(where * 1000, abs=50)
    # The fraction watched before survives as the starting coverage.
    assert again.watched_fraction() == pytest.approx(learner.progress(LECTURE).fraction, abs=1e-6)


def test_a_position_at_the_very_end_reopens_at_the_start(open_view, learner, qtbot):
    duration = learner.manifest.item(LECTURE).duration
    learner.store.record_progress(learner.course_id, LECTURE, position=duration - 0.2)
    view = open_video(open_view, learner, qtbot)
    assert view.position() == 0.0


def test_save_state_writes_the_position(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    assert learner.progress(LECTURE) is None
    view.set_rate(4.0)
    view.play()
    qtbot.waitUntil(lambda: view.position() > 3.0, timeout=5000)
    view.save_state()                     # while still playing: no pause save happened
    saved = learner.progress(LECTURE)
    assert saved is not None and saved.position == pytest.approx(view.position(), abs=1.0)
    assert saved.position > 3.0
    assert 0 < saved.fraction < 0.9 and not saved.completed
    view.pause()


def test_position_is_saved_periodically_while_playing(open_view, learner, qtbot, monkeypatch):
    monkeypatch.setattr(VideoView, "save_interval_ms", 300)
    view = open_video(open_view, learner, qtbot)
    view.set_rate(2.0)
    view.play()
    qtbot.waitUntil(lambda: learner.progress(LECTURE) is not None
                    and learner.progress(LECTURE).position > 1.0, timeout=5000)
    assert view.is_playing()   # saved by the timer, not by a pause
    view.pause()


def test_speed_choices(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    rates = [view.speed_combo.itemData(i) for i in range(view.speed_combo.count())]
    assert rates == [0.5, 0.75, 1.0, 1.25, 1.5, 2.0]   # 0.5x for second-language listeners
    assert view.speed_combo.currentData() == 1.0 and view.rate() == 1.0
    view.speed_combo.setCurrentIndex(rates.index(2.0))
    view.speed_combo.activated.emit(rates.index(2.0))
    assert view.rate() == 2.0
    view.play()
    qtbot.waitUntil(lambda: view.position() > 0.2, timeout=5000)
    start = view.position()
    qtbot.wait(1000)
    advanced = view.position() - start
    view.pause()
    assert advanced > 1.3, f"2x should advance about 2 s per second, got {advanced:.2f}"


def test_volume_and_mute_keys(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.set_volume(0.5)
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_Up)
    assert view.volume() == pytest.approx(0.6, abs=0.011)
    qtbot.keyClick(view.stage, Qt.Key.Key_Down)
    qtbot.keyClick(view.stage, Qt.Key.Key_Down)
    assert view.volume() == pytest.approx(0.4, abs=0.011)
    assert view.volume_slider.value() == 40
    qtbot.keyClick(view.stage, Qt.Key.Key_M)
    assert view.audio.isMuted() and view.mute_button.accessibleName() == "Unmute"


def test_captions_follow_playback_and_switch_language(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot, caption_language="en")
    english, french = cues(learner, "en"), cues(learner, "fr")
    assert view.caption_language() == "en"
    assert [view.captions_combo.itemData(i) for i in range(view.captions_combo.count())] == [None, "en", "fr"]
    first, second = english.cues[0], english.cues[1]
    assert first.start > 0 and view.caption_text() == ""   # nothing is said at 0:00

    # Seek into the first cue: its text shows.
    view.seek(first.start + 0.1)
    assert view.caption_text() == first.text
    # Play from just before the second cue: positionChanged brings its text in time.
    view.seek(second.start - 0.3)
    view.play()
    qtbot.waitUntil(lambda: view.caption_text() == second.text, timeout=3000)
    assert view.position() >= second.start - 0.05
    view.pause()

    # French through the menu, as a learner would pick it.
    index = view.captions_combo.findData("fr")
    view.captions_combo.setCurrentIndex(index)
    view.captions_combo.activated.emit(index)
    expected = "\n".join(c.text for c in french.active(view.position()))
    assert view.caption_language() == "fr"
    assert view.caption_text() == expected and expected
    # C switches captions off and back on (to French, the last choice).
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_C)
    assert view.caption_language() is None and view.caption_text() == ""
    assert view.captions_combo.currentData() is None
    qtbot.keyClick(view.stage, Qt.Key.Key_C)
    assert view.caption_language() == "fr" and view.caption_text() == expected


def test_captions_default_to_the_ui_language_or_off(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot, caption_language="fr-CA")
    assert view.caption_language() == "fr"
    view.close()
    other = open_video(open_view, learner, qtbot, caption_language="ar")
    assert other.caption_language() is None
    assert other.captions_combo.currentData() is None


def test_completes_at_ninety_percent_watched(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    item = learner.manifest.item(LECTURE)
    view.set_rate(16.0)
    with qtbot.waitSignal(view.completed, timeout=30_000) as blocker:
        view.play()
    assert blocker.args == [LECTURE]
    assert view.watched_fraction() >= item.complete_at
    saved = learner.progress(LECTURE)
    assert saved.completed and saved.fraction >= item.complete_at
    qtbot.waitUntil(lambda: view.player.mediaStatus() is QMediaPlayer.MediaStatus.EndOfMedia,
                    timeout=10_000)
    assert view.watched_fraction() > 0.98
    assert learner.store.pending_count() > 0   # the completion waits in the outbox


def test_seeking_ahead_does_not_count_as_watched(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    completed: list[str] = []
    view.completed.connect(completed.append)
    view.set_rate(16.0)
    view.play()
    qtbot.waitUntil(lambda: view.position() > 5.0, timeout=5000)
    # Jump ahead while playing: the skipped part must not count.
    view.seek(view.duration() * 0.55)
    qtbot.waitUntil(lambda: view.player.mediaStatus() is QMediaPlayer.MediaStatus.EndOfMedia,
                    timeout=20_000)
    watched = view.watched.ranges
    assert len(watched) == 2 and watched[0][0] == 0.0 and watched[1][0] >= view.duration() * 0.54
    fraction = view.watched_fraction()
    assert 0.45 < fraction < 0.75
    assert not completed and not view.is_completed
    saved = learner.progress(LECTURE)
    assert not saved.completed and saved.fraction == pytest.approx(fraction, abs=0.02)


def test_low_bandwidth_copy_plays_the_installed_rendition(open_view, learner, qtbot):
    item = learner.manifest.item(LECTURE)
    high = next(r for r in item.renditions if r.label == "480p")

    def without_480p(sha: str):
        return None if sha == high.sha256 else learner.blob_path(sha)

    view = open_video(open_view, learner, qtbot, blob_path=without_480p)
    assert view.rendition.label == "240p"
    index = view.rendition_combo.findData("480p")
    assert view.rendition_combo.itemText(index) == (
        "480p — not downloaded (Get standard quality in the Course catalog)")
    assert not view.rendition_combo.model().item(index).isEnabled()
    view.play()
    frames: list[int] = []
    view.video.videoSink().videoFrameChanged.connect(lambda f: frames.append(f.height()))
    qtbot.waitUntil(lambda: len(frames) > 3, timeout=5000)
    assert frames[-1] == 240
    view.pause()


def test_switching_rendition_keeps_the_position(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.seek(15.0)
    index = view.rendition_combo.findData("240p")
    view.rendition_combo.setCurrentIndex(index)
    view.rendition_combo.activated.emit(index)
    assert view.rendition.label == "240p"
    qtbot.waitUntil(lambda: loaded(view) and view.player.position() > 14_000, timeout=5000)
    assert view.position() == pytest.approx(15.0, abs=0.1)


def test_no_installed_rendition_says_so(open_view, learner, qtbot):
    item = learner.manifest.item(LECTURE)
    videos = {r.sha256 for r in item.renditions}
    view = open_video(open_view, learner, qtbot,
                      blob_path=lambda sha: None if sha in videos else learner.blob_path(sha))
    assert view.notice.isVisible()
    assert "not on this computer" in view.notice.text()
    assert not view.play_button.isEnabled() and not view.seek_slider.isEnabled()
    view.play()
    view.save_state()
    assert learner.progress(LECTURE) is None   # nothing played, nothing saved


def test_an_undecodable_file_says_so(open_view, learner, qtbot, tmp_path):
    item = learner.manifest.item(LECTURE)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"not a video at all " * 500)
    videos = {r.sha256 for r in item.renditions}
    view = open_video(open_view, learner, qtbot,
                      blob_path=lambda sha: broken if sha in videos else learner.blob_path(sha))
    qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=5000)
    assert "cannot be played" in view.notice.text()
    assert not view.play_button.isEnabled()


def test_fullscreen_with_f_and_escape(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_F)
    assert view.is_fullscreen() and view.stage.isFullScreen()
    assert view.fullscreen_button.isChecked()
    qtbot.keyClick(view.stage, Qt.Key.Key_Escape)
    assert not view.is_fullscreen()
    assert view.stage.isVisible() and view.stage.parentWidget() is view
    assert not view.fullscreen_button.isChecked()


def test_shell_shortcut_keys_are_left_alone(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    view.seek(30.0)
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.position() == pytest.approx(30.0, abs=0.05)


def test_every_control_is_named_and_reachable(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    controls = (view.findChildren(QAbstractButton) + view.findChildren(QSlider)
                + view.findChildren(QComboBox))
    assert len(controls) >= 10
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()


def test_right_to_left_mirrors_the_controls(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    ltr = view.play_button.mapTo(view, view.play_button.rect().center()).x()
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: view.play_button.mapTo(view, view.play_button.rect().center()).x() != ltr)
    rtl = view.play_button.mapTo(view, view.play_button.rect().center()).x()
    assert ltr < view.width() / 2 < rtl
    assert (view.fullscreen_button.mapTo(view, view.fullscreen_button.rect().center()).x()
            < view.width() / 2)
    # Arrow keys follow the mirrored seek bar: Left moves forward.
    view.seek(30.0)
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_Left)
    assert view.position() == pytest.approx(40.0, abs=0.05)


def test_listing_views_does_not_import_qtmultimedia():
    code = ("import sys; import player.item_views, player.item_context; "
            "assert 'PySide6.QtMultimedia' not in sys.modules, 'QtMultimedia imported eagerly'; "
            "assert 'PySide6.QtPdf' not in sys.modules, 'QtPdf imported eagerly'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_hiding_the_view_pauses_and_saves(open_view, learner, qtbot):
    """The shell hides the view when the learner leaves the item: no lecture plays unseen."""
    view = open_video(open_view, learner, qtbot)
    view.set_rate(4.0)
    view.play()
    qtbot.waitUntil(lambda: view.position() > 2.0, timeout=5000)
    view.hide()
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=3000)
    assert learner.progress(LECTURE).position == pytest.approx(view.position(), abs=0.6)


def test_watched_ranges_union():
    from player.item_views.video_view import WatchedRanges
    ranges = WatchedRanges(prefix=10.0)
    ranges.add(5.0, 12.0)      # overlaps the prefix
    ranges.add(30.0, 40.0)     # after a seek ahead
    ranges.add(35.0, 45.0)     # rewatching part of it
    ranges.add(50.0, 49.0)     # a backwards step is ignored
    assert ranges.ranges == [(0.0, 12.0), (30.0, 45.0)]
    assert ranges.seconds(100.0) == 27.0
    assert ranges.seconds(40.0) == 22.0   # clipped to the duration


# ---------------------------------------------------------------------- copies with no picture

def with_renditions(learner: Learner, *renditions: tuple[str, int | None, Path | str]
                    ) -> tuple[VideoItem, Callable[[str], Path | None]]:
    """The demo lecture with other renditions: (label, height, a file or a demo label)."""
    item = learner.manifest.item(LECTURE)
    demo = {r.label: r for r in item.renditions}
    chosen: list[Rendition] = []
    files: dict[str, Path] = {}
    for label, height, source in renditions:
        if isinstance(source, Path):
            sha = hashlib.sha256(source.read_bytes()).hexdigest()
            chosen.append(Rendition(label, height, 300_000, sha))
            files[sha] = source
        else:
            chosen.append(demo[source])
    return (dataclasses.replace(item, renditions=tuple(chosen)),
            lambda sha: files.get(sha) or learner.blob_path(sha))


def open_item(open_view, learner: Learner, qtbot, item: VideoItem, blob_path) -> VideoView:
    view = open_view(learner.context(item, blob_path=blob_path))
    assert isinstance(view, VideoView)
    qtbot.waitUntil(lambda: loaded(view) or view._failed, timeout=5000)
    return view


@pytest.fixture
def av1_shows_nothing(qtbot) -> None:
    """The zero-frame case needs a computer without a hardware AV1 decoder (CI has none)."""
    player, sink = QMediaPlayer(), QVideoSink()
    player.setVideoOutput(sink)
    frames: list[bool] = []
    sink.videoFrameChanged.connect(lambda f: frames.append(f.isValid()))
    player.setSource(QUrl.fromLocalFile(str(MEDIA / "av1.mp4")))
    player.play()
    qtbot.waitUntil(lambda: player.mediaStatus() in (QMediaPlayer.MediaStatus.EndOfMedia,
                                                     QMediaPlayer.MediaStatus.InvalidMedia)
                    or any(frames), timeout=5000)
    player.stop()
    if any(frames):
        pytest.skip("this computer decodes AV1 in hardware, so AV1 shows a picture here")


def test_a_rendition_that_shows_no_picture_falls_back_to_the_next(
        av1_shows_nothing, open_view, learner, qtbot, monkeypatch, caplog):
    monkeypatch.setattr(VideoView, "first_frame_timeout_ms", 1500)
    item, blob_path = with_renditions(learner, ("480p", 480, MEDIA / "av1-aac.mp4"),
                                      ("240p", 240, "240p"))
    view = open_item(open_view, learner, qtbot, item, blob_path)
    assert view.rendition.label == "480p"
    frames: list[int] = []
    view.video.videoSink().videoFrameChanged.connect(
        lambda f: frames.append(f.height()) if f.isValid() else None)
    sound: list[int] = []
    view.player.positionChanged.connect(sound.append)
    with caplog.at_level(logging.WARNING, logger="player.item_views.video_view"):
        view.play()
        qtbot.waitUntil(lambda: view.rendition.label == "240p", timeout=8000)
    assert "480p cannot be shown: no frame within 1500 ms" in caplog.text
    assert max(sound) >= 1000    # the AV1 copy's sound did play, with no picture
    # ... and none of it counts or was saved; the next copy starts where the learner did.
    assert learner.saves == [] and learner.progress(LECTURE) is None
    assert view.watched.ranges == [] and view.watched_fraction() == 0.0
    assert view.position() < 0.5
    assert "480p copy" in view.notice.text() and "240p copy plays instead" in view.notice.text()
    index = view.rendition_combo.findData("480p")
    assert view.rendition_combo.itemText(index) == "480p (cannot be played here)"
    qtbot.waitUntil(lambda: len(frames) > 3 and view.position() > 1.0, timeout=8000)
    assert frames[-1] == 240 and view.is_playing()
    view.pause()
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=3000)
    saved = learner.progress(LECTURE)
    assert saved is not None and saved.position == pytest.approx(view.position(), abs=0.6)
    assert 0 < saved.fraction <= view.position() / view.duration() + 0.02


def test_when_no_rendition_shows_a_picture_it_says_so_and_records_nothing(
        av1_shows_nothing, open_view, learner, qtbot, monkeypatch, caplog):
    monkeypatch.setattr(VideoView, "first_frame_timeout_ms", 1000)
    item, blob_path = with_renditions(learner, ("480p", 480, MEDIA / "av1.mp4"),
                                      ("240p", 240, MEDIA / "av1-aac.mp4"))
    view = open_item(open_view, learner, qtbot, item, blob_path)
    completed: list[str] = []
    view.completed.connect(completed.append)
    with caplog.at_level(logging.WARNING, logger="player.item_views.video_view"):
        view.play()
        qtbot.waitUntil(lambda: view._failed, timeout=8000)
    # The video-only copy ran to its end at once; the one with sound played it, picture-less.
    assert "480p cannot be shown: reached the end without showing a frame" in caplog.text
    assert "240p cannot be shown: no frame within 1000 ms" in caplog.text
    assert view.notice.isVisible()
    assert view.notice.text() == (
        "This video cannot be played on this computer (its format, AV1, is not supported). "
        "Ask the course provider for a version in H.264 or VP9.")
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=3000)   # its sound stops
    assert not view.play_button.isEnabled()
    view.play()
    view.seek(30.0)
    view.save_state()
    view.hide()
    assert learner.saves == [] and learner.progress(LECTURE) is None
    assert view.watched.ranges == [] and not completed and not view.is_completed


def test_an_audio_only_rendition_is_not_expected_to_show_frames(
        open_view, learner, qtbot, monkeypatch):
    monkeypatch.setattr(VideoView, "first_frame_timeout_ms", 300)
    item, blob_path = with_renditions(learner, ("audio", None, MEDIA / "audio.m4a"))
    view = open_item(open_view, learner, qtbot, item, blob_path)
    assert "Audio only" in view.notice.text()
    view.play()
    qtbot.waitUntil(lambda: view.position() > 1.0, timeout=5000)   # well past the 300 ms
    assert view.rendition.label == "audio" and not view._failed and view.is_playing()
    view.pause()
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=3000)
    saved = learner.progress(LECTURE)
    assert saved is not None and saved.position == pytest.approx(view.position(), abs=0.6)
    assert saved.fraction > 0 and view.watched.ranges


def test_the_time_label_uses_the_one_clock_rule(open_view, learner, qtbot):
    """A 65.6 s lecture reads 1:05 in the player, as in the outline (#14.3)."""
    from sync.clock_format import format_clock as outline_clock
    item = dataclasses.replace(learner.manifest.item(LECTURE), duration=65.6)
    videos = {r.sha256 for r in item.renditions}
    view = open_item(open_view, learner, qtbot, item,
                     lambda sha: None if sha in videos else learner.blob_path(sha))
    assert view.time_label.text() == "0:00 / 1:05" == f"0:00 / {outline_clock(65.6)}"


def test_double_click_on_the_picture_switches_full_screen(open_view, learner, qtbot):
    view = open_video(open_view, learner, qtbot)
    qtbot.mouseDClick(view.video, Qt.MouseButton.LeftButton)
    assert view.is_fullscreen()
    qtbot.keyClick(view.stage, Qt.Key.Key_Escape)
    assert not view.is_fullscreen()
