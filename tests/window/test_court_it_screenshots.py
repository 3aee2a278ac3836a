"""Court IT's screens in a real X window (Xvfb): Settings with locked values, and the
profile chooser of a shared PC. Screenshots land in `test-artifacts/screenshots/`."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sync.profiles import create_profile
from sync.signing import generate_keypair
from sync.store import LearnerStore
from sync.trust import add_trusted_key

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots"

pytestmark = pytest.mark.window


def _profile(root: Path, name: str, pin: str | None = None) -> None:
    paths = create_profile(root, name, pin)
    with LearnerStore.open(paths.db) as store:
        store.set_setting("demo_offered", True)


def _check(shot: Path, min_width: int, min_height: int) -> None:
    assert shot.is_file(), shot
    image = QImage(str(shot))
    assert image.width() >= min_width and image.height() >= min_height, image.size()
    colours = {image.pixel(x, y) for y in range(0, image.height(), 2)
               for x in range(0, image.width(), 2)}
    assert len(colours) >= 60, len(colours)  # text and controls, not a blank window


def test_settings_with_locked_values_in_a_real_window(player_run, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "settings.png"
    shot.unlink(missing_ok=True)
    ministry = generate_keypair(tmp_path / "ministry", "Ministry of Justice training unit")
    academy = generate_keypair(tmp_path / "academy", "Judicial Academy")
    site = tmp_path / "lectern.toml"
    site.write_text(f"""hub_url = "https://lectern-relay.court.local"
proxy = "http://proxy.court.local:3128"
bandwidth_cap_kbps = 256
download_hours = "22:00-06:00"
trusted_keys = ["{ministry.to_text().strip()}"]
locked = ["hub_url", "proxy", "allow_unsigned_bundles"]
""")
    data = tmp_path / "data"
    _profile(data, "default")
    with LearnerStore.open(data / "profiles" / "default" / "learner.db") as store:
        add_trusted_key(store, academy)
    proc = subprocess.run(player_run.command(data), cwd=REPO, capture_output=True, text=True,
                          timeout=120, env=player_run.env(
                              LECTERN_SITE_CONFIG=str(site),
                              LECTERN_SCREENSHOT_SCRIPT="settings",
                              LECTERN_SCREENSHOT_DIR=str(ARTIFACTS)))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "lectern-report step settings done" in proc.stdout, proc.stdout + proc.stderr[-3000:]
    assert "lectern-report script done" in proc.stdout
    _check(shot, 500, 400)


def test_profile_chooser_in_a_real_window(player_run, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "profiles.png"
    shot.unlink(missing_ok=True)
    data = tmp_path / "data"
    _profile(data, "default")
    _profile(data, "Clerk Ana", "2468")
    _profile(data, "Judge Ben Okafor")
    _profile(data, "Prosecutor Eva", "1357")
    proc = subprocess.run(player_run.command(data), cwd=REPO, capture_output=True, text=True,
                          timeout=120, env=player_run.env(
                              LECTERN_SCREENSHOT_SCRIPT="profiles",
                              LECTERN_SCREENSHOT_DIR=str(ARTIFACTS)))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "lectern-report step profiles done" in proc.stdout, proc.stdout + proc.stderr[-3000:]
    _check(shot, 400, 250)
