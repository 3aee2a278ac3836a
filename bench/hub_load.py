#!/usr/bin/env python3
"""Load on a real `lectern-hub serve`: N learners each push E events in batches and pull.

Prints events/s and latency percentiles for the sync requests, plus a baseline run in the
same invocation: the same connections hammering `GET /api/v1/ping` (the framework's floor),
so the ratio shows what the sync work itself costs. Loopback only; bounded in time.

    .venv/bin/python bench/hub_load.py                  # the issue's runs: 100, then 1,000 learners
    .venv/bin/python bench/hub_load.py --learners 1000 --think 0 --max-seconds 120   # all at once

The default load: each learner pushes 100 events (90% video positions, 8% completions, 2%
forum threads and posts, which every enrolled learner then pulls) in 4 syncs, waiting
0-30 s (uniform) before each: a whole cohort of 1,000 syncing four times each within
about a minute (the player itself syncs every 5 minutes while online, and after changes).
The hub runs with one worker process per CPU, as docs/protocol.md advises.

Setup (users, tokens, a published course) uses the hub's own admin functions on the data
dir before the server starts, so that 1,000 password hashes are not part of the run.
The load client is a minimal asyncio HTTP/1.1 client (one keep-alive connection per
learner) so that on a 2-core machine the client steals as little CPU as possible.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # course_factory: the same tiny course the tests use

ITEMS = ["l1", "r1", "r2", "r3"]


# --------------------------------------------------------------------------- setup


def prepare(data_dir: Path, learners: int) -> tuple[str, list[str]]:
    """Publish a course, create users enrolled in it, and issue one token per user."""
    from course_factory import write_tiny_course
    from sqlalchemy import insert

    from hub import auth, db
    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    hub = Hub.open(HubSettings(data_dir=data_dir))
    work = data_dir / "work"
    work.mkdir()
    generate_keypair(work / "pub.key")
    trust_key(hub.database, work / "pub.key.pub")
    write_tiny_course(work / "src", course_id="bench-en")
    build_bundle(work / "src", work / "bench.lectern", sign_key=work / "pub.key")
    publish_bundle(hub.database, hub.store, work / "bench.lectern")
    pw = auth.hash_password("not used in this bench", n=2**10)  # users are not signed in here
    now = db.hub_now()
    tokens: list[str] = []
    with hub.database.write() as conn:
        conn.execute(insert(db.users), [{"username": f"learner{i}", "password_hash": pw, "disabled": False,
                                         "created_at": now} for i in range(learners)])
        ids = dict(conn.execute(db.select(db.users.c.username, db.users.c.id)).all())
        conn.execute(insert(db.enrolments), [{"user_id": uid, "course_family": "tiny", "enrolled_at": now}
                                             for uid in ids.values()])
        for i in range(learners):
            tokens.append(auth.issue_token(conn, ids[f"learner{i}"], f"learner{i}", "bench").token)
    hub.close()
    return "bench-en", tokens


def start_server(data_dir: Path, workers: int) -> tuple[subprocess.Popen, int]:
    port_file = data_dir / "port"
    log = open(data_dir / "hub.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "hub.cli", "--data", str(data_dir), "serve",
                             "--host", "127.0.0.1", "--port", "0", "--port-file", str(port_file),
                             "--workers", str(workers)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if port_file.exists():
            port = int(port_file.read_text())
            try:
                asyncio.run(_ping_once(port))
                return proc, port
            except OSError:
                pass
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("the hub did not start:\n" + (data_dir / "hub.log").read_text())


async def _ping_once(port: int) -> None:
    conn = await Conn.open(port)
    status, _ = await conn.request("GET", "/api/v1/ping")
    conn.close()
    if status != 200:
        raise OSError("not ready")


# --------------------------------------------------------------------------- client


class Conn:
    """One keep-alive HTTP/1.1 connection; just enough protocol for this bench."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, port: int) -> None:
        self.reader, self.writer, self.port = reader, writer, port

    @classmethod
    async def open(cls, port: int) -> "Conn":
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**22)
        return cls(reader, writer, port)

    async def request(self, method: str, path: str, body: bytes = b"", token: str | None = None) -> tuple[int, bytes]:
        head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", f"Content-Length: {len(body)}"]
        if body:
            head.append("Content-Type: application/json")
        if token:
            head.append(f"Authorization: Bearer {token}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        status_line = await self.reader.readuntil(b"\r\n")
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await self.reader.readuntil(b"\r\n")
            if line == b"\r\n":
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    started: list[float] = field(default_factory=list)   # perf_counter at each request's start
    events: int = 0
    acked: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)
    pulled: int = 0


