"""mypy is clean: strict on sync/ and hub/ (pyproject.toml [tool.mypy]), so the README's test
command and CI hold every change to their types (issue #14). The player is checked on its
own (`mypy player`, not strict) and joins this test once it is clean.

The cache lives under build/ (git-ignored), so a rerun only checks what changed: seconds."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "build" / "mypy-cache"


def test_sync_and_hub_are_strictly_typed() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: it is in the 'test' extra (python3 dev.py test installs it)")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
         "--cache-dir", str(CACHE), "--no-color-output", "--no-error-summary", "sync", "hub"],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 0 and not errors, (
        f"mypy --strict found {len(errors)} error(s) in sync/ and hub/:\n"
        + "\n".join(errors[:200]) + "\n" + result.stderr[-2000:])
