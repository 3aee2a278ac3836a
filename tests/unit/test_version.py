"""One version for Lectern (issue #13 item 10): sync/__init__.py's `__version__`, which
pyproject.toml reads, `lectern --version` prints, and packaging/build-linux holds the
packages to."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import sync
from sync.cli import build_parser

REPO = Path(__file__).resolve().parents[2]


def test_lectern_dash_dash_version_prints_the_package_version():
    out = subprocess.run([sys.executable, "-m", "sync.cli", "--version"], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout == f"lectern {sync.__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+([a-z0-9.+~]*)", sync.__version__)
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["--version"])
    assert exit_.value.code == 0


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "sync.__version__"}
    from setuptools.config.pyprojecttoml import read_configuration

    assert read_configuration(REPO / "pyproject.toml")["project"]["version"] == sync.__version__


def test_the_hub_reports_the_same_version():
    import hub

    assert hub.__version__ == sync.__version__


def _packaging_copy(tmp_path: Path, pyproject: str) -> Path:
    """The files build-linux reads before it builds anything, in a tree of their own."""
    root = tmp_path / "tree"
    (root / "packaging").mkdir(parents=True)
    (root / "sync").mkdir()
    shutil.copy2(REPO / "packaging" / "build-linux", root / "packaging" / "build-linux")
    shutil.copy2(REPO / "sync" / "__init__.py", root / "sync" / "__init__.py")
    (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    return root


@pytest.mark.skipif(sys.platform != "linux" or os.uname().machine != "x86_64",
                    reason="build-linux builds for x86_64 Linux only")
@pytest.mark.skipif(not all(shutil.which(t) for t in ("readelf", "strip", "objdump")),
                    reason="binutils missing (build-linux checks for them first)")
def test_build_linux_refuses_a_pyproject_with_another_version(tmp_path):
    ours = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    env = dict(os.environ, LECTERN_PYTHON=sys.executable)
    env.pop("VIRTUAL_ENV", None)

    def check(pyproject: str) -> subprocess.CompletedProcess:
        root = _packaging_copy(tmp_path / str(len(list(tmp_path.iterdir()))), pyproject)
        return subprocess.run(["bash", str(root / "packaging" / "build-linux"), "--check"],
                              capture_output=True, text=True, env=env, timeout=120)

    # The repository's own pyproject.toml passes the version check (and --check then says
    # what is out of date, since this tree has nothing built).
    ok = check(ours)
    assert "out of date" in ok.stdout and "version" not in ok.stderr, ok.stderr
    # A static version that disagrees with the package: refused, both named.
    other = ours.replace('dynamic = ["version"]', 'version = "9.9.9"')
    refused = check(other)
    assert refused.returncode == 1
    assert "pyproject.toml says version 9.9.9 but sync/__init__.py says " \
           f"{sync.__version__}" in refused.stderr
    # The same static version is accepted; no version at all is refused.
    same = ours.replace('dynamic = ["version"]', f'version = "{sync.__version__}"')
    assert "out of date" in check(same).stdout
    none = ours.replace('dynamic = ["version"]', "")
    assert "no version" in check(none).stderr
