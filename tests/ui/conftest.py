"""Fixtures for the player shell's tests: real data dirs with the real demo course, real
windows driven with pytest-qt offscreen, and the real demo bundle file."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import Qt

from player.app import create_main_window
from player.main_window import MainWindow
from sync.demo import DEMO_COURSE_ID, demo_source, install_demo_courses
from sync.paths import DataPaths
from sync.store import LearnerStore

LOAD_TIMEOUT = 20_000


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the demo course imported by the real importer, once per session."""
    root = tmp_path_factory.mktemp("shell-demo-template")
    # The English version only: these tests are about one course. A real first start
    # installs the French and Arabic versions too (tests/unit/test_demo_languages.py).
    assert install_demo_courses(DataPaths(root), (DEMO_COURSE_ID,)) == [DEMO_COURSE_ID]
    return root


@pytest.fixture
def demo_paths(tmp_path: Path, demo_template: Path) -> DataPaths:
    """A private copy of the demo data dir for one test."""
    root = tmp_path / "data"
    shutil.copytree(demo_template, root)
    return DataPaths(root)


@pytest.fixture
def empty_paths(tmp_path: Path) -> DataPaths:
    """A data dir with nothing installed; the demo is marked as offered, so it stays empty."""
    paths = DataPaths(tmp_path / "empty").ensure()
    with LearnerStore.open(paths.db) as store:
        store.set_setting("demo_offered", True)
    return paths


@pytest.fixture(scope="session")
def demo_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo course as an unsigned `.lectern` file, built by the real builder."""
    from sync.bundle import build_bundle

    out = tmp_path_factory.mktemp("shell-bundles") / "foe-intro-en.lectern"
    build_bundle(demo_source(), out)
    return out


@pytest.fixture
def open_window(qtbot) -> Callable[..., MainWindow]:
    """Open the real main window on a data dir and wait until its library has loaded."""

    def make(paths: DataPaths, install_demo: bool = False) -> MainWindow:
        window = create_main_window(paths, install_demo=install_demo)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.library.load_count > 0, timeout=LOAD_TIMEOUT)
        # Cards added to a shown layout become visible on a queued event: wait for it, so
        # tests measure laid-out cards.
        qtbot.waitUntil(lambda: all(card.isVisible() for card in window.library.cards.values()),
                        timeout=LOAD_TIMEOUT)
        return window

    return make


def wait_item(qtbot, window: MainWindow, item_id: str) -> None:
    """Wait until the course screen shows the view of `item_id`."""
    qtbot.waitUntil(lambda: window.course.item_view is not None
                    and window.course.item_view.item_id == item_id, timeout=LOAD_TIMEOUT)


def wait_idle(qtbot, window: MainWindow) -> None:
    """Wait until every background task has delivered its result to the UI thread."""
    qtbot.waitUntil(lambda: not window.bridge.busy, timeout=LOAD_TIMEOUT)


@pytest.fixture
def helpers():
    """The module-level helpers, for tests that prefer a fixture to an import."""
    return type("Helpers", (), {"wait_item": staticmethod(wait_item),
                                "wait_idle": staticmethod(wait_idle)})


@pytest.fixture
def rtl(qapp):
    """The application laid out right to left (Arabic), for the length of one test."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
