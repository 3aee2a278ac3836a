"""The hub's merge rules, called directly: no rule may depend on a PC clock."""
from __future__ import annotations

import itertools
import random

import pytest

from hub.merge import ProgressRecord, ProgressUpdate, certificate_ready, grade_quiz, merge_progress
from sync.manifest import Choice, Question, QuizItem

T1, T2 = "2026-01-01T00:00:00+00:00", "2026-01-02T00:00:00+00:00"


def fold(updates, hub_times=None):
    """Apply updates in hub arrival order, tracking each device's newest seq as the hub does."""
    record, last = ProgressRecord(), {}
    for n, u in enumerate(updates):
        res = merge_progress(record, u, last.get(u.device_id), (hub_times or {}).get(n, T1))
        record, last[u.device_id] = res.record, res.device_max_seq
    return record


def test_fraction_takes_the_max_in_any_order():
    ups = [ProgressUpdate("a", i, fraction=f) for i, f in enumerate([0.2, 0.9, 0.4, 0.0], start=1)]
    for perm in itertools.permutations(ups):
        assert fold(perm).fraction == 0.9


def test_completion_only_grows_and_keeps_its_first_hub_time():
    rec = fold([ProgressUpdate("a", 1, completed=True), ProgressUpdate("a", 2, fraction=0.1)],
               hub_times={0: T1, 1: T2})
    assert rec.completed and rec.completed_at == T1
    rec2 = merge_progress(rec, ProgressUpdate("b", 9, completed=True), None, T2).record
    assert rec2.completed_at == T1
    for perm in itertools.permutations([ProgressUpdate("a", 1, completed=True),
                                        ProgressUpdate("a", 2, fraction=0.3),
                                        ProgressUpdate("b", 1, fraction=0.0)]):
        assert fold(perm).completed


def test_position_follows_each_devices_sequence():
    # Device a's events arrive out of order: seq 3 then the delayed seq 2.
    rec = fold([ProgressUpdate("a", 3, position=30.0), ProgressUpdate("a", 2, position=20.0)])
    assert rec.position == 30.0
    rec = fold([ProgressUpdate("a", 2, position=20.0), ProgressUpdate("a", 3, position=30.0)])
    assert rec.position == 30.0


def test_position_across_devices_follows_hub_arrival_order():
    # b's seq is far lower than a's, but b's event arrived later at the hub: it wins.
    rec = fold([ProgressUpdate("a", 500, position=50.0), ProgressUpdate("b", 1, position=10.0)])
    assert (rec.position, rec.position_device) == (10.0, "b")
    # ...and then a's next event wins again; a's stale one never does.
    rec = fold([ProgressUpdate("a", 500, position=50.0), ProgressUpdate("b", 1, position=10.0),
                ProgressUpdate("a", 499, position=49.0)])
    assert (rec.position, rec.position_device) == (10.0, "b")
    rec = fold([ProgressUpdate("a", 500, position=50.0), ProgressUpdate("b", 1, position=10.0),
                ProgressUpdate("a", 501, position=51.0)])
    assert (rec.position, rec.position_device) == (51.0, "a")


def test_stale_seq_without_position_does_not_reset_the_device_high_water_mark():
    rec, last = ProgressRecord(), None
    res = merge_progress(rec, ProgressUpdate("a", 10, completed=True), last, T1)
    res2 = merge_progress(res.record, ProgressUpdate("a", 4, position=4.0), res.device_max_seq, T1)
    assert res2.device_max_seq == 10 and res2.record.position is None


def test_revision_grows_only_on_change():
    r1 = merge_progress(ProgressRecord(), ProgressUpdate("a", 1, fraction=0.5), None, T1)
    assert r1.changed and r1.record.revision == 1
    r2 = merge_progress(r1.record, ProgressUpdate("a", 2, fraction=0.4), 1, T1)
    assert not r2.changed and r2.record.revision == 1
    r3 = merge_progress(r2.record, ProgressUpdate("a", 3, position=1.0), 2, T1)
    assert r3.changed and r3.record.revision == 2


def test_random_histories_converge_on_fraction_and_completion():
    rng = random.Random(4)
    for _ in range(200):
        ups = [ProgressUpdate(rng.choice("abc"), rng.randint(1, 50), fraction=rng.random(),
                              completed=rng.random() < 0.1) for _ in range(rng.randint(1, 12))]
        shuffled = ups[:]
        rng.shuffle(shuffled)
        a, b = fold(ups), fold(shuffled)
        assert a.fraction == b.fraction == max(u.fraction for u in ups)
        assert a.completed == b.completed == any(u.completed for u in ups)


def test_merge_takes_no_clock_argument_from_the_device():
    import inspect
    params = set(inspect.signature(merge_progress).parameters)
    assert params == {"current", "update", "device_last_seq", "hub_time"}
    assert "time" not in {f for f in ProgressUpdate.__dataclass_fields__}


def quiz(pass_mark=0.67):
    qs = (Question("q1", "?", (Choice("a", "A"), Choice("b", "B")), frozenset({"a"})),
          Question("q2", "?", (Choice("a", "A"), Choice("b", "B")), frozenset({"b"})),
          Question("q3", "?", (Choice("a", "A"), Choice("b", "B"), Choice("c", "C")), frozenset({"a", "b"})))
    return QuizItem(id="quiz", title="Quiz", questions=qs, pass_mark=pass_mark)


@pytest.mark.parametrize("answers, score, passed", [
    ({"q1": ["a"], "q2": ["b"], "q3": ["b", "a"]}, 1.0, True),
    ({"q1": ["a"], "q2": ["b"], "q3": ["a"]}, 2 / 3, True),           # partial multi-choice is wrong; 67% passes 0.67
    ({"q1": ["a", "b"], "q2": ["b"], "q3": ["a", "b"]}, 2 / 3, True),   # extra choice is wrong
    ({}, 0.0, False),
    ({"nope": ["a"], "q1": ["a"]}, 1 / 3, False),
    ({"q1": ["b"], "q2": ["b"], "q3": ["a"]}, 1 / 3, False),
])
def test_quiz_grading(answers, score, passed):
    g = grade_quiz(quiz(), answers)
    assert g.score == pytest.approx(score) and g.passed is passed


def test_quiz_pass_mark_boundary():
    assert grade_quiz(quiz(pass_mark=2 / 3), {"q1": ["a"], "q2": ["b"]}).passed
    assert not grade_quiz(quiz(pass_mark=0.7), {"q1": ["a"], "q2": ["b"]}).passed


def test_certificate_needs_every_required_item():
    assert certificate_ready(["a", "b"], ["b", "a", "x"])
    assert not certificate_ready(["a", "b"], ["a"])
    assert not certificate_ready([], ["a"])
