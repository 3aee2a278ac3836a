"""A copy of the lecture that shows no picture, and moving on to the next one.

The FFmpeg inside PySide6 decodes some formats (AV1) only with a hardware decoder; without one
such a rendition plays its sound, or races to the end, with no frame and no error. So a
rendition with a picture (a height in the manifest) must show a first frame within
`first_frame_timeout_ms` of playing and must not reach the end without one, and no rendition
may reach the end at its very start. Until that first frame nothing is counted or saved; if
it never comes (or the player reports an error) the view moves on to the next installed
rendition, from where the learner started, and when none can be shown it says so in plain
words, naming the format when the file's headers tell it. Audio-only renditions are never
expected to show frames.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtMultimedia import QVideoFrame

from sync.manifest import Rendition
from sync.media_probe import SOFTWARE_DECODABLE_VIDEO, codec_name, probe

from . import VideoHost, log

__all__ = ["FallbackMixin"]


# Words go through the "VideoView" context: PySide's `self.tr` looks them up under the
# running class (VideoView), while lupdate would file a mixin's `self.tr` under the mixin.
class FallbackMixin:
    """The no-picture checks and the move to the next rendition, for a `VideoView`."""

    def _expects_picture(self: VideoHost) -> bool:
        """A rendition with a height has a picture to show; audio-only ones have none."""
        return self.rendition is not None and self.rendition.height is not None

    def _on_frame(self: VideoHost, frame: QVideoFrame) -> None:
        """The first valid frame proves the rendition can be shown here."""
        if self._frame_seen or not frame.isValid():
            return
        if self._awaiting_source or not (self._played or self.is_playing()):
            return   # a late frame of the previous source, delivered after a switch
        self._frame_seen = True
        self._unproven = False
        self._first_frame_timer.stop()

    def _on_first_frame_timeout(self: VideoHost) -> None:
        if self.is_playing() and self._expects_picture() and not self._frame_seen:
            self._give_up(f"no frame within {self.first_frame_timeout_ms} ms of playing "
                          f"(has video track: {self.player.hasVideo()})")

    def _give_up(self: VideoHost, reason: str, error: str | None = None) -> None:
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

    def _probe_codec(self: VideoHost, rendition: Rendition) -> str | None:
        """The video codec the file's headers name (for the message), or None."""
        path = self.ctx.blob_path(rendition.sha256)
        if path is None or rendition.height is None:
            return None
        try:
            info = probe(path)
        except OSError:
            return None
        return info.video_codec if info is not None else None

    def _next_rendition(self: VideoHost, token: int) -> None:
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
            text = QCoreApplication.translate(
                    "VideoView", "The {failed} copy of this video cannot be played on this computer, "
                           "so its sound-only copy plays instead (no picture).")
        else:
            text = QCoreApplication.translate(
                    "VideoView", "The {failed} copy of this video cannot be played on this computer, "
                           "so the {label} copy plays instead.")
        self.notice.setText(text.format(failed=failed.label, label=choice.label))
        self.notice.show()

    def _mark_unplayable(self: VideoHost, label: str) -> None:
        index = self.rendition_combo.findData(label)
        if index < 0:
            return
        original = self._combo_texts.setdefault(label, self.rendition_combo.itemText(index))
        self.rendition_combo.setItemText(
            index, QCoreApplication.translate("VideoView", "{label} (cannot be played here)").format(label=original))

    def _unplayable_text(self: VideoHost) -> str:
        """Why nothing plays, in plain words, naming the format when the headers tell it."""
        codecs: list[str] = []
        errors: list[str] = []
        for codec, error in self._unplayable.values():
            if codec and codec not in SOFTWARE_DECODABLE_VIDEO and codec_name(codec) not in codecs:
                codecs.append(codec_name(codec))
            if error:
                errors.append(error)
        if len(codecs) == 1:
            return QCoreApplication.translate(
                    "VideoView", "This video cannot be played on this computer (its format, {codec}, "
                           "is not supported). Ask the course provider for a version in H.264 "
                           "or VP9.").format(codec=codecs[0])
        if codecs:
            return QCoreApplication.translate("VideoView", "This video cannot be played on this computer (its formats, "
                           "{codecs}, are not supported). Ask the course provider for a version "
                           "in H.264 or VP9.").format(codecs=", ".join(codecs))
        if errors:
            return QCoreApplication.translate(
                    "VideoView", "This video cannot be played on this computer: the file may be "
                           "damaged or in a format it cannot decode ({details}). Ask court IT "
                           "for a new copy of the course.").format(details=errors[-1])
        return QCoreApplication.translate(
                "VideoView", "This video cannot be played on this computer: no picture could be "
                       "decoded from it. Ask court IT or the course provider for a new copy "
                       "of the course.")
