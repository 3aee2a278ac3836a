"""The bundled demo course: imported on first run, so a new user sees a course offline.

The demo is one course family (`foe-intro`) in three language versions, English, French and
Arabic (`foe-intro-en`, `-fr`, `-ar`): the same item ids, so the store keeps one progress
record per family and item whichever version the learner opens, and the same video files, so
the three cost little more than one (the content store keeps each blob once).

A package ships each version as a ready `.lectern` (`resources/demo/foe-intro-en.lectern`, a
low-bandwidth copy made by packaging/demo_bundle.py; `foe-intro-fr.lectern`, ... beside it); a
checkout has only the source folder (`resources/demo/course`: `course.toml` for English,
`course.fr.toml` and `course.ar.toml`), built into bundles on first run.
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

DEMO_FAMILY = "foe-intro"
#: The demo's language versions, English first (the one a caller asking for "the" demo gets).
DEMO_LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")
DEMO_COURSE_IDS: tuple[str, ...] = tuple(f"{DEMO_FAMILY}-{lang}" for lang in DEMO_LANGUAGES)
DEMO_COURSE_ID = DEMO_COURSE_IDS[0]
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
    """The demo's source folder (all three language versions' descriptions and files)."""
    return resources_dir() / "demo" / "course"


def demo_source_file(course_id: str = DEMO_COURSE_ID) -> Path:
    """One version's description in the source folder: course.toml (English), course.fr.toml..."""
    lang = course_id.removeprefix(f"{DEMO_FAMILY}-")
    return demo_source() / ("course.toml" if lang == "en" else f"course.{lang}.toml")


def demo_bundle(course_id: str = DEMO_COURSE_ID) -> Path:
    """The packages' ready-made bundle of one version (absent in a checkout)."""
    return resources_dir() / "demo" / f"{course_id}.lectern"


def _keeps_installed(paths: DataPaths, course_id: str) -> bool:
    """A course with this id is installed already (court IT downloaded the real one with the
    CLI, or an earlier copy): the bundled demo never replaces or downgrades it."""
    with LearnerStore.open(paths.db) as store:
        if store.has_course(course_id):
            course = store.get_course(course_id)
            log.info("demo course %s already installed (version %d, %s): kept", course_id,
                     course.version, course.signature_status)
            return True
    return False


def _mark_offered(paths: DataPaths) -> None:
    with LearnerStore.open(paths.db) as store:
        store.set_setting(DEMO_OFFERED, True)


def install_demo_courses(paths: DataPaths,
                         course_ids: tuple[str, ...] = DEMO_COURSE_IDS) -> list[str]:
    """Import the demo's language versions once per profile; the ids imported now (English
    first). A learner who removes them does not get them back. Court IT's
    `demo_course = false` (site file) means no profile is offered them. (`course_ids`: fewer
    versions, for tests about one course.)

    Never over an installed course of the same id, whatever its version or signature, and
    none at all once a signed course of the demo's family is installed: the demo is only a
    first-run example. (The importer refuses an unsigned copy over a signed
    one too, even if that course arrives while the demo is being copied.)"""
    from .config import load_settings

    paths.ensure()
    with LearnerStore.open(paths.db) as store:
        if store.get_setting(DEMO_OFFERED, False) or not load_settings(store).demo_course:
            return []
        signed = [c.id for c in store.list_courses()
                  if c.family == DEMO_FAMILY and c.signature_status != "unsigned"]
    if signed:
        # Court IT installed the real course (signed) under the demo's family: its other
        # languages come from the same place, never mixed with the bundled, unsigned example.
        log.info("demo family installed signed (%s): the bundled versions are not offered",
                 ", ".join(signed))
        _mark_offered(paths)
        return []
    added = [course_id for course_id in course_ids
             if not _keeps_installed(paths, course_id) and _import_one(paths, course_id)]
    _mark_offered(paths)
    return added


def _import_one(paths: DataPaths, course_id: str) -> bool:
    """One version from the package's bundle, else built from the source folder."""
    # Our own shipped files: unsigned is fine here and only here.
    policy = TrustPolicy(allow_unsigned=True)
    bundle, source = demo_bundle(course_id), demo_source_file(course_id)
    try:
        if bundle.is_file():
            import_bundle(paths, bundle, policy)
        elif source.is_file():
            with tempfile.TemporaryDirectory(dir=paths.tmp, prefix="demo-") as tmp:
                built = Path(tmp) / f"{course_id}.lectern"
                build_bundle(source, built)
                import_bundle(paths, built, policy)
        else:
            log.warning("demo course %s not found at %s or %s", course_id, bundle, source)
            return False
    except BundleError as exc:
        if exc.kind not in (BundleErrorKind.OLDER_VERSION, BundleErrorKind.UNSIGNED):
            raise
        log.info("the demo did not replace the installed course %s: %s", course_id, exc.message)
        return False
    return True


def ensure_demo_installed(paths: DataPaths) -> str | None:
    """`install_demo_courses`, for callers that want one id: the first version imported now
    (English unless it was installed already), or None when nothing was."""
    added = install_demo_courses(paths)
    return added[0] if added else None