async def learner_session(port: int, token: str, course_id: str, events: int, batch: int, think: float,
                          stats: Stats, deadline: float, rng: random.Random, forum_share: float = 0.02) -> None:
    await asyncio.sleep(rng.uniform(0, think))  # learners do not all sync at the same instant
    conn = await Conn.open(port)  # as a player: connect when there is something to send
    device = str(uuid.uuid4())
    seq = 0
    cursor = None
    thread_id = None
    try:
        sent = 0
        while sent < events and time.monotonic() < deadline:
            batch_events = []
            for _ in range(min(batch, events - sent)):
                seq += 1
                roll = rng.random()
                base = {"id": str(uuid.uuid4()), "course_id": course_id, "device_seq": seq}
                if roll < 0.92 - forum_share:
                    batch_events.append({**base, "kind": "progress", "item_id": rng.choice(ITEMS),
                                         "fraction": round(rng.random(), 3), "position": round(rng.uniform(0, 600), 1)})
                elif roll < 1 - forum_share:
                    batch_events.append({**base, "kind": "completed", "item_id": rng.choice(ITEMS)})
                elif thread_id is None:
                    thread_id = base["id"]
                    batch_events.append({**base, "kind": "thread", "item_id": "f1", "title": "Question",
                                         "body": "What do you think of the three-part test?"})
                else:
                    batch_events.append({**base, "kind": "post", "thread_id": thread_id,
                                         "body": "A reply written offline on a court PC."})
            sent += len(batch_events)
            body = json.dumps({"device_id": device, "cursor": cursor, "events": batch_events}).encode()
            t0 = time.perf_counter()
            try:
                status, data = await conn.request("POST", "/api/v1/sync", body, token)
            except (OSError, asyncio.IncompleteReadError):
                # The hub closed an idle keep-alive connection: reconnect and resend, as a
                # player would (the events' ids make the resend safe).
                conn.close()
                conn = await Conn.open(port)
                t0 = time.perf_counter()
                status, data = await conn.request("POST", "/api/v1/sync", body, token)
            stats.latencies.append(time.perf_counter() - t0)
            stats.started.append(t0)
            if status != 200:
                stats.errors.append(f"{status} {data[:120]!r}")
                continue
            out = json.loads(data)
            stats.events += len(batch_events)
            stats.acked += len(out["acked"])
            stats.rejected += len(out["rejected"])
            stats.pulled += len(out["events"])
            cursor = out["cursor"]
            more = out["more"]
            while more and time.monotonic() < deadline:  # pull the rest of the page
                t0 = time.perf_counter()
                status, data = await conn.request("POST", "/api/v1/sync", json.dumps(
                    {"device_id": device, "cursor": cursor}).encode(), token)
                stats.latencies.append(time.perf_counter() - t0)
                stats.started.append(t0)
                if status != 200:
                    stats.errors.append(f"{status} {data[:120]!r}")
                    break
                out = json.loads(data)
                stats.pulled += len(out["events"])
                cursor, more = out["cursor"], out["more"]
            if think:
                await asyncio.sleep(rng.uniform(0, think))
    except (OSError, asyncio.IncompleteReadError) as exc:
        stats.errors.append(repr(exc))
    finally:
        conn.close()


