"""The bundled demo course: imported on first run, so a new user sees a course offline."""
from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from .bundle import TrustPolicy, build_bundle
from .importer import import_bundle
from .paths import DataPaths
from .store import LearnerStore

log = logging.getLogger(__name__)

DEMO_COURSE_ID = "foe-intro-en"
DEMO_OFFERED = "demo_offered"


def resources_dir() -> Path:
    """`resources/` beside the packages, in a checkout or a PyInstaller build."""
    env = os.environ.get("LECTERN_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_source() -> Path:
    return resources_dir() / "demo" / "course"


def ensure_demo_installed(paths: DataPaths) -> str | None:
    """Import the demo once per profile; a learner who removes it does not get it back."""
    paths.ensure()
    with LearnerStore.open(paths.db) as store:
        if store.get_setting(DEMO_OFFERED, False):
            return None
    source = demo_source()
    if not (source / "course.toml").is_file():
        log.warning("demo course not found at %s", source)
        return None
    with tempfile.TemporaryDirectory(dir=paths.tmp, prefix="demo-") as tmp:
        bundle = Path(tmp) / "demo.lectern"
        build_bundle(source, bundle)
        # Our own shipped files: unsigned is fine here and only here.
        result = import_bundle(paths, bundle, TrustPolicy(allow_unsigned=True))
    with LearnerStore.open(paths.db) as store:
        store.set_setting(DEMO_OFFERED, True)
    return result.course_id
