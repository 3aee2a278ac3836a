#!/usr/bin/env python3
"""Import speed and memory: `lectern import` of a generated bundle vs `sha256sum` of the file.

Goal (issue 2): import time <= 1.5x sha256sum's, peak memory < 100 MB whatever the size.
Prints figures and ratios; not a test. Usage: bench/import_bench.py [--size-mb 500]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024


def make_bundle(work: Path, size_mb: int) -> Path:
    """In a child process: a forked child's peak RSS would include this process's pages."""
    out = work / "bench.lectern"
    code = (
        "import sys, shutil; from pathlib import Path; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/tests'];"
        "from course_factory import write_tiny_course; from sync.bundle import build_bundle;"
        # Two renditions of 1/3 and 2/3 of the size, filled with incompressible bytes.
        "src = write_tiny_course(Path(sys.argv[2]) / 'src', video_bytes=int(sys.argv[3]) * 1_000_000 // 3);"
        "build_bundle(src, Path(sys.argv[4])); shutil.rmtree(src)")
    subprocess.run([sys.executable, "-c", code, str(REPO), str(work), str(size_mb), str(out)],
                   check=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size-mb", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="lectern-bench-", dir=REPO / "bench") as tmp:
        work = Path(tmp)
        bundle = make_bundle(work, args.size_mb)
        size = bundle.stat().st_size
        print(f"bundle: {size / 1e6:.0f} MB ({bundle.name})")
        sha_times, imp_times, imp_rss = [], [], []
        for run in range(args.runs):
            t, _ = timed(["sha256sum", str(bundle)])
            sha_times.append(t)
            data = work / f"data{run}"
            t, rss = timed([sys.executable, "-m", "sync.cli", "--data-dir", str(data), "import",
                            "--allow-unsigned", str(bundle)])
            imp_times.append(t)
            imp_rss.append(rss)
            shutil.rmtree(data)
        sha, imp = min(sha_times), min(imp_times)
        print(f"sha256sum:      {sha:6.2f} s  ({size / 1e6 / sha:6.0f} MB/s)  best of {args.runs}")
        print(f"lectern import: {imp:6.2f} s  ({size / 1e6 / imp:6.0f} MB/s)  best of {args.runs}")
        print(f"ratio import/sha256sum: {imp / sha:.2f}x  (goal <= 1.5x)")
        print(f"peak RSS of lectern import: {max(imp_rss):.0f} MB  (goal < 100 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
