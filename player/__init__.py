"""The Lectern player: PySide6 widgets over the offline data engine in `sync/`.

Widgets reach `sync/` only through `player.bridge.TaskManager`; the entry point is
`player.app.run_app`. PySide6 is pinned to 6.11.3 in pyproject.toml: 6.12.0 on CPython 3.11
drops references to True/None on signal emits and void calls and aborts the process
(tests/ui/test_qt_runtime.py guards against a regression).
"""
