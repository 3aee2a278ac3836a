#!/usr/bin/env python3
"""Player start-up and memory: cold start to the library's first paint, and peak RSS.

Measures, in one invocation and on this machine:
- a baseline: a bare QMainWindow with a QLabel (the least any PySide6 window costs);
- Lectern: `python -m sync.cli --data-dir D` with LECTERN_REPORT_FIRST_PAINT=1 — the in-process
  time from process start to the library's first paint and to the course list being shown,
  the same from the moment `run_app` began (what the player shell itself costs, without
  the interpreter and the CLI), the whole-process wall time (start to exit; the script
  quits once the library is shown),
  and peak RSS (VmHWM) with the library shown and while the demo video plays.
The first Lectern run uses a fresh data dir (first run: the demo course is imported after
the first paint); the other runs reuse it. Figures are medians of --runs runs; the goals
are the issue's (first paint <= 0.6 s, RSS < 100 MB library, <= 250 MB video). The library's
peak RSS is also printed against the baseline's, measured in the same invocation on the same
display: in MB over the bare window and as a ratio, since absolute RSS varies per machine.
A real X server (Xvfb) is used when available, else the offscreen platform.

Usage: .venv/bin/python bench/player_startup.py [--runs 5] [--drop-caches]
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
log = logging.getLogger("bench")

GOAL_FIRST_PAINT = 0.6
GOAL_RSS_LIBRARY_MB = 100  # issue #11 item 17: under 100 MB (a bare window is ~67-69 MB)
GOAL_RSS_VIDEO_MB = 250

BASELINE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def age():
    with open("/proc/self/stat") as f:
        start = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        return float(f.read().split()[0]) - start / os.sysconf("SC_CLK_TCK")

def peak_kb():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))

class Watch(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            def report():
                sys.stdout.write(f"lectern-report first-paint process={age():.3f}\n")
                QTimer.singleShot(300, lambda: (sys.stdout.write(
                    f"lectern-report step library done peak_rss_kb={peak_kb()}\n"),
                    sys.stdout.flush(), app.quit()))
            QTimer.singleShot(0, report)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("Baseline")
window.setCentralWidget(label)
watch = Watch()
label.installEventFilter(watch)
window.resize(1000, 700)
window.show()
app.exec()
"""


