"""mypy is clean: strict on sync/ and hub/, checked (not strict) on player/ (pyproject.toml
[tool.mypy] and its `player.*` override), so the README's test command and CI hold every
change to their types (issue #14).

The cache lives under build/ (git-ignored), so a rerun only checks what changed: seconds."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "build" / "mypy-cache"

#: Player files whose errors are not counted yet, each with why. Their owners are changing
#: them as this test lands (#14.6); a file leaves the list once it is clean.
PLAYER_PENDING: tuple[str, ...] = ()


def _mypy_errors(*targets: str) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """Run mypy with the project's configuration on `targets`; its error lines, and the run."""
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: it is in the 'test' extra (python3 dev.py test installs it)")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
         "--cache-dir", str(CACHE), "--no-color-output", "--no-error-summary", *targets],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    return [line for line in result.stdout.splitlines() if ": error:" in line], result


def test_sync_and_hub_are_strictly_typed() -> None:
    errors, result = _mypy_errors("sync", "hub")
    assert result.returncode == 0 and not errors, (
        f"mypy --strict found {len(errors)} error(s) in sync/ and hub/:\n"
        + "\n".join(errors[:200]) + "\n" + result.stderr[-2000:])


def test_player_is_typed() -> None:
    errors, result = _mypy_errors("player")
    counted = [line for line in errors if not line.startswith(PLAYER_PENDING)]
    assert not counted, f"mypy found {len(counted)} error(s) in player/:\n" + "\n".join(counted[:200])
    # Exit 1 is "errors found" (here only pending files'); anything else is a crash or a bad
    # configuration, which prints no error lines.
    assert result.returncode == 0 or (result.returncode == 1 and errors), (
        result.stdout[-2000:] + result.stderr[-2000:])
