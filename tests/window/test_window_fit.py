"""Every main screen of the real player on a 1366x768 screen, at scale 1.0 and 1.5, in a real
X window: the window (and the Settings dialog) lies within the screen's available area, no
screen asks for more than the screen has, and keyboard focus is visible (issue #12 items 1,
8 and 11).

Scale 1.5 is `QT_SCALE_FACTOR=1.5`, what a 150 % display setting gives: the 1366x768 screen
is then 911x512 device-independent pixels. The screens are the library, the course with a
playing video, a reading, a PDF, a quiz, a forum with a colleague's thread, the catalog and
a running download from a real hub, and Settings. Screenshots land in
`test-artifacts/screenshots/fit-<scale>/` for people to look at.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots"

pytestmark = pytest.mark.window

SCALES = {"1.0": {}, "1.5": {"QT_SCALE_FACTOR": "1.5"}}
STEPS = ["synced", "library", "course", "video", "reading", "pdf", "quiz", "forum", "catalog",
         "fetch:sources-guide-en", "downloads", "settings"]
SHOTS = ["library", "course", "video", "reading", "pdf", "quiz", "forum", "catalog",
         "downloads", "settings"]
#: screens whose focused control shows the app's ring (quiz choices frame themselves)
RING_SHOWN = {"library": "QPushButton", "video": "Stage", "reading": None}


def _rect(text: str) -> tuple[int, int, int, int]:
    x, y, w, h = (int(v) for v in text.split(","))
    return x, y, w, h


def _geometry(stdout: str) -> dict[str, dict[str, str]]:
    out = {}
    for line in stdout.splitlines():
        if line.startswith("lectern-report geometry "):
            fields = dict(w.split("=", 1) for w in line.split()[2:] if "=" in w)
            out[fields["step"]] = fields
    return out


def _ring_share(shot: Path, focus: str, ratio: float, colour: QColor) -> float:
    """The share of the focused control's edge that shows the highlight colour (within two
    device pixels of where the edge falls: fractional scales round either way)."""
    image = QImage(str(shot))
    x, y, w, h = _rect(focus.split(":", 1)[1])
    left, top = round(x * ratio), round(y * ratio)
    right, bottom = round((x + w) * ratio) - 1, round((y + h) * ratio) - 1

    def lit(px: int, py: int, dx: int, dy: int) -> bool:
        for step in range(-2, 3):
            qx, qy = px + step * dx, py + step * dy
            if 0 <= qx < image.width() and 0 <= qy < image.height() \
                    and QColor(image.pixel(qx, qy)).rgb() == colour.rgb():
                return True
        return False

    edge = [(px, top, 0, 1) for px in range(left + 3, right - 2)] + \
           [(px, bottom, 0, 1) for px in range(left + 3, right - 2)] + \
           [(left, py, 1, 0) for py in range(top + 3, bottom - 2)] + \
           [(right, py, 1, 0) for py in range(top + 3, bottom - 2)]
    return sum(1 for e in edge if lit(*e)) / len(edge)


def test_every_main_screen_fits_a_1366_screen_at_1_and_1_5(laptop_run, tmp_path, hub_url,
                                                           hub_tools):
    hub_tools.colleague_posts(hub_url)
    problems: list[str] = []
    for scale, extra in SCALES.items():
        shots = ARTIFACTS / f"fit-{scale}"
        shots.mkdir(parents=True, exist_ok=True)
        for old in shots.glob("*.png"):
            old.unlink()
        data = tmp_path / f"player-{scale}"
        hub_tools.signed_in_player(data, hub_url, tmp_path / "publisher.key.pub")
        env = laptop_run.env(LECTERN_SCREENSHOT_SCRIPT=",".join(STEPS),
                             LECTERN_SCREENSHOT_DIR=str(shots), **extra)
        proc = subprocess.run(laptop_run.command(data), env=env, cwd=REPO, capture_output=True,
                              text=True, timeout=240)
        assert proc.returncode == 0, proc.stderr[-3000:]
        reports = [line for line in proc.stdout.splitlines()
                   if line.startswith("lectern-report")]
        assert "lectern-report script done" in reports, "\n".join(reports) + proc.stderr[-3000:]
        geometry = _geometry(proc.stdout)
        for name in SHOTS:
            shot = shots / f"{name}.png"
            assert shot.is_file(), (scale, name, reports)
            fields = geometry[name]
            fx, fy, fw, fh = _rect(fields["frame"])
            ax, ay, aw, ah = _rect(fields["avail"])
            if not (ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah):
                problems.append(f"{scale} {name}: frame {fields['frame']} outside {fields['avail']}")
            mw, mh = (int(v) for v in fields["min"].split(","))
            if mw > aw or mh > ah:
                problems.append(f"{scale} {name}: minimum {fields['min']} > {fields['avail']}")
            if fields.get("outline_cut", "-") != "-":
                problems.append(f"{scale} {name}: outline rows cut: {fields['outline_cut']}")
            image = QImage(str(shot))
            ratio = float(fields["ratio"])
            if abs(image.width() - fw * ratio) > 2 or abs(image.height() - fh * ratio) > 2:
                problems.append(f"{scale} {name}: shot {image.width()}x{image.height()} is not "
                                f"the window ({fw}x{fh} at {ratio})")
            if name in RING_SHOWN:
                focus = fields["focus"]
                kind = RING_SHOWN[name]
                if focus == "none" or (kind and not focus.startswith(kind + ":")):
                    problems.append(f"{scale} {name}: focus on {focus}, wanted {kind}")
                    continue
                share = _ring_share(shot, focus, ratio, QColor(fields["highlight"]))
                if share < 0.8:
                    problems.append(f"{scale} {name}: focus ring on {focus} only {share:.0%}")
    assert not problems, "\n".join(problems)
