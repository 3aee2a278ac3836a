"""What the frozen Lectern keeps from PySide6 and the build host: used by `lectern.spec`.

Lectern uses QtWidgets, QtGui, QtCore, QtMultimedia (+ widgets, FFmpeg backend), QtPdf (+ widgets)
and QtSvg (icons). Everything else PyInstaller's PySide6 hooks drag in — the virtual keyboard, QML
modules, Wayland, EGLFS, the GTK theme (which drags GTK, cairo and pango from
the build host), TLS plugins, evdev input, most image formats — is dropped.

System libraries (anything the host has under /lib or /usr/lib) are never bundled: the `.deb`
declares them as `Depends` (`packaging/linux/control.in`) and `check_bundle.py` verifies after each
build that every library the bundle links to is covered by those packages. Bundling a host's libGL,
libX11 or fontconfig breaks on other PCs (they must match the drivers and config files there).
"""
from __future__ import annotations

import fnmatch
import re

# Qt shared libraries (basenames, as in PySide6/Qt/lib and their symlinks in _internal) dropped
# although PyInstaller collects them: only those that plugins dropped below drag in. Anything
# else PyInstaller finds is linked by something kept (check_bundle.py
# verifies that nothing kept links a dropped library). Not dropped although the player never
# uses them directly: libQt6Quick, libQt6Qml (+ QmlMeta, QmlModels, QmlWorkerScript) and
# libQt6OpenGL: QtMultimedia's FFmpeg plugin links them (DT_NEEDED), so without them the plugin
# does not load and no video plays (about 5 MB of the .deb).
DROP_QT_LIBS = [
    "libQt6VirtualKeyboard*", "libQt6Wayland*", "libQt6WlShellIntegration*",
    "libQt6EglFS*", "libQt6EglFsKms*",
]

# Qt plugins kept, by "<group>/<name>" where <name> is the file name without "lib" and its
# extension (.so, .dll, .dylib), so one list serves Linux, Windows and macOS. Any plugin not
# listed is dropped.
KEEP_QT_PLUGINS = [
    "platforms/qxcb",                  # X11 (and XWayland on Wayland desktops)
    "platforms/qwindows", "platforms/qcocoa",
    "platforms/qoffscreen", "platforms/qminimal",  # headless use, tests
    "xcbglintegrations/*",             # OpenGL under X11: video rendering
    "styles/*",                        # the native Windows 11 / macOS styles
    "imageformats/qgif", "imageformats/qico", "imageformats/qjpeg", "imageformats/qsvg",
    "imageformats/qwebp",              # course covers and reading images
    "iconengines/qsvgicon",            # the item icons are SVG
    "multimedia/*",                    # FFmpeg (+ the native backends on Windows/macOS)
    "platforminputcontexts/composeplatforminputcontextplugin",  # dead keys, accents
    "platforminputcontexts/ibusplatforminputcontextplugin",     # input methods
    "platformthemes/qxdgdesktopportal",  # file dialogs through the desktop portal
    "networkinformation/*",            # QNetworkInformation: online/offline hints for sync
]

# Qt's own translations: only qtbase (standard dialogs and buttons), and only in Lectern's
# interface languages (resources/translations/lectern_*.ts), the only ones the player loads
# (player/app.py: a computer in another language gets English; Portuguese gets Qt's pt_BR; zh
# keeps zh_TW too). The other 24 languages were 0.5 MB of the .deb.
INTERFACE_LANGUAGES = ["ar", "en", "es", "fr", "pt", "ru", "zh"]
KEEP_QT_TRANSLATIONS = [f"qtbase_{lang}.qm" for lang in INTERFACE_LANGUAGES] \
    + [f"qtbase_{lang}_*.qm" for lang in INTERFACE_LANGUAGES]

