"""How much of a lecture was watched: the union of the time ranges played through.

See `player.item_views.video_view` for how the view feeds it (each continuous-playback step
adds its range; seeks and pauses never bridge a gap).
"""
from __future__ import annotations

__all__ = ["WatchedRanges"]


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
