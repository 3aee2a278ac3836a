"""The widgets of one quiz question: its text, its choices (each a button beside its wrapping
text, the whole row clickable and framed while it has the keyboard), and the feedback shown
after submitting. They know nothing of attempts or grading; `QuizView` drives them.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Set (True) on controls that draw their own, larger focus frame (a choice frames its whole
# row, the result label its text), so the app-wide focus ring leaves them alone instead of
# covering a 14-pixel radio button.
from player.focus_ring import OWN_FOCUS_FRAME
from sync.manifest import Question

__all__ = ["OWN_FOCUS_FRAME", "ChoiceRow", "QuestionBox"]


class _ReadOnlyChoice:
    """A choice button that stays enabled (full contrast, focusable, read by screen readers)
    but ignores clicks, Space and arrow keys while `read_only`, e.g. when showing a result."""

    read_only = False

    def nextCheckState(self) -> None:  # noqa: N802 - Qt override
        if not self.read_only:
            super().nextCheckState()  # type: ignore[misc]


class _RadioChoice(_ReadOnlyChoice, QRadioButton):
    pass


class _CheckChoice(_ReadOnlyChoice, QCheckBox):
    pass


class ChoiceRow(QWidget):
    """One choice: its radio button or checkbox beside its wrapping text (button text never
    wraps, and choices in legal quizzes are often long sentences).

    Clicking anywhere on the row clicks the button, as a button's own text would. While the
    button has keyboard focus the whole row is framed in the highlight colour, so the
    keyboard's place is plain to see.
    """

    def __init__(self, text: str, multiple: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.button: QAbstractButton = _CheckChoice(self) if multiple else _RadioChoice(self)
        self.button.setAccessibleName(text)
        self.button.setProperty(OWN_FOCUS_FRAME, True)
        self.button.installEventFilter(self)
        # At least 24 x 24 px to hit (WCAG 2.5.8), whatever the style's indicator size; the
        # whole row clicks it too.
        self.button.setMinimumSize(24, 24)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        policy = self.label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)  # as tall as its lines at the width it gets
        self.label.setSizePolicy(policy)

        # The button's middle level with the middle of the text's first line.
        line = self.label.fontMetrics().height()
        indicator = max(self.button.sizeHint().height(), self.button.minimumHeight())
        button_column = QVBoxLayout()
        button_column.setContentsMargins(0, max(0, (line - indicator) // 2), 0, 0)
        button_column.addWidget(self.button)
        button_column.addStretch(1)
        self.label.setContentsMargins(0, max(0, (indicator - line) // 2), 0, 0)
        margin = max(6, line // 3)  # room for the focus frame around button and text
        row = QHBoxLayout(self)
        row.setContentsMargins(margin, margin // 2 + 1, margin, margin // 2 + 1)
        row.addLayout(button_column)
        row.addWidget(self.label, 1, Qt.AlignmentFlag.AlignTop)  # its own height, not the row's

    @property
    def read_only(self) -> bool:
        return self.button.read_only  # type: ignore[attr-defined]

    def set_read_only(self, read_only: bool) -> None:
        self.button.read_only = read_only  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.button and event.type() in (QEvent.Type.FocusIn,
                                                       QEvent.Type.FocusOut):
            self.update()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.button.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self.fontMetrics().height() / 4
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if (event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled()
                and self.rect().contains(event.position().toPoint())):
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        event.accept()


def _says_choose_all(question_text: str, hint: str) -> bool:
    """Whether the question's own text already asks to choose all that apply."""
    def words(text: str) -> str:
        return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())
    text = words(question_text)
    return any(words(h) in text for h in (hint, "Choose all that apply", "Select all that apply"))


class QuestionBox(QGroupBox):
    """One question: its text, its choices (radio buttons, or checkboxes when several answers
    are right), and the feedback shown after submitting."""

    #: a choice was checked or unchecked (by the learner, or when an attempt is shown).
    answer_changed = Signal()

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
        self.hint: QLabel | None = None
        hint_text = self.tr("Choose all that apply.")
        if question.multiple and not _says_choose_all(question.text, hint_text):
            self.hint = QLabel(hint_text, self)
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint)
        # Radio buttons share one exclusive group (one Tab stop, arrows move between them);
        # checkboxes stay out of any group, where Qt would make only one of them a Tab stop.
        self.group: QButtonGroup | None = None
        if not question.multiple:
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
        self.rows: dict[str, ChoiceRow] = {}
        self.buttons: dict[str, QAbstractButton] = {}
        self.labels: dict[str, QLabel] = {}
        description = self.title()
        if question.multiple:
            description += " " + hint_text
        for choice in question.choices:
            row = ChoiceRow(choice.text, question.multiple, self)
            row.button.setAccessibleDescription(description)
            row.button.toggled.connect(self.answer_changed)
            if self.group is not None:
                self.group.addButton(row.button)
            self.rows[choice.id] = row
            self.buttons[choice.id] = row.button
            self.labels[choice.id] = row.label
            layout.addWidget(row)
        self.feedback = QLabel(self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Feedback on question {n}").format(n=number))
        self.feedback.hide()
        layout.addWidget(self.feedback)

    def selected(self) -> list[str]:
        return [cid for cid, button in self.buttons.items() if button.isChecked()]

    def set_selected(self, choice_ids: list[str]) -> None:
        if self.group is not None:
            self.group.setExclusive(False)
        for cid, button in self.buttons.items():
            button.setChecked(cid in choice_ids)
        if self.group is not None:
            self.group.setExclusive(True)

    def set_answerable(self, answerable: bool) -> None:
        """Answerable, or read-only: the choices stay enabled (full contrast, focusable) but
        keep the answers shown."""
        for row in self.rows.values():
            row.set_read_only(not answerable)

    def is_answerable(self) -> bool:
        return not any(row.read_only for row in self.rows.values())

    def focus_target(self) -> QAbstractButton | None:
        """The choice the keyboard should land on: the chosen one, else the first."""
        buttons = list(self.buttons.values())
        checked = [b for b in buttons if b.isChecked()]
        return (checked or buttons)[0] if buttons else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on the question (not a choice) brings the keyboard into it."""
        target = self.focus_target()
        if target is not None:
            target.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

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