# Python modules never needed by the player or the `lectern` command line.
EXCLUDE_MODULES = [
    "tkinter", "_tkinter", "hub", "fastapi", "starlette", "uvicorn", "uvloop", "httptools",
    "sqlalchemy", "setuptools", "pkg_resources", "distutils", "_distutils_hack", "pip",
    "pytest", "_pytest", "IPython", "numpy", "readline", "curses", "_curses", "lib2to3",
    "pydoc_data", "xmlrpc", "test", "idlelib", "ensurepip", "venv", "PyInstaller",
    # Signing uses PyNaCl. requests and urllib3 name `cryptography`/pyOpenSSL in code paths
    # that never run here (Python without SNI, an explicit pyopenssl injection): a dev venv
    # that still has them installed must not bundle their 12 MB of OpenSSL.
    "cryptography", "OpenSSL",
    # Standard library the app never imports (PyInstaller collects them for imports in code
    # that never runs here: typing_extensions' coroutine branch, concurrent.futures' process
    # pool; `decimal` uses the C `_decimal`, never its pure-Python fallback).
    "asyncio", "multiprocessing", "_pydecimal",
    # PyLD (certificates) imports lxml only to read JSON-LD embedded in HTML, which Lectern
    # never does; sync/certificates stands in for it when it is missing (3.1 MB in the .deb).
    "lxml",
    # The hub's staff console only (hub/ is left out above): pages and form parsing.
    "jinja2", "markupsafe", "multipart", "python_multipart", "alembic", "mako", "psycopg",
    # pydantic's mypy plugin (pydantic.mypy, pydantic.v1.mypy), which PyInstaller's pydantic hook
    # collects with every submodule, drags in mypy's compiled modules and ast_serialize from a
    # dev venv that has mypy: a type checker's plugin never runs in the player (3.4 MB on disk).
    "pydantic.mypy", "pydantic.v1.mypy", "mypy", "mypyc", "mypy_extensions", "ast_serialize",
    # PySide6 bindings that hooks could drag in and a widgets player never uses. (PyInstaller
    # only collects the bindings the code imports; the list is short on purpose, so a new
    # import in player/ just works.)
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtDesigner", "PySide6.Qt3DCore",
]

SYSTEM_LIB_PREFIXES = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")

# PySide6/Qt/plugins/... on Linux and macOS, PySide6/plugins/... in the Windows wheels.
_QT_PLUGIN = re.compile(r"(^|/)PySide6/(Qt/)?plugins/(?P<rel>[^/]+/[^/]+)$")
_QT_TRANSLATION = re.compile(r"(^|/)PySide6/(Qt/)?translations/(?P<file>[^/]+)$")


def _match(name: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)


def _plugin_key(rel: str) -> str:
    """"platforms/libqxcb.so" -> "platforms/qxcb"; "platforms/qwindows.dll" -> "platforms/qwindows"."""
    group, name = rel.split("/", 1)
    name = re.sub(r"\.(so|dll|dylib)$", "", name)
    if name.startswith("lib"):
        name = name[3:]
    return f"{group}/{name}"


def is_system_library(src: str) -> bool:
    """A shared library of the build host (not Python's own: a distro Python's libpython and
    lib-dynload are kept, they are part of the interpreter the app is frozen with)."""
    base = src.rsplit("/", 1)[-1]
    if base.startswith("libpython"):
        return False
    return src.startswith(SYSTEM_LIB_PREFIXES) and "/lib-dynload/" not in src \
        and "/site-packages/" not in src and "/dist-packages/" not in src


def keep_binary(dest: str, src: str, typecode: str) -> bool:
    """Whether a PyInstaller binary entry (dest name, source path, type) stays in the bundle."""
    dest = dest.replace("\\", "/")
    base = dest.rsplit("/", 1)[-1]
    if typecode == "BINARY" and is_system_library(src):
        return False
    plugin = _QT_PLUGIN.search(dest)
    if plugin:
        return _match(_plugin_key(plugin.group("rel")), KEEP_QT_PLUGINS)
    if _match(base, DROP_QT_LIBS):
        return False
    if base.startswith(("Qt", "Qt3D")) and base.endswith(".abi3.so"):
        module = "PySide6." + base.split(".", 1)[0]
        return module not in EXCLUDE_MODULES
    return True


def keep_data(dest: str, src: str) -> bool:
    """Whether a PyInstaller data entry stays (Qt translations, QML files, type stubs...)."""
    dest = dest.replace("\\", "/")
    tr = _QT_TRANSLATION.search(dest)
    if tr:
        return _match(tr.group("file"), KEEP_QT_TRANSLATIONS)
    if "/Qt/qml/" in dest or (dest.endswith((".pyi", ".typed")) and "PySide6/" in dest):
        return False
    plugin = _QT_PLUGIN.search(dest)
    if plugin:  # plugin metadata etc. next to dropped plugins
        return _match(_plugin_key(plugin.group("rel")), KEEP_QT_PLUGINS)
    return True
