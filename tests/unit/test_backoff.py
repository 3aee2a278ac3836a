"""The one retry rule (sync/backoff.py): exponential, jittered, capped, reset by success."""
from __future__ import annotations

import random

from sync.backoff import Backoff


class Highest:
    """A stand-in for `random.Random` that always picks the top of the range."""

    def uniform(self, a: float, b: float) -> float:
        return b


class Lowest:
    def uniform(self, a: float, b: float) -> float:
        return a


def test_waits_double_until_the_cap():
    backoff = Backoff(base=1.0, cap=30.0, rng=Highest())
    assert [backoff.next() for _ in range(8)] == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]


def test_each_wait_is_in_the_upper_half_of_its_step():
    backoff = Backoff(base=1.0, cap=30.0, rng=Lowest())
    assert [backoff.next() for _ in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 15.0]


def test_jitter_spreads_the_waits_and_a_seed_repeats_them():
    waits = [Backoff(1.0, 30.0, random.Random(7)).next() for _ in range(2)]
    assert waits[0] == waits[1]  # the same seed, the same waits: tests can rely on them
    backoff = Backoff(base=1.0, cap=30.0, rng=random.Random(7))
    waits = [backoff.next() for _ in range(12)]
    for n, delay in enumerate(waits):
        ceiling = min(30.0, 2 ** n)
        assert ceiling / 2 <= delay <= ceiling
    assert len({round(d, 6) for d in waits[6:]}) > 1  # not all the same once capped


def test_reset_starts_again_at_base():
    backoff = Backoff(base=2.0, cap=60.0, rng=Highest())
    for _ in range(5):
        backoff.next()
    backoff.reset()
    assert backoff.next() == 2.0


def test_a_server_retry_after_is_a_floor_above_the_cap():
    backoff = Backoff(base=1.0, cap=5.0, rng=Highest())
    assert backoff.next(at_least=120.0) == 120.0
    assert backoff.next(None) == 2.0
    assert backoff.next(0.5) == 4.0


def test_days_offline_do_not_overflow():
    backoff = Backoff(base=5.0, cap=300.0, rng=Highest())
    for _ in range(5000):  # one probe every 5 minutes for more than two weeks
        assert backoff.next() <= 300.0
    zero = Backoff(base=0.0, cap=1.0, rng=Highest())
    for _ in range(5000):
        assert zero.next() == 0.0
