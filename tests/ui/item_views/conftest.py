"""Fixtures for the item-view tests: the real demo course imported once, a real learner store
per test, and ItemContexts wired to that store the way the shell wires them."""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from player.item_context import ItemContext
from player.item_views import ItemView, create_item_view
from sync.content_store import ContentStore
from sync.demo import DEMO_COURSE_ID, ensure_demo_installed
from sync.manifest import Item, Manifest
from sync.paths import DataPaths
from sync.store import LearnerStore

ROOT = Path(__file__).resolve().parents[3]
DEMO_SOURCE = ROOT / "resources" / "demo" / "course"


@pytest.fixture(scope="session")
def demo_install(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """The demo course imported through the real importer, once per test session."""
    paths = DataPaths(tmp_path_factory.mktemp("lectern-demo"))
    course_id = ensure_demo_installed(paths)
    assert course_id == DEMO_COURSE_ID, "the demo course did not import; see the log above"
    return paths


@dataclass
class Learner:
    """One learner's real store (a copy of the demo install's database) and the shell-side
    wiring of ItemContext callbacks to it."""

    store: LearnerStore
    blobs: ContentStore
    course_id: str
    manifest: Manifest
    saves: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def blob_path(self, sha: str) -> Path | None:
        return self.blobs.path(sha) if self.blobs.has(sha) else None

    def context(self, item: str | Item, *, blob_path: Callable[[str], Path | None] | None = None,
                caption_language: str = "en") -> ItemContext:
        item_obj = self.manifest.item(item) if isinstance(item, str) else item
        item_id = item_obj.id

        def save_progress(**kwargs: Any) -> None:
            self.saves.append((item_id, kwargs))
            self.store.record_progress(self.course_id, item_id, **kwargs)

        def submit_quiz(answers: dict[str, list[str]], on_result: Callable[[Any], None]) -> None:
            # The shell grades on its writer lane and answers on the UI thread, later.
            attempt = self.store.record_quiz_attempt(self.course_id, item_id, answers)
            QTimer.singleShot(0, lambda: on_result(attempt))

        known = item_id in {it.id for it in self.manifest.items()}
        return ItemContext(
            course_id=self.course_id,
            manifest=self.manifest,
            item=item_obj,
            progress=self.store.progress(self.course_id).get(item_id) if known else None,
            quiz_attempts=self.store.quiz_attempts(self.course_id, item_id) if known else [],
            blob_path=blob_path or self.blob_path,
            save_progress=save_progress,
            submit_quiz=submit_quiz,
            caption_language=caption_language,
        )

    def progress(self, item_id: str):
        return self.store.progress(self.course_id).get(item_id)

    def item_file(self, item_id: str) -> Path:
        """The installed blob of a reading (the file the view must show)."""
        item = self.manifest.item(item_id)
        return self.blobs.path(item.sha256)  # type: ignore[attr-defined]


@pytest.fixture
def learner(demo_install: DataPaths, tmp_path: Path) -> Learner:
    """A fresh learner database per test (a copy of the imported one); blobs are shared."""
    db = tmp_path / "learner.db"
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(demo_install.db) + suffix)
        if src.exists():
            shutil.copy2(src, Path(str(db) + suffix))
    store = LearnerStore.open(db)
    manifest = store.manifest(DEMO_COURSE_ID)
    yield Learner(store, ContentStore(demo_install.blobs), DEMO_COURSE_ID, manifest)
    store.close()


@pytest.fixture
def open_view(qtbot, learner: Learner) -> Callable[..., ItemView]:
    """Create the view for a context, show it at a given size and wait until it is exposed.

    Depends on `learner` so views are closed (and save) before the store closes.
    """

    def _open(ctx: ItemContext, size: tuple[int, int] = (900, 640),
              parent: QWidget | None = None) -> ItemView:
        view = create_item_view(ctx, parent)
        if parent is None:
            qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view

    return _open


def write_blob(directory: Path, data: bytes) -> tuple[str, Path]:
    """A file stored under its sha256, like the content store does, for hand-made items."""
    sha = hashlib.sha256(data).hexdigest()
    path = directory / sha
    path.write_bytes(data)
    return sha, path
