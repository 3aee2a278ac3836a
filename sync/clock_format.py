"""Times on a clock face: the one way Lectern writes a video position or length.

"1:05" under an hour, "1:02:05" from an hour on; always ASCII digits, as media players do.

The rule: whole seconds, rounded DOWN, for positions and durations alike. A position rounds
down because the second it shows has begun ("0:59" until the minute is full); a duration
rounds down so that it reads exactly what the player shows once the video has played to its
end. A 65.6 s video is "1:05" in the course outline, "1:05 / 1:05" at its end in the player,
and never "1:06" anywhere: rounding the length up would promise a second the player never
reaches.
"""
from __future__ import annotations

import math

__all__ = ["format_clock"]


def format_clock(seconds: float) -> str:
    """`seconds` as "m:ss" or "h:mm:ss", floored; negative or not a number reads "0:00"."""
    if not math.isfinite(seconds) or seconds <= 0:
        return "0:00"
    hours, rest = divmod(math.floor(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
