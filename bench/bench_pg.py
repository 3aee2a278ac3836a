"""The PostgreSQL side of bench/hub_load.py: a server to run the hub on, a fresh database per
run, the server's process tree (for its CPU), and what pg_stat_statements saw.

Two kinds of server:
- a throwaway cluster (`--db postgresql`): tests/pg_cluster.py's `start_cluster`, reused as
  it is, then made production-like, because the tests' cluster runs with fsync off and the
  hub's SQLite commits with synchronous=FULL: here PostgreSQL fsyncs its commits too
  (`fsync`, `synchronous_commit`, `full_page_writes` on), so the two databases are compared
  doing the same durable work. pg_stat_statements is loaded, for the statement report.
- a server of yours (`--db postgresql://user@host/db`): each run creates a database of its
  own there (the role needs CREATEDB) and drops it afterwards. Its CPU is counted only when
  the server runs on this machine and its data directory's postmaster.pid is readable
  (`SHOW data_directory` needs a superuser or pg_read_all_settings).
"""
from __future__ import annotations

import itertools
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # pg_cluster: the tests' throwaway cluster, imported as it is

PRODUCTION_LIKE = ("\n# bench/bench_pg.py: durable commits, as the hub's SQLite (synchronous=FULL)\n"
                   "fsync = on\nsynchronous_commit = on\nfull_page_writes = on\n"
                   "shared_buffers = 256MB\nmax_connections = 400\n")
STATEMENTS = "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = all\n"


def driver_url(url: str) -> str:
    """A postgresql:// URL as SQLAlchemy's psycopg 3 URL (the driver the hub installs)."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def _engine(url: str) -> Any:
    return create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")


@dataclass
class PgServer:
    """A PostgreSQL server the bench makes databases on."""

    admin_url: str                      # a database to connect to for CREATE/DROP DATABASE
    cluster: Any = None                 # tests/pg_cluster.PgCluster when we started it
    statements: bool = False            # pg_stat_statements is loaded
    _names: Any = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def throwaway(cls) -> "PgServer":
        from pg_cluster import start_cluster

        cluster = start_cluster()
        conf = cluster.root / "data" / "postgresql.conf"
        statements = any(Path("/usr/share/postgresql").glob("*/extension/pg_stat_statements.control"))
        with open(conf, "a", encoding="utf-8") as f:
            f.write(PRODUCTION_LIKE + (STATEMENTS if statements else ""))
        pg_ctl = [str(cluster.bin_dir / "pg_ctl"), "-D", str(cluster.root / "data"), "-l",
                  str(cluster.root / "server.log"), "-w", "-t", "60", "restart"]
        subprocess.run((["runuser", "-u", cluster.as_user, "--"] if cluster.as_user else []) + pg_ctl,
                       check=True, capture_output=True, text=True)
        return cls(admin_url=cluster.url("postgres"), cluster=cluster, statements=statements)

    @classmethod
    def at(cls, url: str) -> "PgServer":
        url = driver_url(url)
        engine = _engine(url)
        with engine.connect() as conn:
            loaded = conn.execute(text("SELECT count(*) FROM pg_available_extensions "
                                       "WHERE name = 'pg_stat_statements'")).scalar()
            preload = conn.execute(text("SHOW shared_preload_libraries")).scalar() or ""
        engine.dispose()
        return cls(admin_url=url, statements=bool(loaded) and "pg_stat_statements" in preload)

    def describe(self) -> str:
        with _engine(self.admin_url).connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            settings = {name: conn.execute(text(f"SHOW {name}")).scalar()
                        for name in ("fsync", "synchronous_commit", "shared_buffers", "max_connections")}
        where = "throwaway cluster (tests/pg_cluster.py), Unix socket" if self.cluster else "your server"
        return f"PostgreSQL {version}, {where}; " + ", ".join(f"{k}={v}" for k, v in settings.items())

    def new_database(self) -> str:
        """A fresh empty database for one run; its URL."""
        name = f"lectern_bench_{os.getpid()}_{next(self._names)}"
        with _engine(self.admin_url).connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)
        if self.statements:
            with _engine(url).connect() as conn:
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
        return url

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with _engine(self.admin_url).connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def postmaster_pid(self) -> int | None:
        """The server's postmaster on this machine (its CPU tree), None when not readable."""
        try:
            if self.cluster is not None:
                data = self.cluster.root / "data"
            else:
                with _engine(self.admin_url).connect() as conn:
                    data = Path(str(conn.execute(text("SHOW data_directory")).scalar()))
            return int((data / "postmaster.pid").read_text().split()[0])
        except Exception:  # not local, not readable, not allowed: the CPU figure says n/a
            return None

    def reset_statements(self, url: str) -> None:
        if self.statements:
            with _engine(url).connect() as conn:
                conn.execute(text("SELECT pg_stat_statements_reset()"))

    def top_statements(self, url: str, limit: int) -> list[str]:
        """The statements that took the most server time in this database since the reset."""
        if not self.statements or limit <= 0:
            return []
        with _engine(url).connect() as conn:
            rows = conn.execute(text(
                "SELECT s.calls, s.total_exec_time, s.mean_exec_time, s.max_exec_time, s.rows, s.query "
                "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
                "WHERE d.datname = current_database() ORDER BY s.total_exec_time DESC LIMIT :n"),
                {"n": limit}).all()
        return [f"{calls:7d} calls {total:9.1f} ms total {mean:7.3f} ms mean {mx:8.1f} ms max {nrows:7d} rows  "
                + " ".join(query.split())[:110] for calls, total, mean, mx, nrows, query in rows]

    def size(self, url: str) -> int:
        with _engine(url).connect() as conn:
            return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0)

    def log_tail(self, lines: int = 20) -> str:
        return "\n".join(self.cluster.log_text().splitlines()[-lines:]) if self.cluster else ""

    def stop(self) -> None:
        if self.cluster is not None:
            self.cluster.stop()
