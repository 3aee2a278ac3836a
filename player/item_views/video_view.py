"""A lecture video: QMediaPlayer with captions, resume, watched coverage and a rendition choice.

This module imports QtMultimedia, so `create_item_view` imports it only when a video opens.
Its parts live in `player.item_views.video`: the stage and controls, captions and the
learner's remembered choices, the watched coverage, and the fallback from a copy that shows no
picture (each module's docstring tells its part).

How much was watched. A lecture counts as watched by coverage, not by where the playhead
happens to be: the view keeps the set of time ranges the learner actually played through
and the watched fraction is the length of their union divided by the duration. Each step
between two position updates during playback adds its range; a seek (or a pause) ends the
run and the next one starts at the seek target, so the jump itself is never counted. Seeking
ahead therefore does not count what was skipped, and rewinding to hear a passage again never
lowers anything. A step must also be plausible for continuous playback (no longer than the
wall time elapsed times the speed, with some slack), so a late update from before a seek
cannot bridge the gap. The store keeps only a fraction, not the ranges, so on reopening the
saved fraction is taken as the range from the start (what a learner who watches in order has
covered); the fraction saved never goes down. Completion comes once the fraction reaches the
item's `complete_at` (0.9 unless the manifest says otherwise).

Changing the copy (a quality switch, or the fallback) keeps the place and whether it was
playing: the new source is set, and once the player reports it loaded, the view seeks to the
saved position and then plays if it was playing; the play button follows the player's real
state throughout. The player's signals until then are about the previous source (stopping
it reports "loaded" and a position of 0:00), so the view ignores them until it knows the new
source is in place: a marker queued right after the source change (`_source_applied`) says
so. Two quick switches therefore never take the old copy's "loaded" for the new one's.

Stopping the player or changing its source goes through the event loop (`_call_player`):
it ends FFmpeg's audio thread, which on its way out needs the Python GIL (it notifies our
QAudioOutput), so calling it from Python code, GIL held, can hang both threads.
"""
from __future__ import annotations

import time

from PySide6.QtCore import Q_ARG, QGenericArgumentHolder, QMetaObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QStyle, QWidget

from sync.clock_format import format_clock
from sync.manifest import Rendition, VideoItem

from ..item_context import ItemContext
from . import ItemView
from ._common import missing_file_text
from .captions import CueTrack
from .video import RATE_SETTING, SPEEDS, log
from .video.captions import CaptionsMixin
from .video.controls import SKIP_SECONDS, VOLUME_STEP, ControlsMixin
from .video.coverage import WatchedRanges
from .video.fallback import FallbackMixin

__all__ = ["SPEEDS", "SKIP_SECONDS", "VOLUME_STEP", "VideoView", "WatchedRanges"]

SAVE_INTERVAL_MS = 5000
RESTART_NEAR_END = 1.5    # a saved position this close to the end reopens at the start
SAVE_MIN_MOVE = 0.5       # seconds; smaller moves are not worth a database write
FIRST_FRAME_TIMEOUT_MS = 4000  # playing this long with no picture: the copy cannot be shown
EMPTY_END = 0.5           # seconds; reaching the end before this means nothing was decoded

_READY = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)


