"""The player and the hub apply the same rules: one table of cases, run through both.

Quiz grading: each case is graded by the learner's store (what the player calls when the judge
presses Submit) and then sent to a real hub process, which grades it again; the two answers
must be the same, and a completion the player recorded is never refused. Progress: the same
updates go through the learner's store and the hub's merge, and both must end equal; the pure
rules each side uses (`sync.progress_rules`: the player's `record_local` and
`apply_hub_progress`, the hub's `merge_progress` through `hub.merge`) are called directly on
the same steps and must agree with both.
"""
from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from hub_queries import hub_count

from hub.merge import ProgressRecord, ProgressUpdate, grade_quiz, merge_progress
from sync.bundle import TrustPolicy
from sync.credentials import Credentials, save_credentials
from sync.hub_client import HubClient, HubSettings
from sync.importer import import_bundle
from sync.manifest import Choice, Question, QuizItem
from sync.paths import DataPaths
from sync.progress_rules import HubProgress, LocalProgress, apply_hub_progress, record_local
from sync.quiz import grade, passes
from sync.signing import load_public_key
from sync.store import LearnerStore
from sync.sync_engine import SyncPass

RIGHT = {"q1a": ["a"], "q1b": ["a"], "q1c": ["a", "b"]}
WRONG = {"q1a": ["b"], "q1b": ["b"], "q1c": ["a"]}


def answers_with(right: int) -> dict[str, list[str]]:
    """The tiny course's 3-question quiz with the first `right` questions answered right."""
    keys = list(RIGHT)
    return {k: (RIGHT[k] if n < right else WRONG[k]) for n, k in enumerate(keys)}


# (pass mark, questions right of 3, passes?) — the docs' rule: whole percent, half up.
QUIZ_CASES = [
    (0.67, 2, True),    # the demo's case: authors write 0.67 meaning two thirds
    (0.67, 3, True),
    (0.67, 1, False),
    (0.66, 2, True),
    (0.68, 2, False),
    (0.33, 1, True),
    (0.34, 1, False),
    (0.5, 1, False),
    (0.5, 2, True),
    (1.0, 2, False),
    (1.0, 3, True),
    (0.01, 0, False),
]


def quiz(n: int, pass_mark: float) -> QuizItem:
    qs = tuple(Question(id=f"q{i}", text="?", choices=(Choice("a", "A"), Choice("b", "B")),
                        correct=frozenset({"a"})) for i in range(n))
    return QuizItem(id="q", title="Q", required=True, questions=qs, pass_mark=pass_mark)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 6, 7, 9, 10, 12, 200])
