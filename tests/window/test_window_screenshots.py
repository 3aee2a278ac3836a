"""The real player in a real X window: each main screen opened and kept as a screenshot.

The screenshots land in `test-artifacts/screenshots/` (kept by CI as artifacts). Each must
be a real picture, not a blank or grey window: many distinct colours, and for the video
many more, because decoded frames (not a black rectangle) are on screen.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots"

pytestmark = pytest.mark.window

SCREENS = ["library", "course", "video", "reading", "pdf", "quiz", "forum"]


def distinct_colours(path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    return len({image.pixel(x, y) for y in range(0, image.height(), 2)
                for x in range(0, image.width(), 2)})


def test_each_main_screen_in_a_real_window(player_run, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name in SCREENS:
        (ARTIFACTS / f"{name}.png").unlink(missing_ok=True)
    env = player_run.env(LECTERN_SCREENSHOT_SCRIPT=",".join(SCREENS),
                         LECTERN_SCREENSHOT_DIR=str(ARTIFACTS))
    proc = subprocess.run(player_run.command(tmp_path / "data"), env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    reports = [line for line in proc.stdout.splitlines() if line.startswith("lectern-report")]
    assert "lectern-report script done" in reports, proc.stdout + proc.stderr[-3000:]
    for name in SCREENS:
        assert f"lectern-report step {name} done" in " ".join(reports), (name, reports)
        shot = ARTIFACTS / f"{name}.png"
        assert shot.is_file(), name
        image = QImage(str(shot))
        assert image.width() >= 800 and image.height() >= 500, (name, image.size())
        colours = distinct_colours(shot)
        assert colours >= (800 if name in ("video", "pdf") else 100), (name, colours)
