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
                  "sync.text_safety", "sync.logging_setup", "player.app",
                  # Qt only when a certificate is drawn as PDF or read from a scan:
                  "player.certificates.paper", "player.certificates.scan")
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


# --------------------------------------------------------------------------- the store lane
#
# The rule, as simple as it can be and still be robust (issue #14 item 1): only the bridge
# opens the learner's store. `player/bridge.py` alone may name `TaskManager.with_store` (call
# it, or hand it on as a callable) and name `LearnerStore`, or import `sync.store`, sqlite3
# or sqlite_utils at run time (`if TYPE_CHECKING:` imports of records are fine). A widget's
# store-lane job is then a `sync.services` function, through `call_service` (which hands it
# the lane's store) or, for a use case that takes the data dir and no store (the profile
# chooser's), `submit(partial(service, ...))`: a function given to `submit` cannot reach a
# store, because nothing outside the bridge can open one. Checking the functions' bodies
# instead would need to know every store method and every engine call that opens a store;
# this rule needs neither.

#: Files that still start store-lane jobs of their own: their owners move them onto
#: `call_service` (and a service in `sync/services/`); nothing new may join this list.
WITH_STORE_PENDING: dict[str, str] = {}
OPENS_STORE_PENDING: dict[str, str] = {}
STORE_MODULES = ("sync.store", "sqlite3", "sqlite_utils")
PLAYER_FILES = sorted(p for p in (REPO / "player").rglob("*.py")
                      if p != REPO / "player" / "bridge.py")


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node except those under `if TYPE_CHECKING:` (type hints only)."""
    found: list[ast.AST] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _player_offences(check) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in PLAYER_FILES:
        rel = str(path.relative_to(REPO))
        nodes = _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"), rel))
        hits = [f"{rel}:{n.lineno}: {what}" for n in nodes for what in [check(n)] if what]
        if hits:
            out[rel] = hits
    return out


def _names_with_store(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute) and node.attr == "with_store":
        return "with_store"
    if isinstance(node, ast.Name) and node.id == "with_store":
        return "with_store"
    return ""


def _opens_a_store(node: ast.AST) -> str:
    if isinstance(node, (ast.Name, ast.Attribute)) and \
            (getattr(node, "id", None) or getattr(node, "attr", None)) == "LearnerStore":
        return "LearnerStore"
    if isinstance(node, ast.Import):
        return ", ".join(a.name for a in node.names if _within(a.name, STORE_MODULES))
    if isinstance(node, ast.ImportFrom) and not node.level and _within(node.module or "",
                                                                        STORE_MODULES):
        return f"from {node.module} import"
    return ""


def test_only_the_bridge_runs_code_on_the_store_lane_with_a_store():
    """`with_store(fn)` runs whatever `fn` does with the store; widgets use `call_service`."""
    offences = _player_offences(_names_with_store)
    new = {f: hits for f, hits in offences.items() if f not in WITH_STORE_PENDING}
    assert new == {}, "use TaskManager.call_service with a sync.services function"


def test_only_the_bridge_opens_the_learner_store():
    """So no function a widget gives to `submit`/`run_network` can touch the store itself."""
    offences = _player_offences(_opens_a_store)
    new = {f: hits for f, hits in offences.items() if f not in OPENS_STORE_PENDING}
    assert new == {}, "move the store code into a sync.services function"


def test_the_store_lane_rule_sees_what_it_forbids():
    """The checks above are not vacuous: they catch each shape they exist for."""
    samples = {
        "bridge.with_store(lambda store: store.progress(c), done)": _names_with_store,
        "call = self._bridge.with_store": _names_with_store,
        "from sync.store import LearnerStore": _opens_a_store,
        "import sqlite3": _opens_a_store,
        "def f():\n    with LearnerStore.open(db) as s:\n        return s": _opens_a_store,
    }
    for code, check in samples.items():
        nodes = _runtime_nodes(ast.parse(code))
        assert any(check(n) for n in nodes), code
    hinted = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sync.store import X\n"
    assert not any(_opens_a_store(n) for n in _runtime_nodes(ast.parse(hinted)))


def test_the_widgets_moved_onto_services_stay_there():
    """The item callbacks, the library and the profile dialogs (issue #14): every store-lane
    job they start names a `sync.services` function."""
    mine = ["player/course/item_access.py", "player/library_view.py",
            "player/profile_dialog.py", *[str(p.relative_to(REPO)) for p in
                                          sorted((REPO / "player" / "profiles").glob("*.py"))]]
    for rel in mine:
        text = (REPO / rel).read_text(encoding="utf-8")
        tree = ast.parse(text, rel)
        assert "with_store" not in text, rel
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            # ProfileActionDialog.run(button, job) submits the job its callers name.
            where = {"submit": 0, "call_service": 0, "run": 1}.get(node.func.attr)
            if where is not None and len(node.args) > where:
                job = node.args[where]
                if isinstance(job, ast.Name) and job.id == "work":
                    continue  # inside `run`: checked where `run` is called
                if isinstance(job, ast.Call) and ast.unparse(job.func) == "partial":
                    job = job.args[0]
                assert isinstance(job, (ast.Name, ast.Attribute)), f"{rel}:{node.lineno}"
                name = ast.unparse(job).split(".")[-1]
                origin = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                          and any((a.asname or a.name) in (name, ast.unparse(job).split(".")[0])
                                  for a in n.names)]
                assert origin and all((o.module or "").startswith("sync.services")
                                      for o in origin), f"{rel}:{node.lineno}: {name}"
