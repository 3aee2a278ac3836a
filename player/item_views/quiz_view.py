"""A quiz: questions with choices, submit, the score against the pass mark, and attempts kept.

The view never grades for the record: answers go to `ctx.submit_quiz`, the store grades them
with `sync.quiz.grade`, saves the attempt (and the completion when it passes) in one
transaction, and the view renders the `QuizAttempt` that comes back. Marking each question
right or wrong reuses the same pure `grade` function on the attempt's own answers, so what
the learner sees always matches what was saved.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QFrame, QGroupBox,
                               QHBoxLayout, QLabel, QListWidget, QPushButton, QRadioButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from sync.manifest import Question, QuizItem
from player.dates import format_timestamp
from sync.quiz import grade, pass_mark_percent, score_percent

from . import ItemView
from ..item_context import ItemContext

if TYPE_CHECKING:
    from sync.store import QuizAttempt

log = logging.getLogger(__name__)


class _ChoiceLabel(QLabel):
    """The wrapping text of a choice; clicking it clicks its button, as a button's own text
    would. (Button text never wraps, and choices in legal quizzes are often long sentences.)"""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setEnabled(button.isEnabled())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled():
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class QuestionBox(QGroupBox):
    """One question: its text, its choices (radio buttons, or checkboxes when several answers
    are right), and the feedback shown after submitting."""

    def __init__(self, question: Question, number: int, total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setTitle(self.tr("Question {n} of {total}").format(n=number, total=total))
        self.setAccessibleName(self.title())
        self.text_label = QLabel(question.text, self)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName(self.tr("Question {n}").format(n=number))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        if question.multiple:
            hint = QLabel(self.tr("Choose all that apply."), self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not question.multiple)
        self.buttons: dict[str, QAbstractButton] = {}
        self.labels: dict[str, QLabel] = {}
        for choice in question.choices:
            button: QAbstractButton = QCheckBox(self) if question.multiple else QRadioButton(self)
            button.setAccessibleName(choice.text)
            button.setAccessibleDescription(self.title())
            label = _ChoiceLabel(choice.text, button, self)
            self.group.addButton(button)
            self.buttons[choice.id] = button
            self.labels[choice.id] = label
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            layout.addLayout(row)
        self.feedback = QLabel(self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Feedback on question {n}").format(n=number))
        self.feedback.hide()
        layout.addWidget(self.feedback)

    def selected(self) -> list[str]:
        return [cid for cid, button in self.buttons.items() if button.isChecked()]

    def set_selected(self, choice_ids: list[str]) -> None:
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)
        for cid, button in self.buttons.items():
            button.setChecked(cid in choice_ids)
        self.group.setExclusive(exclusive)

    def set_answerable(self, answerable: bool) -> None:
        for cid, button in self.buttons.items():
            button.setEnabled(answerable)
            self.labels[cid].setEnabled(answerable)

    def show_feedback(self, right: bool) -> None:
        if right:
            text = self.tr("✓ Correct.")
        elif self.question.multiple:
            text = self.tr("✗ Not correct: this question has more than one right answer, and "
                           "all of them (and only them) must be chosen.")
        else:
            text = self.tr("✗ Not correct.")
        if self.question.explanation:
            text += "\n" + self.question.explanation
        self.feedback.setText(text)
        self.feedback.setAccessibleDescription(text)
        self.feedback.show()
        self.setProperty("answer_right", right)

    def clear_feedback(self) -> None:
        self.feedback.clear()
        self.feedback.hide()
        self.setProperty("answer_right", None)


class QuizView(ItemView):
    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, QuizItem)
        self.item: QuizItem = item
        self.attempts: list[QuizAttempt] = list(ctx.quiz_attempts)
        self._waiting = False
        self.setAccessibleName(self.tr("Quiz"))

        self.rules_label = QLabel(self)
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rules_label.setAccessibleName(self.tr("Quiz rules"))

        self.attempts_heading = QLabel(self.tr("Earlier attempts"), self)
        self.attempts_list = QListWidget(self)
        self.attempts_list.setAccessibleName(self.tr("Earlier attempts"))
        self.attempts_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.questions: list[QuestionBox] = []
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for n, question in enumerate(item.questions, start=1):
            box = QuestionBox(question, n, len(item.questions), body)
            self.questions.append(box)
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Questions"))

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAccessibleName(self.tr("Result"))
        # Focusable, so keyboard and screen-reader users land on the score after submitting.
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        self.result_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAccessibleName(self.tr("Quiz message"))

        self.submit_button = QPushButton(self.tr("&Submit answers"), self)
        self.submit_button.setAccessibleName(self.tr("Submit answers"))
        self.submit_button.setToolTip(self.tr("Check your answers and record this attempt"))
        self.submit_button.clicked.connect(self.submit)
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Clear the answers and start a new attempt"))
        self.retry_button.clicked.connect(self.try_again)
        self.retry_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.attempts_heading)
        layout.addWidget(self.attempts_list)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        self._refresh_attempts()
        if self.attempts and self.attempts_left() == 0:
            # Nothing more to try: show the last attempt, marked, so the explanations stay useful.
            self._show_attempt(self.attempts[-1])
        else:
            self._set_answering(True)
        if self.questions:
            self.setFocusProxy(self.scroll)

    # ------------------------------------------------------------------ state

    def attempts_left(self) -> int | None:
        """Attempts still allowed, or None when the quiz has no limit."""
        if self.item.max_attempts is None:
            return None
        return max(0, self.item.max_attempts - len(self.attempts))

    def has_passed(self) -> bool:
        return any(a.passed for a in self.attempts)

    def _refresh_attempts(self) -> None:
        pass_mark = pass_mark_percent(self.item.pass_mark)
        rules = self.tr("{n} questions. The pass mark is {pass_mark}%.").format(
            n=len(self.item.questions), pass_mark=pass_mark)
        if self.item.max_attempts is not None:
            rules += " " + self.tr("You may make {max} attempts; {left} left.").format(
                max=self.item.max_attempts, left=self.attempts_left())
        if self.has_passed():
            rules += " " + self.tr("You have passed this quiz.")
        self.rules_label.setText(rules)
        self.rules_label.setAccessibleDescription(rules)

        self.attempts_list.clear()
        for n, attempt in enumerate(self.attempts, start=1):
            outcome = self.tr("passed") if attempt.passed else self.tr("not passed")
            text = self.tr("Attempt {n}: {correct} of {total} ({percent}%), {outcome} — {when}")
            text = text.format(n=n, correct=attempt.correct_count, total=attempt.total,
                               percent=score_percent(attempt.correct_count, attempt.total), outcome=outcome,
                               when=self._when(attempt.created_at))
            self.attempts_list.addItem(text)
        shown = bool(self.attempts)
        self.attempts_heading.setVisible(shown)
        self.attempts_list.setVisible(shown)
        if shown:
            rows = min(len(self.attempts), 4)
            row_height = self.attempts_list.sizeHintForRow(0)
            frame = 2 * self.attempts_list.frameWidth()
            row_height = max(row_height, self.fontMetrics().height())
            self.attempts_list.setMaximumHeight(rows * row_height + frame + 2)

    def _when(self, created_at: str) -> str:
        return format_timestamp(created_at)

    def _set_answering(self, answering: bool) -> None:
        for box in self.questions:
            box.set_answerable(answering and not self._waiting)
        self.submit_button.setVisible(answering)
        self.submit_button.setEnabled(answering and not self._waiting)

    # ------------------------------------------------------------------ actions

    def answers(self) -> dict[str, list[str]]:
        return {box.question.id: box.selected() for box in self.questions}

    def submit(self) -> None:
        """Send the answers to be graded and saved; the result arrives in `_on_result`."""
        if self._waiting:
            return
        left = self.attempts_left()
        if left == 0:
            return
        for n, box in enumerate(self.questions, start=1):
            if not box.selected():
                self.message_label.setText(
                    self.tr("Answer question {n} before submitting.").format(n=n))
                self.scroll.ensureWidgetVisible(box)
                next(iter(box.buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self._waiting = True
        self._set_answering(True)
        self.message_label.setText(self.tr("Saving your answers…"))
        self.ctx.submit_quiz(self.answers(), self._on_result)

    def _on_result(self, attempt: QuizAttempt | None) -> None:
        if not shiboken6.isValid(self):
            return  # the learner moved on before the store answered; the attempt is saved
        self._waiting = False
        if attempt is None:  # not saved (e.g. no attempts left, disk full): answers stay
            self._set_answering(True)
            self.message_label.setText(self.tr("Your answers could not be saved. Nothing was "
                                               "recorded; you can submit them again."))
            return
        self.attempts.append(attempt)
        self._refresh_attempts()
        self._show_attempt(attempt)
        if attempt.passed:
            self.progressed.emit(self.item_id, 1.0)
            # The store recorded the completion with the attempt; only tell the shell.
            self._complete(save=False)

    def _show_attempt(self, attempt: QuizAttempt) -> None:
        """Render an attempt: its answers, right/wrong marks, explanations and the score."""
        result = grade(self.item, attempt.answers)
        for box in self.questions:
            box.set_selected(list(attempt.answers.get(box.question.id, [])))
            box.show_feedback(result.per_question.get(box.question.id, False))
        self._set_answering(False)
        text = self.tr("You scored {correct} of {total} ({percent}%). The pass mark is "
                       "{pass_mark}%.").format(correct=attempt.correct_count, total=attempt.total,
                                               percent=score_percent(attempt.correct_count, attempt.total),
                                               pass_mark=pass_mark_percent(self.item.pass_mark))
        if attempt.passed:
            text += " " + self.tr("You passed.")
        else:
            text += " " + self.tr("You did not pass this time.")
        self.result_label.setText(text)
        self.result_label.setAccessibleDescription(text)
        self.result_label.show()
        left = self.attempts_left()
        if left == 0:
            self.retry_button.hide()
            if attempt.passed or self.has_passed():
                self.message_label.setText(self.tr("You have used all your attempts."))
            else:
                self.message_label.setText(self.tr(
                    "You have used all {max} attempts, so this quiz cannot be passed on this "
                    "computer. Talk to your course coordinator.").format(
                        max=self.item.max_attempts))
        else:
            self.retry_button.show()
            self.message_label.setText(self.tr("Read the explanations, then try again if you wish.")
                                       if not attempt.passed else "")
        self.result_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_again(self) -> None:
        """Clear answers and marks for a new attempt (if any attempts are left)."""
        if self.attempts_left() == 0 or self._waiting:
            return
        for box in self.questions:
            box.set_selected([])
            box.clear_feedback()
        self.result_label.hide()
        self.result_label.clear()
        self.message_label.clear()
        self.retry_button.hide()
        self._set_answering(True)
        self.scroll.verticalScrollBar().setValue(0)
        if self.questions:
            next(iter(self.questions[0].buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
