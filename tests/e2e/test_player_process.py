"""SIGKILL a real `lectern` process while a video plays: the saved position survives.

The player saves the video position every few seconds while it plays, each save one SQLite
transaction (WAL) on the store lane. A process killed with SIGKILL gets no chance to save
anything more, so whatever the store held before the kill must be intact afterwards, and a
restarted player must resume the lecture there.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sync.demo import DEMO_COURSE_ID
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QT_LOGGING_RULES="qt.multimedia.*=false")
    env.update(extra)
    return env


def _saved_position(db: Path) -> float | None:
    if not db.exists():
        return None
    try:
        with LearnerStore.open(db) as store:
            if not store.has_course(DEMO_COURSE_ID):
                return None
            progress = store.progress(DEMO_COURSE_ID).get("m1-lecture")
    except Exception:  # noqa: BLE001 - the player may be creating the database right now
        return None
    return progress.position if progress else None


def test_sigkill_while_playing_keeps_the_saved_position(tmp_path):
    data = tmp_path / "data"
    db = data / "profiles" / "default" / "learner.db"
    cmd = [sys.executable, "-m", "sync.cli", "--data-dir", str(data)]
    log = open(tmp_path / "player.log", "w")
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                            env=_env(LECTERN_SCREENSHOT_SCRIPT="play", LECTERN_SCRIPT_STAY="1",
                                     LECTERN_PLAYBACK_RATE="2"))
    try:
        # Wait for two periodic saves, so the kill lands in the middle of steady playback.
        deadline = time.monotonic() + 90
        seen: list[float] = []
        while time.monotonic() < deadline and proc.poll() is None:
            position = _saved_position(db)
            if position and (not seen or position > seen[-1]):
                seen.append(position)
                if len(seen) >= 2:
                    break
            time.sleep(0.1)
        assert len(seen) >= 2, (seen, (tmp_path / "player.log").read_text()[-3000:])
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        log.close()
    assert proc.returncode == -signal.SIGKILL

    after = _saved_position(db)
    assert after is not None and after >= seen[-1], (after, seen)

    # Restart: Continue opens the lecture where it was when the process died.
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120,
                            env=_env(LECTERN_SCREENSHOT_SCRIPT="continue"))
    assert result.returncode == 0, result.stderr[-3000:]
    line = next((ln for ln in result.stdout.splitlines()
                 if ln.startswith("lectern-report continued")), None)
    assert line is not None, result.stdout + result.stderr[-3000:]
    fields = dict(part.split("=", 1) for part in line.split()[2:])
    assert fields["item"] == "m1-lecture"
    assert float(fields["saved"]) == pytest.approx(after, abs=0.05)
    assert float(fields["position"]) == pytest.approx(after, abs=0.6)
