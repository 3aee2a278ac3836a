"""`lectern-hub serve` with its write transactions timed, for bench/hub_load.py --trace-writes.

Wraps `hub.db.Database.write` (in this process only; nothing in hub/ changes) to measure,
per write transaction: the wait for the process's own write lock, the wait for the
database's write locks (PostgreSQL: the advisory locks of hub.write_locks: the whole hub,
or its learners'; SQLite: BEGIN IMMEDIATE and the lock file), the time the transaction then
holds them (the group
commit's jobs: the sync's statements and Python work; `held_cpu` is the writer thread's own
CPU in that time, the rest is waiting: for the database's answers and for the GIL), and the
COMMIT. At exit (SIGTERM
from the bench) one summary line goes to stderr, which the bench keeps in the hub's log:

    write-trace: N transactions, ... ms (p50/p95/p99/max) ...

Run as `python bench/traced_serve.py --data DIR [--db URL] serve ...` (hub.cli's arguments).
"""
from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.exc import OperationalError, ProgrammingError  # noqa: E402

from hub import db, write_locks  # noqa: E402

_samples: dict[str, list[float]] = {"own_lock": [], "db_lock": [], "held": [], "held_cpu": [], "commit": []}
_jobs: list[int] = []
_guard = threading.Lock()
#: LECTERN_BENCH_PROFILE_WRITER=DIR: cProfile (wall clock) of the writer while it holds the lock,
#: written to DIR/writer-<pid>.txt at exit (only the writer thread enables it)
_profiler: Any = None


@contextmanager
def _traced_write(self: db.Database, learners: Any = None) -> Iterator[Any]:
    """Database.write, timed: same steps in the same order (see hub.db.Database.write)."""
    t0 = time.perf_counter()
    with (self._write_lock if self.is_sqlite else _null()), (self._file_lock or _null()):
        t1 = time.perf_counter()
        try:
            with self.engine.connect() as conn:
                conn.execution_options(lectern_immediate=True)
                trans = conn.begin()
                try:
                    write_locks.take(conn, learners)
                    t2, c2 = time.perf_counter(), time.thread_time()
                    if _profiler is not None:
                        _profiler.enable()
                    try:
                        yield conn
                    finally:
                        if _profiler is not None:
                            _profiler.disable()
                    t3, c3 = time.perf_counter(), time.thread_time()
                    trans.commit()
                    t4 = time.perf_counter()
                except BaseException:
                    trans.rollback()
                    raise
                finally:
                    write_locks.release(conn)
        except (OperationalError, ProgrammingError) as exc:
            raise db.storage_error(exc) from exc
    with _guard:
        # On SQLite the database's lock is taken at BEGIN IMMEDIATE, inside conn.begin(): t1..t2.
        _samples["own_lock"].append(t1 - t0)
        _samples["db_lock"].append(t2 - t1)
        _samples["held"].append(t3 - t2)
        _samples["held_cpu"].append(c3 - c2)   # the writer thread's own CPU while holding the lock
        _samples["commit"].append(t4 - t3)


@contextmanager
def _null() -> Iterator[None]:
    yield


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] * 1000 if s else float("nan")


def summary() -> str:
    with _guard:
        n = len(_samples["held"])
        parts = [f"{name} {_pct(v, 50):.1f}/{_pct(v, 95):.1f}/{_pct(v, 99):.1f}/{_pct(v, 100):.1f} "
                 f"(sum {sum(v):.1f}s)" for name, v in _samples.items()]
    return f"write-trace: {n} transactions; ms p50/p95/p99/max: " + ", ".join(parts)


def _report() -> None:
    print(summary(), file=sys.stderr, flush=True)
    out = os.environ.get("LECTERN_BENCH_PROFILE_WRITER")
    if _profiler is not None and out:
        import io
        import pstats
        text = io.StringIO()
        stats = pstats.Stats(_profiler, stream=text)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(30)
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / f"writer-{os.getpid()}.txt").write_text(text.getvalue())


def main() -> int:
    global _profiler
    from hub import app, cli

    if os.environ.get("LECTERN_BENCH_PROFILE_WRITER"):
        import cProfile
        _profiler = cProfile.Profile(time.perf_counter)

    if os.environ.get("LECTERN_BENCH_SWITCH_INTERVAL"):  # an experiment: the GIL's hand-over interval
        app.SWITCH_INTERVAL = float(os.environ["LECTERN_BENCH_SWITCH_INTERVAL"])
    db.Database.write = _traced_write  # type: ignore[method-assign]
    atexit.register(_report)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # uvicorn installs its own; this is the fallback
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
