"""What the tests share when they run in parallel (`dev.py test` runs pytest-xdist workers):
locks for one-time builds, and the rule for tests that change the machine itself.

- `build_lock(name)`: one process at a time builds something under `build/` or `dist/` (the
  compiled translations, the .deb, the npm install of the third-party verifier); the others
  wait, then find it built. An fcntl lock on a file, so it also holds between two pytest runs
  in one checkout, and a killed process releases it.
- `@pytest.mark.exclusive`: a test that changes state of the whole machine that other tests
  read (the .deb test installs the package with dpkg and writes court IT's
  /etc/xdg/lectern/lectern.toml, which wins over every test's LECTERN_SITE_CONFIG) runs while
  no other test runs. Every test holds a shared lock while it runs (tests/conftest.py); an
  exclusive test takes it exclusively. A second lock, the gate, is taken by a test before the
  shared one and held by an exclusive test while it waits, so new tests queue behind it and it
  is not starved by the others' overlapping shared locks. The lock files are in /tmp, not
  build/: what they protect belongs to the machine, not to one checkout. A pytest run started
  by a test (the hub's tests on PostgreSQL) takes no such lock: its parent test holds one
  (`LOCK_HELD_ENV`), and waiting on the gate there could deadlock with an exclusive test.
- `worker_name()`: "gw0", "gw1"... under xdist, "main" without it; for names that must
  differ between the processes of one run.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[1]
BUILD_LOCKS = REPO / "build" / "test-locks"
MACHINE_LOCKS = Path("/tmp") / f"lectern-tests-{os.geteuid()}"
#: set while a test runs, so a pytest it starts knows its tests are covered by that test's lock
LOCK_HELD_ENV = "LECTERN_TEST_LOCK_HELD"


def worker_name() -> str:
    """This test process's xdist worker id ("gw0"...), or "main" when not under xdist."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@contextmanager
def _flock(path: Path, mode: int) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle, mode)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def build_lock(name: str) -> Iterator[None]:
    """Hold the checkout-wide lock `name` (one builder at a time; the others wait)."""
    with _flock(BUILD_LOCKS / f"{name}.lock", fcntl.LOCK_EX):
        yield


@contextmanager
def machine_test_lock(exclusive: bool) -> Iterator[None]:
    """Held around each test: shared by ordinary tests, exclusive by `exclusive` ones;
    nothing when a parent test already holds it."""
    if os.environ.get(LOCK_HELD_ENV):
        yield
        return
    gate, main = MACHINE_LOCKS / "gate.lock", MACHINE_LOCKS / "tests.lock"
    if exclusive:
        with _flock(gate, fcntl.LOCK_EX), _flock(main, fcntl.LOCK_EX), _marked_held():
            yield
        return
    with _flock(gate, fcntl.LOCK_EX):
        pass  # an exclusive test waiting or running holds the gate: queue behind it
    with _flock(main, fcntl.LOCK_SH), _marked_held():
        yield


@contextmanager
def _marked_held() -> Iterator[None]:
    os.environ[LOCK_HELD_ENV] = "1"
    try:
        yield
    finally:
        os.environ.pop(LOCK_HELD_ENV, None)


# --------------------------------------------------------------------------- the schedule

#: measured seconds of the slowest test files on 2 cores (`--durations`, Nov 2026): the
#: schedule starts them first, so no long file is left alone at the end of the run. A file
#: missing here counts by its folder's typical time per test; stale numbers only change order.
FILE_SECONDS: dict[str, float] = {
    "tests/e2e/test_hub_postgres.py": 20, "tests/window/test_accessibility_audit.py": 128,
    "tests/window/test_language_screenshots.py": 108, "tests/packaging/test_deb.py": 52,
    "tests/packaging/test_deb_site_locks.py": 48, "tests/e2e/test_downloads.py": 40,
    "tests/e2e/test_review17_fixes.py": 32, "tests/e2e/test_hub_cli.py": 32,
    "tests/window/test_window_fit.py": 31, "tests/e2e/test_hub_postgres_migrations.py": 26,
    "tests/e2e/test_hub_certificates.py": 25, "tests/e2e/test_player_network.py": 22,
    "tests/e2e/test_judge_window.py": 21, "tests/e2e/test_hub_runs.py": 21, "tests/e2e/test_sync.py": 20,
    "tests/window/test_window_network.py": 19, "tests/ui/item_views/test_video_view.py": 17,
    "tests/e2e/test_hub_security.py": 17, "tests/e2e/test_site_locks.py": 16,
    "tests/e2e/test_import_crash.py": 16, "tests/e2e/test_profiles_cli.py": 16, "tests/unit/test_types.py": 13,
    "tests/e2e/test_player_process.py": 13, "tests/e2e/test_rules_agree.py": 12,
    "tests/e2e/test_hostile_bundles.py": 12, "tests/e2e/test_import_threads.py": 11,
    "tests/e2e/test_certificate_cli.py": 11, "tests/e2e/test_shared_device_id.py": 10,
}
#: measured seconds of single tests of SPLIT_FILES, by the start of their node id
TEST_SECONDS = {"tests/e2e/test_hub_postgres.py::test_the_hubs_tests_pass_on_postgresql": 55.0}
#: typical seconds per test, by folder
FOLDER_SECONDS = {"packaging": 25.0, "window": 10.0, "e2e": 1.5, "ui": 0.3, "unit": 0.05}
#: files whose tests are scheduled one by one, not as a whole file: each test is long and
#: sets up what it needs itself (no module fixture to share)
SPLIT_FILES = {"tests/window/test_language_screenshots.py", "tests/e2e/test_hub_postgres.py"}


def _file_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def scope_of(nodeid: str) -> str:
    """The unit of work a worker gets: the whole test file, or one test of a SPLIT_FILES file
    (a file's module fixtures are then made once, on one worker)."""
    path = _file_of(nodeid)
    return nodeid if path in SPLIT_FILES else path


def estimated_seconds(scope: str, tests: int, tests_in_file: int) -> float:
    path = _file_of(scope)
    for start, seconds in TEST_SECONDS.items():
        if scope.startswith(start):
            return seconds * tests
    if path in FILE_SECONDS:
        return FILE_SECONDS[path] * tests / max(tests_in_file, 1)
    parts = path.split("/")
    folder = parts[1] if len(parts) > 2 else ""
    return FOLDER_SECONDS.get(folder, 1.0) * tests


def make_scheduler(config, log):  # type: ignore[no-untyped-def]
    """xdist's file-at-a-time schedule, longest (estimated) file first; see `scope_of`."""
    from xdist.scheduler.loadscope import LoadScopeScheduling

    class LongestFirstScheduling(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid)

        def _assign_work_unit(self, node) -> None:  # type: ignore[no-untyped-def]
            per_file: dict[str, int] = {}
            for nodeid in self.collection or ():
                per_file[_file_of(nodeid)] = per_file.get(_file_of(nodeid), 0) + 1
            longest = max(self.workqueue, key=lambda scope: estimated_seconds(
                scope, len(self.workqueue[scope]), per_file.get(_file_of(scope), 1)))
            self.workqueue.move_to_end(longest, last=False)
            super()._assign_work_unit(node)

    return LongestFirstScheduling(config, log)
