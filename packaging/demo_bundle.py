"""The demo course as the packages ship it: a low-bandwidth `.lectern`, made by `lectern.spec`.

The checkout keeps the demo's source folder (`resources/demo/course`: course.toml, both video
renditions), and a player run from it builds the course from there on first run. The packages
ship `_internal/resources/demo/foe-intro-en.lectern` instead, made here the way court IT makes a
copy for a thin link: build the course, import it into a scratch data dir and export it with
`--low-bandwidth` (sync/exporter.py). Its manifest is the full one (both renditions listed); the
480p videos are left out (1.9 MB of the .deb). `sync/demo.py` imports that file when it exists;
the player shows the 480p choice as "not on this computer".

    python3 packaging/demo_bundle.py OUT.lectern      # what lectern.spec runs, as a command
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sync.bundle import TrustPolicy, build_bundle, verify_bundle_file  # noqa: E402
from sync.demo import DEMO_BUNDLE_NAME, DEMO_COURSE_ID  # noqa: E402
from sync.exporter import export_course  # noqa: E402
from sync.importer import import_bundle  # noqa: E402
from sync.paths import DataPaths  # noqa: E402

SOURCE = ROOT / "resources" / "demo" / "course"


def make_demo_bundle(out: Path, source: Path = SOURCE) -> tuple[int, int]:
    """Write the low-bandwidth demo bundle to `out`; return (files in it, files listed)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lectern-demo-") as tmp:
        full = Path(tmp) / "full.lectern"
        manifest = build_bundle(source, full)
        if manifest.id != DEMO_COURSE_ID:
            raise ValueError(f"{source}: course id {manifest.id}, expected {DEMO_COURSE_ID}")
        paths = DataPaths(Path(tmp) / "data")
        import_bundle(paths, full, TrustPolicy(allow_unsigned=True))
        export_course(paths, DEMO_COURSE_ID, out, low_bandwidth=True)
    checked, _status, present = verify_bundle_file(out, TrustPolicy(allow_unsigned=True))
    return present, len(checked.files)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "packaging" / DEMO_BUNDLE_NAME
    present, listed = make_demo_bundle(out)
    print(f"demo_bundle: {out} ({out.stat().st_size / 1e6:.1f} MB; {present} of {listed} files: "
          "low bandwidth)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
