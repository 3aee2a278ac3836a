"""Fixtures shared by every test folder: a small real course source and data dirs."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parent.parent
DEMO_SOURCE = REPO / "resources" / "demo" / "course"

sys.path.insert(0, str(Path(__file__).resolve().parent))  # course_factory
from course_factory import write_tiny_course  # noqa: E402
from parallel import build_lock, machine_test_lock, make_scheduler  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No site configuration in tests unless a test sets one. LECTERN_SITE_CONFIG is honoured only
# where /etc/xdg/lectern/lectern.toml does not exist (court IT's file always wins, issue #13);
# tests of the system file move sync.site_config.SYSTEM_SITE_CONFIG instead.
os.environ.setdefault("LECTERN_SITE_CONFIG", str(REPO / "tests" / "no-site-config.toml"))
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """Each test runs holding the machine's test lock: shared, or alone for the tests marked
    `exclusive` (they change what every other test reads; tests/parallel.py)."""
    exclusive = item.get_closest_marker("exclusive") is not None
    asked = time.monotonic()
    with machine_test_lock(exclusive=exclusive):
        if exclusive:  # how long the other tests held it up: in the junit report
            item.user_properties.append(("exclusive_wait_s", round(time.monotonic() - asked, 1)))
        return (yield)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):  # noqa: ANN001 - xdist's Producer
    """With `-n` and xdist's default `--dist load`: whole files to a worker, longest first
    (tests/parallel.py). Another --dist the caller chose is xdist's own."""
    return make_scheduler(config, log) if config.getoption("dist") == "load" else None


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> Path:
    """The interface translations compiled from their .ts sources into build/translations
    when missing or stale (they are not committed); the app and every player process the
    tests start find them there (`LECTERN_TRANSLATIONS`, see player.app.translation_dirs)."""
    sys.path.insert(0, str(REPO / "resources" / "translations"))
    from update_translations import compile_translations

    out = REPO / "build" / "translations"
    with build_lock("translations"):  # xdist workers: one compiles, the others find them fresh
        compile_translations(out)
    os.environ["LECTERN_TRANSLATIONS"] = str(out)
    return out


@pytest.fixture(scope="session")
def qapp(qapp, compiled_translations):
    """pytest-qt's application with Lectern's English translation installed, as the app
    installs it (`player.app.install_translators`): it carries the plural forms, so
    "%n change(s)" reads "1 change" / "3 changes" in tests as for a learner."""
    from PySide6.QtCore import QLocale

    from player.app import install_translators

    install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return qapp


@pytest.fixture
def tiny_source(tmp_path: Path) -> Path:
    return write_tiny_course(tmp_path / "src")


@pytest.fixture
def tiny_bundle(tmp_path: Path, tiny_source: Path) -> Path:
    from sync.bundle import build_bundle
    out = tmp_path / "tiny.lectern"
    build_bundle(tiny_source, out)
    return out


@pytest.fixture
def data_paths(tmp_path: Path):
    from sync.paths import DataPaths
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def run_lectern(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess]:
    """Run the real `lectern` CLI in a subprocess with its own data dir."""
    data = tmp_path / "cli-data"

    def run(*args: str, data_dir: Path | None = data, input: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "sync.cli"]
        if data_dir is not None:
            cmd += ["--data-dir", str(data_dir)]
        return subprocess.run([*cmd, *args], capture_output=True, text=True, input=input,
                              timeout=timeout, cwd=REPO)
    run.data_dir = data  # type: ignore[attr-defined]
    return run
