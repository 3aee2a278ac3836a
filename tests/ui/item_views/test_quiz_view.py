"""The quiz view with the demo quiz and a real store: fail, pass, attempts, explanations."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from player.item_views import create_item_view
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
        assert not box.is_answerable()
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
    for box in view.questions:
        for cid, button in box.buttons.items():
            label = box.labels[cid]
            assert center(view, button).x() > center(view, label).x()   # the button on the right


def test_long_choices_wrap_and_their_text_can_be_clicked(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"), size=(420, 600))
    assert view.questions_area.horizontalScrollBar().maximum() == 0   # no sideways scrolling
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


# --------------------------------------------------------------------------- issue #12


def center(view: QWidget, widget: QWidget):
    return widget.mapTo(view, widget.rect().center())


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def highlight_pixels(image: QImage, rect: QRect, color: QColor) -> int:
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - color.red()) < 24 and abs(pixel.green() - color.green()) < 24
                    and abs(pixel.blue() - color.blue()) < 24):
                count += 1
    return count


def test_every_choice_shows_keyboard_focus(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"))
    activate(qtbot, view)
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    for box in view.questions:
        for cid, button in box.buttons.items():
            label = box.labels[cid]
            # The choice's whole area: its button and its text, in the box's coordinates.
            area = QRect(button.mapTo(box, button.rect().topLeft()),
                         label.mapTo(box, label.rect().bottomRight())).adjusted(-8, -8, 8, 8)
            view.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
            unfocused = highlight_pixels(box.grab().toImage(), area, highlight)
            button.setFocus(Qt.FocusReason.TabFocusReason)
            assert button.hasFocus()
            focused = highlight_pixels(box.grab().toImage(), area, highlight)
            # A frame in the highlight colour around the choice, not a dot on the indicator.
            assert focused - unfocused > area.width(), (box.question.id, cid)


def test_tab_goes_down_the_questions_then_to_submit(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"))
    activate(qtbot, view)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    visited: list[QWidget] = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        visited.append(widget)
        if widget is view.submit_button:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    expected: list[QWidget] = []
    for box in view.questions:
        buttons = list(box.buttons.values())
        # A radio question is one Tab stop (arrows move between its choices); every checkbox
        # is a Tab stop of its own.
        expected += buttons if box.question.multiple else buttons[:1]
    assert visited == expected + [view.submit_button]
    # Arrows move between the choices of a radio question, Space chooses.
    first = view.questions[0]
    radios = list(first.buttons.values())
    qtbot.keyClick(radios[0], Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    radios[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(radios[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is radios[1]
    qtbot.keyClick(radios[1], Qt.Key.Key_Space)
    assert first.selected() == [list(first.buttons)[1]]


def test_space_answers_and_never_presses_a_button_outside_the_quiz(learner, qtbot):
    """The course screen puts the Library button beside the quiz. Answering and submitting
    from the keyboard, then pressing Space again, must stay inside the quiz (here: the save
    fails, so the quiz stays open for answering)."""
    host = QWidget()
    qtbot.addWidget(host)
    library = QPushButton("&Library", host)
    pressed: list[bool] = []
    library.clicked.connect(lambda: pressed.append(True))
    ctx = replace(learner.context("m2-quiz"),
                  submit_quiz=lambda answers, on_result: QTimer.singleShot(
                      0, lambda: on_result(None)))
    view = create_item_view(ctx, host)
    layout = QHBoxLayout(host)
    layout.addWidget(library)
    layout.addWidget(view, 1)
    host.resize(1000, 700)
    host.show()
    qtbot.waitExposed(host)
    activate(qtbot, host)
    assert isinstance(view, QuizView)

    for box in view.questions:
        button = next(iter(box.buttons.values()))
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert box.selected() == [next(iter(box.buttons))]
    multi = next(box for box in view.questions if box.question.multiple)
    checkbox = list(multi.buttons.values())[1]
    checkbox.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)
    assert checkbox.isChecked()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)
    assert not checkbox.isChecked()

    view.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view.submit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "could not be saved" in view.message_label.text())
    for _ in range(3):
        focused = QApplication.focusWidget()
        assert focused is not None and view.isAncestorOf(focused), focused
        qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert pressed == []
    # A Space that nothing in the quiz uses stops at the quiz.
    view.result_label.show()
    view.result_label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view.result_label, Qt.Key.Key_Space)
    assert pressed == [] and QApplication.focusWidget() is view.result_label
    host.close()


def test_choose_all_that_apply_is_said_once(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"))
    multi = next(box for box in view.questions if box.question.multiple)
    assert "Choose all that apply." in multi.question.text
    said = [label for label in multi.findChildren(QLabel)
            if label.isVisible() and "all that apply" in label.text()]
    assert said == [multi.text_label]
    # A multiple-answer question that does not say so itself gets the hint.
    item = learner.manifest.item("m2-quiz")
    questions = [replace(q, text="Which of these help?") if q.multiple else q
                 for q in item.questions]
    plain = open_view(learner.context(replace(item, questions=questions)))
    box = next(box for box in plain.questions if box.question.multiple)
    assert box.hint is not None and box.hint.isVisible()
    assert box.hint.text() == "Choose all that apply."


def test_buttons_sit_beside_the_first_line_of_their_text(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"), size=(700, 900))
    for box in view.questions:
        for cid, button in box.buttons.items():
            label = box.labels[cid]
            assert abs(label.height() - label.heightForWidth(label.width())) <= 2
            assert center(view, button).x() < center(view, label).x()
            first_line = (label.mapTo(view, label.contentsRect().topLeft()).y()
                          + label.fontMetrics().height() / 2)
            assert abs(center(view, button).y() - first_line) <= 3, (box.question.id, cid)


def test_answers_after_submitting_stay_readable_and_unchanged(open_view, learner, qtbot):
    view = open_view(learner.context("m2-quiz"))
    activate(qtbot, view)
    chosen = wrong_answers(view)
    answer(view, chosen)
    submit(view, qtbot)
    for box in view.questions:
        assert box.selected() == chosen[box.question.id]
        for cid, button in box.buttons.items():
            label = box.labels[cid]
            # Enabled: drawn in full-contrast text, not the disabled grey.
            assert button.isEnabled() and label.isEnabled()
            assert (label.palette().color(label.foregroundRole())
                    == view.palette().color(QPalette.ColorGroup.Active,
                                            QPalette.ColorRole.WindowText))
        # Clicks, Space and arrows change nothing now.
        for cid, button in box.buttons.items():
            qtbot.mouseClick(box.labels[cid], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            button.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(button, Qt.Key.Key_Space)
            qtbot.keyClick(button, Qt.Key.Key_Down)
        assert box.selected() == chosen[box.question.id]
    assert len(view.attempts) == 1


def test_answer_question_message_goes_once_it_is_answered(open_view, learner, qtbot):
    view = open_view(learner.context(QUIZ))
    first, second, third = view.questions
    next(iter(first.buttons.values())).click()
    view.submit_button.click()
    assert view.message_label.text() == "Answer question 2 before submitting."
    next(iter(third.buttons.values())).click()          # another question: still holds
    assert view.message_label.text() == "Answer question 2 before submitting."
    next(iter(second.buttons.values())).click()
    assert view.message_label.text() == ""
    assert learner.store.quiz_attempts(learner.course_id, QUIZ) == []
