"""Captions for the video view. The WebVTT parser moved to `sync.webvtt` (pure Python, no Qt),
where the bundle build and import also use it to check caption files; this module re-exports
it so the player's imports keep working."""
from __future__ import annotations

from sync.webvtt import (
    Cue,
    CueSettings,
    CueTrack,
    Region,
    parse_timestamp,
    parse_vtt,
    parse_vtt_bytes,
    render_cue_text,
)

__all__ = ["Cue", "CueSettings", "CueTrack", "Region", "parse_timestamp", "parse_vtt",
           "parse_vtt_bytes", "render_cue_text"]
