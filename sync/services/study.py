"""Studying an installed course: open it or one of its items, save where the learner is,
submit a quiz, see (and put away) changes the course server refused.

These run where the caller holds the learner's store: the player's one store lane, so a
save and the reload after it can never race. Progress and quiz attempts are written with
their outbox events in one transaction (the store's job); they reach the course server at
the next sync.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Collection, Mapping

from ..errors import StoreError
from .sync import is_local_only

if TYPE_CHECKING:
    from ..manifest import Item, Manifest
    from ..store import CourseProgress, InstalledCourse, ItemProgress, LearnerStore, QuizAttempt, Refusal


@dataclass
class OpenedCourse:
    """Everything the course screen reads when a course opens (the screen keeps it, and
    updates its progress and overview as the learner studies: not frozen)."""

    course: "InstalledCourse"
    manifest: "Manifest"
    progress: "dict[str, ItemProgress]"
    present: frozenset[str]
    overview: "CourseProgress"
    #: its changes stay on this PC (the demo while the course server does not offer it)
    local_only: bool = False

    def start_item(self, from_start: bool = False) -> str | None:
        """Where studying resumes: the first item when `from_start` (reviewing a completed
        course), else the item last studied, else the first required item not done."""
        ids = [it.id for it in self.manifest.items()]
        if from_start and ids:
            return ids[0]
        if self.course.last_item_id in ids:
            return self.course.last_item_id
        return next((i for i in self.manifest.required_item_ids()
                     if not (self.progress.get(i) and self.progress[i].completed)),
                    ids[0] if ids else None)


@dataclass(frozen=True)
class OpenedItem:
    """One item's saved state: progress, quiz attempts (quizzes only), refused changes."""

    progress: "ItemProgress | None"
    attempts: "list[QuizAttempt]" = field(default_factory=list)
    refusals: "list[Refusal]" = field(default_factory=list)


@dataclass(frozen=True)
class QuizSubmitted:
    """A graded attempt and the quiz's progress after it (complete once it passes)."""

    attempt: "QuizAttempt"
    progress: "ItemProgress | None"


def _item(store: "LearnerStore", course_id: str, item_id: str) -> "Item":
    try:
        return store.manifest(course_id).item(item_id)
    except KeyError:
        raise StoreError(f"The course “{course_id}” has no item “{item_id}”.") from None


def open_course(store: "LearnerStore", course_id: str) -> OpenedCourse:
    """The installed course, its outline, progress, which files are here, and the chart's
    counts (NotInstalledError when it is not installed)."""
    return OpenedCourse(course=store.get_course(course_id), manifest=store.manifest(course_id),
                        progress=store.progress(course_id),
                        present=store.present_files(course_id),
                        overview=store.course_progress(course_id),
                        local_only=is_local_only(store, course_id))


def open_item(store: "LearnerStore", course_id: str, item_id: str) -> OpenedItem:
    """One item's saved state, read fresh (after the learner's own latest writes). Whether
    its content may open now (a course run's locked module) is `runs.item_access`'s."""
    from ..manifest import QuizItem

    item = _item(store, course_id, item_id)
    attempts = store.quiz_attempts(course_id, item_id) if isinstance(item, QuizItem) else []
    return OpenedItem(store.progress(course_id).get(item_id), attempts,
                      store.refusals(course_id, item_id))


def course_progress(store: "LearnerStore", course_id: str) -> "CourseProgress":
    """Required items done, per module and in all."""
    return store.course_progress(course_id)


def save_progress(store: "LearnerStore", course_id: str, item_id: str, *,
                  position: float | None = None, fraction: float | None = None,
                  completed: bool = False) -> "ItemProgress":
    """Save where the learner is in an item; how much is done and completion only grow.
    An item of a module not open yet by the hub's time records nothing: ModuleLocked, with
    the reason in plain words ("Module 2 opens on 8 May 2026.")."""
    from .runs import check_open

    _item(store, course_id, item_id)
    check_open(store, course_id, item_id)
    return store.record_progress(course_id, item_id, position=position, fraction=fraction,
                                 completed=completed)


def submit_quiz(store: "LearnerStore", course_id: str, item_id: str,
                answers: Mapping[str, Collection[str]]) -> QuizSubmitted:
    """Grade and keep an attempt (the quiz completes when it passes); ModuleLocked, keeping
    nothing, when its module is not open yet by the hub's time."""
    from ..manifest import QuizItem
    from .runs import check_open

    if not isinstance(_item(store, course_id, item_id), QuizItem):
        raise StoreError(f"“{item_id}” is not a quiz.")
    check_open(store, course_id, item_id)
    attempt = store.record_quiz_attempt(course_id, item_id, answers)
    return QuizSubmitted(attempt, store.progress(course_id).get(item_id))


def refusals(store: "LearnerStore", course_id: str | None = None,
             item_id: str | None = None) -> "list[Refusal]":
    """Changes the course server refused and the learner has not put away yet."""
    return store.refusals(course_id, item_id)


def dismiss_refusal(store: "LearnerStore", event_id: str) -> None:
    """The learner has read a refusal: it stops being shown."""
    store.dismiss_refusal(event_id)
