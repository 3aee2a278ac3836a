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
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from player.dates import format_timestamp
from player.widgets import bold_font
from sync.manifest import QuizItem
from sync.quiz import grade, pass_mark_percent, score_percent

from ..item_context import ItemContext
from . import ItemView
from .quiz.questions import OWN_FOCUS_FRAME, ChoiceRow, QuestionBox

if TYPE_CHECKING:
    from sync.store import QuizAttempt

__all__ = ["OWN_FOCUS_FRAME", "ChoiceRow", "QuestionBox", "QuizView"]

log = logging.getLogger(__name__)


class QuizView(ItemView):
    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, QuizItem)
        self.item: QuizItem = item
        self.attempts: list[QuizAttempt] = list(ctx.quiz_attempts)
        self._waiting = False
        #: the question an "Answer question N before submitting." message is about.
        self._prompted: QuestionBox | None = None
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
            box.answer_changed.connect(self._answers_changed)
            self.questions.append(box)
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self.questions_area = QScrollArea(self)
        self.questions_area.setWidget(body)
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_area.setAccessibleName(self.tr("Questions"))
        # Not a Tab stop of its own: Tab goes from choice to choice, and the scroll area
        # brings each focused choice into view.
        self.questions_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAccessibleName(self.tr("Result"))
        # Focusable, so keyboard and screen-reader users land on the score after submitting.
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A label shows no focus by itself: frame it in the highlight colour when it has it.
        self.result_label.setStyleSheet(
            "QLabel { border: 2px solid transparent; border-radius: 3px; padding: 2px; }"
            "QLabel:focus { border-color: palette(highlight); }")
        self.result_label.setProperty(OWN_FOCUS_FRAME, True)
        self.result_label.setFont(bold_font(self.result_label.font()))
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
        layout.addWidget(self.questions_area, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        # Tab: earlier attempts, the questions top to bottom, then the result and the buttons.
        chain: list[QWidget] = [self.attempts_list]
        chain += [button for box in self.questions for button in box.buttons.values()]
        chain += [self.result_label, self.retry_button, self.submit_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

        self._refresh_attempts()
        if self.attempts and self.attempts_left() == 0:
            # Nothing more to try: show the last attempt, marked, so the explanations stay useful.
            self._show_attempt(self.attempts[-1])
        else:
            self._set_answering(True)

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
        rules = self.tr("%n question(s). The pass mark is %1%.", "", len(self.item.questions)
                        ).replace("%1", QLocale().toString(pass_mark))
        if self.item.max_attempts is not None:
            rules += " " + self.tr("You may make %n attempt(s); %1 left.", "", self.item.max_attempts
                                   ).replace("%1", QLocale().toString(self.attempts_left() or 0))
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
        """Answering (choices open, Submit shown) or showing a result (choices read-only).

        Nothing the keyboard may be on is disabled or hidden here without focus being put
        back inside the quiz: Qt would move it to the next control of the window (the
        Library button), where the next Space would leave the quiz.
        """
        for box in self.questions:
            box.set_answerable(answering and not self._waiting)
        first = self.questions[0].focus_target() if self.questions else None
        if not answering and self.submit_button.hasFocus() and first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.submit_button.setVisible(answering)
        self.setFocusProxy(first or self.submit_button if answering else self.result_label)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Space answers the focused choice (the choice handles it); a Space that no control of
        the quiz used stops here, so it never presses a button outside the quiz."""
        if event.key() == Qt.Key.Key_Space:
            event.accept()
            return
        super().keyPressEvent(event)

    def _answers_changed(self, *_args: object) -> None:
        """A message asking to answer a question goes once that question is answered."""
        if self._prompted is not None and self._prompted.selected():
            self._prompted = None
            self.message_label.clear()

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
                self._prompted = box
                self.questions_area.ensureWidgetVisible(box)
                target = box.focus_target()
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self._prompted = None
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
                    "You have used all %n attempt(s), so this quiz cannot be passed on this "
                    "computer. Talk to your course coordinator.", "", self.item.max_attempts or 0))
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
        self._prompted = None
        self._set_answering(True)
        if self.questions:
            first = self.questions[0].focus_target()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retry_button.hide()
        self.questions_area.verticalScrollBar().setValue(0)
