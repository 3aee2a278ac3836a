"""SIGKILL a real `lectern import` at random moments: the course is absent or complete."""
from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from course_factory import write_tiny_course

from sync.bundle import build_bundle
from sync.paths import DataPaths
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]
TRIALS = 20


def start_import(data: Path, bundle: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "sync.cli", "--data-dir", str(data), "import",
                             "--allow-unsigned", str(bundle)], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def check_absent_or_complete(data: Path) -> str:
    paths = DataPaths(data)
    if not paths.db.exists():
        return "absent"
    with LearnerStore.open(paths.db) as store:
        courses = store.list_courses()
        if not courses:
            return "absent"
        files = store.course_files("tiny-en")
    for f in files:
        assert f.present
        blob = paths.blobs / f.sha256[:2] / f.sha256
        assert blob.stat().st_size == f.size
        assert hashlib.sha256(blob.read_bytes()).hexdigest() == f.sha256
    return "complete"


@pytest.mark.slow
def test_sigkill_during_import(tmp_path):
    bundle = tmp_path / "big.lectern"
    build_bundle(write_tiny_course(tmp_path / "src", video_bytes=12_000_000), bundle)
    # Calibrate how long a whole import takes here, so kills land across all of it.
    t0 = time.monotonic()
    proc = start_import(tmp_path / "calibrate", bundle)
    assert proc.wait(timeout=120) == 0, proc.stderr.read()  # type: ignore[union-attr]
    duration = time.monotonic() - t0
    rng = random.Random(1234)
    outcomes = []
    for trial in range(TRIALS):
        data = tmp_path / f"trial{trial}"
        proc = start_import(data, bundle)
        time.sleep(rng.uniform(0.05, duration * 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        outcomes.append(check_absent_or_complete(data))
        again = start_import(data, bundle)
        assert again.wait(timeout=120) == 0, again.stderr.read()  # type: ignore[union-attr]
        assert check_absent_or_complete(data) == "complete"
        leftovers = list((data / "blobs").rglob("*.part"))
        assert leftovers == []
    # The kills really landed at different stages.
    assert "absent" in outcomes