def test_grading_rule_is_one_rule_for_every_quiz_size(n):
    """Every score and every pass mark a publisher can write (0.01..1.00): the player's and
    the hub's grading agree, and match the documented whole-percent rule."""
    quizzes = {pct: quiz(n, pct / 100) for pct in range(1, 101)}
    # Every score for small quizzes; for a long one, the scores around every pass mark.
    rights = range(n + 1) if n <= 12 else sorted({r for pct in range(1, 101)
                                                  for r in (n * pct // 100 - 1, n * pct // 100,
                                                            n * pct // 100 + 1) if 0 <= r <= n})
    for right in rights:
        answers = {f"q{i}": ["a"] if i < right else ["b"] for i in range(n)}
        for pct, q in quizzes.items():
            player, hub = grade(q, answers), grade_quiz(q, answers)
            expected = 100 * right / n >= pct - 0.5  # half up, in exact terms
            assert player.passed == hub.passed == expected, (n, right, pct)
            assert player.score == hub.score


def test_two_of_three_passes_a_pass_mark_of_0_67():
    assert passes(2, 3, 0.67) and passes(7, 10, 0.7) and not passes(1, 3, 0.34)
    assert passes(133, 200, 0.67) and not passes(132, 200, 0.67)


def _device(tmp_path: Path, name: str, bundle: Path, publisher, learner, url: str) -> DataPaths:
    paths = DataPaths(tmp_path / name).ensure()
    import_bundle(paths, bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    save_credentials(paths, Credentials(url, learner.username, learner.token, name))
    return paths


def _sync(paths: DataPaths, url: str, token: str):
    with HubClient(HubSettings(url), token) as client:
        return SyncPass(paths, client).run()


@pytest.mark.parametrize("pass_mark", sorted({c[0] for c in QUIZ_CASES}))
def test_player_and_hub_grade_alike(hub, new_course, make_learner, publisher, tmp_path, pass_mark):
    course = new_course(tweak=lambda toml: toml.replace("pass_mark = 0.67", f"pass_mark = {pass_mark}"))
    for right in range(4):
        learner = make_learner(course.course_id)
        paths = _device(tmp_path, f"pc{right}", course.bundle, publisher, learner, hub.url)
        with LearnerStore.open(paths.db) as store:
            attempt = store.record_quiz_attempt(course.course_id, "q1", answers_with(right))
            player_done = bool((p := store.item_progress(course.course_id, "q1")) and p.completed)
        summary = _sync(paths, hub.url, learner.token)
        uid = hub_count(hub, "SELECT id FROM users WHERE username = ?", learner.username)
        hub_passed = hub_count(hub, "SELECT COUNT(*) FROM quiz_attempts WHERE user_id = ? AND passed",
                               uid) == 1
        hub_done = hub_count(hub, "SELECT COUNT(*) FROM progress WHERE user_id = ? AND item_id = 'q1'"
                                  " AND completed_at IS NOT NULL", uid) == 1
        expected = [c[2] for c in QUIZ_CASES if c[:2] == (pass_mark, right)]
        if expected:
            assert attempt.passed is expected[0], (pass_mark, right)
        assert attempt.passed == player_done == hub_passed == hub_done, (pass_mark, right)
        assert summary.rejected == 0, (pass_mark, right)


# Each case: a learner's updates in the order they happen on one PC: (fraction, completed).
PROGRESS_CASES = [
    [(0.2, False), (0.9, False), (0.4, False)],
    [(0.5, False), (None, True), (0.1, False)],
    [(1.0, False)],
    [(0.3, False), (0.3, False)],
    [(None, True), (0.0, False), (0.6, False)],
    [(0.05, False), (0.7, False), (0.69, False), (None, True)],
]


@pytest.mark.parametrize("case", PROGRESS_CASES, ids=[str(i) for i in range(len(PROGRESS_CASES))])
def test_player_and_hub_merge_progress_alike(hub, new_course, make_learner, publisher, tmp_path, case):
    course = new_course()
    learner = make_learner(course.course_id)
    paths = _device(tmp_path, "pc", course.bundle, publisher, learner, hub.url)
    with LearnerStore.open(paths.db) as store:
        for fraction, completed in case:
            store.record_progress(course.course_id, "l1", fraction=fraction, completed=completed)
        local = store.item_progress(course.course_id, "l1")
    _sync(paths, hub.url, learner.token)
    record, mine = hub_fold(case), player_fold(case)
    uid = hub_count(hub, "SELECT id FROM users WHERE username = ?", learner.username)
    hub_completed = hub_count(hub, "SELECT COUNT(*) FROM progress WHERE user_id = ? AND item_id = 'l1'"
                                   " AND completed_at IS NOT NULL", uid) == 1
    with LearnerStore.open(paths.db) as store:
        after = store.item_progress(course.course_id, "l1")
    # The player's rule after the sync: the hub's record applied to the player's own.
    merged = apply_hub_progress(mine, as_hub_state(record), local_position_pending=False)
    assert local.completed == record.completed == hub_completed == after.completed
    assert (mine.completed_at is not None) == (merged.completed_at is not None) == local.completed
    if not record.completed:  # a completion counts the whole item on both sides
        assert local.fraction == pytest.approx(record.fraction) == pytest.approx(after.fraction)
        assert mine.fraction == pytest.approx(local.fraction) and merged.fraction == pytest.approx(after.fraction)


def hub_fold(case) -> ProgressRecord:
    """The hub's rule, called directly on a PC's updates in their order."""
    record, seqs = ProgressRecord(), itertools.count(1)
    for fraction, completed in case:
        record = merge_progress(record, ProgressUpdate("pc", next(seqs), fraction=fraction,
                                                       completed=completed), None, "t").record
    return record


def player_fold(case) -> LocalProgress:
    """The player's rule (what `LearnerStore.record_progress` applies), called directly."""
    mine = LocalProgress()
    for fraction, completed in case:
        mine = record_local(mine, position=None, fraction=fraction, completed=completed, stamp="t")
    return mine


def as_hub_state(record: ProgressRecord) -> HubProgress:
    return HubProgress("family", "l1", record.fraction, record.completed, record.completed_at,
                       record.position, record.revision)


def random_cases(n: int, seed: int = 14) -> list[list[tuple[float | None, bool]]]:
    rng = random.Random(seed)
    return [[(rng.choice([None, 0.0, 1.0, round(rng.random(), 2)]), rng.random() < 0.15)
             for _ in range(rng.randint(1, 8))] for _ in range(n)]


@pytest.mark.parametrize("case", PROGRESS_CASES + random_cases(300), ids=lambda case: str(case))
def test_the_player_and_hub_rules_agree_when_called_directly(case):
    """No hub process: the two sides' pure rules on the same steps end at the same completion,
    and at the same fraction as long as nothing completed the item (a completion without a
    fraction counts the whole item on the player; the hub learns that fraction from the
    player's progress event, which this direct fold leaves out)."""
    record, mine = hub_fold(case), player_fold(case)
    assert record.completed == (mine.completed_at is not None)
    seen = [f for f, _ in case if f is not None]
    if not any(done for _, done in case):
        assert record.fraction == mine.fraction == max(seen, default=0.0)
    # The player taking the hub's record loses nothing of either.
    merged = apply_hub_progress(mine, as_hub_state(record), local_position_pending=False)
    assert merged.fraction == max(mine.fraction, record.fraction)
    assert (merged.completed_at is not None) == record.completed
