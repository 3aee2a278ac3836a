"""One window per profile, with real `lectern` processes on one data dir.

A second launch for the same data dir and profile must bring the first window forward and
exit 0 at once; another profile may open beside it; and after the first process is killed
with SIGKILL (its socket file left behind) a new launch must start normally.
`LECTERN_REPORT_INSTANCE=1` makes the processes print what they decided.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from player.single_instance import instance_name, socket_path
from sync.paths import DataPaths
from sync.profiles import create_profile
from sync.store import LearnerStore

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia.*=false",
               LECTERN_REPORT_INSTANCE="1")
    env.pop("LECTERN_PROFILE", None)
    env.update(extra)
    return env


def _cmd(data: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "sync.cli", "--data-dir", str(data), *extra]


def _wait_for(log: Path, text: str, proc: subprocess.Popen, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in log.read_text(errors="replace"):
            return
        assert proc.poll() is None, f"exited {proc.returncode}: {log.read_text()[-3000:]}"
        time.sleep(0.05)
    raise AssertionError(f"no {text!r} in time: {log.read_text()[-3000:]}")


def _profile(root: Path, name: str) -> None:
    """A profile that has already been offered the demo course: these windows stay empty."""
    paths = create_profile(root, name)
    with LearnerStore.open(paths.db) as store:
        store.set_setting("demo_offered", True)


def test_second_launch_brings_the_first_window_forward_and_a_stale_socket_is_taken_over(
        tmp_path):
    data = tmp_path / "data"
    _profile(data, "default")
    first_log = tmp_path / "first.log"
    with open(first_log, "w") as out:
        first = subprocess.Popen(_cmd(data), cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                 env=_env(LECTERN_SCREENSHOT_SCRIPT="minimize",
                                          LECTERN_SCRIPT_STAY="1"))
    try:
        _wait_for(first_log, "lectern-report instance primary profile=default", first)
        _wait_for(first_log, "lectern-report step minimize done", first)
        sock = socket_path(instance_name(data, "default"))
        assert sock is not None and sock.exists()

        # The second launch: forwarded, exit 0, quickly (no window of its own).
        started = time.monotonic()
        second = subprocess.run(_cmd(data), cwd=REPO, env=_env(), capture_output=True,
                                text=True, timeout=60)
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr[-3000:]
        assert "lectern-report instance forwarded profile=default" in second.stdout
        assert "instance primary" not in second.stdout
        assert took < 15, took
        # The first window was asked to come forward, and is no longer minimised.
        _wait_for(first_log, "lectern-report instance raised minimized=0 visible=1", first)

        # Another profile on the same data dir opens beside it.
        _profile(data, "Clerk Ana")
        other = subprocess.run(_cmd(data, "--profile", "Clerk Ana"), cwd=REPO,
                               env=_env(LECTERN_SCREENSHOT_SCRIPT="wait:0.1"),
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr[-3000:]
        assert "lectern-report instance primary profile=Clerk Ana" in other.stdout
        assert "lectern-report script done" in other.stdout
        assert first.poll() is None

        # SIGKILL: no chance to clean up; the socket file stays behind.
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert first.returncode == -signal.SIGKILL
        assert sock.exists()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)

    # A new launch sees the stale socket (nobody answers), takes it over and starts. (Two
    # profiles exist now, so it names one: without --profile the chooser would ask.)
    third = subprocess.run(_cmd(data, "--profile", "default"), cwd=REPO,
                           env=_env(LECTERN_SCREENSHOT_SCRIPT="wait:0.1"),
                           capture_output=True, text=True, timeout=60)
    assert third.returncode == 0, third.stderr[-3000:]
    assert "lectern-report instance primary profile=default" in third.stdout
    assert "lectern-report script done" in third.stdout
    assert not sock.exists()  # a clean exit removes its socket


def test_the_instance_name_is_per_data_dir_and_profile(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    names = {instance_name(a, "default"), instance_name(b, "default"),
             instance_name(a, "Clerk Ana")}
    assert len(names) == 3
    # The same data dir however it is spelled.
    assert instance_name(a, "default") == instance_name(tmp_path / "b" / ".." / "a", "default")
    assert all(len(n) < 60 for n in names)  # well inside the Unix socket path limit
    assert DataPaths(a).profile == "default"
