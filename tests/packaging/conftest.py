"""Fixtures for tests/packaging: an X server of our own."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from xvfb_server import running_xvfb  # noqa: E402


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    """`Xvfb :N` (1280x800x24) of our own for the module; its display name."""
    with running_xvfb(120) as display:
        yield display
