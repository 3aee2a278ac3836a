"""The demo course as the packages ship it: three `.lectern` files, made by `lectern.spec`.

The checkout keeps the demo's source folder (`resources/demo/course`: course.toml, course.fr.toml,
course.ar.toml, both video renditions), and a player run from it builds the courses from there
on first run. The packages ship `_internal/resources/demo/foe-intro-{en,fr,ar}.lectern` instead
(`sync/demo.py` imports them in DEMO_COURSE_IDS order, English first), made here:

- English: built, imported into a scratch data dir and exported with `--low-bandwidth`
  (sync/exporter.py), as court IT makes a copy for a thin link. Its manifest is the full one
  (both renditions listed); the 480p videos are left out (1.9 MB of the .deb) and the player
  shows that choice as "not on this computer".
- French and Arabic: low bandwidth too, and without the files the English bundle carries (the
  videos, the cover, the English captions: `export_course(..., leave_out=...)`), so the
  package holds each video once; they install after English, whose files are then in the
  content store. Each such bundle is tried here first: a scratch data dir imports the English
  bundle, then it. If the importer refuses it (one that counts only the files inside a bundle
  as present refuses a course whose video is not in it), that language ships as a whole
  low-bandwidth copy instead, and the build says so: the .deb costs about the same (xz finds
  the repeated videos in the neighbouring file), the installed files 1.6 MB more each.
Last, the shipped files are imported into a fresh data dir in that order, and every course
must come out with its low-bandwidth files present.

    python3 packaging/demo_bundle.py OUT_DIR      # what lectern.spec runs, as a command
"""
from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sync.bundle import TrustPolicy, build_bundle, open_bundle  # noqa: E402
from sync.demo import DEMO_COURSE_ID, DEMO_COURSE_IDS, demo_source_file  # noqa: E402
from sync.errors import BundleError, BundleErrorKind  # noqa: E402
from sync.exporter import export_course  # noqa: E402
from sync.importer import import_bundle  # noqa: E402
from sync.paths import DataPaths  # noqa: E402
from sync.store import LearnerStore  # noqa: E402

SOURCE = ROOT / "resources" / "demo" / "course"
POLICY = TrustPolicy(allow_unsigned=True)  # our own shipped files


@dataclass(frozen=True)
class DemoBundle:
    """One shipped language version."""
    course_id: str
    path: Path
    files: int      # files inside the bundle
    listed: int     # files its manifest lists
    left_out: int   # files left out because the English bundle carries them (0: a whole copy)


def bundle_name(course_id: str) -> str:
    return f"{course_id}.lectern"


def _installs_after_english(english: Path, bundle: Path, scratch: Path) -> bool:
    """Whether a fresh data dir that imported the English bundle imports `bundle` too."""
    paths = DataPaths(scratch)
    import_bundle(paths, english, POLICY)
    try:
        import_bundle(paths, bundle, POLICY)
    except BundleError as exc:
        if exc.kind is not BundleErrorKind.MISSING_FILE:
            raise
        return False
    return True


def make_demo_bundles(out_dir: Path, source: Path = SOURCE) -> list[DemoBundle]:
    """Write the three demo bundles into `out_dir` (English first); what each holds."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    made: list[DemoBundle] = []
    with tempfile.TemporaryDirectory(prefix="lectern-demo-") as tmp_name:
        tmp = Path(tmp_name)
        paths = DataPaths(tmp / "data")
        for course_id in DEMO_COURSE_IDS:
            full = tmp / f"full-{course_id}.lectern"
            manifest = build_bundle(source / demo_source_file(course_id).name, full)
            if manifest.id != course_id:
                raise ValueError(f"{source}: course id {manifest.id}, expected {course_id}")
            import_bundle(paths, full, POLICY)
        english = out_dir / bundle_name(DEMO_COURSE_ID)
        export_course(paths, DEMO_COURSE_ID, english, low_bandwidth=True)
        with open_bundle(english, POLICY) as opened:  # verified as any import would
            carried = opened.present
        for course_id in DEMO_COURSE_IDS:
            out = out_dir / bundle_name(course_id)
            with LearnerStore.open(paths.db) as store:
                manifest = store.manifest(course_id)
            wanted = manifest.low_bandwidth_files()
            result = export_course(paths, course_id, out, low_bandwidth=True,
                                   leave_out=carried if course_id != DEMO_COURSE_ID else ())
            left_out = len(wanted) - result.files
            if left_out and not _installs_after_english(english, out, tmp / f"try-{course_id}"):
                print(f"demo_bundle: {course_id}: this importer does not take a bundle that "
                      "leaves out files the content store has; shipped whole (low bandwidth)",
                      flush=True)
                result = export_course(paths, course_id, out, low_bandwidth=True)
                left_out = 0
            made.append(DemoBundle(course_id, out, result.files, len(manifest.files), left_out))
        check_installs_in_order(made, tmp / "check")
    return made


def check_installs_in_order(bundles: list[DemoBundle], scratch: Path) -> None:
    """Import the shipped bundles into a fresh data dir in order, as `sync/demo.py` does on
    first run: every course has its low-bandwidth files, or ValueError."""
    paths = DataPaths(scratch)
    for bundle in bundles:
        import_bundle(paths, bundle.path, POLICY)
    with LearnerStore.open(paths.db) as store:
        for bundle in bundles:
            wanted = store.manifest(bundle.course_id).low_bandwidth_files()
            present = store.present_files(bundle.course_id)
            if present != wanted:
                raise ValueError(f"{bundle.course_id}: installed from the shipped bundles with "
                                 f"{len(wanted - present)} of its files missing")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "build" / "packaging" / "demo"
    for bundle in make_demo_bundles(out_dir):
        note = (f"{bundle.left_out} left out: the English bundle carries them" if bundle.left_out
                else "low bandwidth")
        print(f"demo_bundle: {bundle.path} ({bundle.path.stat().st_size / 1e6:.2f} MB; "
              f"{bundle.files} of {bundle.listed} files; {note})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
