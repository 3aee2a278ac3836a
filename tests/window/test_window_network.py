"""The player's hub screens in a real X window against a real hub process: the library with a
course-update banner, the catalog, a download in progress, and a forum thread from others.

Everything is set up the way court IT and a publisher would, with the real command lines
(the `hub_url` and `hub_tools` fixtures in conftest.py): the hub trusts a publisher key,
publishes the signed demo course (versions 1 and 2) and a second
course, creates two learners; the player's data dir signs in with `lectern login` and trusts
the publisher with `lectern trust`; a bandwidth cap (`lectern config`) keeps the download in
progress for its screenshot. Screenshots land in `test-artifacts/screenshots/network/`.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots" / "network"
SCREENS = ["library", "catalog", "downloads", "forum"]

pytestmark = pytest.mark.window


def distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    return len({image.pixel(x, y) for y in range(0, image.height(), 2)
                for x in range(0, image.width(), 2)})


def test_hub_screens_in_a_real_window(player_run, tmp_path, hub_url, hub_tools):
    colleague_posts = hub_tools.colleague_posts
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name in SCREENS:
        (ARTIFACTS / f"{name}.png").unlink(missing_ok=True)
    data = tmp_path / "player"
    hub_tools.signed_in_player(data, hub_url, tmp_path / "publisher.key.pub")
    colleague_posts(hub_url)

    # The wait lets the update notice in the status bar time out before the last screen,
    # so the forum shot shows the sync state instead.
    steps = ["synced", "library", "catalog", "fetch:sources-guide-en", "downloads", "wait:5",
             "forum"]
    env = player_run.env(LECTERN_SCREENSHOT_SCRIPT=",".join(steps),
                         LECTERN_SCREENSHOT_DIR=str(ARTIFACTS))
    proc = subprocess.run(player_run.command(data), env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    reports = " ".join(line for line in proc.stdout.splitlines()
                       if line.startswith("lectern-report"))
    assert "lectern-report script done" in reports and "failed" not in reports, \
        reports + proc.stderr[-3000:]
    for name in SCREENS:
        assert f"lectern-report step {name} done" in reports, (name, reports)
        shot = ARTIFACTS / f"{name}.png"
        assert shot.is_file(), name
        assert distinct_colours(shot) >= 100, name
