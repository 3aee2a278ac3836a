"""A throwaway PostgreSQL cluster for the hub's tests (issue #19): Debian's `postgresql`
package's `initdb` and `pg_ctl` under a temporary folder, listening on a Unix socket in
that folder only (no TCP port to collide with, nothing reachable from outside).

PostgreSQL refuses to run as root, so under root (CI, this machine) the cluster runs as
`nobody`, through `runuser`; its folder is handed to that user. Every hub gets a database
of its own (`new_database`), so tests never see each other's rows. One cluster per test
process, started on first use and stopped when the process exits.
"""
from __future__ import annotations

import atexit
import itertools
import os
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

#: `LECTERN_TEST_DB=postgresql` runs the hub's tests on PostgreSQL; anything else: SQLite
TEST_DB_ENV = "LECTERN_TEST_DB"
SUPERUSER = "lectern"
_RUN_AS = "nobody"


def database_under_test() -> str:
    """The database the hub's tests use in this run: "sqlite" (default) or "postgresql"."""
    return "postgresql" if os.environ.get(TEST_DB_ENV, "").strip().lower() in ("postgresql", "postgres", "pg") \
        else "sqlite"


def pg_bin_dir() -> Path | None:
    """The folder of Debian's PostgreSQL server programs (the newest installed), or None."""
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*") if (p / "bin" / "initdb").exists()),
                      key=lambda p: int(p.name) if p.name.isdigit() else 0) if root.exists() else []
    if versions:
        return versions[-1] / "bin"
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@dataclass
class PgCluster:
    """A running cluster: its folder, its socket folder, and how to reach it."""

    root: Path
    bin_dir: Path
    as_user: str | None   # the OS user it runs as when we are root
    _counter: itertools.count  # type: ignore[type-arg]

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str) -> str:
        """A SQLAlchemy URL for one of the cluster's databases (psycopg 3 over the socket)."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def new_database(self, prefix: str = "hub") -> str:
        """A fresh, empty database; its URL."""
        name = f"{prefix}_{os.getpid()}_{next(self._counter)}"
        self.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg
        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname=database, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def _command(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.as_user, "--", *args] if self.as_user else list(args)

    def start(self) -> None:
        data = self.root / "data"
        subprocess.run(self._command(str(self.bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                                     "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"),
                       check=True, capture_output=True, text=True)
        # No TCP; fsync off (a test cluster is thrown away); enough connections for a few hubs.
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"\nlisten_addresses = ''\nunix_socket_directories = '{self.socket_dir}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                       "max_connections = 400\nshared_buffers = 64MB\n")
        subprocess.run(self._command(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-l",
                                     str(self.root / "server.log"), "-w", "-t", "60", "start"),
                       check=True, capture_output=True, text=True)

    def stop(self) -> None:
        subprocess.run(self._command(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                                     "-w", "stop"), capture_output=True, text=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def log_text(self) -> str:
        path = self.root / "server.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def start_cluster() -> PgCluster:
    """Start a new cluster (the caller stops it)."""
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's server programs are not installed (Debian: apt-get install postgresql)")
    as_user = _RUN_AS if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="lectern-pg-"))
    if as_user:
        shutil.chown(root, user=as_user)
    cluster = PgCluster(root=root, bin_dir=bin_dir, as_user=as_user, _counter=itertools.count(1))
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        log = cluster.log_text()
        cluster.stop()
        raise RuntimeError(f"the test PostgreSQL did not start: {exc.stderr}\n{log}") from None
    return cluster


_shared: PgCluster | None = None
_shared_lock = threading.Lock()


def shared_cluster() -> PgCluster:
    """This test process's cluster, started on first use, stopped at exit."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = start_cluster()
            atexit.register(_shared.stop)
        return _shared


def hub_database_url() -> str | None:
    """The database URL for a new test hub: a fresh PostgreSQL database when the run is on
    PostgreSQL, else None (the hub's own SQLite file in its data dir)."""
    return shared_cluster().new_database() if database_under_test() == "postgresql" else None
