#!/usr/bin/env python3
"""Load on a real `lectern-hub serve`, on SQLite and on PostgreSQL: N learners each push E
events in batches and pull.

For each database it prints the sync requests' latency percentiles, errors, requests/s and
the **server CPU milliseconds per sync request**: the hub processes' user+system CPU (and
their workers'), plus, on PostgreSQL, the database server's processes (postmaster, client
backends, background writers), shown apart and together: the machine-independent figure
docs/capacity.md builds its model on. The load client runs in this process, whose CPU is
left out of the server figure (and printed apart). Then the ratio PostgreSQL / SQLite.

    .venv/bin/python bench/hub_load.py            # both databases, 1,000 learners, 2 processes
    .venv/bin/python bench/hub_load.py --repeat 2 --pg-statements 12     # twice each; PG's costliest SQL
    .venv/bin/python bench/hub_load.py --db sqlite --learners 100 1000
    .venv/bin/python bench/hub_load.py --db postgresql --processes 2    # a throwaway cluster
    .venv/bin/python bench/hub_load.py --db postgresql://bench@dbhost/postgres   # your server (CREATEDB)
    .venv/bin/python bench/hub_load.py --learners 1000 --think 0 --max-seconds 120   # all at once

`--processes N` (default: one per CPU): on SQLite, one `serve --workers N` (the workers
share its port; SQLite's one writer is the database file's lock); on PostgreSQL, N separate
`serve` processes on their own ports, as on N machines, and the bench's learners spread
over them round-robin (learner i talks to process i mod N), as a load balancer would. No
nginx in between: on a 2-core machine it would take CPU from the hub and blur the hub's own
figure; the nginx set-up is tested end to end elsewhere (docs/deploy.md).

`--db postgresql` starts a throwaway cluster (tests/pg_cluster.py's start_cluster, then
fsync and synchronous_commit on, as the hub's SQLite commits with synchronous=FULL:
bench/bench_pg.py); each run gets a fresh database. The load average is printed next to
the figures: on a shared machine, other work changes them (`--renice -10` gives the hub,
PostgreSQL and the bench priority over it).

Diagnostics: `--pg-statements N` (pg_stat_statements' costliest statements of the run),
`--pg-waits` (what PostgreSQL's active backends wait on, sampled), `--trace-writes` (each
write transaction's lock waits, hold and commit, timed inside the hub: bench/traced_serve.py).

The default load: each learner pushes 100 events (90% video positions, 8% completions, 2%
forum threads and posts, which every enrolled learner then pulls) in 4 syncs, waiting
0-30 s (uniform) before each: a whole cohort of 1,000 syncing four times each within
about two minutes (the player itself syncs every 5 minutes while online, and after changes).

Setup (users, tokens, a published course) uses the hub's own admin functions on the data
dir before the server starts, so that 1,000 password hashes are not part of the run.
The load client is a minimal asyncio HTTP/1.1 client (one keep-alive connection per
learner) so that on a 2-core machine the client steals as little CPU as possible.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
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

import proc_cpu
from bench_pg import PgServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # course_factory: the same tiny course the tests use

ITEMS = ["l1", "r1", "r2", "r3"]


# --------------------------------------------------------------------------- setup


def prepare(data_dir: Path, learners: int, db_url: str | None = None) -> tuple[str, list[str]]:
    """Publish a course, create users enrolled in it, and issue one token per user (in the
    data dir's SQLite file, or in the database at `db_url`, which this migrates first)."""
    from course_factory import write_tiny_course
    from sqlalchemy import insert, select

    from hub import auth, db
    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    hub = Hub.open(HubSettings(data_dir=data_dir, db_url=db_url))
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
        ids = dict(conn.execute(select(db.users.c.username, db.users.c.id)).all())
        conn.execute(insert(db.enrolments), [{"user_id": uid, "course_family": "tiny", "enrolled_at": now}
                                             for uid in ids.values()])
        for i in range(learners):
            tokens.append(auth.issue_token(conn, ids[f"learner{i}"], f"learner{i}", "bench").token)
    hub.close()
    return "bench-en", tokens


#: `--trace-writes`: serve through bench/traced_serve.py, which times the write transactions
TRACE_WRITES = False


def start_server(data_dir: Path, workers: int, db_url: str | None = None,
                 name: str = "hub") -> tuple[subprocess.Popen[bytes], int]:
    """One `lectern-hub serve` on a free loopback port with `workers` worker processes."""
    port_file = data_dir / f"{name}.port"
    log_path = data_dir / f"{name}.log"
    log = open(log_path, "w")
    db_option = ["--db", db_url] if db_url else []
    program = [str(Path(__file__).with_name("traced_serve.py"))] if TRACE_WRITES else ["-m", "hub.cli"]
    proc = subprocess.Popen([sys.executable, *program, "--data", str(data_dir), *db_option, "serve",
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
    raise SystemExit("the hub did not start:\n" + log_path.read_text())


@dataclass
class Servers:
    """The hub processes of one run: on SQLite one serve with N workers, on PostgreSQL N
    serves on their own ports (learner i talks to ports[i % len(ports)])."""

    procs: list[subprocess.Popen[bytes]]
    ports: list[int]
    pids: list[int] = field(default_factory=list)   # whose CPU counts (default: procs')

    def __post_init__(self) -> None:
        self.pids = self.pids or [proc.pid for proc in self.procs]

    @classmethod
    def start(cls, data_dir: Path, processes: int, db_url: str | None) -> "Servers":
        if db_url is None:
            proc, port = start_server(data_dir, processes)
            return cls([proc], [port])
        servers = cls([], [])
        try:
            for i in range(processes):
                proc, port = start_server(data_dir, 1, db_url, name=f"hub{i}")
                servers.procs.append(proc)
                servers.ports.append(port)
                servers.pids.append(proc.pid)
        except BaseException:
            servers.stop()
            raise
        return servers

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


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
    pushes: int = 0       # sync requests that carried events (a player's sync: one, then pulls)
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
            stats.pushes += 1
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
    """User + system CPU seconds of a process and, with `children`, every process under it
    (the hub's workers), to tell server cost from client cost (Linux)."""
    snap = proc_cpu.tree([pid])
    if not snap:
        return float("nan")
    return proc_cpu.total(snap) if children else snap[pid].own


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


@dataclass
class Run:
    stats: Stats
    wall: float
    server_cpu: float                  # the hub processes (and their workers), seconds
    client_cpu: float = 0.0            # this process: the load client
    pg_cpu: float | None = None        # the PostgreSQL server's processes, all of them
    pg_backends_cpu: float | None = None  # of which the run's client backends (the hub's connections)
    load_before: str = ""
    load_after: str = ""


class WaitSampler:
    """Samples pg_stat_activity every 20 ms while the load runs: what the run's active
    backends wait on (a Lock:advisory wait is one of the hub's write locks, hub.write_locks).
    Diagnostics only (--pg-waits): its own queries cost the database server a little CPU."""

    def __init__(self, admin_url: str, database: str) -> None:
        import threading
        self.admin_url, self.database = admin_url, database
        self.counts: dict[str, int] = {}
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        from sqlalchemy import create_engine, text
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        query = text("SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') "
                     "FROM pg_stat_activity WHERE datname = :db AND state = 'active'")
        with engine.connect() as conn:
            while not self._stop.wait(0.02):
                self.samples += 1
                for (what,) in conn.execute(query, {"db": self.database}):
                    self.counts[what] = self.counts.get(what, 0) + 1
        engine.dispose()

    def __enter__(self) -> "WaitSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def report(self) -> str:
        top = sorted(self.counts.items(), key=lambda kv: -kv[1])[:8]
        return (f"{self.samples} samples; active backends per sample by wait: "
                + ", ".join(f"{what} {n / max(self.samples, 1):.2f}" for what, n in top))


async def run_load(args: argparse.Namespace, servers: Servers, course_id: str, tokens: list[str],
                   postmaster: int | None = None, backend_mark: str | None = None,
                   baseline: bool = True) -> tuple[Run, Run | None]:
    """The learners' load, then (with `baseline`) the ping baseline on the same connections.
    Server CPU is measured around the load phase only; `postmaster` adds the PostgreSQL
    server's process tree (`backend_mark`: text in its client backends' command lines)."""
    rng = random.Random(7)
    budget = max(10.0, args.max_seconds - 30)  # the ping baseline needs only seconds
    stats = Stats()
    ports = servers.ports
    load_before = proc_cpu.load_average()
    hub0 = proc_cpu.tree(servers.pids)
    pg0 = proc_cpu.tree([postmaster]) if postmaster else {}
    t0, me0 = time.perf_counter(), time.process_time()
    deadline = time.monotonic() + budget
    await asyncio.gather(*(learner_session(ports[i % len(ports)], tok, course_id, args.events, args.batch,
                                           args.think, stats, deadline, random.Random(rng.random()),
                                           args.forum_share)
                           for i, tok in enumerate(tokens)))
    wall, me1 = time.perf_counter() - t0, time.process_time()
    hub1 = proc_cpu.tree(servers.pids)
    pg1 = proc_cpu.tree([postmaster]) if postmaster else {}
    load = Run(stats, wall, proc_cpu.delta(hub0, hub1), me1 - me0, load_before=load_before,
               load_after=proc_cpu.load_average())
    if postmaster and pg1:
        load.pg_cpu = proc_cpu.delta(pg0, pg1)
        load.pg_backends_cpu = proc_cpu.delta(pg0, pg1, only=backend_mark) if backend_mark else None
    if not baseline:
        return load, None
    per_conn = max(1, len(stats.latencies) // max(1, len(tokens)))
    base = Stats()
    t1, cpu1 = time.perf_counter(), proc_cpu.tree(servers.pids)
    deadline = time.monotonic() + 30
    await asyncio.gather(*(ping_session(ports[i % len(ports)], per_conn, base, deadline)
                           for i in range(len(tokens))))
    return load, Run(base, time.perf_counter() - t1, proc_cpu.delta(cpu1, proc_cpu.tree(servers.pids)))


async def run(args: argparse.Namespace, pid: int, port: int, course_id: str, tokens: list[str]) -> tuple[Run, Run]:
    """One server's load and ping baseline (bench/certificates.py's entry point)."""
    load, base = await run_load(args, Servers([], [port], [pid]), course_id, tokens)
    assert base is not None
    return load, base


# --------------------------------------------------------------------------- runs and report


@dataclass
class Result:
    """One run's figures, for the summary and the PostgreSQL / SQLite ratios."""

    db: str
    learners: int
    repeat: int
    requests: int
    pushes: int
    wall: float
    p50: float
    p95: float
    p99: float
    errors: int
    hub_ms: float            # hub processes' CPU ms per sync request
    pg_ms: float | None      # PostgreSQL server's CPU ms per sync request (all its processes)
    pg_backends_ms: float | None
    client_s: float
    load: str

    @property
    def server_ms(self) -> float:
        return self.hub_ms + (self.pg_ms or 0.0)

    @property
    def rps(self) -> float:
        return self.requests / self.wall if self.wall else float("nan")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="both",
                   help="both (default: SQLite, then a throwaway PostgreSQL), sqlite, postgresql (a throwaway "
                        "cluster), or postgresql://USER@HOST/DB (your server: each run makes a database there)")
    p.add_argument("--processes", "--workers", dest="processes", type=int, default=os.cpu_count() or 1,
                   help="hub processes (default: one per CPU): SQLite: serve --workers N; PostgreSQL: N serve "
                        "processes on their own ports, learners spread round-robin")
    p.add_argument("--learners", type=int, nargs="+", default=[1000],
                   help="learner counts to run, one after the other (default: 1000, the issue's goal)")
    p.add_argument("--repeat", type=int, default=1, help="runs of each configuration (databases interleaved)")
    p.add_argument("--events", type=int, default=100, help="events each learner pushes")
    p.add_argument("--batch", type=int, default=25, help="events per sync request")
    p.add_argument("--think", type=float, default=30.0,
                   help="each learner waits up to this many seconds (uniform) before and between syncs "
                        "(default 30: a cohort's syncs spread over about a minute; 0: everyone at once)")
    p.add_argument("--forum-share", type=float, default=0.02,
                   help="share of events that are forum threads/posts (everyone enrolled pulls them all)")
    p.add_argument("--max-seconds", type=float, default=240.0, help="stop each run after this long")
    p.add_argument("--no-baseline", dest="baseline", action="store_false",
                   help="skip the GET /ping baseline after each load")
    p.add_argument("--pg-statements", type=int, default=0, metavar="N",
                   help="after each PostgreSQL run, its N costliest statements (pg_stat_statements)")
    p.add_argument("--trace-writes", action="store_true",
                   help="time each write transaction in the hub processes (lock waits, hold, commit: "
                        "bench/traced_serve.py); on SQLite only with --processes 1 (workers are spawned afresh)")
    p.add_argument("--renice", type=int, default=None, metavar="N",
                   help="run the hub processes, PostgreSQL and this bench at nice N (e.g. -10, as root): on a "
                        "machine busy with other work, the figures then measure the hub more than its neighbours")
    p.add_argument("--pg-waits", action="store_true",
                   help="sample what PostgreSQL's active backends wait on during the load (lock waits)")
    args = p.parse_args()
    if args.db not in ("both", "sqlite", "postgresql") and not args.db.startswith(("postgresql:", "postgres:",
                                                                                    "postgresql+")):
        p.error(f"--db {args.db!r}: both, sqlite, postgresql or a postgresql:// URL")
    global TRACE_WRITES
    TRACE_WRITES = args.trace_writes
    dbs = ["sqlite", "postgresql"] if args.db == "both" else ["sqlite" if args.db == "sqlite" else "postgresql"]
    print(f"machine: {os.cpu_count()} CPUs ({proc_cpu.cpu_model()}), load average {proc_cpu.load_average()}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    pg = None
    results: list[Result] = []
    if args.renice is not None:
        proc_cpu.renice([os.getpid()], args.renice)
    try:
        if "postgresql" in dbs:
            pg = PgServer.at(args.db) if args.db.startswith(("postgresql:", "postgres:", "postgresql+")) \
                else PgServer.throwaway()
            print("database: " + pg.describe())
            postmaster = pg.postmaster_pid()
            if args.renice is not None and postmaster:
                proc_cpu.renice([postmaster], args.renice)
        if args.renice is not None:
            print(f"priority: the hub processes, PostgreSQL and this bench at nice {args.renice}")
        for learners in args.learners:
            for repeat in range(1, args.repeat + 1):
                for db_kind in dbs:
                    results.append(run_one(args, learners, repeat, db_kind, pg))
    finally:
        if pg is not None:
            pg.stop()
    summarize(results, args)
    return 1 if any(r.errors for r in results) else 0


def run_one(args: argparse.Namespace, learners: int, repeat: int, db_kind: str, pg: PgServer | None) -> Result:
    """One load run against a fresh hub and database; prints its figures."""
    args = argparse.Namespace(**{**vars(args), "learners": learners})
    assert pg is not None or db_kind == "sqlite"
    db_url = pg.new_database() if pg is not None and db_kind == "postgresql" else None
    with tempfile.TemporaryDirectory(prefix="hub-load-") as tmp:
        data = Path(tmp)
        t = time.perf_counter()
        course_id, tokens = prepare(data, learners, db_url)
        print(f"\n=== {db_kind}, {learners} learners, run {repeat}: setup in {time.perf_counter() - t:.1f}s")
        postmaster = pg.postmaster_pid() if pg and db_url else None
        mark = db_url.rsplit("/", 1)[-1].split("?", 1)[0] if db_url else None   # the database's name
        if pg and db_url:
            pg.reset_statements(db_url)
        servers = Servers.start(data, args.processes, db_url)
        if args.renice is not None:
            proc_cpu.renice(servers.pids, args.renice)
        sampler = WaitSampler(pg.admin_url, mark) if pg and mark and args.pg_waits else None
        try:
            with sampler or contextlib.nullcontext():
                load, baseline = asyncio.run(run_load(args, servers, course_id, tokens, postmaster, mark,
                                                      baseline=args.baseline))
        finally:
            servers.stop()
        traces = [line for log in sorted(data.glob("hub*.log"))
                  for line in log.read_text(errors="replace").splitlines() if line.startswith("write-trace:")]
        if pg and db_url:
            size = pg.size(db_url)
            statements = pg.top_statements(db_url, args.pg_statements)
            pg.drop_database(db_url)
        else:
            size = sum(f.stat().st_size for f in data.glob("hub.sqlite3*"))
            statements = []

    stats, wall = load.stats, load.wall
    reqs = len(stats.latencies)
    per = 1000 / max(reqs, 1)
    how = (f"1 serve --workers {args.processes}" if db_kind == "sqlite"
           else f"{args.processes} serve processes, learners round-robin")
    print(f"sync: {learners} learners x {args.events} events in batches of {args.batch} "
          f"({args.forum_share:.0%} forum posts), think up to {args.think}s; hub: {how}; {os.cpu_count()} CPUs")
    print(f"  load average  {load.load_before} before, {load.load_after} after (1/5/15 min)")
    print(f"  requests      {reqs} in {wall:.1f}s = {reqs / wall:.0f} req/s ({stats.pushes} pushes, "
          f"{reqs / max(stats.pushes, 1):.2f} requests per push with its pulls)")
    print(f"  events        {stats.events} pushed, {stats.acked} acked, {stats.rejected} rejected, "
          f"{stats.pulled} pulled = {stats.events / wall:.0f} events/s")
    print(f"  latency ms    p50 {pct(stats.latencies, 50) * 1000:.1f}  p95 {pct(stats.latencies, 95) * 1000:.1f}  "
          f"p99 {pct(stats.latencies, 99) * 1000:.1f}  max {max(stats.latencies, default=0) * 1000:.1f}  "
          f"mean {statistics.fmean(stats.latencies) * 1000 if stats.latencies else 0:.1f}")
    line = f"  server CPU    hub {load.server_cpu:.1f}s = {load.server_cpu * per:.2f} ms/request"
    if db_kind == "postgresql":
        if load.pg_cpu is None:
            line += "; PostgreSQL n/a (not on this machine, or its postmaster.pid unreadable)"
        else:
            line += (f"; PostgreSQL {load.pg_cpu:.1f}s = {load.pg_cpu * per:.2f} ms/request (its backends "
                     f"{(load.pg_backends_cpu or 0) * per:.2f}, other processes "
                     f"{(load.pg_cpu - (load.pg_backends_cpu or 0)) * per:.2f}); together "
                     f"{(load.server_cpu + load.pg_cpu) * per:.2f} ms/request")
    print(line)
    print(f"  load client   {load.client_cpu:.1f}s CPU (this process; not in the server figure)")
    print(f"  errors        {len(stats.errors)}" + (f" e.g. {stats.errors[0]}" if stats.errors else ""))
    print(f"  database      {size / 1e6:.1f} MB")
    if stats.started and args.think:
        t_first = min(stats.started)
        print("  over time     p99 latency ms (requests) per 20 s window: " + "  ".join(
            f"{int(w * 20)}s:{pct([l for l, t in zip(stats.latencies, stats.started) if int((t - t_first) // 20) == w], 99) * 1000:.0f}"  # noqa: E501
            f"({sum(1 for t in stats.started if int((t - t_first) // 20) == w)})"
            for w in range(int((max(stats.started) - t_first) // 20) + 1)))
    if sampler is not None:
        print("  PG waits      " + sampler.report())
    for s in statements:
        print("  pg statement  " + s)
    for s in traces:
        print("  " + s)
    if baseline is not None:
        base, breqs = baseline.stats, len(baseline.stats.latencies)
        print(f"  ping baseline {breqs} GET /api/v1/ping on the same connections in {baseline.wall:.1f}s = "
              f"{breqs / baseline.wall:.0f} req/s, p50 {pct(base.latencies, 50) * 1000:.1f} ms, "
              f"p99 {pct(base.latencies, 99) * 1000:.1f} ms, hub CPU "
              f"{baseline.server_cpu / max(breqs, 1) * 1000:.2f} ms/request")
    return Result(db_kind, learners, repeat, reqs, stats.pushes, wall, pct(stats.latencies, 50),
                  pct(stats.latencies, 95), pct(stats.latencies, 99), len(stats.errors), load.server_cpu * per,
                  None if load.pg_cpu is None else load.pg_cpu * per,
                  None if load.pg_backends_cpu is None else load.pg_backends_cpu * per,
                  load.client_cpu, f"{load.load_before} -> {load.load_after}")


def summarize(results: list[Result], args: argparse.Namespace) -> None:
    """Every run on one line, then PostgreSQL / SQLite per learner count (means over repeats)."""
    print(f"\nsummary (goal: p99 < 500 ms at 1,000 learners; {args.processes} hub processes; CPU ms per sync request)")
    print("  db          learners run   req/s   p50 ms   p95 ms   p99 ms errors  hub ms  PG ms (backends)"
          "  server ms  load avg (1/5/15) before -> after")
    for r in results:
        pg_col = f"{r.pg_ms:6.2f} ({r.pg_backends_ms or 0:5.2f})" if r.pg_ms is not None else "     -        "
        print(f"  {r.db:10s} {r.learners:9d} {r.repeat:3d} {r.rps:7.0f} {r.p50 * 1000:8.1f} {r.p95 * 1000:8.1f} "
              f"{r.p99 * 1000:8.1f} {r.errors:6d} {r.hub_ms:7.2f} {pg_col} {r.server_ms:10.2f}  {r.load}")
    for learners in args.learners:
        by = {db: [r for r in results if r.db == db and r.learners == learners] for db in ("sqlite", "postgresql")}
        if not (by["sqlite"] and by["postgresql"]):
            continue

        def mean(db: str, attr: str) -> float:
            return statistics.fmean(getattr(r, attr) for r in by[db])
        print(f"  PostgreSQL / SQLite at {learners} learners (means of {len(by['sqlite'])} and "
              f"{len(by['postgresql'])} runs): p50 x{mean('postgresql', 'p50') / mean('sqlite', 'p50'):.2f}, "
              f"p99 x{mean('postgresql', 'p99') / mean('sqlite', 'p99'):.2f}, "
              f"hub CPU/request x{mean('postgresql', 'hub_ms') / mean('sqlite', 'hub_ms'):.2f}, "
              "server CPU/request (hub + PostgreSQL) "
              f"x{mean('postgresql', 'server_ms') / mean('sqlite', 'server_ms'):.2f}")
    for r in results:
        if r.learners >= 1000:
            print(f"  goal {r.db} {r.learners} learners run {r.repeat}: p99 {r.p99 * 1000:.0f} ms "
                  f"{'<' if r.p99 < 0.5 else '>='} 500 ms, {r.errors} errors: "
                  f"{'met' if r.p99 < 0.5 and not r.errors else 'NOT met'}")


if __name__ == "__main__":
    sys.exit(main())
