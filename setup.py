"""The interface translations are compiled when the package is built (issue #16), not committed.

pyproject.toml holds the project's metadata; this file only adds a build step: `build_py`
compiles `resources/translations/lectern_<lang>.ts` into `player/translations/*.qm` in the
wheel (a plain `pip install .`), and for an editable install into `resources/translations/`
(where `player.app.translation_dirs` looks in a checkout). It uses `pyside6-lrelease` when the
build environment has it; otherwise it copies `.qm` files compiled before
(`python3 dev.py setup`, or `resources/translations/update_translations.py --compile`), and
says so when there are none: the app then runs in English.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
log = logging.getLogger("lectern-setup")


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compile_into(dest: Path) -> int:
    """Compile (or copy) every language's .qm into `dest`; returns how many are there."""
    dest.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    count = 0
    for ts in sorted(SOURCES.glob("lectern_*.ts")):
        qm = dest / ts.with_suffix(".qm").name
        built = SOURCES / qm.name
        if tool:
            subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
        elif built.exists() and built != qm:
            shutil.copy2(built, qm)
        if qm.exists():
            count += 1
    if not count:
        print("lectern setup: no pyside6-lrelease and no compiled translations; the interface "
              "will be English only (run resources/translations/update_translations.py --compile)",
              file=sys.stderr)
    return count


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_into(SOURCES)
        else:
            compile_into(Path(self.build_lib) / "player" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
