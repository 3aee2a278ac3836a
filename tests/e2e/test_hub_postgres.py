"""The hub on PostgreSQL and as several stateless processes (issue #19).

- The hub's own tests (tests/e2e/test_hub_*.py, and those of the hub's unit tests that make
  a test hub or database) run again with LECTERN_TEST_DB=postgresql, on a throwaway
  PostgreSQL 15 (tests/pg_cluster.py), from this suite, in a few parts that parallel workers
  run side by side: one run of the ordinary suite covers both databases.
- Two `lectern-hub serve` processes on one database agree: wrong passwords spread over
  both are counted once, a token signed out on one is refused by the other, and a
  `lectern-hub publish` run while learners sync through both reaches each learner once, in
  order (on PostgreSQL every writer takes one advisory lock: hub.db).
- `GET /api/v1/health` for load balancers.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from hub_process import REPO, HubProcess
from pg_cluster import TEST_DB_ENV, database_under_test, pg_bin_dir

PASSWORD = "correct horse battery"

#: tests that read or write the hub's SQLite file itself (or an old hub's): SQLite only
SQLITE_ONLY = [
    "tests/e2e/test_hub_cli.py::test_publish_refuses_unsigned_and_untrusted_bundles",
    "tests/e2e/test_hub_cli.py::test_passwords_and_tokens_are_stored_hashed",
    "tests/e2e/test_hub_cli.py::test_two_worker_processes_share_one_database",
    "tests/e2e/test_hub_runs.py::test_run_end_judged_by_made_at",
]


#: relative run time of each file's tests on PostgreSQL (measured, Nov 2026), for splitting
#: the rerun into parts of about equal length; a file not listed counts as DEFAULT_WEIGHT
PG_WEIGHTS = {"test_hub_cli.py": 245, "test_hub_backup.py": 207, "test_hub_certificates.py": 179,
              "test_hub_runs.py": 142, "test_hub_security.py": 81, "test_hub_moderation.py": 51,
              "test_hub_admin_role.py": 29, "test_hub_sync.py": 26, "test_hub_courses.py": 24,
              "test_hub_postgres_migrations.py": 9, "test_hub_forum.py": 9, "test_hub_feed_order.py": 40,
              "test_hub_write_locks.py": 8}
DEFAULT_WEIGHT = 100
#: the rerun in this many parts, each a test of its own: parallel workers (`dev.py test`) run
#: them side by side instead of one long test at the end of the run
PG_PARTS = 3
#: how a test reaches PostgreSQL: a hub of tests/hub_process.py or a database of tests/pg_cluster.py
USES_TEST_DATABASE = ("start_hub", "hub_database_url", "shared_cluster", "new_database")


def hub_test_files() -> list[str]:
    """The hub's test files that can run on PostgreSQL: every tests/e2e/test_hub_*.py (their
    hubs come from tests/hub_process.py), and the hub's unit tests that make a hub or a
    database of the test cluster (the others never open a database the run could change)."""
    e2e = [p for p in (REPO / "tests" / "e2e").glob("test_hub_*.py") if p.name != Path(__file__).name]
    unit = [p for p in (REPO / "tests" / "unit").glob("test_hub_*.py")
            if any(word in p.read_text(encoding="utf-8") for word in USES_TEST_DATABASE)]
    return sorted(str(p.relative_to(REPO)) for p in e2e + unit)


def pg_parts() -> list[list[str]]:
    """The files split into PG_PARTS lists of about equal weight (longest first, each to the
    lightest part so far); the same split on every worker."""
    parts: list[list[str]] = [[] for _ in range(PG_PARTS)]
    load = [0] * PG_PARTS
    for test in sorted(hub_test_files(), key=lambda t: (-PG_WEIGHTS.get(Path(t).name, DEFAULT_WEIGHT), t)):
        lightest = load.index(min(load))
        parts[lightest].append(test)
        load[lightest] += PG_WEIGHTS.get(Path(test).name, DEFAULT_WEIGHT)
    return parts


@pytest.mark.skipif(database_under_test() != "sqlite", reason="this run is the PostgreSQL run")
@pytest.mark.skipif(pg_bin_dir() is None, reason="PostgreSQL is not installed (apt-get install postgresql)")
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("part", range(PG_PARTS), ids=lambda i: f"part{i + 1}of{PG_PARTS}")
def test_the_hubs_tests_pass_on_postgresql(tmp_path, part):
    tests = pg_parts()[part]
    if not tests:
        pytest.skip("fewer hub test files than parts")
    deselect = [arg for test in SQLITE_ONLY for arg in ("--deselect", test)]
    env = {**os.environ, TEST_DB_ENV: "postgresql"}
    out = subprocess.run([sys.executable, "-m", "pytest", *tests, *deselect, "-q", "-p", "no:cacheprovider",
                          "-p", "no:xdist", "--timeout", "300", "-rfE", f"--basetemp={tmp_path / 'pytest'}"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=1750)
    tail = "\n".join(out.stdout.splitlines()[-60:])
    assert out.returncode == 0, f"the hub's tests failed on PostgreSQL ({' '.join(tests)}):\n{tail}\n" \
                                f"{out.stderr[-3000:]}"


# --------------------------------------------------------------------------- two processes


@pytest.fixture
def two_hubs(tmp_path, kit) -> Any:
    """Two hub processes (own data dirs, one database), the second started like the first."""
    first = kit.start_hub(tmp_path / "a", "--login-free-attempts", "3", "--login-delay", "60")
    url = first.db_url or f"sqlite:///{first.data_dir / 'hub.sqlite3'}"
    second = None
    try:
        # one issuer key for every hub machine (docs/deploy.md; serve refuses another)
        second = kit.start_hub(tmp_path / "b", "--login-free-attempts", "3", "--login-delay", "60",
                               env={"LECTERN_HUB_DB": url,
                                    "LECTERN_HUB_ISSUER_KEY": str(first.data_dir / "issuer.key")})
        yield first, second
    finally:
        for h in (first, second):
            if h is not None:
                kit.stop_hub(h.proc)


def _shared_throttle() -> bool:
    """Whether the hub wires its database into its login throttle (hub/context.py)."""
    import tempfile

    from hub.context import Hub
    from hub.settings import HubSettings
    with tempfile.TemporaryDirectory() as d:
        h = Hub.open(HubSettings(data_dir=Path(d)))
        try:
            return type(h.throttle._counts).__name__ == "_DatabaseCounts"
        finally:
            h.close()


def test_the_throttle_counts_in_the_database():
    assert _shared_throttle()


def test_wrong_passwords_spread_over_two_processes_are_counted_once(two_hubs, kit):
    a, b = two_hubs
    a.cli("user", "add", "spread.judge", "--password-stdin", input=PASSWORD + "\n")
    codes = [kit.login(h, "spread.judge", "wrong").status_code for h in (a, b, a)]
    assert codes == [401, 401, 401]
    # Three failures in all (free_attempts 3): the next try waits on either process.
    for h in (b, a):
        r = kit.login(h, "spread.judge", PASSWORD)
        assert r.status_code == 429, r.text
        assert int(r.headers["Retry-After"]) > 0


def test_a_token_signed_out_on_one_process_is_refused_by_the_other(two_hubs, kit):
    a, b = two_hubs
    a.cli("user", "add", "signout.judge", "--password-stdin", input=PASSWORD + "\n")
    token = kit.login(a, "signout.judge", PASSWORD).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    assert requests.get(b.api + "/catalog", headers=auth, timeout=30).status_code == 200
    assert requests.delete(a.api + "/token", headers=auth, timeout=30).status_code == 204
    assert requests.get(b.api + "/catalog", headers=auth, timeout=30).status_code == 401


def test_publishing_while_learners_sync_through_two_processes_reaches_each_once_in_order(two_hubs, publisher,
                                                                                         kit):
    """`lectern-hub publish` (a third writer) while learners pull through both processes:
    every learner ends with each course update once, in sequence order, none skipped."""
    a, b = two_hubs
    a.cli("trust", publisher.public_key)
    family = f"pubfam-{uuid.uuid4().hex[:6]}"
    a.cli("publish", publisher.bundle(f"{family}-en", family=family))
    tokens = []
    for i in range(4):
        name = f"pub.judge{i}-{uuid.uuid4().hex[:4]}"
        a.cli("user", "add", name, "--password-stdin", "--enrol", f"{family}-en", input=PASSWORD + "\n")
        tokens.append(kit.login(a, name, PASSWORD).json()["token"])
    stop = threading.Event()
    seen: dict[int, list[int]] = {i: [] for i in range(len(tokens))}
    errors: list[str] = []

    def learner(i: int) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {tokens[i]}"
        device, cursor, turn = str(uuid.uuid4()), None, 0
        while True:
            last_round = stop.is_set()
            more = True
            while more:
                hub = (a, b)[turn % 2]
                turn += 1
                r = session.post(hub.api + "/sync", json={"device_id": device, "cursor": cursor, "events": []},
                                 timeout=60)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text[:200]}")
                    return
                out = r.json()
                seen[i] += [e["seq"] for e in out["events"] if e["kind"] == "course_update"]
                cursor, more = out["cursor"], out["more"]
            if last_round:
                return

    threads = [threading.Thread(target=learner, args=(i,)) for i in range(len(tokens))]
    for t in threads:
        t.start()
    try:
        for version in range(2, 6):
            a.cli("publish", publisher.bundle(f"{family}-en", family=family, version=version))
    finally:
        stop.set()
        for t in threads:
            t.join(120)
    assert not errors, errors
    from sqlalchemy import create_engine, select

    from hub import db
    engine = create_engine(a.db_url or f"sqlite:///{a.data_dir / 'hub.sqlite3'}")
    try:
        with engine.connect() as conn:
            expected = [r[0] for r in conn.execute(select(db.feed.c.seq).where(
                db.feed.c.course_family == family, db.feed.c.kind == "course_update").order_by(db.feed.c.seq))]
    finally:
        engine.dispose()
    assert len(expected) == 5
    for i, seqs in seen.items():
        assert seqs == expected, (i, seqs, expected)


# --------------------------------------------------------------------------- health


def test_health_says_ok_then_503_when_a_check_fails(tmp_path):
    from dataclasses import replace

    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from pg_cluster import hub_database_url
    from sqlalchemy import text

    from hub.api import health
    from hub.context import Hub
    from hub.settings import HubSettings

    hub = Hub.open(HubSettings(data_dir=tmp_path / "hub", db_url=hub_database_url()))
    try:
        app = FastAPI()
        health.add_routes(app.router, hub)
        client = TestClient(app)
        r = client.get("/api/v1/health")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["status"] == "ok" and all(c["ok"] for c in body["checks"].values())
        assert body["checks"]["disk"]["free_bytes"] > 0 and "url" not in r.text.lower()

        hub.settings = replace(hub.settings, health_min_free_bytes=2**62)  # no disk has that much free
        r = client.get("/api/v1/health")
        assert r.status_code == 503 and not r.json()["checks"]["disk"]["ok"]
        hub.settings = replace(hub.settings, health_min_free_bytes=0)

        with hub.database.write() as conn:  # a schema behind this lectern-hub's
            conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        r = client.get("/api/v1/health")
        assert r.status_code == 503 and r.json()["checks"]["migrations"] == {
            "ok": False, "revision": "0001", "expected": r.json()["checks"]["migrations"]["expected"]}
        assert r.json()["checks"]["database"]["ok"]
    finally:
        hub.close()


def test_health_on_a_running_hub(hub: HubProcess):
    r = requests.get(hub.api + "/health", timeout=30)
    assert r.status_code == 200 and r.json()["status"] == "ok", r.text
