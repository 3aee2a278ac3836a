"""Running a window test's child process at each screen scale and reading its report lines:
`shot name=N inside=yes fits=yes focus=F want=F clipped=none extra=ok` (only the fields a
test checks). The child is the test file itself (`python FILE DATA_DIR OUT_DIR`)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots"
SCALES = {"1.0": {}, "1.5": {"QT_SCALE_FACTOR": "1.5"}}


def shoot_at_every_scale(laptop_run: Any, child: str, tmp_path: Path, folder: str,
                         shots: tuple[str, ...]) -> dict[str, list[dict[str, str]]]:
    """Run `child` once per scale on a 1366×768 screen; every shot lies inside the screen,
    fits, and its PNG exists. Returns each scale's shots' fields for further checks."""
    out_by_scale: dict[str, list[dict[str, str]]] = {}
    for scale, extra in SCALES.items():
        out = ARTIFACTS / f"{folder}-{scale}"
        out.mkdir(parents=True, exist_ok=True)
        for name in shots:
            (out / f"{name}.png").unlink(missing_ok=True)
        proc = subprocess.run([sys.executable, child, str(tmp_path / f"data-{scale}"), str(out)],
                              env=laptop_run.env(**extra), cwd=REPO, capture_output=True,
                              text=True, timeout=240)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
        reports = [line for line in proc.stdout.splitlines() if line.startswith("shot ")]
        assert len(reports) == len(shots), proc.stdout + proc.stderr[-2000:]
        fields_list = []
        for line in reports:
            fields = dict(w.split("=", 1) for w in line.split()[1:])
            assert fields["inside"] == "yes", (scale, line)
            assert fields["fits"] == "yes", (scale, line)
            assert (out / f"{fields['name']}.png").is_file(), (scale, line)
            fields_list.append(fields)
        out_by_scale[scale] = fields_list
    return out_by_scale