async def ping_session(port: int, requests: int, stats: Stats, deadline: float) -> None:
    conn = await Conn.open(port)
    try:
        for _ in range(requests):
            if time.monotonic() > deadline:
                break
            t0 = time.perf_counter()
            status, _ = await conn.request("GET", "/api/v1/ping")
            stats.latencies.append(time.perf_counter() - t0)
            if status != 200:
                stats.errors.append(str(status))
    except (OSError, asyncio.IncompleteReadError) as exc:
        stats.errors.append(repr(exc))
    finally:
        conn.close()


def cpu_seconds(pid: int, children: bool = True) -> float:
    """User + system CPU time of a process and, for the hub, its worker processes (Linux),
    to tell server cost from client cost."""
    try:
        total = 0.0
        pids = [pid]
        if children:
            kids = Path(f"/proc/{pid}/task/{pid}/children")
            pids += [int(k) for k in kids.read_text().split()] if kids.exists() else []
        for one in pids:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total
    except (OSError, IndexError, ValueError):
        return float("nan")


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


@dataclass
class Run:
    stats: Stats
    wall: float
    server_cpu: float
    client_cpu: float = 0.0


async def run(args: argparse.Namespace, pid: int, port: int, course_id: str, tokens: list[str]) -> tuple[Run, Run]:
    rng = random.Random(7)
    budget = max(10.0, args.max_seconds - 30)  # the ping baseline needs only seconds
    stats = Stats()
    t0, cpu0, me0 = time.perf_counter(), cpu_seconds(pid), cpu_seconds(os.getpid(), children=False)
    deadline = time.monotonic() + budget
    await asyncio.gather(*(learner_session(port, tok, course_id, args.events, args.batch, args.think, stats,
                                           deadline, random.Random(rng.random()), args.forum_share)
                           for tok in tokens))
    load = Run(stats, time.perf_counter() - t0, cpu_seconds(pid) - cpu0)
    load.client_cpu = cpu_seconds(os.getpid(), children=False) - me0
    per_conn = max(1, len(stats.latencies) // max(1, len(tokens)))
    base = Stats()
    t1, cpu1 = time.perf_counter(), cpu_seconds(pid)
    deadline = time.monotonic() + 30
    await asyncio.gather(*(ping_session(port, per_conn, base, deadline) for _ in tokens))
    return load, Run(base, time.perf_counter() - t1, cpu_seconds(pid) - cpu1)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--learners", type=int, nargs="+", default=[100, 1000],
                   help="learner counts to run, one after the other (default: 100 and 1000, the issue's goal)")
    p.add_argument("--events", type=int, default=100, help="events each learner pushes")
    p.add_argument("--batch", type=int, default=25, help="events per sync request")
    p.add_argument("--think", type=float, default=30.0,
                   help="each learner waits up to this many seconds (uniform) before and between syncs "
                        "(default 30: a cohort's syncs spread over about a minute; 0: everyone at once)")
    p.add_argument("--forum-share", type=float, default=0.02,
                   help="share of events that are forum threads/posts (everyone enrolled pulls them all)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="hub worker processes (serve --workers; default: one per CPU, as docs/protocol.md advises)")
    p.add_argument("--max-seconds", type=float, default=240.0, help="stop after this long")
    args = p.parse_args()
    failed = 0
    summary: list[str] = []
    for learners in args.learners:
        failed |= run_one(args, learners, summary)
    print("\nsummary (goal: p99 < 500 ms at 1,000 learners)")
    for line in summary:
        print("  " + line)
    return failed


def run_one(args: argparse.Namespace, learners: int, summary: list[str]) -> int:
    """One load run against a fresh hub; prints its figures and adds a summary line."""
    args = argparse.Namespace(**{**vars(args), "learners": learners})
    with tempfile.TemporaryDirectory(prefix="hub-load-") as tmp:
        data = Path(tmp)
        t = time.perf_counter()
        course_id, tokens = prepare(data, args.learners)
        print(f"\nsetup: {args.learners} learners, 1 course in {time.perf_counter() - t:.1f}s")
        proc, port = start_server(data, args.workers)
        try:
            load, baseline = asyncio.run(run(args, proc.pid, port, course_id, tokens))
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        db_size = (data / "hub.sqlite3").stat().st_size + sum(
            f.stat().st_size for f in data.glob("hub.sqlite3-*"))

    stats, wall, base, base_wall = load.stats, load.wall, baseline.stats, baseline.wall
    reqs = len(stats.latencies)
    print(f"\nsync: {args.learners} learners x {args.events} events in batches of {args.batch} "
          f"({args.forum_share:.0%} forum posts), think up to {args.think}s, {args.workers} hub worker(s), "
          f"{os.cpu_count()} CPUs")
    print(f"  requests      {reqs} in {wall:.1f}s = {reqs / wall:.0f} req/s")
    print(f"  events        {stats.events} pushed, {stats.acked} acked, {stats.rejected} rejected, "
          f"{stats.pulled} pulled = {stats.events / wall:.0f} events/s")
    print(f"  latency ms    p50 {pct(stats.latencies, 50) * 1000:.1f}  p90 {pct(stats.latencies, 90) * 1000:.1f}  "
          f"p99 {pct(stats.latencies, 99) * 1000:.1f}  max {max(stats.latencies, default=0) * 1000:.1f}  "
          f"mean {statistics.fmean(stats.latencies) * 1000 if stats.latencies else 0:.1f}")
    print(f"  server CPU    {load.server_cpu:.1f}s = {load.server_cpu / max(reqs, 1) * 1000:.1f} ms per request "
          f"(load client: {load.client_cpu:.1f}s)")
    print(f"  errors        {len(stats.errors)}" + (f" e.g. {stats.errors[0]}" if stats.errors else ""))
    print(f"  database      {db_size / 1e6:.1f} MB")
    if stats.started and args.think:
        t_first = min(stats.started)
        print("  over time     p99 latency ms (requests) per 20 s window: " + "  ".join(
            f"{int(w * 20)}s:{pct([l for l, t in zip(stats.latencies, stats.started) if int((t - t_first) // 20) == w], 99) * 1000:.0f}"  # noqa: E501
            f"({sum(1 for t in stats.started if int((t - t_first) // 20) == w)})"
            for w in range(int((max(stats.started) - t_first) // 20) + 1)))
    breqs = len(base.latencies)
    print(f"\nbaseline: GET /api/v1/ping, same {args.learners} connections, no think time")
    print(f"  requests      {breqs} in {base_wall:.1f}s = {breqs / base_wall:.0f} req/s")
    print(f"  latency ms    p50 {pct(base.latencies, 50) * 1000:.1f}  p99 {pct(base.latencies, 99) * 1000:.1f}")
    print(f"  server CPU    {baseline.server_cpu / max(breqs, 1) * 1000:.2f} ms per request")
    print(f"\nratios: sync req/s / ping req/s = {(reqs / wall) / (breqs / base_wall):.2f} (meaningful with --think 0);  "  # noqa: E501
          f"sync p99 / goal 500 ms = {pct(stats.latencies, 99) / 0.5:.2f}")
    summary.append(f"{args.learners:5d} learners: {stats.events / wall:6.0f} events/s, p50 "
                   f"{pct(stats.latencies, 50) * 1000:6.1f} ms, p99 {pct(stats.latencies, 99) * 1000:7.1f} ms "
                   f"(p99/goal {pct(stats.latencies, 99) / 0.5:.2f}), {len(stats.errors)} errors")
    return 1 if stats.errors else 0


if __name__ == "__main__":
    sys.exit(main())
