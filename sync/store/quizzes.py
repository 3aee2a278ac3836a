"""Quiz attempts, graded by the one rule (`sync.quiz.grade`) and kept per course family."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Collection, Mapping

from ..errors import StoreError
from ..manifest import QuizItem
from ..quiz import clean_answers, grade
from .base import stamp as device_time
from .outbox import put_event
from .progress import ProgressMixin


@dataclass(frozen=True)
class QuizAttempt:
    id: str
    course_id: str
    item_id: str
    answers: dict[str, list[str]]
    correct_count: int
    total: int
    score: float
    passed: bool
    created_at: str


class QuizzesMixin(ProgressMixin):
    def record_quiz_attempt(self, course_id: str, item_id: str,
                            answers: Mapping[str, Collection[str]]) -> QuizAttempt:
        """Grade and keep an attempt with its outbox event and, when it passes, the quiz's
        completion with its events: one transaction, so a crash never leaves a passed attempt
        whose completion is lost (or a completion without its attempt)."""
        manifest = self.manifest(course_id)
        quiz = manifest.item(item_id)
        if not isinstance(quiz, QuizItem):
            raise StoreError(f"'{item_id}' is not a quiz.")
        clean = clean_answers(quiz, answers)
        result = grade(quiz, clean)
        now = device_time()
        attempt_id = str(uuid.uuid4())
        with self.transaction() as conn:
            family = self._family(conn, course_id)
            if quiz.max_attempts is not None:
                (count,) = conn.execute("SELECT COUNT(*) FROM quiz_attempts WHERE family = ? AND "
                                        "item_id = ?", [family, item_id]).fetchone()
                if count >= quiz.max_attempts:
                    raise StoreError("You have used every attempt this quiz allows.")
            conn.execute(
                "INSERT INTO quiz_attempts(id, family, item_id, course_id, answers, correct_count,"
                " total, score, passed, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [attempt_id, family, item_id, course_id, json.dumps(clean), result.correct_count,
                 result.total, result.score, int(result.passed), now])
            put_event(conn, "quiz_attempt", course_id,
                      {"item": item_id, "attempt": attempt_id, "answers": clean,
                       "version": manifest.version, "score": round(result.score, 4),
                       "passed": result.passed}, now)
            if result.passed:
                self._record_progress(conn, course_id, item_id, now, position=None, fraction=1.0,
                                      completed=True)
        return QuizAttempt(attempt_id, course_id, item_id, clean, result.correct_count,
                           result.total, result.score, result.passed, now)

    def quiz_attempts(self, course_id: str, item_id: str) -> list[QuizAttempt]:
        family = self.get_course_family(course_id)
        return [QuizAttempt(r["id"], r["course_id"], r["item_id"], json.loads(r["answers"]),
                            r["correct_count"], r["total"], r["score"], bool(r["passed"]),
                            r["created_at"])
                for r in self.db.query("SELECT * FROM quiz_attempts WHERE family = ? AND item_id = ?"
                                       " ORDER BY rowid", [family, item_id])]
