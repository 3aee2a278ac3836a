"""What a scripted run (`player.scripted_run`) records after a step: the window's geometry
line, its screenshot, and the handshake with an accessibility audit waiting on the screen;
also the profile chooser's own screenshot step, which runs before any window exists.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from player.reports import report

log = logging.getLogger(__name__)


def _rect(r: Any) -> str:
    return f"{r.x()},{r.y()},{r.width()},{r.height()}"


def geometry_report(step: str, window: QWidget) -> str:
    """`geometry step=S frame=x,y,w,h avail=x,y,w,h min=w,h focus=Class:x,y,w,h ratio=R
    highlight=#rrggbb [item_min=w,h item_room=w,h]`:
    where a shown window is against its screen's available area (window tests check that it
    fits), and where the keyboard focus is, in the window's own pixels (for the screenshot)."""
    screen = window.screen() or QApplication.primaryScreen()
    avail = screen.availableGeometry() if screen is not None else window.frameGeometry()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    focus = QApplication.focusWidget()
    where = "none"
    if focus is not None and focus.window() is window:
        top_left = focus.mapTo(window, focus.rect().topLeft())
        where = (f"{type(focus).__name__}:{top_left.x()},{top_left.y()},"
                 f"{focus.width()},{focus.height()}")
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    extra = ""
    course = getattr(window, "_course", None)
    view = getattr(course, "item_view", None) if course is not None else None
    if course is not None and view is not None and course.isVisible():
        # How much room the open item wants at least, and how much it has.
        need = view.minimumSizeHint().expandedTo(view.minimumSize())
        room = course.item_scroll.viewport().size()
        extra = (f" item_min={need.width()},{need.height()} item_room={room.width()},"
                 f"{room.height()} outline_cut={','.join(course.cut_rows()) or '-'}")
    highlight = window.palette().color(QPalette.ColorGroup.Active,
                                       QPalette.ColorRole.Highlight).name()
    return (f"geometry step={step} frame={_rect(window.frameGeometry())} avail={_rect(avail)} "
            f"min={minimum.width()},{minimum.height()} focus={where} ratio={ratio:g} "
            f"highlight={highlight}{extra}")


def save_screenshot(window: QWidget, path: Path) -> None:
    """The X server's pixels of a top-level window under xcb (so native video surfaces are
    in the picture), else the widget's own rendering."""
    pixmap = None
    screen = window.screen() or QApplication.primaryScreen()
    if QApplication.platformName() == "xcb" and screen is not None:
        pixmap = screen.grabWindow(window.winId())
    if pixmap is None or pixmap.isNull():
        pixmap = window.grab()
    if not pixmap.save(str(path), "PNG"):
        log.error("could not save screenshot %s", path)
    if os.environ.get("LECTERN_REPORT_CLIPPED") == "1":  # tests/window/test_language_screenshots.py
        from player.clip_check import clipped_report

        report(clipped_report(path.stem, window))


#: how long a screen waits for the AT-SPI reader (a long tree over D-Bus takes a while)
AUDIT_TIMEOUT = 180.0


def handshake(name: str) -> Path | None:
    """Write `name.ready` in `LECTERN_AUDIT_DIR`; the file whose appearance answers it
    (None without an audit)."""
    audit = os.environ.get("LECTERN_AUDIT_DIR")
    if not audit:
        return None
    Path(audit, f"{name}.ready").write_text("ready", encoding="utf-8")
    return Path(audit, f"{name}.done")


def shoot_chooser(chooser: QDialog) -> None:
    """Screenshot script step `profiles`: the chooser as the learner sees it, then quit."""
    shots = os.environ.get("LECTERN_SCREENSHOT_DIR")

    def finish() -> None:
        report("step profiles done")
        report("script done")
        chooser.reject()

    def shoot() -> None:
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            save_screenshot(chooser, Path(shots) / "profiles.png")
        done = handshake("001-profiles")
        if done is None:
            finish()
            return
        deadline = time.monotonic() + AUDIT_TIMEOUT
        poll = QTimer(chooser)

        def check() -> None:
            if done.exists() or time.monotonic() > deadline:
                poll.stop()
                finish()

        poll.timeout.connect(check)
        poll.start(100)

    QTimer.singleShot(700, shoot)
