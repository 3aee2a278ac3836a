"""The layers stay apart (issue #14 item 1): the `lectern` command line parses, calls one
service of `sync.services` and prints; it never opens the learner's store or composes store
calls itself. The services are Qt-free, so the player and the CLI share them, and
the player imports them directly (there is no `player/hub_ops.py`)."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CLI_FILES = sorted([*REPO.glob("sync/cli.py"), *REPO.glob("sync/cli/*.py")])
SERVICE_FILES = sorted(REPO.glob("sync/services/*.py"))

#: What a CLI module may import from this project: the services, the `DataPaths` they take,
#: and what printing, errors and logging need. The rest of `sync/` is a service's business.
CLI_MAY_IMPORT = ("sync.cli", "sync.services", "sync.paths", "sync.errors", "sync.cli_output",
                  "sync.text_safety", "sync.logging_setup", "player.app")
#: `from .. import __version__`: the package itself, for its version only.
CLI_MAY_NAME = ("sync", "sync.__version__")
NEVER_IN_CLI = ("sqlite3", "sqlite_utils", "sync.store")
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "player")
#: Store methods whose names are common words for other objects too (a log handler's
#: close, os.open): a CLI cannot reach a store without importing it, which is checked.
GENERIC = {"open", "close", "transaction"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(REPO).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, names imported from it, line) for every import in `path`, relative ones
    resolved against the file's package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names = [alias.name for alias in node.names]
            found.append((module, names, node.lineno))
            # `from ..services import courses` imports the module sync.services.courses
            found += [(f"{module}.{n}", [], node.lineno) for n in names]
    return found


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _store_methods() -> set[str]:
    from sync.store import LearnerStore

    return {n for n in dir(LearnerStore)
            if not n.startswith("_") and callable(getattr(LearnerStore, n))} - GENERIC


def test_the_cli_is_found():
    assert any(p.name == "__init__.py" or p.name == "cli.py" for p in CLI_FILES)
    assert len(SERVICE_FILES) >= 10


def test_the_cli_never_imports_the_store_or_sqlite():
    bad = [f"{p.relative_to(REPO)}:{line}: {module}"
           for p in CLI_FILES for module, names, line in _imports(p)
           if _within(module, NEVER_IN_CLI) or "LearnerStore" in names]
    assert bad == []


def test_the_cli_reaches_the_engine_only_through_the_services():
    bad = []
    for p in CLI_FILES:
        for module, _names, line in _imports(p):
            project = module.split(".")[0] in ("sync", "player", "hub")
            if project and not _within(module, CLI_MAY_IMPORT) and module not in CLI_MAY_NAME:
                bad.append(f"{p.relative_to(REPO)}:{line}: {module}")
    assert bad == []


def test_the_cli_calls_no_store_method():
    """`x.list_courses()` on anything but an imported module (a service) is a store call."""
    methods = _store_methods()
    bad = []
    for p in CLI_FILES:
        tree = ast.parse(p.read_text(encoding="utf-8"), str(p))
        modules = {alias.asname or alias.name.split(".")[0]
                   for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                   for alias in node.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "LearnerStore":
                bad.append(f"{p.relative_to(REPO)}:{node.lineno}: LearnerStore")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            receiver = node.func.value
            if node.func.attr in methods and not (isinstance(receiver, ast.Name)
                                                  and receiver.id in modules):
                bad.append(f"{p.relative_to(REPO)}:{node.lineno}: .{node.func.attr}()")
    assert bad == []


def test_no_service_imports_qt_or_the_player():
    bad = [f"{p.relative_to(REPO)}:{line}: {module}"
           for p in SERVICE_FILES for module, _names, line in _imports(p)
           if _within(module, QT)]
    assert bad == []


def test_importing_every_service_loads_no_qt():
    names = ", ".join(f"sync.services.{p.stem}" for p in SERVICE_FILES if p.stem != "__init__")
    code = (f"import sys, {names}; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'player'))]; "
            "assert not bad, bad")
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr


def test_the_player_reaches_use_cases_through_the_services():
    """`player/hub_ops.py` (use cases stranded in the player) is gone: its callers import
    `sync.services` directly, and nothing brings the module back."""
    assert not (REPO / "player" / "hub_ops.py").exists()
    for path in (REPO / "player").rglob("*.py"):
        assert "hub_ops" not in path.read_text(encoding="utf-8"), path


def test_no_qt_in_the_engine_or_the_hub_sources():
    """sync/ and hub/ run without Qt: not even a lazy import inside a function."""
    offenders = [str(p.relative_to(REPO)) for folder in ("sync", "hub")
                 for p in (REPO / folder).rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []


def test_widgets_name_use_cases_instead_of_composing_store_calls():
    """The store lane runs services (`TaskManager.call_service`); a widget's own
    `lambda store: store.method(...)` would be a use case without a home."""
    offenders = [f"{p.relative_to(REPO)}:{n}" for p in (REPO / "player").rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"lambda store: store\.", line)]
    assert offenders == []
