#!/usr/bin/env python3
"""Package sizes, and the installed app's start to first paint vs the same app from the venv.

Prints:
- the sizes of dist/lectern (the onedir build), the .deb and the portable .tar.gz
  (packaging/build-linux; `--build` runs it first if an output is missing or stale);
- the time from spawning the process to the library's first paint (the player prints
  `lectern-report first-paint` when LECTERN_REPORT_FIRST_PAINT=1), measured from outside
  (spawn to the line read, so the launcher script and PyInstaller's bootloader count), for
  the INSTALLED `/usr/bin/lectern` and for `.venv/bin/python -m sync.cli`, as medians of
  --runs runs, cold (page cache dropped before each run; needs root) and warm, and their
  ratio. The runs are a returning learner: the data dir already holds the demo course.
  If the package is not installed, `--install` installs dist/'s .deb for the bench and removes
  it afterwards (root; learner data is never touched); otherwise dist/lectern/lectern (the same
  files) is measured and the report says so.
- If a build does not print first-paint lines, the time until its window is mapped (xwininfo
  polling) is used instead, and the report says so.
A real X server (Xvfb :N, started here) is used.

Usage: .venv/bin/python bench/package_bench.py [--runs 5] [--build] [--install] [--no-cold]
Writes the figures also to bench/out/package_bench.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
GOAL_DEB_MB = 40.0


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def tree_size(root: Path) -> tuple[int, int]:
    total = count = 0
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            count += 1
    return total, count


def artefacts() -> dict[str, Path | None]:
    debs = sorted(DIST.glob("lectern_*_amd64.deb"), key=lambda p: p.stat().st_mtime)
    tars = sorted(DIST.glob("lectern-*-linux-x86_64.tar.gz"), key=lambda p: p.stat().st_mtime)
    onedir = DIST / "lectern"
    return {"onedir": onedir if (onedir / "lectern-bin").exists() else None,
            "deb": debs[-1] if debs else None, "tar": tars[-1] if tars else None}


def start_xvfb() -> tuple[subprocess.Popen, str]:
    if shutil.which("Xvfb") is None:
        sys.exit("package_bench: Xvfb is needed (apt-get install xvfb xauth)")
    for number in range(140, 260):
        if not Path(f"/tmp/.X{number}-lock").exists() and \
                not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    else:
        sys.exit("package_bench: no free X display")
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp", "-noreset"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            sys.exit("package_bench: Xvfb did not start")
        time.sleep(0.05)
    return proc, f":{number}"


def drop_caches() -> bool:
    subprocess.run(["sync"], check=False)
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def window_mapped(display: str) -> bool:
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                         env=dict(os.environ, DISPLAY=display)).stdout
    return '"Lectern' in out


def one_run(cmd: list[str], env: dict[str, str], display: str) -> dict[str, float | str]:
    """Spawn, wait for the first-paint line (or the mapped window), let the script close the
    window once the library is shown, and return the timings."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    result: dict[str, float | str] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        now = time.perf_counter() - started
        if line.startswith("lectern-report first-paint"):
            result["first_paint"] = now
            result["source"] = "first-paint report"
            for field in line.split()[2:]:
                key, _, value = field.partition("=")
                if key == "process":
                    result["in_process"] = float(value)
        elif line.startswith("lectern-report library-ready"):
            result["library_ready"] = now
    proc.wait(timeout=120)
    result["exit"] = time.perf_counter() - started
    return result


def measure(name: str, cmd: list[str], data: Path, display: str, runs: int, cold: bool,
            base_env: dict[str, str]) -> dict:
    env = dict(base_env, DISPLAY=display, QT_QPA_PLATFORM="xcb", LECTERN_REPORT_FIRST_PAINT="1",
               LECTERN_SCREENSHOT_SCRIPT="library")
    # Prepare a returning learner (imports the demo course once).
    subprocess.run([*cmd, "--data-dir", str(data), "courses"], env=dict(env, QT_QPA_PLATFORM="offscreen"),
                   capture_output=True, timeout=300, check=True)
    full = [*cmd, "--data-dir", str(data)]
    if not one_run(full, env, display).get("first_paint"):
        return measure_mapped(name, full, env, display, runs, cold)
    out: dict = {"name": name, "source": "first-paint report"}
    modes = (["cold"] if cold else []) + ["warm"]
    for mode in modes:
        samples = []
        for _ in range(runs):
            if mode == "cold" and not drop_caches():
                out["cold_error"] = "cannot drop the page cache (not root?)"
                break
            samples.append(one_run(full, env, display))
        if samples:
            out[mode] = {k: statistics.median(float(s[k]) for s in samples)
                         for k in ("first_paint", "in_process", "library_ready", "exit")
                         if all(k in s for s in samples)}
    return out


