"""sync.requirements.finishing_time: when the learner finished, the same on hub and player."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sync.requirements import FactTimes, ForumRequirement, Requirements, finishing_time

T0 = datetime(2026, 5, 8, tzinfo=timezone.utc)


def at(hours: int) -> datetime:
    return T0 + timedelta(hours=hours)


REQ = Requirements(required_items=("v1", "q1"), quizzes_passed=("q1",),
                   forum=(ForumRequirement(("f1", "f2"), 2),), reply_to_colleague=True)


def test_latest_moment_each_requirement_was_first_met() -> None:
    times = FactTimes(completed={"v1": at(1), "q1": at(5)}, passed={"q1": at(4)},
                      posts={"f1": [at(9), at(2)], "f2": [at(3)]}, first_reply=at(6))
    # The forum rule was met by the second post (hour 3), not the last (hour 9).
    assert finishing_time(REQ, times) == at(6)
    later_reply = FactTimes(completed=times.completed, passed=times.passed, posts=times.posts,
                            first_reply=at(20))
    assert finishing_time(REQ, later_reply) == at(20)


def test_unmet_requirement_means_not_finished() -> None:
    base = dict(completed={"v1": at(1), "q1": at(5)}, passed={"q1": at(4)},
                posts={"f1": [at(2), at(3)]}, first_reply=at(6))
    assert finishing_time(REQ, FactTimes(**base)) == at(6)  # type: ignore[arg-type]
    assert finishing_time(REQ, FactTimes(**{**base, "completed": {"v1": at(1)}})) is None  # type: ignore[arg-type]
    assert finishing_time(REQ, FactTimes(**{**base, "passed": {}})) is None  # type: ignore[arg-type]
    assert finishing_time(REQ, FactTimes(**{**base, "posts": {"f1": [at(2)]}})) is None  # type: ignore[arg-type]
    assert finishing_time(REQ, FactTimes(**{**base, "first_reply": None})) is None  # type: ignore[arg-type]


def test_nothing_to_certify_has_no_finishing_time() -> None:
    assert finishing_time(Requirements(required_items=()), FactTimes()) is None
    assert finishing_time(Requirements(required_items=("a",)), FactTimes(completed={"a": at(1)})) == at(1)
