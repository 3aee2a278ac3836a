"""The Qt binding this project pins survives a long session of ordinary calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on each void call and aborts the
process after a few thousand; a player running for an hour makes millions. Run in a child so
a regression fails this test instead of killing the test run.
"""
from __future__ import annotations

import subprocess
import sys

CODE = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

class Emitter(QObject):
    changed = Signal(bool)

class Painted(QWidget):
    def paintEvent(self, event):
        pass

app = QApplication([])
o = Emitter()
o.changed.connect(lambda value: None)
for _ in range(100_000):
    o.setObjectName("x")
    o.changed.emit(True)
w = Painted()
w.show()
for _ in range(10_000):
    w.repaint()
print("alive")
"""


def test_many_void_calls_do_not_abort():
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "alive" in r.stdout, r.stderr[-500:]
