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
  chooser (when it is shown) and quits there.
- Each step with a screenshot also prints `lectern-report geometry ...` (`geometry_report`):
  the window's frame against the screen's available area, and where the keyboard focus is.
- `LECTERN_REPORT_INSTANCE=1`: print `lectern-report instance primary|forwarded|raised ...`
  lines about the one-window-per-profile check (tests of second launches).
- `LECTERN_REPORT_MODULES=1`: after each script step, print `lectern-report loaded ...` with
  the Python modules imported, the shared libraries mapped and the files `linecache` holds
  (tests that the library screen loads no more than it needs).

Signals: SIGTERM and SIGHUP (logout, shutdown, `kill`) close the window like Ctrl+Q, so
the open item saves its state first (`QuitOnSignal`).

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
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from player.bridge import Runner, TaskManager
from player.error_messages import message_for
from player.focus_ring import install_focus_ring
from player.main_window import MainWindow

if TYPE_CHECKING:
    from player.single_instance import InstanceGuard
    from player.sync_controller import SyncTimings
    from sync.paths import DataPaths

log = logging.getLogger(__name__)

APP_NAME = "Lectern"


def translation_dirs() -> list[Path]:
    """Where `lectern_<lang>.qm` files may be: an installed package, a PyInstaller bundle,
    `LECTERN_RESOURCES`, or the checkout's `resources/translations`."""
    dirs = [Path(__file__).resolve().parent / "translations"]
    if os.environ.get("LECTERN_RESOURCES"):
        dirs.append(Path(os.environ["LECTERN_RESOURCES"]) / "translations")
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "resources" / "translations")
    dirs.append(Path(__file__).resolve().parent.parent / "resources" / "translations")
    return [d for d in dirs if d.is_dir()]


def _report(line: str) -> None:
    """A machine-readable line on stdout for bench/ and tests (not a log message)."""
    try:
        sys.stdout.write(f"lectern-report {line}\n")
        sys.stdout.flush()
    except (OSError, ValueError):  # nobody reads stdout any more: the report is optional
        pass


