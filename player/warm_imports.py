"""The engine's modules imported on the UI thread before any worker needs them
(`warm_engine`, `warm_network`; `player.bridge` re-exports both).

PySide6 hooks every module import, and that hook is not known to be thread-safe: a worker
must only ever find the modules it uses already in `sys.modules`. These are the lists, and
what imports them.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable

__all__ = ["import_all", "warm_engine", "warm_network"]


#: imported (on the UI thread) before the first store or import task: see `warm_engine`.
_ENGINE_MODULES = ("sync.store", "sync.importer", "sync.demo", "sync.content_store",
                   "sync.bundle", "sync.trust", "sync.quiz", "sync.library",
                   # the start-up courses (court IT's machine-wide ones, the demo)
                   "sync.startup_courses", "sync.machine_store", "sync.config",
                   # the importer's checks of each file kind
                   "sync.media_probe", "sync.pdf_check", "sync.webvtt")
#: imported (on the UI thread) before the first network task, for the same reason.
_NETWORK_MODULES = ("sync.hub_client", "sync.config", "sync.credentials", "sync.download_queue",
                    "sync.downloader", "sync.sync_engine", "sync.forum", "sync.services.account",
                    "sync.services.catalog", "sync.services.connection", "sync.services.downloads",
                    "sync.services.sync", "sync.protocol")
#: third-party modules the network and download lanes load on first use (PySide6's hook
#: sees them as well): the HTTP stack and signature checks. Not at start: the library
#: screen never pays for them (tests/ui/test_startup_imports.py).
_HTTP_MODULES = ("requests", "urllib3", "truststore", "nacl.signing", "nacl.exceptions")


def import_all(names: Iterable[str], optional: bool = False) -> None:
    """Import each module not imported yet (`optional`: one that is missing is skipped)."""
    import importlib

    for name in names:
        if name not in sys.modules:
            try:
                importlib.import_module(name)
            except ImportError:
                if not optional:
                    raise


def warm_engine() -> None:
    """Import the data engine's modules on the calling (UI) thread, once.

    PySide6 hooks every module import (it reads each new module's source to look for
    `__feature__` use); that hook is not known to be thread-safe, and a public report ties it
    to memory corruption when it runs in worker threads. Importing the engine here, before
    the first task starts, means workers only ever find modules already in `sys.modules`
    (tests/e2e/test_import_threads.py walks the app and fails on any first import in a
    worker). It costs ~0.25 s, which is why the app's first store task waits for the first
    paint.
    """
    import_all(_ENGINE_MODULES)


def warm_network(http: bool = True) -> None:
    """Like `warm_engine`, for the hub client, downloader and sync engine; with `http`, the
    HTTP stack and signature checks too (`requests`, `nacl`: only before real network work,
    they are heavy)."""
    warm_engine()
    import_all(_NETWORK_MODULES)
    if http:
        import_all(_HTTP_MODULES, optional=True)
