#!/usr/bin/env python3
"""Blob download throughput: a real `lectern-hub serve` against `python -m http.server`
serving the very same file, over loopback, as a ratio (goal: hub / http.server >= 0.8).

    .venv/bin/python bench/hub_blobs.py            # a 200 MB blob
    .venv/bin/python bench/hub_blobs.py --mb 50 --rounds 3

The blob is published inside a signed course, so the hub does everything it does for a
learner (token check, enrolment check, Range headers). Both servers are read by the same
minimal client (http.client, 1 MiB reads into one reused buffer) and each is measured
`--rounds` times, best and median reported. A Range request for the second half is timed
too (resume after a broken download).
"""
from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def make_course(work: Path, mb: int) -> tuple[Path, Path, str]:
    """A course source whose larger video rendition is `mb` MB of random bytes."""
    from course_factory import write_tiny_course

    src = write_tiny_course(work / "src", video_bytes=1000, course_id="blobs-en")
    big = src / "media" / "l1-480p.mp4"
    digest = hashlib.sha256()
    chunk = os.urandom(1024 * 1024)
    with open(big, "wb") as f:
        for i in range(mb):
            block = chunk[i % 7:] + chunk[:i % 7]  # not one repeated MiB: defeats nothing, costs nothing
            f.write(block)
            digest.update(block)
    return src, big, digest.hexdigest()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("server did not start")


def download(port: int, path: str, headers: dict[str, str], expect_status: int) -> tuple[float, int]:
    buf = bytearray(1024 * 1024)
    view = memoryview(buf)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    t0 = time.perf_counter()
    conn.request("GET", path, headers=headers)
    resp = conn.getresponse()
    if resp.status != expect_status:
        raise SystemExit(f"GET {path}: {resp.status} {resp.read(300)!r}")
    total = 0
    while True:
        n = resp.readinto(view)
        if not n:
            break
        total += n
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed, total


def measure(name: str, port: int, path: str, headers: dict[str, str], size: int, rounds: int) -> dict[str, float]:
    times = []
    for _ in range(rounds):
        elapsed, total = download(port, path, headers, 200)
        if total != size:
            raise SystemExit(f"{name}: got {total} bytes, expected {size}")
        times.append(elapsed)
    half = size // 2
    r_elapsed, r_total = download(port, path, {**headers, "Range": f"bytes={half}-"}, 206) \
        if name == "hub" else (float("nan"), size - half)
    if r_total != size - half:
        raise SystemExit(f"{name}: range gave {r_total} bytes")
    best, median = min(times), statistics.median(times)
    mbps = size / 1e6
    print(f"  {name:<12} best {mbps / best:7.0f} MB/s   median {mbps / median:7.0f} MB/s"
          + (f"   resume 2nd half {mbps / 2 / r_elapsed:6.0f} MB/s" if r_elapsed == r_elapsed else ""))
    return {"best": mbps / best, "median": mbps / median}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mb", type=int, default=200, help="blob size in MB (MiB)")
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()

    from hub import auth
    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from hub.users import add_user, enrol
    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    with tempfile.TemporaryDirectory(prefix="hub-blobs-") as tmp:
        work = Path(tmp)
        t = time.perf_counter()
        src, big, sha = make_course(work, args.mb)
        size = big.stat().st_size
        generate_keypair(work / "pub.key")
        build_bundle(src, work / "c.lectern", sign_key=work / "pub.key")
        data = work / "hub"
        hub = Hub.open(HubSettings(data_dir=data))
        trust_key(hub.database, work / "pub.key.pub")
        publish_bundle(hub.database, hub.store, work / "c.lectern")
        add_user(hub.database, "reader", "a long enough password")
        enrol(hub.database, "reader", "blobs-en")
        with hub.database.write() as conn:
            token = auth.issue_token(conn, 1, "reader", "bench").token
        hub.close()
        print(f"setup: {size / 1e6:.0f} MB blob published in {time.perf_counter() - t:.1f}s")

        # http.server serves the hub's own copy of the blob: the same file, the same page cache.
        blob_dir = data / "blobs" / sha[:2]
        hub_port, plain_port = free_port(), free_port()
        hub_proc = subprocess.Popen([sys.executable, "-m", "hub.cli", "--data", str(data), "serve",
                                     "--host", "127.0.0.1", "--port", str(hub_port)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        plain_proc = subprocess.Popen([sys.executable, "-m", "http.server", str(plain_port), "--bind", "127.0.0.1",
                                       "--directory", str(blob_dir)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_port(hub_port, hub_proc)
            wait_port(plain_port, plain_proc)
            download(plain_port, f"/{sha}", {}, 200)  # warm the page cache once
            print(f"\n{args.rounds} downloads of {size / 1e6:.0f} MB over loopback, {os.cpu_count()} CPUs")
            base = measure("http.server", plain_port, f"/{sha}", {}, size, args.rounds)
            hub_r = measure("hub", hub_port, f"/api/v1/blobs/{sha}", {"Authorization": f"Bearer {token}"},
                            size, args.rounds)
        finally:
            for proc in (hub_proc, plain_proc):
                proc.terminate()
                proc.wait(timeout=20)
    print(f"\nratio hub / http.server: best {hub_r['best'] / base['best']:.2f}, "
          f"median {hub_r['median'] / base['median']:.2f}  (goal >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