def measure_mapped(name: str, cmd: list[str], env: dict[str, str], display: str, runs: int,
                   cold: bool) -> dict:
    """Fallback: time until a window named Lectern is mapped, polled with xwininfo."""
    out: dict = {"name": name, "source": "window mapped (xwininfo polling)"}
    for mode in (["cold"] if cold else []) + ["warm"]:
        samples = []
        for _ in range(runs):
            if mode == "cold" and not drop_caches():
                break
            started = time.perf_counter()
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            while not window_mapped(display) and time.perf_counter() - started < 60:
                time.sleep(0.01)
            samples.append(time.perf_counter() - started)
            proc.wait(timeout=120)
        if samples:
            out[mode] = {"first_paint": statistics.median(samples)}
    return out


def installed_command() -> list[str] | None:
    lectern = Path("/usr/bin/lectern")
    if lectern.is_symlink() and lectern.resolve() == Path("/opt/lectern/lectern"):
        return [str(lectern)]
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--build", action="store_true",
                    help="run packaging/build-linux first (skips what is up to date)")
    ap.add_argument("--install", action="store_true",
                    help="dpkg -i dist's .deb for the bench if lectern is not installed (root)")
    ap.add_argument("--no-cold", action="store_true", help="warm-cache runs only")
    args = ap.parse_args()

    if args.build:
        subprocess.run([str(REPO / "packaging" / "build-linux")], cwd=REPO, check=True)
    found = artefacts()
    report: dict = {"sizes": {}}
    print("Lectern packages (dist/)")
    if found["onedir"]:
        size, files = tree_size(found["onedir"])
        report["sizes"]["onedir"] = size
        print(f"  onedir   {mb(size):>9}  ({files} files)  {found['onedir']}")
    for key, label in (("deb", ".deb"), ("tar", ".tar.gz")):
        path = found[key]
        if path:
            report["sizes"][key] = path.stat().st_size
            note = ""
            if key == "deb":
                note = f"  (goal <= {GOAL_DEB_MB:.0f} MB: " + \
                    ("met)" if path.stat().st_size <= GOAL_DEB_MB * 1e6 else "NOT met)")
                level = (REPO / "build" / "packaging" / "deb.inputs")
                if level.exists() and not level.read_text().strip().endswith("xz9"):
                    note += "  [not a release build: xz level " + \
                        level.read_text().strip().rsplit("xz", 1)[-1] + "]"
            print(f"  {label:<8} {mb(path.stat().st_size):>9}  {path.name}{note}")
        else:
            print(f"  {label:<8}   missing  (run packaging/build-linux, or --build)")

    installed = installed_command()
    we_installed = False
    if installed is None and args.install:
        if os.geteuid() != 0 or not found["deb"]:
            sys.exit("package_bench: --install needs root and a .deb in dist/")
        subprocess.run(["dpkg", "-i", str(found["deb"])], check=True, capture_output=True)
        we_installed = True
        installed = installed_command()
    if installed is not None:
        frozen_cmd, frozen_name = installed, "installed /usr/bin/lectern"
    elif found["onedir"]:
        frozen_cmd = [str(found["onedir"] / "lectern")]
        frozen_name = "dist/lectern/lectern (not installed; same files as /opt/lectern)"
    else:
        print("No build to time: run packaging/build-linux first.")
        return 1

    xvfb, display = start_xvfb()
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("LECTERN_", "QT_"))}
    base_env.pop("WAYLAND_DISPLAY", None)
    work = Path(tempfile.mkdtemp(prefix="lectern-package-bench-"))
    base_env.update(QT_LOGGING_RULES="qt.multimedia.*=false",
                    LECTERN_SITE_CONFIG=str(work / "no-site-config.toml"))
    try:
        frozen = measure(frozen_name, frozen_cmd, work / "frozen-data", display, args.runs,
                         not args.no_cold, base_env)
        venv = measure("venv: python -m sync.cli", [str(VENV_PYTHON), "-m", "sync.cli"],
                       work / "venv-data", display, args.runs, not args.no_cold,
                       dict(base_env, PYTHONPATH=str(REPO)))
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)
        if we_installed:
            subprocess.run(["dpkg", "-P", "lectern"], check=False, capture_output=True)
    report["start"] = {"frozen": frozen, "venv": venv}

    print(f"\nStart to the library's first paint (Xvfb, returning learner, median of "
          f"{args.runs}; measured from spawn; source: {frozen['source']})")
    print(f"  {'':38} {'cold cache':>11} {'warm cache':>11}  (process-internal, warm)")
    for result in (frozen, venv):
        cold = result.get("cold", {}).get("first_paint")
        warm = result.get("warm", {}).get("first_paint")
        inner = result.get("warm", {}).get("in_process")
        print(f"  {result['name'][:38]:38} {f'{cold:.2f} s' if cold else '-':>11} "
              f"{f'{warm:.2f} s' if warm else '-':>11}  "
              f"{f'({inner:.2f} s)' if inner else ''}")
    for mode in ("cold", "warm"):
        a = frozen.get(mode, {}).get("first_paint")
        b = venv.get(mode, {}).get("first_paint")
        if a and b:
            report.setdefault("ratio", {})[mode] = a / b
            print(f"  ratio installed / venv, {mode}: {a / b:.2f}x")
    if "cold_error" in frozen:
        print(f"  (cold: {frozen['cold_error']})")
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "package_bench.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
