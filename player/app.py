"""Start the player: QApplication, translations, the main window, the first-run demo course.

`run_app` is what `lectern` (no subcommand) calls. The window is shown before any slow work:
the library's course list loads on the store lane and the first-run demo import runs on the
import lane only after the library has painted once, so a cold start paints fast.

Test and measurement hooks, all off unless their environment variable is set:
- `LECTERN_REPORT_FIRST_PAINT=1`: print `lectern-report first-paint ...` (seconds since the
  process started and since `run_app` began) when the library first paints, and
  `lectern-report library-ready ...` once the course list is shown; for `bench/`.
- `LECTERN_SCREENSHOT_SCRIPT=library,course,video,reading,quiz` (+ `LECTERN_SCREENSHOT_DIR`):
  walk through those screens, save `<step>.png` for each when a directory is given, print a
  `lectern-report step ...` line with memory figures after each step, then quit. Extra steps:
  `play` (open the first video and keep playing), `continue` (press Continue and report
  where the item resumed), `pdf`, `forum`, `wait:SECONDS`; with a hub: `synced` (wait for
  the first pass), `catalog`, `fetch:COURSE_ID` (press Download), `downloads`.
  `LECTERN_SCRIPT_STAY=1` keeps the app running after the last step (crash tests);
  `LECTERN_PLAYBACK_RATE` sets the video's playback rate. Court IT steps: `settings` (open
  Settings and shoot the dialog), `minimize`; a first step `profiles` shoots the profile
  chooser (when it is shown) and quits there. The runner is `player.scripted_run`, loaded
  only when a script is given.
- Each step with a screenshot also prints `lectern-report geometry ...` (`geometry_report`):
  the window's frame against the screen's available area, and where the keyboard focus is.
- `LECTERN_REPORT_INSTANCE=1`: print `lectern-report instance primary|forwarded|raised ...`
  lines about the one-window-per-profile check (tests of second launches).
- `LECTERN_REPORT_MODULES=1`: after each script step, print `lectern-report loaded ...` with
  the Python modules imported, the shared libraries mapped and the files `linecache` holds
  (tests that the library screen loads no more than it needs).

Signals: SIGTERM and SIGHUP (logout, shutdown, `kill`) close the window like Ctrl+Q, so
the open item saves its state first (`player.quit_on_signal`).

Memory: `run_app` puts a `SourceDropper` first on `sys.meta_path`, which keeps PySide6's
import hook from leaving every imported module's source in `linecache`; the course, catalog
and downloads screens are built on first use (`MainWindow`), and item views import the video
stack or QtPdf only when such an item opens (`player.item_views`).
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import linecache
import logging
import os
import sys
import time
from typing import TYPE_CHECKING, Any, Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from player.bridge import Runner, TaskManager
from player.error_messages import message_for
from player.focus_ring import install_focus_ring
from player.interface_language import (
    apply_language,
    install_translators,
    interface_locale,
    translation_dirs,
    ui_language,
)
from player.main_window import MainWindow
from player.quit_on_signal import quit_on_signals
from player.reports import memory_kb, process_age, report

if TYPE_CHECKING:
    from player.single_instance import InstanceGuard
    from player.sync_controller import SyncTimings
    from sync.paths import DataPaths

__all__ = ["APP_NAME", "apply_language", "create_main_window", "install_translators",
           "interface_locale", "profile_given", "run_app", "translation_dirs", "ui_language"]

log = logging.getLogger(__name__)

APP_NAME = "Lectern"


def forget_module_sources() -> None:
    """Drop the module sources PySide6's import hook left in `linecache`.

    PySide6 replaces `__import__`, and for every module imported after it the hook reads the
    module's whole source (`inspect.getsource`, looking for `from __feature__ import`);
    `linecache` keeps every line. That was ~14 MB by the time the library was shown, more
    than any package Lectern loads. A traceback reads its files again when it needs them, so
    only entries backed by a file are dropped; sources `linecache` could not re-read stay.
    """
    cache = linecache.cache
    for name, entry in list(cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # (size, mtime, lines, path) of a file
            cache.pop(name, None)


class SourceDropper(importlib.abc.MetaPathFinder):
    """First on `sys.meta_path`, finds nothing: each time Python looks for a module not yet
    loaded, the sources cached for the modules before it are dropped (see
    `forget_module_sources`), so at most one module's lines are kept at any time, also for
    imports the engine or Qt plugins do later."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: Any = None) -> importlib.machinery.ModuleSpec | None:
        forget_module_sources()
        return None


