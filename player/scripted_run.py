"""The scripted run behind `LECTERN_SCREENSHOT_SCRIPT` (see `player.app` for the steps):
walks the real window through named screens for window tests, crash tests and bench/, with
a screenshot, a geometry line and memory figures after each step (what is recorded, and the
accessibility audit's handshake, are in `player.scripted_shots`).

Loaded only when a script is given, so a learner's start never imports it.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from player.reports import loaded_report, memory_kb, process_age, report
from player.scripted_shots import (
    AUDIT_TIMEOUT,
    geometry_report,
    handshake,
    save_screenshot,
    shoot_chooser,
)

if TYPE_CHECKING:
    from player.main_window import MainWindow

__all__ = ["AUDIT_TIMEOUT", "ScriptedRun", "geometry_report", "handshake", "save_screenshot",
           "shoot_chooser", "start_from_env"]

log = logging.getLogger(__name__)


class ScriptedRun(QObject):
    """Walks the real window through named screens for window tests, crash tests and bench.

    Each step waits (polling, with a timeout) for the screen to be really ready — the course
    list loaded, the item view built, the video position advancing — before its screenshot.
    """

    STEP_TIMEOUT = 30.0

    def __init__(self, window: "MainWindow", steps: list[str], shots: Path | None, *,
                 stay: bool = False, playback_rate: float = 1.0,
                 report: Callable[[str], None] = report) -> None:
        super().__init__(window)
        self.window = window
        self.steps = list(steps)
        self.shots = shots
        self.stay = stay
        self.playback_rate = playback_rate
        self.report = report
        self.failed: list[str] = []
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._tick)
        self._cond: Callable[[], bool] = lambda: True
        self._then: Callable[[], None] = lambda: None
        self._deadline = 0.0
        self._step = ""
        self._audits = 0

    # -------------------------------------------------------------- plumbing

    def start(self) -> None:
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
        # As a window manager would on a desktop (Xvfb has none): the window gets the
        # keyboard, so screenshots show where the focus is.
        self.window.raise_()
        self.window.activateWindow()
        self._next()

    def _wait(self, cond: Callable[[], bool], then: Callable[[], None],
              timeout: float | None = None) -> None:
        self._cond, self._then = cond, then
        self._deadline = time.monotonic() + (timeout or self.STEP_TIMEOUT)
        self._poll.start()

    def _tick(self) -> None:
        try:
            ready = self._cond()
        except Exception:  # noqa: BLE001 - a broken step is reported, not fatal
            log.exception("script step %s failed", self._step)
            ready = False
            self._deadline = 0.0
        if ready:
            self._poll.stop()
            self._then()
        elif time.monotonic() > self._deadline:
            self._poll.stop()
            self.failed.append(self._step)
            self.report(f"step {self._step} timeout")
            self._next()

    def _settle(self, msecs: int, then: Callable[[], None]) -> None:
        QTimer.singleShot(msecs, then)

    def _next(self) -> None:
        if not self.steps:
            self.report("script done" + (f" failed={','.join(self.failed)}" if self.failed else ""))
            if not self.stay:
                self.window.close()
            return
        self._step = self.steps.pop(0)
        name, _, arg = self._step.partition(":")
        handler = getattr(self, f"_step_{name}", None)
        if handler is None:
            self.report(f"step {self._step} unknown")
            self.failed.append(self._step)
            self._next()
            return
        handler(arg)

    def _done(self, shot: bool = True, shown: QWidget | None = None) -> None:
        if shot and self.shots is not None:
            self._screenshot(self.shots / f"{self._step}.png")
        if shot:
            self.report(geometry_report(self._step, shown or self.window))
            self._audited(self._finish_step)
        else:
            self._finish_step()

    def _finish_step(self) -> None:
        mem = memory_kb()
        self.report(f"step {self._step} done process={process_age():.3f} "
                    f"rss_kb={mem['rss_kb']} peak_rss_kb={mem['peak_rss_kb']}")
        if os.environ.get("LECTERN_REPORT_MODULES") == "1":
            self.report(loaded_report(self._step))
        self._next()

    def _screenshot(self, path: Path, widget: QWidget | None = None) -> None:
        save_screenshot(widget or self.window, path)

    def _audited(self, then: Callable[[], None]) -> None:
        """With `LECTERN_AUDIT_DIR` (the AT-SPI audit, tests/window/atspi_audit.py): say the
        screen is on show (`NNN-step.ready`) and keep it, the event loop running so the
        accessibility tree can be read, until the reader answers (`NNN-step.done`)."""
        self._audits += 1
        name = f"{self._audits:03d}-{self._step.replace(':', '-')}"
        done = handshake(name)
        if done is None:
            then()
            return
        self._wait(done.exists, then, timeout=AUDIT_TIMEOUT)

    # -------------------------------------------------------------- helpers

    def _course_id(self) -> str | None:
        courses = self.window.library.courses
        if not courses:
            return None
        ids = [c.id for c in courses]
        return "foe-intro-en" if "foe-intro-en" in ids else ids[0]

    def _library_ready(self) -> bool:
        task = getattr(self.window, "demo_task", None)
        return bool(self.window.library.courses) and (task is None or task.finished)

    def _first_item(self, predicate: Callable[[Any], bool]) -> str | None:
        data = self.window.course.data
        if data is None:
            return None
        return next((it.id for it in data.manifest.items() if predicate(it)), None)

    def _with_course(self, then: Callable[[], None]) -> None:
        def open_course() -> None:
            course = self.window.course
            if course.data is None or self.window.stack.currentWidget() is not course:
                cid = self._course_id()
                if cid is None:
                    self._fail("no course installed")
                    return
                self.window.open_course(cid)
            self._wait(lambda: course.data is not None and course.item_view is not None, then)

        self._wait(self._library_ready, open_course)

    def _open_kind(self, predicate: Callable[[Any], bool],
                   then: Callable[[Any], None]) -> None:
        def opened() -> None:
            item_id = self._first_item(predicate)
            if item_id is None:
                self._fail("no such item in the course")
                return
            course = self.window.course
            if course.current_item_id != item_id:
                course.open_item(item_id)
            self._wait(lambda: course.item_view is not None
                       and course.item_view.item_id == item_id,
                       lambda: then(course.item_view))

        self._with_course(opened)

    def _fail(self, why: str) -> None:
        log.error("script step %s: %s", self._step, why)
        self.report(f"step {self._step} failed {why.replace(' ', '_')}")
        self.failed.append(self._step)
        self._next()

    # -------------------------------------------------------------- steps

    def _step_library(self, _arg: str) -> None:
        def ready() -> None:
            if self.window.stack.currentWidget() is not self.window.library:
                self.window.show_library()
            self._wait(lambda: bool(self.window.library.cards),
                       lambda: self._settle(400, self._done))

        self._wait(self._library_ready, ready)

    def _step_course(self, _arg: str) -> None:
        self._with_course(lambda: self._settle(600, self._done))

    def _step_reading(self, _arg: str) -> None:
        from sync.manifest import ReadingFormat, ReadingItem

        self._open_kind(lambda it: isinstance(it, ReadingItem)
                        and it.format is not ReadingFormat.PDF,
                        lambda _v: self._settle(600, self._done))

    def _step_pdf(self, _arg: str) -> None:
        from sync.manifest import ReadingFormat, ReadingItem

        self._open_kind(lambda it: isinstance(it, ReadingItem) and it.format is ReadingFormat.PDF,
                        lambda _v: self._settle(1000, self._done))

    def _step_quiz(self, _arg: str) -> None:
        from sync.manifest import QuizItem

        self._open_kind(lambda it: isinstance(it, QuizItem),
                        lambda _v: self._settle(600, self._done))

    def _step_forum(self, _arg: str) -> None:
        """The first forum item, once its thread list (and the first thread) are loaded."""
        from sync.manifest import ForumItem

        def loaded(view: Any) -> bool:
            if getattr(view.ctx, "forum", None) is None:
                return True
            return view.list_loads > 0 and (not view.threads or view.thread_loads > 0)

        self._open_kind(lambda it: isinstance(it, ForumItem),
                        lambda view: self._wait(lambda: loaded(view),
                                                lambda: self._settle(600, self._done)))

    # -------------------------------------------------------------- hub steps

    def _step_synced(self, _arg: str) -> None:
        """Wait until the first sync pass with the hub has finished (no screenshot)."""
        from player.sync_controller import Connection

        sync = self.window.sync
        self._wait(lambda: sync.passes > 0 and not sync.syncing
                   and sync.connection is not Connection.CHECKING
                   and sync.overview is not None,
                   lambda: self._settle(300, lambda: self._done(shot=False)))

    def _step_catalog(self, _arg: str) -> None:
        """The course catalog, once the hub's list (with sizes) is shown."""
        self.window.show_catalog()
        catalog = self.window.catalog
        self._wait(lambda: catalog.load_count > 0 and not catalog.loading,
                   lambda: self._settle(500, self._done))

    def _step_fetch(self, arg: str) -> None:
        """Press a catalog card's Download button (`fetch:COURSE_ID`); no screenshot."""
        if self.window.stack.currentWidget() is not self.window.catalog:
            self.window.show_catalog()
        catalog = self.window.catalog

        def press() -> None:
            card = catalog.cards.get(arg)
            if card is None or not card.action_button.isEnabled():
                self._fail(f"no course {arg} to download")
                return
            card.action_button.click()
            self._wait(lambda: card.state in ("queued", "downloading"),
                       lambda: self._done(shot=False))

        self._wait(lambda: arg in catalog.cards and not catalog.loading, press)

    def _step_downloads(self, _arg: str) -> None:
        """Downloads, once a running download has shown some progress (or none runs)."""
        self.window.show_downloads()
        view = self.window.downloads_view

        def ready() -> bool:
            if view.load_count == 0:
                return False
            running = [c for c in view.cards.values() if c.state in ("queued", "downloading")]
            return all(c.done_bytes > 0 and c.speed_label.text() for c in running)

        self._wait(ready, lambda: self._settle(300, self._done))

    def _play(self, then: Callable[[], None]) -> None:
        from sync.manifest import VideoItem

        def started(view: Any) -> None:
            if not hasattr(view, "play") or not hasattr(view, "position"):
                self._fail("the video view cannot be driven")
                return
            if self.playback_rate != 1.0:
                view.set_rate(self.playback_rate)
            view.play()
            start = view.position()
            self.report(f"video-playing from={start:.1f}")
            self._wait(lambda: view.is_playing() and view.position() >= start + 1.5, then)

        self._open_kind(lambda it: isinstance(it, VideoItem), started)

    def _step_video(self, _arg: str) -> None:
        self._play(lambda: self._settle(200, self._done))

    def _step_play(self, _arg: str) -> None:
        self._play(lambda: self._done(shot=False))

    def _step_continue(self, _arg: str) -> None:
        """Press the first course's Continue, as a returning learner does; report where the
        item opened (crash tests compare it with what was saved before the crash)."""

        def ready() -> None:
            if self.window.stack.currentWidget() is not self.window.library:
                self.window.show_library()
            course_id = self._course_id()
            if course_id is None:
                self._fail("no course in the library to continue")
                return
            self.window.library.cards[course_id].continue_button.click()
            course = self.window.course

            def opened() -> None:
                view = course.item_view
                if view is None:
                    return
                saved = view.ctx.progress.position if view.ctx.progress else None
                shown = view.position() if hasattr(view, "position") else saved
                self.report(f"continued item={view.item_id} saved={saved} position={shown}")
                self._settle(300, self._done)

            self._wait(lambda: course.item_view is not None, opened)

        self._wait(lambda: self._library_ready() and bool(self.window.library.cards), ready)

    def _step_wait(self, arg: str) -> None:
        self._settle(int(float(arg or "1") * 1000), lambda: self._done(shot=False))

    def _step_minimize(self, _arg: str) -> None:
        """Minimise the window (tests of a second launch bringing it forward)."""
        self.window.showMinimized()
        self._settle(300, lambda: self._done(shot=False))

    def _step_settings(self, _arg: str) -> None:
        """Open Settings as the menu does, shoot the dialog once loaded, close it."""
        from player.settings import open_settings

        action = getattr(self.window, "settings_action", None)
        if action is not None:
            action.trigger()
        else:
            open_settings(self.window, self.window.bridge)
        from player.settings import SettingsDialog

        def dialog() -> Any:
            return next((d for d in self.window.findChildren(SettingsDialog)
                         if d.isVisible()), None)

        def loaded() -> None:
            shown = dialog()

            def shoot() -> None:
                if self.shots is not None:
                    self._screenshot(self.shots / f"{self._step}.png", shown)
                self.report(geometry_report(self._step, shown))

                def close() -> None:
                    shown.reject()
                    self._done(shot=False)

                self._audited(close)

            self._settle(500, shoot)

        self._wait(lambda: dialog() is not None and dialog().snapshot is not None, loaded)

    def _step_certificates(self, _arg: str) -> None:
        """Go ▸ Certificates, once its list is loaded."""
        self.window.show_certificates()
        screen = self.window.stack.currentWidget()
        self._wait(lambda: screen is not None and screen.isVisible(),
                   lambda: self._settle(800, self._done))

    def _step_dialog(self, kind: str) -> None:
        """Open one of the window's dialogs (`dialog:signin|shortcuts|offline|about|
        requirements`) as its menu or key does, shoot and audit it, close it."""
        window = self.window
        openers: dict[str, Callable[[], object]] = {
            "signin": window.sign_in_action.trigger,
            "shortcuts": window.shortcuts_action.trigger,
            "offline": window.offline_action.trigger,
            "about": window.about_action.trigger,
            "requirements": lambda: window.course.requirements.open(),
        }
        opener = openers.get(kind)
        if opener is None:
            self._fail(f"no dialog {kind}")
            return
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

        def dialog() -> QDialog | None:
            return next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QDialog) and w.isVisible() and id(w) not in before),
                        None)

        def shown() -> None:
            found = dialog()
            assert found is not None

            def shoot() -> None:
                if self.shots is not None:
                    self._screenshot(self.shots / f"{self._step.replace(':', '-')}.png", found)
                self.report(geometry_report(self._step, found))

                def close() -> None:
                    found.reject()
                    self._done(shot=False)

                self._audited(close)

            self._settle(500, shoot)

        def start() -> None:
            opener()
            self._wait(lambda: dialog() is not None, shown)

        if kind == "requirements":
            self._with_course(start)
        else:
            start()


def start_from_env(window: "MainWindow") -> ScriptedRun | None:
    """Start the script `LECTERN_SCREENSHOT_SCRIPT` names (see `player.app`), with its
    screenshots in `LECTERN_SCREENSHOT_DIR`; None when there are no steps."""
    script = os.environ.get("LECTERN_SCREENSHOT_SCRIPT", "").strip()
    steps = [s.strip() for s in script.split(",") if s.strip()]
    if steps and steps[0] == "profiles":
        steps.pop(0)
    if not script:
        return None
    shots = os.environ.get("LECTERN_SCREENSHOT_DIR")
    runner = ScriptedRun(window, steps,
                         Path(shots) if shots else None,
                         stay=os.environ.get("LECTERN_SCRIPT_STAY") == "1",
                         playback_rate=float(os.environ.get("LECTERN_PLAYBACK_RATE") or 1.0),
                         report=report)
    QTimer.singleShot(0, runner.start)
    return runner