class VideoView(CaptionsMixin, FallbackMixin, ControlsMixin, ItemView):
    """Plays a lecture; reports position and watched fraction through `ctx.save_progress`."""

    save_interval_ms = SAVE_INTERVAL_MS  # while playing; tests shorten it
    first_frame_timeout_ms = FIRST_FRAME_TIMEOUT_MS  # tests shorten it

    #: the learner chose "Get standard quality…" in the quality menu (course id); the shell
    #: starts that download (`downloads.upgrade(course_id, "standard", on_done)`)
    standard_quality_requested = Signal(str)

    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, VideoItem)
        self.item: VideoItem = item
        self.setAccessibleName(self.tr("Video"))
        saved = ctx.progress
        self._saved_fraction = float(saved.fraction) if saved else 0.0
        self.watched = WatchedRanges(self._saved_fraction * item.duration)
        self._last_saved: tuple[float | None, float] = (saved.position if saved else None,
                                                        self._saved_fraction)
        self._reported_fraction = self._saved_fraction
        self._run_from: float | None = None   # start of the current continuous-playback step
        self._run_wall = 0.0
        self._pending_seek: float | None = self._resume_position()
        self._play_after_load = False
        self._scrubbing = False
        self._failed = False
        self._caption_tracks: dict[str, CueTrack] = {}
        self._caption_language: str | None = None
        self._last_caption_language: str | None = None
        self._captions_chosen = self._rate_chosen = False   # by the learner, in this view
        # Whether the current rendition can be shown (see video/fallback.py).
        self._load_token = 0            # which load a deferred step (marker, fallback) is for
        self._frame_seen = False        # a valid frame arrived from the current rendition
        self._played = False            # the current rendition has been playing
        self._play_from: float | None = None  # where playing it began: a fallback resumes there
        self._unproven = False          # played without a picture yet: save and count nothing
        self._giving_up = False         # the current rendition failed; the next one is coming
        self._unplayable: dict[str, tuple[str | None, str | None]] = {}  # label: codec, error
        self._combo_texts: dict[str, str] = {}
        self._source: QUrl | None = None   # the source asked for last
        self._awaiting_source = False      # asked for, and the player has not taken it yet

        self.renditions = self._installed_renditions()
        self.caption_options = [c for c in item.captions if ctx.blob_path(c.sha256) is not None]
        self.rendition: Rendition | None = None

        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self._build_ui()
        self.player.setVideoOutput(self.video)
        self.video.videoSink().videoFrameChanged.connect(self._on_frame)

        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        self._save_timer = QTimer(self, interval=self.save_interval_ms)
        self._save_timer.timeout.connect(self._save)
        self._first_frame_timer = QTimer(self)
        self._first_frame_timer.setSingleShot(True)
        self._first_frame_timer.timeout.connect(self._on_first_frame_timeout)

        self._choose_initial_captions()
        self._read_preferences()
        if self.renditions:
            self.set_rendition(self.renditions[0].label)
        else:
            self._show_failure(missing_file_text(self.tr("This video")))

    def _installed_renditions(self) -> list[Rendition]:
        """Installed renditions, best first (tallest picture, then highest bitrate)."""
        present = [r for r in self.item.renditions if self.ctx.blob_path(r.sha256) is not None]
        return sorted(present, key=lambda r: (r.height or 0, r.bitrate), reverse=True)

    # ------------------------------------------------------------------ sources

    def set_rendition(self, label: str) -> None:
        """Play the named rendition, keeping the position and whether it was playing."""
        choice = next((r for r in self.renditions if r.label == label), None)
        if choice is None or (choice == self.rendition and not self._failed):
            self._sync_rendition_combo()
            return
        self._unplayable.pop(choice.label, None)   # chosen by name: give it another try
        position, play = self._pending_seek, self._play_after_load
        if self.rendition is not None and not self._awaiting_source:
            position, play = self.position(), self.is_playing() or self._play_after_load
        elif self.rendition is not None:   # a switch on its way: its place and intent hold
            position = self.position()
        self._load(choice, position, play)

    def _load(self, choice: Rendition, position: float | None, play: bool) -> None:
        """Open `choice`, to start at `position` and play if `play`, as a new attempt."""
        path = self.ctx.blob_path(choice.sha256)
        if path is None:
            self._show_failure(missing_file_text(self.tr("This video")))
            return
        url = QUrl.fromLocalFile(str(path))
        if url == self._source or self.player.source() == url:
            self._call_player("setSource", Q_ARG(QUrl, QUrl()))  # same file: reopen it
        self._source = url
        self._call_player("setSource", Q_ARG(QUrl, url))
        self._load_token += 1
        self._awaiting_source = True
        # Queued after the source change, so it runs once the player has the new source.
        QMetaObject.invokeMethod(self, "_source_applied", Qt.ConnectionType.QueuedConnection,
                                 Q_ARG(int, self._load_token))
        self._first_frame_timer.stop()
        self.rendition = choice
        self._pending_seek = position
        self._play_after_load = play
        self._failed = self._giving_up = self._frame_seen = self._played = False
        self._play_from = None
        self.notice.hide()
        self._run_from = None
        log.info("video %s: playing rendition %s", self.item_id, choice.label)
        self._sync_rendition_combo()
        if choice.height is None:
            self.notice.setText(self.tr("Audio only: this copy of the lecture has no picture."))
            self.notice.show()

    def _call_player(self, slot: str, *args: QGenericArgumentHolder) -> None:
        """Run a player slot from the event loop, where the GIL is not held.

        Stopping or replacing the source ends FFmpeg's audio thread, whose last step takes the
        GIL while holding a Qt lock that the ending call waits for; called from Python (GIL
        held) both threads hang. Seen with PySide6 6.11.3 about once in thirty fallbacks.
        """
        QMetaObject.invokeMethod(self.player, slot, Qt.ConnectionType.QueuedConnection, *args)

    @Slot(int)
    def _source_applied(self, token: int) -> None:
        """The player has the source `_load` asked for: its signals are about it from now on
        (and it may have loaded already)."""
        if token != self._load_token:
            return   # a later load is on its way; its own marker follows
        self._awaiting_source = False
        status = self.player.mediaStatus()
        if status in _READY:
            self._media_ready()
        elif status is QMediaPlayer.MediaStatus.InvalidMedia or (
                self.player.error() is not QMediaPlayer.Error.NoError):
            self._on_error(self.player.error(), self.player.errorString())

    def _sync_rendition_combo(self) -> None:
        if self.rendition is not None:
            index = self.rendition_combo.findData(self.rendition.label)
            if index >= 0:
                self.rendition_combo.setCurrentIndex(index)

    def _resume_position(self) -> float | None:
        """Where to start: the saved position, unless it is at the very end (then restart)."""
        saved = self.ctx.progress.position if self.ctx.progress else None
        if saved is None or saved <= 0.5 or saved >= self.item.duration - RESTART_NEAR_END:
            return None
        return float(saved)

    def _show_failure(self, message: str) -> None:
        self._failed = True
        self.notice.setText(message)
        self.notice.show()
        for widget in (self.play_button, self.back_button, self.forward_button,
                       self.seek_slider, self.speed_combo):
            widget.setEnabled(False)
        self.rendition_combo.setEnabled(self.rendition_combo.count() > 1)

    # ------------------------------------------------------------------ player events

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._awaiting_source:
            return   # about the previous source
        if status in _READY:
            self._media_ready()
        elif status is QMediaPlayer.MediaStatus.EndOfMedia:
            if self._played and self._expects_picture() and not self._frame_seen:
                self._give_up("reached the end without showing a frame")
            elif (self._played and self.player.position() < EMPTY_END * 1000
                  and self.item.duration > 2 * EMPTY_END):
                self._give_up("reached the end at its start")
            else:
                self._save()
        elif status is QMediaPlayer.MediaStatus.InvalidMedia:
            self._on_error(QMediaPlayer.Error.FormatError, self.player.errorString())

    def _media_ready(self) -> None:
        """The source is loaded: go to the place kept for it, then play if asked to."""
        if self._failed or self._giving_up:
            return   # a copy that cannot be shown (stopping it reports it loaded again)
        for widget in (self.play_button, self.back_button, self.forward_button,
                       self.seek_slider, self.speed_combo):
            widget.setEnabled(True)
        if self._pending_seek is not None:
            target, self._pending_seek = self._pending_seek, None
            self._run_from = None
            self.player.setPosition(int(target * 1000))
            self._show_position(target)
        if self._play_after_load:
            self._play_after_load = False
            self.player.play()

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error is QMediaPlayer.Error.NoError or self._awaiting_source:
            return
        self._give_up(f"error {error.name}: {text}", text or error.name)

    def _on_duration(self, ms: int) -> None:
        if ms > 0 and not self._awaiting_source:
            self.seek_slider.setRange(0, ms)
            self._show_time(self.position())

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state is QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay))
        name = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setText(name)
        self.play_button.setAccessibleName(name)
        if playing:
            # Playback starts here: the first step counts from this position.
            self._run_from, self._run_wall = self.position(), time.monotonic()
            self._save_timer.start()
            self._played = True
            if self._play_from is None:
                self._play_from = self.position()
            # Until a first frame shows this copy works, nothing is counted or saved.
            self._unproven = self._expects_picture() and not self._frame_seen
            if self._unproven:
                self._first_frame_timer.start(self.first_frame_timeout_ms)
        else:
            self._run_from = None
            self._save_timer.stop()
            self._first_frame_timer.stop()
            self._save()

    def _on_position(self, ms: int) -> None:
        if self._awaiting_source or self._pending_seek is not None:
            return   # the previous source's, or the new one's before it went to its place
        seconds = ms / 1000
        if not self._scrubbing:
            self._show_position(seconds)
        self._update_captions(seconds)
        self._track_watched(seconds)

    def _show_position(self, seconds: float) -> None:
        self.seek_slider.blockSignals(True)
        self.seek_slider.setValue(int(seconds * 1000))
        self.seek_slider.blockSignals(False)
        self._show_time(seconds)

    def _show_time(self, seconds: float) -> None:
        text = f"{format_clock(seconds)} / {format_clock(self.duration())}"
        self.time_label.setText(text)
        self.time_label.setAccessibleDescription(text)

    # ------------------------------------------------------------------ watched coverage

    def _track_watched(self, seconds: float) -> None:
        now = time.monotonic()
        if self.is_playing() and self._run_from is not None:
            step = seconds - self._run_from
            plausible = (now - self._run_wall) * max(self.player.playbackRate(), 1.0) * 1.5 + 0.5
            if 0 < step <= plausible and not self._unproven:
                self.watched.add(self._run_from, seconds)
                self._after_watch(seconds)
        self._run_from, self._run_wall = seconds, now

    def watched_fraction(self) -> float:
        duration = self.duration()
        if duration <= 0:
            return 0.0
        covered = self.watched.seconds(duration)
        return max(self._saved_fraction, min(1.0, covered / duration))

    def _after_watch(self, seconds: float) -> None:
        fraction = self.watched_fraction()
        if fraction >= self.item.complete_at and not self.is_completed:
            if self._complete(position=seconds, fraction=fraction):
                self._last_saved = (seconds, fraction)
                self._report(fraction)

    def _report(self, fraction: float) -> None:
        if fraction > self._reported_fraction + 1e-4:
            self._reported_fraction = fraction
            self.progressed.emit(self.item_id, fraction)

    def _save(self) -> None:
        """Save position and fraction when either moved enough to matter."""
        if self.rendition is None or self._failed or self._giving_up or self._unproven:
            return  # nothing could play (or has shown that it can), so there is nothing to keep
        position = self.position()
        fraction = self.watched_fraction()
        old_position, old_fraction = self._last_saved
        if (old_position is not None and abs(position - old_position) < SAVE_MIN_MOVE
                and fraction <= old_fraction + 1e-4):
            return
        self.ctx.save_progress(position=position, fraction=fraction)
        self._last_saved = (position, fraction)
        self._report(fraction)

    def save_state(self) -> None:
        """Called by the shell before the view goes away: keep the place in the lecture."""
        self._save()

    # ------------------------------------------------------------------ transport

    def duration(self) -> float:
        ms = self.player.duration()
        return ms / 1000 if ms > 0 else self.item.duration

    def position(self) -> float:
        if self._pending_seek is not None:
            return self._pending_seek
        return self.player.position() / 1000

    def _loading(self) -> bool:
        """The player has no loaded media yet (it ignores seeks until it has)."""
        return self.player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadingMedia,
                                             QMediaPlayer.MediaStatus.NoMedia)

    def is_playing(self) -> bool:
        return self.player.playbackState() is QMediaPlayer.PlaybackState.PlayingState

    def play(self) -> None:
        if self._failed or self.rendition is None:
            return
        if self._awaiting_source or self._loading():
            self._play_after_load = True
            return
        if self.player.mediaStatus() is QMediaPlayer.MediaStatus.EndOfMedia:
            self.seek(0.0)
        self.player.play()

    def pause(self) -> None:
        self._play_after_load = False
        if not self._awaiting_source:   # the previous source is about to stop anyway
            self.player.pause()

    def toggle_play(self) -> None:
        if self._play_after_load or (self.is_playing() and not self._awaiting_source):
            self.pause()
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        """Jump to `seconds` (clamped); a jump is never counted as watched, and is saved."""
        if self.rendition is None or self._failed:
            return
        seconds = max(0.0, min(seconds, self.duration()))
        # Watching restarts from the target: the jump itself is never a watched step.
        self._run_from, self._run_wall = seconds, time.monotonic()
        if self._pending_seek is not None or self._awaiting_source or self._loading():
            self._pending_seek = seconds   # the player would drop it: it goes there on loading
        else:
            self.player.setPosition(int(seconds * 1000))
        self._show_position(seconds)
        self._update_captions(seconds)
        self._save()

    def skip(self, delta: float) -> None:
        self.seek(self.position() + delta)

    def set_rate(self, rate: float, remember: bool = False) -> None:
        """Playback speed; the list offers 0.5–2×, any positive rate works (tests use 16×).

        `remember`: the learner chose it, so later videos play at it too."""
        if rate <= 0:
            return
        self.player.setPlaybackRate(rate)
        index = self.speed_combo.findData(rate)
        if index >= 0:
            self.speed_combo.setCurrentIndex(index)
        if remember:
            self._rate_chosen = True
            self._remember(RATE_SETTING, rate)

    def rate(self) -> float:
        return self.player.playbackRate()

    def set_volume(self, volume: float) -> None:
        volume = max(0.0, min(1.0, volume))
        self.volume_slider.setValue(round(volume * 100))  # also sets the audio output

    def volume(self) -> float:
        return self.audio.volume()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the item (the shell shows another screen) pauses, which also saves."""
        if not event.spontaneous() and self.is_playing() and not self.is_fullscreen():
            self.pause()
        super().hideEvent(event)
