"""A real `lectern-hub serve` process on 127.0.0.1 with a data dir of its own, for the tests
that need one (tests/e2e's shared hub and its own-hub tests, tests/window's hub for the
catalog, downloads and forum screens).

`start_hub` starts the console script (or `python -m hub.cli`) on a free port, waits until it
answers, and `stop_hub_process` ends it with the workers it started. Tests talk HTTP to it and
run the hub's CLI against the same data dir while it serves, as court IT would.

With `LECTERN_TEST_DB=postgresql` (tests/pg_cluster.py) each new data dir's hub gets a fresh
database of the test PostgreSQL instead of its SQLite file; the URL is kept in the data dir
(`test-db-url`), so a hub restarted on the same data dir finds its rows again, and is in the
environment of its CLI (LECTERN_HUB_DB), as a court's deployment would set it.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests
from pg_cluster import hub_database_url

REPO = Path(__file__).resolve().parents[1]
STARTUP_TIMEOUT = 30.0


def hub_command() -> list[str]:
    script = Path(sys.executable).parent / "lectern-hub"
    return [str(script)] if script.exists() else [sys.executable, "-m", "hub.cli"]


@dataclass
class HubProcess:
    """A running hub: its base URL, data dir, log, and its CLI."""

    url: str
    data_dir: Path
    log_path: Path
    proc: subprocess.Popen
    env: dict[str, str]
    db_url: str | None = None   # None: the SQLite file in the data dir

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    def cli(self, *args: str | Path, input: str | None = None, check: bool = True,
            timeout: float = 120) -> subprocess.CompletedProcess:
        """Run `lectern-hub --data DIR ARGS...` against this hub's data while it serves."""
        result = subprocess.run([*hub_command(), "--data", str(self.data_dir), *map(str, args)],
                                capture_output=True, text=True, input=input, timeout=timeout,
                                cwd=REPO, env=self.env)
        if check and result.returncode != 0:
            raise AssertionError(f"lectern-hub {' '.join(map(str, args))} failed "
                                 f"({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def hub_db_url_for(data_dir: Path, env: dict[str, str]) -> str | None:
    """The database of a test hub on this data dir: the one it had, else a new PostgreSQL
    database in a PostgreSQL run, else None (SQLite). A data dir that already holds a SQLite
    database (a test's old hub) keeps it."""
    kept = data_dir / "test-db-url"
    if kept.exists():
        return kept.read_text(encoding="utf-8").strip()
    if env.get("LECTERN_HUB_DB") or (data_dir / "hub.sqlite3").exists():
        return env.get("LECTERN_HUB_DB") or None
    url = hub_database_url()
    if url:
        kept.write_text(url, encoding="utf-8")
    return url


def start_hub(data_dir: Path, *serve_args: str, env: dict[str, str] | None = None,
              migrate: bool = True) -> HubProcess:
    """Start `lectern-hub serve` on this data dir. An existing database is first brought up
    to date with `lectern-hub migrate` (`migrate`), as a deployment's start script does:
    `serve` itself refuses one that needs it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port_file = data_dir / "port"
    port_file.unlink(missing_ok=True)
    log_path = data_dir / "hub.log"
    full_env = {**os.environ, **(env or {})}
    db_url = hub_db_url_for(data_dir, full_env)
    if db_url:
        full_env["LECTERN_HUB_DB"] = db_url
    if migrate and (db_url or (data_dir / "hub.sqlite3").exists()):
        subprocess.run([*hub_command(), "--data", str(data_dir), "migrate"], cwd=REPO, env=full_env,
                       capture_output=True, text=True, timeout=120, check=True)
    log = open(log_path, "w", encoding="utf-8")
    proc = subprocess.Popen(
        [*hub_command(), "--data", str(data_dir), "serve", "--host", "127.0.0.1", "--port", "0",
         "--port-file", str(port_file), *serve_args],
        stdout=log, stderr=subprocess.STDOUT, cwd=REPO, env=full_env, start_new_session=True)
    log.close()
    try:
        return _wait_ready(proc, port_file, log_path, data_dir, full_env, db_url)
    except BaseException:
        stop_hub_process(proc)
        raise


def _wait_ready(proc: subprocess.Popen, port_file: Path, log_path: Path, data_dir: Path,
                env: dict[str, str], db_url: str | None) -> HubProcess:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    url = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"lectern-hub exited with {proc.returncode}:\n{log_path.read_text()}")
        port = port_file.read_text().strip() if url is None and port_file.exists() else ""
        if port:  # not while the hub is still writing it
            url = f"http://127.0.0.1:{port}"
        if url is not None:
            try:
                if requests.get(url + "/api/v1/ping", timeout=5).status_code == 200:
                    return HubProcess(url=url, data_dir=data_dir, log_path=log_path, proc=proc, env=env,
                                      db_url=db_url)
            except requests.RequestException:  # not listening yet, or workers still starting
                pass
        time.sleep(0.05)
    raise RuntimeError(f"lectern-hub did not answer within {STARTUP_TIMEOUT}s:\n{log_path.read_text()}")


def stop_hub_process(proc: subprocess.Popen) -> None:
    """SIGTERM to the hub's own process group (it runs in a session of its own, with its
    worker processes if any), then SIGKILL if it has not gone within 10 s."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        try:  # the leader is gone; workers it left behind go too
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        break
