"""The one clock rule (sync/clock_format.py): positions and durations floor alike."""
from __future__ import annotations

import math

import pytest

from sync.clock_format import format_clock


@pytest.mark.parametrize("seconds, text", [
    (0, "0:00"),
    (0.99, "0:00"),
    (1, "0:01"),
    (59.999, "0:59"),
    (60, "1:00"),
    (65.6, "1:05"),          # the outline and the player's end time agree
    (67.36, "1:07"),         # the demo lecture
    (599.5, "9:59"),
    (3599.9, "59:59"),
    (3600, "1:00:00"),
    (3725.4, "1:02:05"),
    (36000, "10:00:00"),
    (86400, "24:00:00"),     # the longest video a manifest allows
])
def test_whole_seconds_rounded_down(seconds, text):
    assert format_clock(seconds) == text


def test_a_duration_reads_as_the_position_at_its_end():
    duration = 65.6
    assert format_clock(duration) == format_clock(duration - 0.001) == "1:05"
    assert f"{format_clock(duration)} / {format_clock(duration)}" == "1:05 / 1:05"


@pytest.mark.parametrize("seconds", [-1, -0.4, math.nan, math.inf, -math.inf])
def test_nonsense_reads_zero(seconds):
    assert format_clock(seconds) == "0:00"


def test_integers_and_floats_alike():
    assert format_clock(125) == format_clock(125.0) == "2:05"
