"""The captions of the video view: which language shows, what is said now, and the learner's
remembered choices (captions language and playback speed).

The cue showing is looked up from the position whenever it may have changed: on each position
update, on a seek, and the moment captions are switched on or to another language, so a
learner who turns them on in mid-sentence reads that sentence at once (nothing waits for
the next position update or the next cue).

Remembered choices. What the learner picks in the captions or speed menus (or with C) is
kept in the learner store (per profile) through `ctx.preferences`, and every later video,
after a restart too, opens with it: the same captions language (the closest one the lecture
has, or captions off if that was the choice) and the same speed. Without a remembered
language the captions follow the UI language, as before. With no `ctx.preferences` (not
wired) nothing is remembered and nothing breaks.
"""
from __future__ import annotations

from typing import Any

import shiboken6

from sync.manifest import Captions

from .._common import read_blob
from ..captions import CueTrack, parse_vtt_bytes
from . import CAPTIONS_SETTING, RATE_SETTING, SPEEDS, VideoHost, log
from .caption_style import CAPTION_BACKGROUND_SETTING, CAPTION_SIZE_SETTING, style_captions

__all__ = ["CaptionsMixin"]


class CaptionsMixin:
    """Captions and remembered choices for a `VideoView`."""

    # ------------------------------------------------------------------ choosing

    def _match_language(self: VideoHost, wanted: str) -> str | None:
        """The lecture's captions language closest to `wanted` (exact, then "fr" for
        "fr-CA"), or None."""
        languages = [c.language for c in self.caption_options]
        wanted = wanted.lower()
        match = next((lang for lang in languages if lang.lower() == wanted), None)
        if match is None and wanted:
            primary = wanted.split("-")[0]
            match = next((lang for lang in languages
                          if lang.lower().split("-")[0] == primary), None)
        return match

    def _choose_initial_captions(self: VideoHost) -> None:
        """Captions start on in the learner's language when the course has that track."""
        match = self._match_language(self.ctx.caption_language)
        languages = [c.language for c in self.caption_options]
        self._last_caption_language = match or (languages[0] if languages else None)
        self.set_caption_language(match)

    def caption_language(self: VideoHost) -> str | None:
        return self._caption_language

    def set_caption_language(self: VideoHost, language: str | None,
                             remember: bool = False) -> None:
        """Show captions in `language` (None: off), with the cue of this moment at once.

        `remember`: the learner chose it, so later videos open with it too."""
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
        self._update_captions(self._caption_position())
        if remember:
            self._captions_chosen = True
            self._remember(CAPTIONS_SETTING, self._caption_language or "")

    def toggle_captions(self: VideoHost) -> None:
        """C: captions off, or back on in the last language shown (remembered either way)."""
        if self._caption_language is None:
            self.set_caption_language(self._last_caption_language, remember=True)
        else:
            self.set_caption_language(None, remember=True)

    # ------------------------------------------------------------------ showing

    def caption_text(self: VideoHost) -> str:
        """The plain text of the captions on screen now (for tests and accessibility)."""
        return self.caption_label.property("plain_text") or ""

    def _caption_position(self: VideoHost) -> float:
        """Where the lecture is now: the player's own position while it plays, which is
        fresher than the last position update (up to a fraction of a second old)."""
        if self._pending_seek is None and not self._awaiting_source:
            return self.player.position() / 1000
        return self.position()

    def _update_captions(self: VideoHost, seconds: float) -> None:
        track = self._caption_tracks.get(self._caption_language or "")
        cues = track.active(seconds) if track is not None else []
        plain = "\n".join(c.text for c in cues)
        if plain == self.caption_text():
            return
        self.caption_label.setText("<br>".join(c.html for c in cues))
        self.caption_label.setProperty("plain_text", plain)
        self.caption_label.setAccessibleDescription(plain)

    # ------------------------------------------------------------------ remembered choices

    def _remember(self: VideoHost, key: str, value: Any) -> None:
        prefs = self.ctx.preferences
        if prefs is None:
            return
        try:
            prefs.write(key, value)
        except Exception:  # noqa: BLE001 - a preference must never stop the lecture
            log.exception("could not keep %s", key)

    def _read_preferences(self: VideoHost) -> None:
        """Ask for the remembered captions language and speed; each applies when it comes,
        unless the learner already chose another in this view."""
        prefs = self.ctx.preferences
        if prefs is None:
            return
        for key, apply in ((CAPTIONS_SETTING, self._apply_saved_captions),
                           (RATE_SETTING, self._apply_saved_rate),
                           (CAPTION_SIZE_SETTING,
                            lambda size: style_captions(self.caption_label, size=size)),
                           (CAPTION_BACKGROUND_SETTING,
                            lambda bg: style_captions(self.caption_label, background=bg))):
            try:
                prefs.read(key, self._preference_reader(key, apply))
            except Exception:  # noqa: BLE001 - a preference must never stop the lecture
                log.exception("could not read %s", key)

    def _preference_reader(self: VideoHost, key: str, apply: Any) -> Any:
        def done(value: Any, error: BaseException | None) -> None:
            if not shiboken6.isValid(self):
                return      # the learner left the lecture before the store answered
            if error is not None:
                log.warning("could not read the setting %s: %s", key, error)
            elif value is not None:
                apply(value)
        return done

    def _apply_saved_captions(self: VideoHost, value: Any) -> None:
        if self._captions_chosen or not isinstance(value, str) or not self.caption_options:
            return
        if value == "":
            self.set_caption_language(None)
            return
        match = self._match_language(value)
        if match is not None:
            self.set_caption_language(match)
        # A language this lecture lacks: keep the UI-language default.

    def _apply_saved_rate(self: VideoHost, value: Any) -> None:
        if self._rate_chosen or isinstance(value, bool) or not isinstance(value, (int, float)):
            return
        if float(value) in SPEEDS:
            self.set_rate(float(value))
