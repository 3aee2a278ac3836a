"""The quiz view with the demo quiz and a real store: fail, pass, attempts, explanations."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton

from player.item_views.quiz_view import QuizView

QUIZ = "m1-quiz"


def answer(view: QuizView, choices: dict[str, list[str]]) -> None:
    for box in view.questions:
        for cid in choices[box.question.id]:
            box.buttons[cid].click()


def right_answers(view: QuizView) -> dict[str, list[str]]:
    return {b.question.id: sorted(b.question.correct) for b in view.questions}


def wrong_answers(view: QuizView) -> dict[str, list[str]]:
    return {b.question.id: [next(c.id for c in b.question.choices if c.id not in b.question.correct)]
            for b in view.questions}


def submit(view: QuizView, qtbot) -> None:
    before = len(view.attempts)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.attempts) == before + 1)


def test_fail_then_pass_keeps_attempts_and_explains(open_view, learner, qtbot):
    view = open_view(learner.context(QUIZ))
    assert isinstance(view, QuizView)
    item = learner.manifest.item(QUIZ)
    assert len(view.questions) == len(item.questions) == 3
    assert all(isinstance(b, QRadioButton) for box in view.questions for b in box.buttons.values())
    assert "The pass mark is 67%" in view.rules_label.text()
    assert not view.attempts_list.isVisible()
    completed: list[str] = []
    view.completed.connect(completed.append)

    # First attempt: one right, two wrong -> 1 of 3, not passed.
    choices = wrong_answers(view)
    first_q = view.questions[0].question
    choices[first_q.id] = sorted(first_q.correct)
    answer(view, choices)
    submit(view, qtbot)
    assert view.result_label.text().startswith("You scored 1 of 3 (33%). The pass mark is 67%.")
    assert "did not pass" in view.result_label.text()
    assert view.questions[0].feedback.text().startswith("✓ Correct.")
    for box in view.questions[1:]:
        assert box.feedback.text().startswith("✗ Not correct.")
        assert box.question.explanation and box.question.explanation in box.feedback.text()
        assert not any(b.isEnabled() for b in box.buttons.values())
    assert view.retry_button.isVisible() and not view.submit_button.isVisible()
    assert completed == [] and not learner.progress(QUIZ)
    assert view.attempts_list.count() == 1 and "1 of 3 (33%)" in view.attempts_list.item(0).text()

    # Try again: answers and marks cleared, then all right -> passed, completed.
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert all(not box.selected() and not box.feedback.isVisible() for box in view.questions)
    assert not view.result_label.isVisible()
    answer(view, right_answers(view))
    submit(view, qtbot)
    assert view.result_label.text().startswith("You scored 3 of 3 (100%). The pass mark is 67%.")
    assert "You passed." in view.result_label.text()
    assert completed == [QUIZ]
    assert learner.progress(QUIZ).completed

    attempts = learner.store.quiz_attempts(learner.course_id, QUIZ)
    assert [(a.correct_count, a.passed) for a in attempts] == [(1, False), (3, True)]
    assert view.attempts_list.count() == 2

    # Reopening lists the earlier attempts and says the quiz is passed.
    view.close()
    again = open_view(learner.context(QUIZ))
    assert again.attempts_list.isVisible() and again.attempts_list.count() == 2
    assert "passed" in again.attempts_list.item(1).text()
    assert "You have passed this quiz." in again.rules_label.text()
    assert again.is_completed and again.submit_button.isEnabled()


def test_unanswered_questions_are_named_before_submitting(open_view, learner, qtbot):
    view = open_view(learner.context(QUIZ))
    box = view.questions[0]
    next(iter(box.buttons.values())).click()
    view.submit_button.click()
    assert view.message_label.text() == "Answer question 2 before submitting."
    assert learner.store.quiz_attempts(learner.course_id, QUIZ) == []


def test_max_attempts_are_respected(open_view, learner, qtbot):
    item = replace(learner.manifest.item(QUIZ), max_attempts=2)
    view = open_view(learner.context(item))
    assert "You may make 2 attempts; 2 left." in view.rules_label.text()
    for _ in range(2):
        answer(view, wrong_answers(view))
        submit(view, qtbot)
        if view.retry_button.isVisible():
            view.retry_button.click()
    assert "0 left" in view.rules_label.text()
    assert not view.retry_button.isVisible() and not view.submit_button.isVisible()
    assert "used all 2 attempts" in view.message_label.text()
    view.try_again()
    view.submit()
    assert len(learner.store.quiz_attempts(learner.course_id, QUIZ)) == 2

    # Reopened with no attempts left: the last attempt is shown, marked, with explanations.
    view.close()
    again = open_view(learner.context(item))
    assert not again.submit_button.isVisible()
    assert all(box.feedback.isVisible() for box in again.questions)
    assert again.result_label.text().startswith("You scored 0 of 3 (0%)")


def test_multiple_answer_questions_use_checkboxes(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"))
    multi = next(box for box in view.questions if box.question.multiple)
    assert all(isinstance(b, QCheckBox) for b in multi.buttons.values())
    singles = [box for box in view.questions if not box.question.multiple]
    assert singles and all(isinstance(b, QRadioButton) for box in singles for b in box.buttons.values())

    choices = right_answers(view)
    choices[multi.question.id] = sorted(multi.question.correct)[:1]   # only one of the two
    answer(view, choices)
    assert multi.selected() == choices[multi.question.id]
    submit(view, qtbot)
    assert multi.feedback.text().startswith("✗ Not correct")
    assert multi.question.explanation in multi.feedback.text()
    # 2 of 3 meets a pass mark of 0.67: the wording of the result is exact.
    assert view.result_label.text() == ("You scored 2 of 3 (67%). The pass mark is 67%. "
                                        "You passed.")
    assert view.attempts[-1].passed and learner.progress("m2-quiz").completed


def test_controls_are_named_and_keyboard_reachable(open_view, learner, qtbot):
    view = open_view(learner.context(QUIZ))
    for control in view.findChildren(QAbstractButton):
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.submit_button.text().startswith("&")      # Alt+S
    assert view.retry_button.text().startswith("&")       # Alt+T


def test_right_to_left_layout(open_view, learner, qtbot):
    view = open_view(learner.context(QUIZ))
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(50)
    submit_x = view.submit_button.mapTo(view, view.submit_button.rect().center()).x()
    assert submit_x < view.width() / 2   # the button row is mirrored


def test_long_choices_wrap_and_their_text_can_be_clicked(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"), size=(420, 600))
    assert view.scroll.horizontalScrollBar().maximum() == 0   # no sideways scrolling
    box = view.questions[1]
    longest = max(box.labels.values(), key=lambda label: len(label.text()))
    assert longest.height() > longest.fontMetrics().height() * 1.5   # wrapped over lines
    cid = next(c for c, label in box.labels.items() if label is longest)
    qtbot.mouseClick(longest, Qt.MouseButton.LeftButton)
    assert box.selected() == [cid]


def test_answers_that_could_not_be_saved_can_be_submitted_again(open_view, learner, qtbot):
    ctx = replace(learner.context(QUIZ), submit_quiz=lambda answers, on_result: on_result(None))
    view = open_view(ctx)
    answer(view, right_answers(view))
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in view.message_label.text())
    assert view.submit_button.isEnabled() and view.attempts == []
    assert all(b.isEnabled() for box in view.questions for b in box.buttons.values())
