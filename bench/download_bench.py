#!/usr/bin/env python3
"""The same course through the same throttled, resetting proxy: Lectern vs aria2c vs wget -c.

Prints wall time and bytes received for each tool and the ratios, at 256 kbit/s and at
20 Mbit/s. Goal (issue 5): Lectern's time <= aria2c's, bytes <= 1.01x the course size.
Installs Debian's aria2 and wget when missing (root). Loopback only; bounded in time.
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
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]

from course_factory import write_tiny_course  # noqa: E402
from fault_proxy import FaultProxy, Faults  # noqa: E402
from local_hub import LocalHub  # noqa: E402


def ensure_tools() -> None:
    missing = [pkg for tool, pkg in (("aria2c", "aria2"), ("wget", "wget")) if not shutil.which(tool)]
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=False, env=env,
                       stdout=subprocess.DEVNULL)


def run_lectern(paths_root: Path, url: str, token: str, course_id: str, key: Path) -> None:
    from sync.bundle import TrustPolicy
    from sync.download_queue import DownloadChoice
    from sync.downloader import CourseDownload, DownloadLimits, begin_download
    from sync.hub_client import HubClient, HubSettings
    from sync.paths import DataPaths
    from sync.signing import load_public_key
    paths = DataPaths(paths_root).ensure()
    with HubClient(HubSettings(url, read_timeout=5.0), token) as client:
        version = next(c.version for c in client.catalog() if c.id == course_id)
        begin_download(paths, course_id, version, url, DownloadChoice.ALL)
        CourseDownload(paths, client, course_id, policy=TrustPolicy((load_public_key(key),)),
                       limits=DownloadLimits(backoff_base=0.2, backoff_cap=2.0)).run()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--slow-kb", type=int, default=1200, help="course size (kB) for 256 kbit/s")
    ap.add_argument("--fast-mb", type=int, default=20, help="course size (MB) for 20 Mbit/s")
    args = ap.parse_args()
    ensure_tools()
    tools = ["lectern"] + [t for t in ("aria2c", "wget") if shutil.which(t)]

    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    with tempfile.TemporaryDirectory(prefix="lectern-dl-bench-") as tmp:
        work = Path(tmp)
        generate_keypair(work / "k")
        hub = LocalHub(work)
        links = {"256 kbit/s": (32_000, args.slow_kb * 1000), "20 Mbit/s": (2_500_000, args.fast_mb * 1_000_000)}
        courses = {}
        for n, (label, (_, size)) in enumerate(links.items()):
            cid = f"bench{n}-en"
            src = write_tiny_course(work / f"src{n}", video_bytes=size // 3, course_id=cid)
            out = work / f"{cid}.lectern"
            manifest = build_bundle(src, out, sign_key=work / "k")
            hub.publish(out, work / "k.pub")
            courses[label] = (cid, manifest)
        hub.add_user("bench", *(c for c, _ in courses.values()))
        with hub:
            token = hub.token("bench")
            print(f"{'link':11} {'tool':8} {'seconds':>8} {'bytes received':>15} {'x course':>9} resets")
            for label, (rate, _) in links.items():
                cid, manifest = courses[label]
                course_bytes = manifest.total_size()
                urls = [f"/api/v1/blobs/{sha}" for sha in sorted(manifest.files)]
                times = {}
                for tool in tools:
                    faults = Faults(rate=rate, reset_probability=0.8,
                                    reset_after=(course_bytes // 8, course_bytes // 3))
                    out = work / f"out-{cid}-{tool}"
                    out.mkdir()
                    with FaultProxy("127.0.0.1", hub.port, faults, seed=42) as proxy:
                        t0 = time.perf_counter()
                        if tool == "lectern":
                            run_lectern(out, proxy.url, token, cid, work / "k.pub")
                        else:
                            listing = out / "urls.txt"
                            listing.write_text("".join(
                                f"{proxy.url}{u}\n" + (f"  out={u.rsplit('/', 1)[1]}\n" if tool == "aria2c" else "")
                                for u in urls))
                            auth = f"Authorization: Bearer {token}"
                            cmd = (["aria2c", "-q", "-c", "-x1", "-s1", "-j1", "--max-tries=0",
                                    "--retry-wait=1", "--timeout=5", f"--header={auth}", "-i",
                                    str(listing), "-d", str(out)] if tool == "aria2c" else
                                   ["wget", "-q", "-c", "--tries=0", "--retry-connrefused",
                                    "--waitretry=1", "--read-timeout=5", f"--header={auth}", "-i",
                                    str(listing), "-P", str(out)])
                            subprocess.run(cmd, check=True, timeout=1800)
                        elapsed = time.perf_counter() - t0
                        got = proxy.counters.bytes_down
                        resets = proxy.counters.resets
                    times[tool] = elapsed
                    print(f"{label:11} {tool:8} {elapsed:8.1f} {got:15,d} {got / course_bytes:9.4f} {resets}")
                if "aria2c" in times:
                    print(f"{label:11} Lectern time / aria2c time = {times['lectern'] / times['aria2c']:.2f} "
                          f"(goal <= 1.0)")
                if "wget" in times:
                    print(f"{label:11} Lectern time / wget time   = {times['lectern'] / times['wget']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