def start_xvfb() -> tuple[subprocess.Popen | None, str | None]:
    if shutil.which("Xvfb") is None:
        return None, None
    for number in range(150, 250):
        if not Path(f"/tmp/.X{number}-lock").exists():
            break
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            return None, None
        time.sleep(0.05)
    return proc, f":{number}"


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, float]:
    """Run one process; parse its `lectern-report` lines; add the whole-process wall time."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                          cwd=REPO)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    out: dict[str, float] = {"wall": wall}
    for line in proc.stdout.splitlines():
        if not line.startswith("lectern-report "):
            continue
        words = line.split()[1:]
        fields = dict(w.split("=", 1) for w in words if "=" in w)
        if words[0] == "first-paint":
            out["first_paint"] = float(fields["process"])
            if "app" in fields:
                out["first_paint_app"] = float(fields["app"])
        elif words[0] == "library-ready":
            out["library_ready"] = float(fields["process"])
        elif words[0] == "step" and words[2] == "done":
            out[f"peak_{words[1]}_mb"] = int(fields["peak_rss_kb"]) / 1024
    return out


def median(runs: list[dict[str, float]], key: str) -> float | None:
    values = [r[key] for r in runs if key in r]
    return statistics.median(values) if values else None


def drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:
        log.warning("cannot drop caches (%s); figures are warm-cache", exc)


def library_vs_baseline(library: float | None, baseline: float | None) -> str:
    """One line: the library's peak RSS against the bare window's, both from this run."""
    if library is None or not baseline:
        return "library vs bare PySide6 window: n/a"
    verdict = "under" if library < GOAL_RSS_LIBRARY_MB else "NOT under"
    return (f"library vs bare PySide6 window: {library:.1f} MB vs {baseline:.1f} MB = "
            f"+{library - baseline:.1f} MB, ratio {library / baseline:.2f}; "
            f"{verdict} the {GOAL_RSS_LIBRARY_MB} MB goal")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true",
                        help="drop the page cache before each run (root): truly cold starts")
    args = parser.parse_args()

    xvfb, display = start_xvfb()
    env = dict(os.environ, QT_LOGGING_RULES="qt.multimedia.*=false")
    env.pop("WAYLAND_DISPLAY", None)
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = env["QT_QPA_PLATFORM"]
    data = Path(tempfile.mkdtemp(prefix="lectern-bench-"))
    lectern = [sys.executable, "-m", "sync.cli", "--data-dir", str(data / "d")]
    try:
        baseline, first_runs, warm, video = [], [], [], []
        for i in range(args.runs):
            if args.drop_caches:
                drop_caches()
            baseline.append(run([sys.executable, "-c", BASELINE], env))
            if args.drop_caches:
                drop_caches()
            lib_env = dict(env, LECTERN_REPORT_FIRST_PAINT="1",
                           LECTERN_SCREENSHOT_SCRIPT="library")
            (first_runs if i == 0 else warm).append(run(lectern, lib_env))
            video.append(run(lectern, dict(env, LECTERN_REPORT_FIRST_PAINT="1",
                                           LECTERN_SCREENSHOT_SCRIPT="library,play,wait:3",
                                           LECTERN_PLAYBACK_RATE="1")))
    finally:
        shutil.rmtree(data, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()

    def fmt(value: float | None, unit: str) -> str:
        return "n/a" if value is None else f"{value:.3f} {unit}" if unit == "s" \
            else f"{value:.1f} {unit}"

    base_paint = median(baseline, "first_paint")
    base_wall = median(baseline, "wall")
    base_rss = median(baseline, "peak_library_mb")
    rows = [
        ("first paint, first run (fresh data dir)", first_runs[0].get("first_paint"), "s",
         GOAL_FIRST_PAINT, base_paint),
        ("first paint, later runs (median)", median(warm, "first_paint"), "s",
         GOAL_FIRST_PAINT, base_paint),
        ("  of which after run_app() began (median)", median(warm, "first_paint_app"), "s",
         None, None),
        ("course list shown, first run (demo import)", first_runs[0].get("library_ready"),
         "s", None, base_paint),
        ("course list shown, later runs (median)", median(warm, "library_ready"), "s", None,
         base_paint),
        ("whole process, start to exit (median)", median(warm, "wall"), "s", None, base_wall),
        ("peak RSS, library shown (median)", median(warm, "peak_library_mb"), "MB",
         GOAL_RSS_LIBRARY_MB, base_rss),
        ("peak RSS, video playing (median)", median(video, "peak_wait:3_mb"), "MB",
         GOAL_RSS_VIDEO_MB, base_rss),
    ]
    lines = [f"Lectern player start-up, {args.runs} runs, platform {platform}, "
             f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
             f"baseline (bare QMainWindow + QLabel): first paint {fmt(base_paint, 's')}, "
             f"whole process {fmt(base_wall, 's')}, peak RSS {fmt(base_rss, 'MB')}", ""]
    lines.append(f"{'measure':46} {'value':>11} {'goal':>9} {'ok':>4} {'x baseline':>11}")
    for name, value, unit, goal, base in rows:
        ok = "" if goal is None or value is None else ("yes" if value <= goal else "NO")
        goal_s = "" if goal is None else (f"{goal:.1f} s" if unit == "s" else f"{goal} MB")
        ratio = "" if value is None or not base else f"{value / base:.2f}"
        lines.append(f"{name:46} {fmt(value, unit):>11} {goal_s:>9} {ok:>4} {ratio:>11}")
    lines += ["", library_vs_baseline(median(warm, "peak_library_mb"), base_rss)]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