def install_source_dropper() -> None:
    """Keep `linecache` from holding every imported module's source (once per process)."""
    if not any(isinstance(f, SourceDropper) for f in sys.meta_path):
        sys.meta_path.insert(0, SourceDropper())
    forget_module_sources()


class _FirstPaint(QObject):
    """Calls back once, right after the watched widget has painted for the first time."""

    def __init__(self, widget: Any, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        self._widget = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # after this paint has finished
        return False


def create_main_window(paths: "DataPaths", runner: Runner | None = None,
                       install_demo: bool = True,
                       on_first_paint: Callable[[], None] | None = None, *,
                       sync_timings: "SyncTimings | None" = None,
                       start_network: bool = True) -> MainWindow:
    """Build the bridge and the window, load the library, and schedule the demo install.

    Store work starts only after the library's first paint, so a first run paints as fast
    as any other; the library shows a notice while the demo course is being prepared. The
    hub side (connectivity watch, restored downloads) starts once the course list is shown.
    """
    paths.ensure()
    app = QApplication.instance()
    if app is not None and not app.property("lectern-translators"):
        app.setProperty("lectern-translators", True)
        apply_language(app, paths)
    if isinstance(app, QApplication):
        install_focus_ring(app)
    bridge = TaskManager(paths, runner=runner)
    window = MainWindow(bridge, caption_language=ui_language(), sync_timings=sync_timings)
    bridge.setParent(window)
    if paths.profile != "default":
        ProfileTitle(window, paths.profile)

    def first_paint() -> None:
        if on_first_paint is not None:
            on_first_paint()
        # The engine's imports (~0.25 s, see bridge.warm_engine) happen here, after the
        # window is on screen; then the course list, the pending count, court IT's site
        # configuration (a notice if it is broken), the demo course.
        window.library.refresh()
        window.status.refresh()
        check_site_config(window)
        if install_demo:
            _install_demo(window)

    _FirstPaint(window.library, first_paint)
    if start_network:
        _start_network_when_listed(window)
    return window


def _start_network_when_listed(window: MainWindow) -> None:
    """The hub side starts a moment after the library first lists its courses: importing
    the HTTP client (and a first probe) must not delay the learner's first look."""

    def listed(_count: int) -> None:
        window.library.loaded.disconnect(listed)
        QTimer.singleShot(200, window, window.start_network)

    window.library.loaded.connect(listed)


class ProfileTitle(QObject):
    """Keeps the profile's name at the end of the window title, whatever screen sets it,
    so on a shared PC everyone sees whose progress is open."""

    def __init__(self, window: QWidget, profile: str) -> None:
        super().__init__(window)
        self._window = window
        self._suffix = QCoreApplication.translate("MainWindow", "%1 — %2").replace(
            "%1", "").replace("%2", profile)
        window.installEventFilter(self)
        self._apply()

    def _apply(self) -> None:
        title = self._window.windowTitle()
        if not title.endswith(self._suffix):
            self._window.setWindowTitle(title + self._suffix)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.WindowTitleChange:
            self._apply()  # re-entrant once at most: the second pass finds the suffix
        return False


def check_site_config(window: MainWindow) -> None:
    """Read court IT's site configuration off the UI thread; show a notice (not a blocking
    dialog) in the window if it has problems. Lectern runs on its defaults either way."""
    import sync.site_config as site_config  # on the UI thread, see bridge.warm_engine

    def done(site: Any, error: BaseException | None) -> None:
        if error is not None:
            log.error("could not check the site configuration", exc_info=error)
            return
        if site.problems:
            from player.site_notice import show_site_notice  # rare: not loaded at start

            show_site_notice(window, site.problems)

    window.bridge.submit(site_config.load_site_config, done, context=window)


def _install_demo(window: MainWindow) -> None:
    library = window.library
    notice_timer = QTimer(library)
    notice_timer.setSingleShot(True)
    notice_timer.timeout.connect(lambda: library.show_notice(QCoreApplication.translate(
        "LibraryView", "Preparing the demo course… (this happens once)")))
    notice_timer.start(300)

    def done(course_id: Any, error: BaseException | None) -> None:
        notice_timer.stop()
        if error is not None:
            library.show_notice(message_for(error).full_text())
            return
        library.show_notice("")
        if course_id:
            log.info("demo course %s installed", course_id)
            library.refresh()

    window.demo_task = window.bridge.ensure_demo(done, context=library)


def profile_given(paths: "DataPaths") -> bool:
    """Did the learner name the profile (`--profile NAME`, `LECTERN_PROFILE`)? Then the
    chooser's list is skipped; only the profile's PIN is asked."""
    if paths.profile != "default" or os.environ.get("LECTERN_PROFILE"):
        return True
    return any(a == "--profile" or a.startswith("--profile=") for a in sys.argv[1:])


def choose_profile(paths: "DataPaths", explicit: bool,
                   guard: "InstanceGuard | None" = None) -> "DataPaths | None":
    """Ask who is studying when the data dir calls for it (see `player.profiles`);
    the paths to open, or None when the learner quit instead."""
    from player.profiles import ProfileChooser, plan_start

    plan = plan_start(paths, explicit)
    if plan is None:
        return paths
    from sync.paths import DataPaths

    bridge = TaskManager(DataPaths(paths.root))
    from player.widgets.palette import apply_palette

    apply_palette(None)  # Lectern's palette (high contrast when the OS asks) before any profile
    chooser = ProfileChooser(bridge, plan)
    bridge.setParent(chooser)
    if guard is not None:
        guard.activation_requested.connect(chooser.raise_)
        guard.activation_requested.connect(chooser.activateWindow)
    steps = [s.strip() for s in os.environ.get("LECTERN_SCREENSHOT_SCRIPT", "").split(",")]
    if steps and steps[0] == "profiles":
        from player.scripted_run import shoot_chooser

        QTimer.singleShot(0, lambda: shoot_chooser(chooser))
    quit_on_close = QApplication.quitOnLastWindowClosed()
    # Closing the chooser closes the only window; that must not end the app before the
    # main window has even opened.
    QApplication.setQuitOnLastWindowClosed(False)
    try:
        accepted = chooser.exec() == QDialog.DialogCode.Accepted
        chosen = chooser.chosen
        return DataPaths(paths.root, chosen) if accepted and chosen else None
    finally:
        QApplication.setQuitOnLastWindowClosed(quit_on_close)
        if guard is not None:
            guard.activation_requested.disconnect(chooser.raise_)
            guard.activation_requested.disconnect(chooser.activateWindow)
        bridge.shutdown()
        chooser.deleteLater()


def bring_forward(window: QWidget) -> None:
    """A second launch asked for this window: un-minimise, raise and activate it (and any
    dialog open over it)."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState((state & ~Qt.WindowState.WindowMinimized)
                              | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()
    if os.environ.get("LECTERN_REPORT_INSTANCE") == "1":
        report(f"instance raised minimized={int(window.isMinimized())} "
                f"visible={int(window.isVisible())}")


def _widgets_app(argv: list[str] | None) -> QApplication:
    """The running QApplication, made now if there is none. (`instance()` is typed as the
    QCoreApplication it may be; a window needs the widgets one.)"""
    app = QApplication.instance()
    if app is None:
        return QApplication(list(argv) if argv else [APP_NAME])
    if not isinstance(app, QApplication):
        raise RuntimeError("Lectern's window needs a QApplication; a QCoreApplication is running")
    return app


def run_app(paths: "DataPaths", argv: list[str] | None = None, *,
            profile_explicit: bool | None = None) -> int:
    """Open the player window on `paths` and run until it closes; returns the exit code.

    Before the window: the profile chooser when the data dir calls for it, and the check
    that no other window has this profile open (a second launch brings that one forward
    and returns 0). `profile_explicit`: whether the profile was named on the command line
    (None: look at the command line and the environment).
    """
    install_source_dropper()
    from player.single_instance import InstanceGuard

    started = time.perf_counter()
    report_paint = os.environ.get("LECTERN_REPORT_FIRST_PAINT") == "1"
    report_instance = os.environ.get("LECTERN_REPORT_INSTANCE") == "1"
    app = _widgets_app(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("lectern")
    if not app.property("lectern-translators"):
        app.setProperty("lectern-translators", True)
        apply_language(app)  # court IT's or the computer's, for the profile chooser
    install_focus_ring(app)

    explicit = profile_given(paths) if profile_explicit is None else profile_explicit
    guard: InstanceGuard | None = None

    def claim(profile_paths: "DataPaths") -> bool:
        nonlocal guard
        guard = InstanceGuard(profile_paths.root, profile_paths.profile, app)
        if guard.claim():
            if report_instance:
                report(f"instance primary profile={profile_paths.profile}")
            return True
        log.info("Lectern is already open for profile %s; brought it forward",
                 profile_paths.profile)
        if report_instance:
            report(f"instance forwarded profile={profile_paths.profile}")
        guard.deleteLater()
        guard = None
        return False

    # When no list will be shown (a named profile, or no other profile exists), the check
    # comes first: a second launch must not ask the PIN of a window that is already open.
    others = any(p.parent.name != paths.profile
                 for p in (paths.root / "profiles").glob("*/learner.db"))
    if (explicit or not others) and not claim(paths):
        return 0
    chosen = choose_profile(paths, explicit, guard)
    if chosen is None:
        log.info("no profile chosen; quitting")
        if guard is not None:
            guard.close()
        return 0
    if guard is not None and chosen.profile != paths.profile:
        guard.close()
        guard = None
    if guard is None and not claim(chosen):
        return 0
    paths = chosen
    apply_language(app, paths)  # the profile's own choice, if it made one

    def first_paint() -> None:
        if report_paint:
            report(f"first-paint process={process_age():.3f} app={time.perf_counter() - started:.3f}"
                    f" rss_kb={memory_kb()['rss_kb']}")

    window = create_main_window(paths, on_first_paint=first_paint)
    assert guard is not None
    guard.activation_requested.connect(lambda: bring_forward(window))
    if report_paint:
        def library_loaded(count: int) -> None:
            if count:
                window.library.loaded.disconnect(library_loaded)
                QTimer.singleShot(0, lambda: report(
                    f"library-ready process={process_age():.3f} "
                    f"app={time.perf_counter() - started:.3f} courses={count}"))

        window.library.loaded.connect(library_loaded)

    if os.environ.get("LECTERN_SCREENSHOT_SCRIPT", "").strip():
        from player.scripted_run import start_from_env

        start_from_env(window)
    quitter = quit_on_signals(window)
    window.show()
    try:
        code = app.exec()
    finally:
        window.bridge.shutdown()
        guard.close()
        if quitter is not None:
            quitter.restore()
    from player.restart import restart_if_asked

    restart_if_asked(paths.profile)  # a new interface language (Settings, "Restart now")
    return int(code)
