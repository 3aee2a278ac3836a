"""Quiz grading: pure, so the player, the store and the hub grade alike."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Mapping

from .manifest import QuizItem


@dataclass(frozen=True)
class QuizResult:
    correct_count: int
    total: int
    score: float              # 0..1
    passed: bool
    per_question: dict[str, bool]


def grade(quiz: QuizItem, answers: Mapping[str, Collection[str]]) -> QuizResult:
    """A question is right when exactly its correct choices are picked (no partial credit)."""
    per_question = {q.id: frozenset(answers.get(q.id, ())) == q.correct for q in quiz.questions}
    correct = sum(per_question.values())
    total = len(quiz.questions)
    score = correct / total if total else 0.0
    # Compare with a little tolerance: a pass mark of 0.67 means "2 of 3".
    return QuizResult(correct, total, score, score + 0.005 >= quiz.pass_mark, per_question)
