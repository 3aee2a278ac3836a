"""The window fits its screen and no text widens it (issue #12 items 1 and 11).

Long course titles, module names and item titles (with and without spaces) wrap or elide; the
outline shows whole titles, so two quizzes called "Check your understanding: …" can be told
apart; a window opened with twice the font, or restored from a larger screen, still lies
within the screen's available area.
"""
from __future__ import annotations

import math
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from player.app import create_main_window
from player.sizing import ZWSP, breakable
from sync.demo import DEMO_COURSE_ID, demo_source
from sync.paths import DataPaths

LONG_COURSE = ("The protection of journalists and other media actors in criminal, civil and "
               "administrative proceedings before national courts and tribunals")
LONG_WORD = "Article19InternationalCovenantOnCivilAndPoliticalRightsParagraphThree"
LONG_MODULE = ("International and regional standards on freedom of expression, and what they "
               "ask of judges, prosecutors and court clerks in their daily work")


@pytest.fixture(scope="module")
def long_titles_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the demo course rebuilt under very long titles (one without spaces)."""
    from sync.bundle import TrustPolicy, build_bundle
    from sync.importer import import_bundle
    from sync.store import LearnerStore

    work = tmp_path_factory.mktemp("long-titles")
    src = work / "course"
    shutil.copytree(demo_source(), src)
    toml = (src / "course.toml").read_text(encoding="utf-8")
    replacements = {
        "Freedom of expression and the safety of journalists: an introduction":
            f"{LONG_COURSE} {LONG_WORD}",
        "Freedom of expression in international law": LONG_MODULE,
        "Lecture: the right and its limits": f"Lecture: {LONG_WORD} and its limits",
    }
    for old, new in replacements.items():
        toml = re.sub(rf'(?m)^(\s*)title = "{re.escape(old)}"$', rf'\1title = "{new}"', toml)
    (src / "course.toml").write_text(toml, encoding="utf-8")
    bundle = work / "long.lectern"
    build_bundle(src, bundle)
    root = work / "data"
    paths = DataPaths(root).ensure()
    with LearnerStore.open(paths.db) as store:
        store.set_setting("demo_offered", True)
    import_bundle(paths, bundle, TrustPolicy(allow_unsigned=True))
    return root


@pytest.fixture
def long_paths(tmp_path: Path, long_titles_template: Path) -> DataPaths:
    root = tmp_path / "data"
    shutil.copytree(long_titles_template, root)
    return DataPaths(root)


def _fits(window) -> None:
    avail = window.screen().availableGeometry()
    assert avail.contains(window.frameGeometry()), (window.frameGeometry(), avail)
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= avail.width() and minimum.height() <= avail.height(), minimum


def test_breakable_puts_invisible_breaks_in_long_words_only():
    assert breakable("short words stay as they are") == "short words stay as they are"
    broken = breakable(f"see {LONG_WORD} now", 24)
    assert broken.replace(ZWSP, "") == f"see {LONG_WORD} now"
    assert all(len(part) <= 24 for word in broken.split() for part in word.split(ZWSP))


def test_long_titles_never_widen_the_window(qtbot, open_window, long_paths, helpers):
    window = open_window(long_paths)
    qtbot.wait(50)
    width = window.width()
    card = window.library.cards[DEMO_COURSE_ID]
    assert card.title_label.text().replace(ZWSP, "").startswith(LONG_COURSE)
    assert card.title_label.wordWrap()
    window.open_course(DEMO_COURSE_ID, "m1-lecture")
    helpers.wait_item(qtbot, window, "m1-lecture")
    course = window.course
    qtbot.wait(50)
    assert window.width() == width
    _fits(window)
    # Nothing on the course screen asks for more than a third of a 1366 px screen.
    assert course.minimumSizeHint().width() < 455, course.minimumSizeHint()
    # The whole title stays reachable where it is cut: tooltip and window title.
    assert course.course_title.text().startswith(LONG_COURSE)
    assert course.course_title.toolTip() == f"{LONG_COURSE} {LONG_WORD}"
    assert LONG_COURSE in window.windowTitle()
    assert course.module_label.wordWrap() and course.item_title.wordWrap()
    assert course.item_title.text().replace(ZWSP, "") == f"Lecture: {LONG_WORD} and its limits"
    # A narrow window: labels wrap, the window does not push back.
    window.resize(QSize(700, window.height()))
    qtbot.wait(50)
    assert window.width() == 700
    for label in (course.module_label, course.item_title, course.overall_label):
        assert label.width() <= course.item_pane.width() + course.outline_pane.width(), label


def _text_fits(outline, row) -> tuple[int, int]:
    """(height the wrapped text needs, height the style gives it) in the row's real cell."""
    index = outline.indexFromItem(row, 0)
    opt = QStyleOptionViewItem()
    outline.initViewItemOption(opt) if hasattr(outline, "initViewItemOption") else None
    outline.itemDelegate().initStyleOption(opt, index)
    opt.rect = outline.visualRect(index)
    opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    text = outline.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, outline)
    # Drawn as QCommonStyle does: a word-wrapping QTextLayout inside the text margins.
    margin = outline.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    layout = QTextLayout(row.text(0).replace("\n", "\u2028"), opt.font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(text.width() - 2 * margin)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return math.ceil(height), text.height()


def test_outline_titles_wrap_so_two_quizzes_can_be_told_apart(qtbot, open_window, demo_paths,
                                                              helpers):
    window = open_window(demo_paths)
    window.open_course(DEMO_COURSE_ID, "m1-quiz")
    helpers.wait_item(qtbot, window, "m1-quiz")
    course = window.course
    outline = course.outline
    # A narrow outline, as with large fonts: titles wrap instead of "Check your un…".
    course.splitter.setSizes([260, 900])
    qtbot.wait(100)
    assert not outline.uniformRowHeights() and outline.wordWrap()
    line = QFontMetrics(outline.font()).height()
    for item_id in ("m1-quiz", "m2-quiz"):
        row = course._tree_items[item_id]
        title = course.data.manifest.item(item_id).title
        assert row.text(0).startswith(title + "\n"), row.text(0)
        rect = outline.visualItemRect(row)
        assert rect.height() >= 3 * line, (item_id, rect)
        need, given = _text_fits(outline, row)
        assert need <= given, (item_id, need, given)
        # Tooltip: the module and the whole title, so the two quizzes differ there too.
        assert title in row.toolTip(0)
    assert course._tree_items["m1-quiz"].toolTip(0).startswith("1. Freedom of expression")
    assert course._tree_items["m2-quiz"].toolTip(0).startswith("2. The safety of journalists")
    # Wider again: rows get shorter (heights follow the column's width).
    tall = outline.visualItemRect(course._tree_items["m1-quiz"]).height()
    course.splitter.setSizes([700, 370])
    qtbot.waitUntil(lambda: outline.visualItemRect(course._tree_items["m1-quiz"]).height()
                    < tall)


def test_a_window_with_twice_the_font_fits_the_screen(qtbot, qapp, demo_template, tmp_path,
                                                      helpers):
    original = QFont(qapp.font())
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(big)
    try:
        root = tmp_path / "big"
        shutil.copytree(demo_template, root)
        window = create_main_window(DataPaths(root), install_demo=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.library.load_count > 0)
        _fits(window)
        for item_id in ("m1-lecture", "m1-quiz", "m1-forum", "m2-briefing"):
            window.open_course(DEMO_COURSE_ID, item_id)
            helpers.wait_item(qtbot, window, item_id)
            qtbot.wait(50)
            _fits(window)
    finally:
        qapp.setFont(original)


def test_a_restored_geometry_larger_than_the_screen_is_clamped(qtbot, demo_paths):
    first = create_main_window(demo_paths, install_demo=False)
    qtbot.addWidget(first)
    first.show()
    avail = first.screen().availableGeometry()
    first.setGeometry(avail.x() - 300, avail.y() - 200, avail.width() + 900,
                      avail.height() + 700)
    first.close()  # saves the geometry, as it was
    assert (demo_paths.profile_dir / "window.ini").is_file()
    again = create_main_window(demo_paths, install_demo=False)
    qtbot.addWidget(again)
    assert avail.contains(again.frameGeometry()), (again.frameGeometry(), avail)
    again.show()
    qtbot.wait(400)
    assert avail.contains(again.frameGeometry()), (again.frameGeometry(), avail)


def test_a_restored_geometry_comes_back(qtbot, demo_paths):
    first = create_main_window(demo_paths, install_demo=False)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(40, 50, 640, 480)
    first.close()
    again = create_main_window(demo_paths, install_demo=False)
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(50)
    assert again.size() == QSize(640, 480)
    assert QApplication.instance() is not None
