"""Merge rules for learner progress, and quiz grading: pure functions, no I/O.

Both are the player's own rules, defined once: the progress merge in `sync.progress_rules`
(re-exported here for the hub's modules) and grading in `sync.quiz`. From design.md:
completion only grows; fraction takes the max; position takes the latest by the device's own
sequence number (per device), then the hub's arrival order across devices. No rule reads a PC
clock: court PCs often have wrong ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from sync.manifest import QuizItem
from sync.progress_rules import MergeResult, ProgressRecord, ProgressUpdate, merge_progress
from sync.quiz import grade
from sync.requirements import Requirements, evaluate, facts_from

__all__ = ["MergeResult", "ProgressRecord", "ProgressUpdate", "QuizGrade", "certificate_ready",
           "grade_quiz", "merge_progress"]


@dataclass(frozen=True)
class QuizGrade:
    score: float
    passed: bool


def grade_quiz(quiz: QuizItem, answers: Mapping[str, Sequence[str]]) -> QuizGrade:
    """Grade on the hub from the manifest with the player's own rule (`sync.quiz.grade`), so
    a quiz the player says is passed is passed on the hub too."""
    result = grade(quiz, answers)
    return QuizGrade(score=result.score, passed=result.passed)


def certificate_ready(required: Iterable[str], completed: Iterable[str]) -> bool:
    """All required items complete: the 'all-required' part of the certificate rule alone,
    decided by that rule (`sync.requirements.evaluate`); the hub itself evaluates a course's
    whole requirements (hub.certificates)."""
    req = Requirements(required_items=tuple(dict.fromkeys(required)))
    return not req.is_empty and evaluate(req, facts_from(completed)).earned
