"""What a real `lectern` process has loaded once its library is shown (issue #11, memory).

The library screen must not pay for screens the learner has not opened: no video stack
(QtMultimedia, FFmpeg), no QtPdf (neither the module nor Qt's PDF image plugin, which a cover
read without its format pulls in), no course, catalog or downloads screen, and not the
source of every imported module (PySide6's import hook reads each one; `linecache` would
keep them all, ~14 MB). A subprocess, because what one test process has imported says
nothing about what the app loads.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sync.paths import DataPaths

REPO = Path(__file__).resolve().parents[2]

#: Python modules the library screen must not import.
HEAVY_MODULES = (
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtSvg",
    "player.course_view", "player.course", "player.icons", "player.catalog_view",
    "player.downloads_view", "player.settings", "player.settings_dialog",
    "player.import_dialog", "player.item_views", "player.item_views.video_view",
    "player.item_views.pdf_view",
    # The network and signing stacks load with their first use, not with the library.
    "requests", "urllib3", "ssl", "nacl", "nacl.signing",
)
#: shared libraries (file name prefixes) the library screen must not map.
HEAVY_LIBRARIES = ("libQt6Multimedia", "libQt6Pdf", "libqpdf", "libavcodec", "libavformat",
                   "libQt6Svg")
#: at most this many files in `linecache` (tracebacks may have added a few).
MAX_CACHED_SOURCES = 10


def _loaded_at_library(data: DataPaths) -> dict[str, object]:
    """Run the player on `data` to its library screen; what it had loaded there."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LECTERN_SCREENSHOT_SCRIPT="library",
               LECTERN_REPORT_MODULES="1", QT_LOGGING_RULES="qt.multimedia.*=false")
    env.pop("LECTERN_SCREENSHOT_DIR", None)
    result = subprocess.run([sys.executable, "-m", "sync.cli", "--data-dir", str(data.root)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines()
             if line.startswith("lectern-report loaded step=library ")]
    assert lines, result.stdout[-3000:] + result.stderr[-3000:]
    fields = dict(word.split("=", 1) for word in lines[0].split()[2:])
    return {"modules": set(fields["modules"].split(",")),
            "libraries": set(filter(None, fields["libraries"].split(","))),
            "linecache": int(fields["linecache"])}


def test_library_screen_loads_no_video_pdf_or_other_screens(demo_paths: DataPaths) -> None:
    loaded = _loaded_at_library(demo_paths)
    modules, libraries = loaded["modules"], loaded["libraries"]
    assert isinstance(modules, set) and isinstance(libraries, set)
    assert "player.library_view" in modules  # the report is from the library screen
    assert sorted(m for m in HEAVY_MODULES if m in modules) == []
    assert sorted(lib for lib in libraries if lib.startswith(HEAVY_LIBRARIES)) == []
    assert any(lib.startswith("libQt6Widgets") for lib in libraries)  # maps were read
    assert loaded["linecache"] <= MAX_CACHED_SOURCES