def process_age() -> float:
    """Seconds since this process started (Linux /proc; wall clock since import elsewhere)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


_IMPORTED_AT = time.perf_counter()


def memory_kb() -> dict[str, int]:
    """Current and peak resident memory of this process, in KiB (Linux)."""
    out: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = int(line.split()[1])
    except OSError:
        pass
    return {"rss_kb": out.get("VmRSS", 0), "peak_rss_kb": out.get("VmHWM", 0)}


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


def mapped_libraries() -> list[str]:
    """File names of the shared libraries mapped into this process (Linux; else empty)."""
    names: set[str] = set()
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.split(maxsplit=5)  # address perms offset device inode [path]
                if len(fields) == 6 and ".so" in fields[5]:
                    names.add(Path(fields[5].strip()).name)
    except OSError:
        pass
    return sorted(names)


def loaded_report(step: str) -> str:
    """`loaded step=... modules=a,b libraries=x,y linecache=N`: what this process has loaded
    (for `LECTERN_REPORT_MODULES`; names hold no spaces or commas)."""
    modules = ",".join(sorted(sys.modules))
    return (f"loaded step={step} modules={modules} libraries={','.join(mapped_libraries())} "
            f"linecache={len(linecache.cache)}")


def ui_language() -> str:
    """The UI language (two or three letters), also the preferred captions language."""
    return QLocale().name().split("_")[0] or "en"


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Lectern's `.qm` for the locale (English, the source language, if there is none: it
    carries the plural forms) and Qt's own for its standard dialogs."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    dirs = translation_dirs()
    for wanted in (locale, QLocale(QLocale.Language.English)):
        translator = QTranslator(app)
        if any(translator.load(wanted, "lectern", "_", str(d)) for d in dirs):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("translation %s loaded", translator.filePath())
            break
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    return installed


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
        install_translators(app)  # type: ignore[arg-type]
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


#: signals that end a session the way Ctrl+Q does: logout and shutdown send SIGTERM (then,
#: seconds later, SIGKILL), a closed terminal SIGHUP.
QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


class QuitOnSignal(QObject):
    """SIGTERM and SIGHUP close the window like Ctrl+Q, so the open video's position and
    everything queued are saved before the process ends (issue #13 item 9).

    A Python signal handler runs only when the interpreter gets control, which Qt's event
    loop may not give it for a long time; so the C-level handler writes the signal's number
    to a pipe (`signal.set_wakeup_fd`), a `QSocketNotifier` wakes the loop, and the window's
    normal close path does the rest on the UI thread."""

    def __init__(self, window: QWidget, signals: Sequence[int] = QUIT_SIGNALS) -> None:
        super().__init__(window)
        self._window = window
        self._wanted = {int(s) for s in signals}
        self.received: list[int] = []
        self._read_fd, self._write_fd = os.pipe()
        for fd in (self._read_fd, self._write_fd):
            os.set_blocking(fd, False)
        self._previous_fd = signal.set_wakeup_fd(self._write_fd, warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, self._handler) for s in self._wanted}
        self._notifier = QSocketNotifier(self._read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self.destroyed.connect(lambda _o=None, r=self._read_fd, w=self._write_fd: _close_fds(r, w))

    @staticmethod
    def _handler(signum: int, _frame: Any) -> None:
        """Nothing here: the wake-up byte does the work on the UI thread."""

    def _readable(self) -> None:
        try:
            data = os.read(self._read_fd, 512)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._notifier.setEnabled(False)
            return
        signums = [b for b in data if b in self._wanted]
        if not signums or self.received:
            return
        self.received.extend(signums)
        name = signal.Signals(signums[0]).name
        log.info("%s received: closing the window (saving the open item first)", name)
        if os.environ.get("LECTERN_SCREENSHOT_SCRIPT"):
            _report(f"signal {name} closing")
        self._window.close()  # the close path saves, then waits for the queued writes
        QTimer.singleShot(0, QCoreApplication.quit)

    def restore(self) -> None:
        """Put back the handlers and the wake-up descriptor this replaced."""
        self._notifier.setEnabled(False)
        for s, previous in self._previous.items():
            signal.signal(s, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)


def _close_fds(*fds: int) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def quit_on_signals(window: QWidget) -> QuitOnSignal | None:
    """Install `QuitOnSignal` for the window (POSIX, main thread only; else None)."""
    if not QUIT_SIGNALS or os.name != "posix":
        return None
    try:
        return QuitOnSignal(window)
    except (ValueError, OSError):  # not the main thread, or no descriptors left
        log.warning("cannot handle SIGTERM/SIGHUP here", exc_info=True)
        return None


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
    if view is not None and course.isVisible():
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
    app = QApplication.instance()
    pixmap = None
    if QApplication.platformName() == "xcb":
        screen = window.screen() or app.primaryScreen()  # type: ignore[union-attr]
        pixmap = screen.grabWindow(window.winId())
    if pixmap is None or pixmap.isNull():
        pixmap = window.grab()
    if not pixmap.save(str(path), "PNG"):
        log.error("could not save screenshot %s", path)


class ScriptedRun(QObject):
    """Walks the real window through named screens for window tests, crash tests and bench.

    Each step waits (polling, with a timeout) for the screen to be really ready — the course
    list loaded, the item view built, the video position advancing — before its screenshot.
    """

    STEP_TIMEOUT = 30.0

    def __init__(self, window: MainWindow, steps: list[str], shots: Path | None, *,
                 stay: bool = False, playback_rate: float = 1.0,
                 report: Callable[[str], None] = _report) -> None:
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
        mem = memory_kb()
        self.report(f"step {self._step} done process={process_age():.3f} "
                    f"rss_kb={mem['rss_kb']} peak_rss_kb={mem['peak_rss_kb']}")
        if os.environ.get("LECTERN_REPORT_MODULES") == "1":
            self.report(loaded_report(self._step))
        self._next()

    def _screenshot(self, path: Path, widget: QWidget | None = None) -> None:
        save_screenshot(widget or self.window, path)

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
            self.window.library.cards[course_id].continue_button.click()
            course = self.window.course

            def opened() -> None:
                view = course.item_view
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
        from player.settings_dialog import open_settings

        action = getattr(self.window, "settings_action", None)
        if action is not None:
            action.trigger()
        else:
            open_settings(self.window, self.window.bridge)
        from player.settings_dialog import SettingsDialog

        def dialog() -> Any:
            return next((d for d in self.window.findChildren(SettingsDialog)
                         if d.isVisible()), None)

        def loaded() -> None:
            shown = dialog()

            def shoot() -> None:
                if self.shots is not None:
                    self._screenshot(self.shots / f"{self._step}.png", shown)
                self.report(geometry_report(self._step, shown))
                shown.reject()
                self._done(shot=False)

            self._settle(500, shoot)

        self._wait(lambda: dialog() is not None and dialog().snapshot is not None, loaded)


def profile_given(paths: "DataPaths") -> bool:
    """Did the learner name the profile (`--profile NAME`, `LECTERN_PROFILE`)? Then the
    chooser's list is skipped; only the profile's PIN is asked."""
    if paths.profile != "default" or os.environ.get("LECTERN_PROFILE"):
        return True
    return any(a == "--profile" or a.startswith("--profile=") for a in sys.argv[1:])


def choose_profile(paths: "DataPaths", explicit: bool,
                   guard: "InstanceGuard | None" = None) -> "DataPaths | None":
    """Ask who is studying when the data dir calls for it (see `player.profile_dialog`);
    the paths to open, or None when the learner quit instead."""
    from player.profile_dialog import ProfileChooser, plan_start

    plan = plan_start(paths, explicit)
    if plan is None:
        return paths
    from sync.paths import DataPaths

    bridge = TaskManager(DataPaths(paths.root))
    chooser = ProfileChooser(bridge, plan)
    bridge.setParent(chooser)
    if guard is not None:
        guard.activation_requested.connect(chooser.raise_)
        guard.activation_requested.connect(chooser.activateWindow)
    steps = [s.strip() for s in os.environ.get("LECTERN_SCREENSHOT_SCRIPT", "").split(",")]
    if steps and steps[0] == "profiles":
        QTimer.singleShot(0, lambda: _shoot_chooser(chooser))
    app = QApplication.instance()
    quit_on_close = app.quitOnLastWindowClosed()  # type: ignore[union-attr]
    # Closing the chooser closes the only window; that must not end the app before the
    # main window has even opened.
    app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
    try:
        accepted = chooser.exec() == QDialog.DialogCode.Accepted and chooser.chosen
        return DataPaths(paths.root, chooser.chosen) if accepted else None
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)  # type: ignore[union-attr]
        if guard is not None:
            guard.activation_requested.disconnect(chooser.raise_)
            guard.activation_requested.disconnect(chooser.activateWindow)
        bridge.shutdown()
        chooser.deleteLater()


def _shoot_chooser(chooser: QWidget) -> None:
    """Screenshot script step `profiles`: the chooser as the learner sees it, then quit."""
    shots = os.environ.get("LECTERN_SCREENSHOT_DIR")

    def shoot() -> None:
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            save_screenshot(chooser, Path(shots) / "profiles.png")
        _report("step profiles done")
        _report("script done")
        chooser.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(700, shoot)


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
        _report(f"instance raised minimized={int(window.isMinimized())} "
                f"visible={int(window.isVisible())}")


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
    app = QApplication.instance() or QApplication(list(argv) if argv else [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("lectern")
    if not app.property("lectern-translators"):
        app.setProperty("lectern-translators", True)
        install_translators(app)  # type: ignore[arg-type]
    install_focus_ring(app)  # type: ignore[arg-type]

    explicit = profile_given(paths) if profile_explicit is None else profile_explicit
    guard: InstanceGuard | None = None

    def claim(profile_paths: "DataPaths") -> bool:
        nonlocal guard
        guard = InstanceGuard(profile_paths.root, profile_paths.profile, app)
        if guard.claim():
            if report_instance:
                _report(f"instance primary profile={profile_paths.profile}")
            return True
        log.info("Lectern is already open for profile %s; brought it forward",
                 profile_paths.profile)
        if report_instance:
            _report(f"instance forwarded profile={profile_paths.profile}")
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

    def first_paint() -> None:
        if report_paint:
            _report(f"first-paint process={process_age():.3f} app={time.perf_counter() - started:.3f}"
                    f" rss_kb={memory_kb()['rss_kb']}")

    window = create_main_window(paths, on_first_paint=first_paint)
    assert guard is not None
    guard.activation_requested.connect(lambda: bring_forward(window))
    if report_paint:
        def library_loaded(count: int) -> None:
            if count:
                window.library.loaded.disconnect(library_loaded)
                QTimer.singleShot(0, lambda: _report(
                    f"library-ready process={process_age():.3f} "
                    f"app={time.perf_counter() - started:.3f} courses={count}"))

        window.library.loaded.connect(library_loaded)

    script = os.environ.get("LECTERN_SCREENSHOT_SCRIPT", "").strip()
    if script:
        shots = os.environ.get("LECTERN_SCREENSHOT_DIR")
        steps = [s.strip() for s in script.split(",") if s.strip()]
        if steps and steps[0] == "profiles":
            steps.pop(0)
        runner = ScriptedRun(window, steps,
                             Path(shots) if shots else None,
                             stay=os.environ.get("LECTERN_SCRIPT_STAY") == "1",
                             playback_rate=float(os.environ.get("LECTERN_PLAYBACK_RATE") or 1.0),
                             report=_report)
        QTimer.singleShot(0, runner.start)
    quitter = quit_on_signals(window)
    window.show()
    try:
        code = app.exec()
    finally:
        window.bridge.shutdown()
        guard.close()
        if quitter is not None:
            quitter.restore()
    return int(code)
