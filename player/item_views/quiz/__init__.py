"""The parts of the quiz view (`player.item_views.quiz_view.QuizView`).

- `questions`: one question's widgets: its choices and the feedback after submitting.
"""
