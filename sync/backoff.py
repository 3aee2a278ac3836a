"""How long to wait before trying the course server again: the one rule for every retry.

Exponential, jittered, capped, and reset by success. The n-th wait (from 0) is drawn
uniformly from the upper half of `min(cap, base * 2**n)`: it grows quickly while a link stays
down, never exceeds `cap`, and the jitter keeps many court PCs that lost the same link from
all coming back in the same second. A success calls `reset()`, so the next failure starts
again at `base`.

Used by the downloader (between attempts at a blob; a server's Retry-After is a floor) and by
the player's connectivity watch (between probes while offline). Pure Python, no Qt, no clock:
it only says how long; the caller sleeps or starts a timer. Tests pass a seeded
`random.Random` (anything with `uniform(a, b)`) to get the same waits every run.
"""
from __future__ import annotations

import random
from typing import Protocol


class Uniform(Protocol):
    def uniform(self, a: float, b: float) -> float: ...


class Backoff:
    """Exponential with jitter over the upper half of each step, capped; `reset()` after
    progress."""

    def __init__(self, base: float, cap: float, rng: Uniform | None = None) -> None:
        self.base, self.cap = base, cap
        self.attempt = 0
        self.rng: Uniform = rng or random.Random()

    def ceiling(self) -> float:
        """The longest the next wait can be: `min(cap, base * 2**attempt)`."""
        return min(self.cap, self.base * 2.0 ** min(self.attempt, 1000))

    def next(self, at_least: float | None = None) -> float:
        """The next wait in seconds; `at_least` (e.g. the server's Retry-After) is a floor
        that the cap does not lower."""
        ceiling = self.ceiling()
        if ceiling < self.cap:
            # Stop counting at the cap: days offline must not grow 2**attempt without end.
            self.attempt += 1
        delay = self.rng.uniform(ceiling / 2, ceiling)
        return max(delay, at_least or 0.0)

    def reset(self) -> None:
        self.attempt = 0
