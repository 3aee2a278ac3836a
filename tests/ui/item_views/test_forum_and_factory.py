"""The forum item, the view factory and the shared contract (signals, names, fonts)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from player.item_views import ItemView, create_item_view
from player.item_views.forum_item_view import ForumItemView
from player.item_views.pdf_view import PdfReadingView
from player.item_views.quiz_view import QuizView
from player.item_views.reading_view import TextReadingView


def test_forum_item_shows_the_prompt_and_never_completes(open_view, learner, qtbot):
    item = learner.manifest.item("m1-forum")
    view = open_view(learner.context("m1-forum"))
    assert isinstance(view, ForumItemView)
    assert view.prompt_label.text() == item.prompt
    assert "syncs" in view.sync_note.text()
    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "posted" not in texts.lower()  # no fake threads or posts
    emitted: list[str] = []
    view.completed.connect(emitted.append)
    view.save_state()
    qtbot.wait(50)
    assert emitted == [] and learner.progress("m1-forum") is None
    assert view.prompt_label.accessibleName() and view.prompt_label.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_factory_picks_the_view_for_each_item_kind(learner, qtbot):
    expected = {"m1-reading": TextReadingView, "m2-reading": TextReadingView,
                "m2-briefing": PdfReadingView, "m1-quiz": QuizView, "m1-forum": ForumItemView}
    for item_id, cls in expected.items():
        view = create_item_view(learner.context(item_id))
        qtbot.addWidget(view)
        assert type(view) is cls and isinstance(view, ItemView)
        assert view.item_id == item_id
    video = create_item_view(learner.context("m1-lecture"))
    qtbot.addWidget(video)
    assert type(video).__name__ == "VideoView"


def test_views_follow_the_system_font(learner, qtbot):
    """Sizes come from font metrics: a bigger system font makes the views bigger."""
    app = QApplication.instance()
    original = app.font()
    heights = []
    try:
        for points in (9, 18):
            font = QFont(original)
            font.setPointSize(points)
            app.setFont(font)
            video = create_item_view(learner.context("m1-lecture"))
            qtbot.addWidget(video)
            heights.append((video.caption_label.minimumHeight(), video.time_label.minimumWidth(),
                            video.sizeHint().height()))
    finally:
        app.setFont(original)
    small, large = heights
    assert large[0] > small[0] * 1.5 and large[1] > small[1] * 1.5 and large[2] > small[2]
