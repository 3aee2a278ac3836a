"""Quiz grading: one pure rule, used by the player, the learner store and the hub alike.

The pass mark is defined in whole percent, as the learner sees it ("The pass mark is 67%"):
a pass mark written 0.67 means 67%, and a score passes when it, rounded half up to a whole
percent, is at least that. So 2 of 3 (66.67%, shown as 67%) passes a 0.67 mark, exactly as
authors mean it, and no two programs can disagree through float rounding: the comparison is
done in integers (docs/bundle-format.md, "Quizzes").
"""
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


def pass_mark_percent(pass_mark: float) -> int:
    """The pass mark in whole percent (0.67 -> 67, 0.7 -> 70), half up."""
    return int(pass_mark * 100 + 0.5 + 1e-9)


def score_percent(correct: int, total: int) -> int:
    """A score in whole percent, rounded half up, computed in integers (2 of 3 -> 67)."""
    if total <= 0:
        return 0
    return (200 * correct + total) // (2 * total)


def passes(correct: int, total: int, pass_mark: float) -> bool:
    """The one pass rule: the whole-percent score reaches the whole-percent pass mark."""
    if total <= 0:
        return False
    return score_percent(correct, total) >= pass_mark_percent(pass_mark)


def clean_answers(quiz: QuizItem, answers: Mapping[str, Collection[str]]) -> dict[str, list[str]]:
    """What a learner's attempt keeps: for each question of the quiz, the choices picked that
    it has, sorted; anything else (unknown questions or choices) is dropped before grading."""
    return {q.id: sorted(set(answers.get(q.id, ())) & {c.id for c in q.choices}) for q in quiz.questions}


def grade(quiz: QuizItem, answers: Mapping[str, Collection[str]]) -> QuizResult:
    """A question is right when exactly its correct choices are picked (no partial credit).
    Answers to question ids the quiz does not have count for nothing."""
    per_question = {q.id: frozenset(answers.get(q.id, ())) == q.correct for q in quiz.questions}
    correct = sum(per_question.values())
    total = len(quiz.questions)
    score = correct / total if total else 0.0
    return QuizResult(correct, total, score, passes(correct, total, quiz.pass_mark), per_question)
