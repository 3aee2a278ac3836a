"""A lecture video: QMediaPlayer with captions, resume, watched coverage and a rendition choice.

This module imports QtMultimedia, so `create_item_view` imports it only when a video opens.

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

A copy that shows no picture. The FFmpeg inside PySide6 decodes some formats (AV1) only with
a hardware decoder; without one such a rendition plays its sound, or races to the end, with
no frame and no error. So a rendition with a picture (a height in the manifest) must show a
first frame within `first_frame_timeout_ms` of playing and must not reach the end without
one, and no rendition may reach the end at its very start. Until that first frame nothing
is counted or saved; if it never comes (or the player reports an error) the view moves on to
the next installed rendition, from where the learner started, and when none can be shown it
says so in plain words, naming the format when the file's headers tell it. Audio-only
renditions are never expected to show frames.

Stopping the player or changing its source goes through the event loop (`_call_player`):
it ends FFmpeg's audio thread, which on its way out needs the Python GIL (it notifies our
QAudioOutput), so calling it from Python code, GIL held, can hang both threads.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import Q_ARG, QEvent, QLocale, QMetaObject, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QHideEvent, QKeyEvent, QPalette, QStandardItemModel
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (QAbstractSlider, QComboBox, QHBoxLayout, QLabel, QSizePolicy,
                               QSlider, QStyle, QToolButton, QVBoxLayout, QWidget)

from sync.manifest import Captions, Rendition, VideoItem
from sync.media_probe import SOFTWARE_DECODABLE_VIDEO, codec_name, probe

from . import ItemView
from ..item_context import ItemContext
from ._common import Notice, format_clock, missing_file_text, read_blob, scaled_font
from .captions import CueTrack, parse_vtt_bytes

log = logging.getLogger(__name__)

SAVE_INTERVAL_MS = 5000
SKIP_SECONDS = 10.0
VOLUME_STEP = 0.1
SPEEDS = (0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
RESTART_NEAR_END = 1.5    # a saved position this close to the end reopens at the start
SAVE_MIN_MOVE = 0.5       # seconds; smaller moves are not worth a database write
FIRST_FRAME_TIMEOUT_MS = 4000  # playing this long with no picture: the copy cannot be shown
EMPTY_END = 0.5           # seconds; reaching the end before this means nothing was decoded


def _merge(ranges: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + 1e-6:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class WatchedRanges:
    """The union of time ranges played through, seeded with a prefix from the saved fraction."""

    def __init__(self, prefix: float = 0.0) -> None:
        self.ranges: list[tuple[float, float]] = [(0.0, prefix)] if prefix > 0 else []

    def add(self, start: float, end: float) -> None:
        if end > start:
            self.ranges = _merge([*self.ranges, (start, end)])

    def seconds(self, duration: float) -> float:
        return sum(min(end, duration) - min(start, duration) for start, end in self.ranges)


class _Stage(QWidget):
    """Video, captions and controls: the part that goes full screen and takes the keys.

    It is a widget of its own because full screen turns it into a window, and key events
    stop at window boundaries; keeping the key handling here works in both states.
    """

    def __init__(self, view: "VideoView") -> None:
        super().__init__(view)
        self._view = view
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._view.handle_key(event):
            super().keyPressEvent(event)


class VideoView(ItemView):
    """Plays a lecture; reports position and watched fraction through `ctx.save_progress`."""

    save_interval_ms = SAVE_INTERVAL_MS  # while playing; tests shorten it
    first_frame_timeout_ms = FIRST_FRAME_TIMEOUT_MS  # tests shorten it

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
        # Whether the current rendition can be shown (see the module docstring).
        self._load_token = 0            # tells a deferred fallback which load it was for
        self._frame_seen = False        # a valid frame arrived from the current rendition
        self._played = False            # the current rendition has been playing
        self._play_from: float | None = None  # where playing it began: a fallback resumes there
        self._unproven = False          # played without a picture yet: save and count nothing
        self._giving_up = False         # the current rendition failed; the next one is coming
        self._unplayable: dict[str, tuple[str | None, str | None]] = {}  # label: codec, error
        self._combo_texts: dict[str, str] = {}
        self._source: QUrl | None = None   # the source asked for; the player gets it shortly

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
        if self.renditions:
            self.set_rendition(self.renditions[0].label)
        else:
            self._show_failure(missing_file_text(self.tr("This video")))

    # ------------------------------------------------------------------ building

    def _installed_renditions(self) -> list[Rendition]:
        """Installed renditions, best first (tallest picture, then highest bitrate)."""
        present = [r for r in self.item.renditions if self.ctx.blob_path(r.sha256) is not None]
        return sorted(present, key=lambda r: (r.height or 0, r.bitrate), reverse=True)

    def _button(self, name: str, tip: str, icon: QStyle.StandardPixmap | None = None,
                text: str = "") -> QToolButton:
        button = QToolButton(self.stage)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        button.setText(text or name)
        if icon is not None and not text:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(True)
        return button

    def _build_ui(self) -> None:
        self.stage = _Stage(self)
        self.stage.setAccessibleName(self.tr("Video player"))
        self.stage.setAccessibleDescription(self.tr(
            "Space plays or pauses, Left and Right arrows move 10 seconds, Up and Down change "
            "the volume, F switches full screen, C switches captions."))

        self.video = QVideoWidget(self.stage)
        self.video.setAccessibleName(self.tr("Video picture"))
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        fm = self.fontMetrics()
        self.video.setMinimumSize(fm.averageCharWidth() * 40, fm.height() * 10)
        self.video.installEventFilter(self)

        self.caption_label = QLabel(self.stage)
        self.caption_label.setAccessibleName(self.tr("Captions"))
        self.caption_label.setTextFormat(Qt.TextFormat.RichText)  # only <b>/<i>/<u> of escaped text
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setAutoFillBackground(True)
        palette = self.caption_label.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
        self.caption_label.setPalette(palette)
        self.caption_label.setFont(scaled_font(self.caption_label.font(), 1.25))
        cfm = self.caption_label.fontMetrics()
        self.caption_label.setContentsMargins(cfm.averageCharWidth(), cfm.descent(),
                                              cfm.averageCharWidth(), cfm.descent())
        self.caption_label.setMinimumHeight(cfm.lineSpacing() * 2 + cfm.descent() * 2)

        self.notice = Notice(parent=self.stage)
        self.notice.hide()

        # Seek row.
        self.seek_slider = QSlider(Qt.Orientation.Horizontal, self.stage)
        self.seek_slider.setAccessibleName(self.tr("Position in the video"))
        self.seek_slider.setToolTip(self.tr("Drag to move in the video; arrow keys move "
                                            "10 seconds"))
        self.seek_slider.setRange(0, int(self.item.duration * 1000))
        self.seek_slider.setSingleStep(int(SKIP_SECONDS * 1000))
        self.seek_slider.setPageStep(60_000)
        self.seek_slider.sliderPressed.connect(self._on_scrub_start)
        self.seek_slider.sliderReleased.connect(self._on_scrub_end)
        self.seek_slider.sliderMoved.connect(lambda ms: self._show_time(ms / 1000))
        self.seek_slider.actionTriggered.connect(self._on_slider_action)
        self.time_label = QLabel(self.stage)
        self.time_label.setAccessibleName(self.tr("Time"))
        self.time_label.setMinimumWidth(fm.horizontalAdvance("0:00:00 / 0:00:00")
                                        + fm.averageCharWidth())
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Button row.
        self.play_button = self._button(self.tr("Play"), self.tr("Play or pause (Space)"),
                                        QStyle.StandardPixmap.SP_MediaPlay)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button = self._button(self.tr("Back 10 seconds"),
                                        self.tr("Back 10 seconds (Left arrow)"),
                                        QStyle.StandardPixmap.SP_MediaSeekBackward)
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_SECONDS))
        self.forward_button = self._button(self.tr("Forward 10 seconds"),
                                           self.tr("Forward 10 seconds (Right arrow)"),
                                           QStyle.StandardPixmap.SP_MediaSeekForward)
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_SECONDS))
        self.mute_button = self._button(self.tr("Mute"), self.tr("Mute or unmute (M)"),
                                        QStyle.StandardPixmap.SP_MediaVolume)
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self.stage)
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.setToolTip(self.tr("Volume (Up and Down arrows)"))
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setValue(round(self.audio.volume() * 100))
        self.volume_slider.setMaximumWidth(fm.averageCharWidth() * 14)
        self.volume_slider.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))

        self.speed_combo = QComboBox(self.stage)
        self.speed_combo.setAccessibleName(self.tr("Playback speed"))
        self.speed_combo.setToolTip(self.tr("Playback speed"))
        locale = QLocale()
        for rate in SPEEDS:
            label = self.tr("{rate}×").format(rate=locale.toString(rate, "g", 3))
            if rate == 1.0:
                label = self.tr("{rate} (normal)").format(rate=label)
            self.speed_combo.addItem(label, rate)
        self.speed_combo.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_combo.activated.connect(lambda i: self.set_rate(self.speed_combo.itemData(i)))

        self.captions_combo = QComboBox(self.stage)
        self.captions_combo.setAccessibleName(self.tr("Captions language"))
        self.captions_combo.setToolTip(self.tr("Captions (C switches them on or off)"))
        self.captions_combo.addItem(self.tr("Captions off"), None)
        for option in self.caption_options:
            self.captions_combo.addItem(option.label or option.language, option.language)
        self.captions_combo.setEnabled(bool(self.caption_options))
        self.captions_combo.activated.connect(
            lambda i: self.set_caption_language(self.captions_combo.itemData(i)))

        self.rendition_combo = QComboBox(self.stage)
        self.rendition_combo.setAccessibleName(self.tr("Video quality"))
        self.rendition_combo.setToolTip(self.tr("Picture quality; only copies on this computer "
                                                "can be chosen"))
        model = self.rendition_combo.model()
        installed = {r.sha256 for r in self.renditions}
        for rendition in sorted(self.item.renditions, key=lambda r: (r.height or 0, r.bitrate),
                                reverse=True):
            label = rendition.label if rendition.height else self.tr("Audio only")
            if rendition.sha256 not in installed:
                label = self.tr("{label} (not on this computer)").format(label=label)
            self.rendition_combo.addItem(label, rendition.label)
            if rendition.sha256 not in installed and isinstance(model, QStandardItemModel):
                model.item(self.rendition_combo.count() - 1).setEnabled(False)
        self.rendition_combo.activated.connect(
            lambda i: self.set_rendition(self.rendition_combo.itemData(i)))

        self.fullscreen_button = self._button(self.tr("Full screen"),
                                              self.tr("Full screen on or off (F; Esc leaves)"),
                                              QStyle.StandardPixmap.SP_TitleBarMaxButton)
        self.fullscreen_button.setCheckable(True)
        self.fullscreen_button.clicked.connect(self.toggle_fullscreen)

        seek_row = QHBoxLayout()
        seek_row.addWidget(self.seek_slider, 1)
        seek_row.addWidget(self.time_label)
        buttons = QHBoxLayout()
        for widget in (self.play_button, self.back_button, self.forward_button,
                       self.mute_button, self.volume_slider):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.speed_combo, self.captions_combo, self.rendition_combo,
                       self.fullscreen_button):
            buttons.addWidget(widget)

        stage_layout = QVBoxLayout(self.stage)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(self.notice)
        stage_layout.addWidget(self.video, 1)
        stage_layout.addWidget(self.caption_label)
        stage_layout.addLayout(seek_row)
        stage_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        self.setFocusProxy(self.stage)
        self._show_time(self._pending_seek or 0.0)

    # ------------------------------------------------------------------ sources

    def set_rendition(self, label: str) -> None:
        """Play the named rendition, keeping the position and whether it was playing."""
        choice = next((r for r in self.renditions if r.label == label), None)
        if choice is None or (choice == self.rendition and not self._failed):
            self._sync_rendition_combo()
            return
        self._unplayable.pop(choice.label, None)   # chosen by name: give it another try
        position, play = self._pending_seek, self._play_after_load
        if self.rendition is not None:
            position, play = self.position(), self.is_playing() or self._play_after_load
        self._load(choice, position, play)

    def _load(self, choice: Rendition, position: float | None, play: bool) -> None:
        """Open `choice`, to start at `position` and play if `play`, as a new attempt."""
        path = self.ctx.blob_path(choice.sha256)
        if path is None:
            self._show_failure(missing_file_text(self.tr("This video")))
            return
        url = QUrl.fromLocalFile(str(path))
        if self.player.source() == url:
            self._call_player("setSource", Q_ARG(QUrl, QUrl()))  # same file: reopen it
        self._source = url
        self._call_player("setSource", Q_ARG(QUrl, url))
        self._load_token += 1
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

    def _call_player(self, slot: str, *args: object) -> None:
        """Run a player slot from the event loop, where the GIL is not held.

        Stopping or replacing the source ends FFmpeg's audio thread, whose last step takes the
        GIL while holding a Qt lock that the ending call waits for; called from Python (GIL
        held) both threads hang. Seen with PySide6 6.11.3 about once in thirty fallbacks.
        """
        QMetaObject.invokeMethod(self.player, slot, Qt.ConnectionType.QueuedConnection, *args)

    def _source_pending(self) -> bool:
        """The player still has the previous source: its signals are not about ours."""
        return self._source is not None and self.player.source() != self._source

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
        self.rendition_combo.setEnabled(len(self.renditions) > 1)

    # ------------------------------------------------------------------ player events

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._source_pending():
            return
        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            if self._failed or self._giving_up:
                return   # a copy that cannot be shown (stopping it reports it loaded again)
            for widget in (self.play_button, self.back_button, self.forward_button,
                           self.seek_slider, self.speed_combo):
                widget.setEnabled(True)
            if self._pending_seek is not None:
                target, self._pending_seek = self._pending_seek, None
                self._run_from = None
                self.player.setPosition(int(target * 1000))
                self._show_time(target)
            if self._play_after_load:
                self._play_after_load = False
                self.player.play()
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

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error is QMediaPlayer.Error.NoError or self._source_pending():
            return
        self._give_up(f"error {error.name}: {text}", text or error.name)

    # ------------------------------------------------------------------ a copy that shows nothing

    def _expects_picture(self) -> bool:
        """A rendition with a height has a picture to show; audio-only ones have none."""
        return self.rendition is not None and self.rendition.height is not None

    def _on_frame(self, frame: QVideoFrame) -> None:
        """The first valid frame proves the rendition can be shown here."""
        if self._frame_seen or not frame.isValid():
            return
        if self._source_pending() or not (self._played or self.is_playing()):
            return   # a late frame of the previous source, delivered after a switch
        self._frame_seen = True
        self._unproven = False
        self._first_frame_timer.stop()

    def _on_first_frame_timeout(self) -> None:
        if self.is_playing() and self._expects_picture() and not self._frame_seen:
            self._give_up(f"no frame within {self.first_frame_timeout_ms} ms of playing "
                          f"(has video track: {self.player.hasVideo()})")

    def _give_up(self, reason: str, error: str | None = None) -> None:
        """The current rendition cannot be shown: note why, then (once the player's signal
        is handled, since this runs inside one) move on to the next rendition."""
        if self.rendition is None or self._giving_up or self._failed:
            return
        self._giving_up = True   # also keeps the stop that follows from saving anything
        self._first_frame_timer.stop()
        self._save_timer.stop()
        label = self.rendition.label
        log.warning("video %s: rendition %s cannot be shown: %s", self.item_id, label, reason)
        self._unplayable[label] = (self._probe_codec(self.rendition), error)
        token = self._load_token
        QTimer.singleShot(0, self, lambda: self._next_rendition(token))

    def _probe_codec(self, rendition: Rendition) -> str | None:
        """The video codec the file's headers name (for the message), or None."""
        path = self.ctx.blob_path(rendition.sha256)
        if path is None or rendition.height is None:
            return None
        try:
            info = probe(path)
        except OSError:
            return None
        return info.video_codec if info is not None else None

    def _next_rendition(self, token: int) -> None:
        """Play the next rendition not known to fail, from where the learner started; or
        say that none can be played."""
        if token != self._load_token or self.rendition is None:
            return
        failed = self.rendition
        if self._frame_seen:     # it did show pictures, then broke: carry on from here
            restart: float | None = self.position()
        else:                    # nothing of it was seen: start again where the learner did
            restart = self._play_from if self._play_from is not None else self._pending_seek
        play = self._played or self._play_after_load
        self._mark_unplayable(failed.label)
        choice = next((r for r in self.renditions if r.label not in self._unplayable), None)
        if choice is None:
            self._call_player("stop")   # its sound, if it has any, must not go on
            self._pending_seek = restart
            self._play_after_load = False
            self._show_time(restart or 0.0)
            self._show_failure(self._unplayable_text())
            return
        self._load(choice, restart, play)
        if choice.height is None:
            text = self.tr("The {failed} copy of this video cannot be played on this computer, "
                           "so its sound-only copy plays instead (no picture).")
        else:
            text = self.tr("The {failed} copy of this video cannot be played on this computer, "
                           "so the {label} copy plays instead.")
        self.notice.setText(text.format(failed=failed.label, label=choice.label))
        self.notice.show()

    def _mark_unplayable(self, label: str) -> None:
        index = self.rendition_combo.findData(label)
        if index < 0:
            return
        original = self._combo_texts.setdefault(label, self.rendition_combo.itemText(index))
        self.rendition_combo.setItemText(
            index, self.tr("{label} (cannot be played here)").format(label=original))

    def _unplayable_text(self) -> str:
        """Why nothing plays, in plain words, naming the format when the headers tell it."""
        codecs: list[str] = []
        errors: list[str] = []
        for codec, error in self._unplayable.values():
            if codec and codec not in SOFTWARE_DECODABLE_VIDEO and codec_name(codec) not in codecs:
                codecs.append(codec_name(codec))
            if error:
                errors.append(error)
        if len(codecs) == 1:
            return self.tr("This video cannot be played on this computer (its format, {codec}, "
                           "is not supported). Ask the course provider for a version in H.264 "
                           "or VP9.").format(codec=codecs[0])
        if codecs:
            return self.tr("This video cannot be played on this computer (its formats, "
                           "{codecs}, are not supported). Ask the course provider for a version "
                           "in H.264 or VP9.").format(codecs=", ".join(codecs))
        if errors:
            return self.tr("This video cannot be played on this computer: the file may be "
                           "damaged or in a format it cannot decode ({details}). Ask court IT "
                           "for a new copy of the course.").format(details=errors[-1])
        return self.tr("This video cannot be played on this computer: no picture could be "
                       "decoded from it. Ask court IT or the course provider for a new copy "
                       "of the course.")

    def _on_duration(self, ms: int) -> None:
        if ms > 0 and not self._source_pending():
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
        if self._source_pending():
            return
        seconds = ms / 1000
        if not self._scrubbing:
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(ms)
            self.seek_slider.blockSignals(False)
            self._show_time(seconds)
        self._update_captions(seconds)
        self._track_watched(seconds)

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

    def is_playing(self) -> bool:
        return self.player.playbackState() is QMediaPlayer.PlaybackState.PlayingState

    def play(self) -> None:
        if self._failed or self.rendition is None:
            return
        status = self.player.mediaStatus()
        if self._source_pending() or status in (QMediaPlayer.MediaStatus.LoadingMedia,
                                                QMediaPlayer.MediaStatus.NoMedia):
            self._play_after_load = True
            return
        if status is QMediaPlayer.MediaStatus.EndOfMedia:
            self.seek(0.0)
        self.player.play()

    def pause(self) -> None:
        self._play_after_load = False
        self.player.pause()

    def toggle_play(self) -> None:
        if self.is_playing() or self._play_after_load:
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
        if self._pending_seek is not None or self._source_pending():
            self._pending_seek = seconds
        else:
            self.player.setPosition(int(seconds * 1000))
        self.seek_slider.blockSignals(True)
        self.seek_slider.setValue(int(seconds * 1000))
        self.seek_slider.blockSignals(False)
        self._show_time(seconds)
        self._update_captions(seconds)
        self._save()

    def skip(self, delta: float) -> None:
        self.seek(self.position() + delta)

    def set_rate(self, rate: float) -> None:
        """Playback speed; the list offers 0.75–2×, any positive rate works (tests use 16×)."""
        if rate <= 0:
            return
        self.player.setPlaybackRate(rate)
        index = self.speed_combo.findData(rate)
        if index >= 0:
            self.speed_combo.setCurrentIndex(index)

    def rate(self) -> float:
        return self.player.playbackRate()

    def set_volume(self, volume: float) -> None:
        volume = max(0.0, min(1.0, volume))
        self.volume_slider.setValue(round(volume * 100))  # also sets the audio output

    def volume(self) -> float:
        return self.audio.volume()

    def _on_mute_toggled(self, muted: bool) -> None:
        self.audio.setMuted(muted)
        icon = (QStyle.StandardPixmap.SP_MediaVolumeMuted if muted
                else QStyle.StandardPixmap.SP_MediaVolume)
        self.mute_button.setIcon(self.style().standardIcon(icon))
        name = self.tr("Unmute") if muted else self.tr("Mute")
        self.mute_button.setAccessibleName(name)

    def _on_scrub_start(self) -> None:
        self._scrubbing = True

    def _on_scrub_end(self) -> None:
        self._scrubbing = False
        self.seek(self.seek_slider.value() / 1000)

    def _on_slider_action(self, action: int) -> None:
        """Keyboard and page clicks on the seek bar seek at once; drags seek on release."""
        if action == QAbstractSlider.SliderAction.SliderMove.value or self._scrubbing:
            return
        self.seek(self.seek_slider.sliderPosition() / 1000)

    # ------------------------------------------------------------------ full screen

    def is_fullscreen(self) -> bool:
        return self.stage.isWindow()

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.is_fullscreen())

    def set_fullscreen(self, on: bool) -> None:
        if on == self.is_fullscreen():
            return
        if on:
            self.stage.setWindowFlag(Qt.WindowType.Window, True)
            self.stage.setWindowTitle(self.item.title)
            self.stage.showFullScreen()
        else:
            self.stage.setWindowFlag(Qt.WindowType.Window, False)
            self.stage.showNormal()
            self.stage.show()
        self.fullscreen_button.setChecked(on)
        self.stage.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ captions

    def _choose_initial_captions(self) -> None:
        """Captions start on in the learner's language when the course has that track."""
        wanted = self.ctx.caption_language.lower()
        languages = [c.language for c in self.caption_options]
        match = next((lang for lang in languages if lang.lower() == wanted), None)
        if match is None:
            primary = wanted.split("-")[0]
            match = next((lang for lang in languages
                          if lang.lower().split("-")[0] == primary), None)
        self._last_caption_language = match or (languages[0] if languages else None)
        self.set_caption_language(match)

    def caption_language(self) -> str | None:
        return self._caption_language

    def set_caption_language(self, language: str | None) -> None:
        """Show captions in `language` (None: off)."""
        option: Captions | None = next(
            (c for c in self.caption_options if c.language == language), None)
        if option is not None and language not in self._caption_tracks:
            data = read_blob(self.ctx.blob_path(option.sha256), limit=16 * 1024 * 1024)
            cues = parse_vtt_bytes(data) if data is not None else []
            if not cues:
                log.warning("captions %s of %s are missing or empty", language, self.item_id)
            self._caption_tracks[language] = CueTrack(cues)
        self._caption_language = language if option is not None else None
        if self._caption_language is not None:
            self._last_caption_language = self._caption_language
        index = self.captions_combo.findData(self._caption_language)
        self.captions_combo.setCurrentIndex(max(index, 0))
        self.caption_label.setVisible(bool(self.caption_options))
        self._update_captions(self.position())

    def toggle_captions(self) -> None:
        if self._caption_language is None:
            self.set_caption_language(self._last_caption_language)
        else:
            self.set_caption_language(None)

    def caption_text(self) -> str:
        """The plain text of the captions on screen now (for tests and accessibility)."""
        return self.caption_label.property("plain_text") or ""

    def _update_captions(self, seconds: float) -> None:
        track = self._caption_tracks.get(self._caption_language or "")
        cues = track.active(seconds) if track is not None else []
        plain = "\n".join(c.text for c in cues)
        if plain == self.caption_text():
            return
        self.caption_label.setText("<br>".join(c.html for c in cues))
        self.caption_label.setProperty("plain_text", plain)
        self.caption_label.setAccessibleDescription(plain)

    # ------------------------------------------------------------------ keys and events

    def handle_key(self, event: QKeyEvent) -> bool:
        """The video keys (Space, arrows, F, C, M, Esc); False for keys the shell may want."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        key = event.key()
        forward = -1.0 if self.stage.isRightToLeft() else 1.0  # arrows follow the mirrored bar
        if key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key == Qt.Key.Key_Left:
            self.skip(-SKIP_SECONDS * forward)
        elif key == Qt.Key.Key_Right:
            self.skip(SKIP_SECONDS * forward)
        elif key == Qt.Key.Key_Up:
            self.set_volume(self.volume() + VOLUME_STEP)
        elif key == Qt.Key.Key_Down:
            self.set_volume(self.volume() - VOLUME_STEP)
        elif key == Qt.Key.Key_F:
            self.toggle_fullscreen()
        elif key == Qt.Key.Key_C:
            self.toggle_captions()
        elif key == Qt.Key.Key_M:
            self.mute_button.toggle()
        elif key == Qt.Key.Key_Escape and self.is_fullscreen():
            self.set_fullscreen(False)
        else:
            return False
        event.accept()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.video:
            if event.type() == QEvent.Type.MouseButtonPress:
                self.stage.setFocus(Qt.FocusReason.MouseFocusReason)
            elif event.type() == QEvent.Type.MouseButtonDblClick:
                self.toggle_fullscreen()
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the item (the shell shows another screen) pauses, which also saves."""
        if not event.spontaneous() and self.is_playing() and not self.is_fullscreen():
            self.pause()
        super().hideEvent(event)
