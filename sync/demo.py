"""The bundled demo course: imported on first run, so a new user sees a course offline.

A package ships it as a ready `.lectern` (`resources/demo/foe-intro-en.lectern`, a low-bandwidth
copy made by packaging/demo_bundle.py); a checkout has only its source folder
(`resources/demo/course`), built into a bundle on first run.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from .bundle import TrustPolicy, build_bundle
from .errors import BundleError, BundleErrorKind
from .importer import import_bundle
from .paths import DataPaths
from .store import LearnerStore

log = logging.getLogger(__name__)

DEMO_COURSE_ID = "foe-intro-en"
DEMO_BUNDLE_NAME = f"{DEMO_COURSE_ID}.lectern"
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


def demo_bundle() -> Path:
    """The packages' ready-made demo bundle (absent in a checkout)."""
    return resources_dir() / "demo" / DEMO_BUNDLE_NAME


def _keeps_installed(paths: DataPaths) -> bool:
    """A course with the demo's id is installed already (court IT downloaded the real one
    with the CLI, or an earlier copy): the bundled demo never replaces or downgrades it."""
    with LearnerStore.open(paths.db) as store:
        if store.has_course(DEMO_COURSE_ID):
            course = store.get_course(DEMO_COURSE_ID)
            log.info("demo course already installed (version %d, %s): kept", course.version,
                     course.signature_status)
            return True
    return False


def _mark_offered(paths: DataPaths) -> None:
    with LearnerStore.open(paths.db) as store:
        store.set_setting(DEMO_OFFERED, True)


def ensure_demo_installed(paths: DataPaths) -> str | None:
    """Import the demo once per profile; a learner who removes it does not get it back.
    Court IT's `demo_course = false` (site file) means no profile is offered it.

    Never over an installed course of the same id, whatever its version or signature: the
    demo is only a first-run example. (The importer refuses an unsigned copy over a signed
    one too, even if that course arrives while the demo is being copied.)"""
    from .config import load_settings

    paths.ensure()
    with LearnerStore.open(paths.db) as store:
        if store.get_setting(DEMO_OFFERED, False) or not load_settings(store).demo_course:
            return None
    if _keeps_installed(paths):
        _mark_offered(paths)
        return None
    # Our own shipped files: unsigned is fine here and only here.
    policy = TrustPolicy(allow_unsigned=True)
    bundle, source = demo_bundle(), demo_source()
    try:
        if bundle.is_file():
            result = import_bundle(paths, bundle, policy)
        elif (source / "course.toml").is_file():
            with tempfile.TemporaryDirectory(dir=paths.tmp, prefix="demo-") as tmp:
                built = Path(tmp) / DEMO_BUNDLE_NAME
                build_bundle(source, built)
                result = import_bundle(paths, built, policy)
        else:
            log.warning("demo course not found at %s or %s", bundle, source)
            return None
    except BundleError as exc:
        if exc.kind not in (BundleErrorKind.OLDER_VERSION, BundleErrorKind.UNSIGNED):
            raise
        log.info("the demo did not replace the installed course: %s", exc.message)
        _mark_offered(paths)
        return None
    _mark_offered(paths)
    return result.course_id
