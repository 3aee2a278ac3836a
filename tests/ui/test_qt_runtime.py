"""The Qt binding this project pins survives a long session of ordinary calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on each void call and aborts the
process after a few thousand; a player running for an hour makes millions. Run in a child so
a regression fails this test instead of killing the test run.
"""
from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtCore import QObject
o = QObject()
for _ in range(100_000):
    o.setObjectName("x")
print("alive")
"""


def test_many_void_calls_do_not_abort():
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "alive" in r.stdout, r.stderr[-500:]
