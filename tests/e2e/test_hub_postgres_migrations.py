"""Schema migrations through Alembic (issue #19): a hub database made by each earlier
lectern-hub (the real old code, from git) is refused by `serve` until `lectern-hub migrate`
upgrades it, which keeps every row; then the hub serves it and its users sign in as before.

The old databases are SQLite files (what courts ran before PostgreSQL was supported); the
PostgreSQL half checks a fresh database reaches the same revision and the same schema.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import tarfile
import uuid
from io import BytesIO
from pathlib import Path

import pytest
from hub_process import REPO, hub_command
from pg_cluster import database_under_test

#: the newest commit of each hand-written schema version (git log -- hub/db.py)
OLD_HUBS = {1: "2591511", 2: "14f7622", 3: "1137396", 4: "28e6e99", 5: "6c3c827"}
PASSWORD = "correct horse battery"


def _have_history() -> bool:
    return subprocess.run(["git", "cat-file", "-e", f"{OLD_HUBS[1]}^{{commit}}"], cwd=REPO,
                          capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _have_history(), reason="needs the repository's git history (old hubs)")


def _old_hub(commit: str, where: Path) -> Path:
    """The `hub` and `sync` packages as they were at `commit`, unpacked under `where`."""
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "hub", "sync"], cwd=REPO,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")
    return where


def _old_database(code: Path, path: Path) -> None:
    """Let the old hub's own hub.db make its schema (as `lectern-hub` of that version would)."""
    out = subprocess.run([sys.executable, "-c", f"from hub import db; db.Database('sqlite:///{path}').close()"],
                         cwd=code, capture_output=True, text=True, timeout=120, env={"PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr


def _new(data: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    out = subprocess.run([*hub_command(), "--data", str(data), *args], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    if check:
        assert out.returncode == 0, out.stderr
    return out


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    raw = sqlite3.connect(path)
    try:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: raw.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        raw.close()


@pytest.mark.skipif(database_under_test() != "sqlite", reason="old hubs ran on SQLite")
@pytest.mark.parametrize("version", sorted(OLD_HUBS))
def test_a_database_made_by_an_older_hub_is_refused_then_migrated_without_loss(version, tmp_path, kit):
    code = _old_hub(OLD_HUBS[version], tmp_path / "old")
    data = tmp_path / "data"
    data.mkdir()
    db_file = data / "hub.sqlite3"
    _old_database(code, db_file)
    from hub.auth import hash_password
    raw = sqlite3.connect(db_file)  # rows the old hub would have: accounts, a forum thread in the feed
    for name in ("alice", "bob"):
        raw.execute("INSERT INTO users (username, password_hash, disabled, created_at) VALUES (?, ?, 0, ?)",
                    (name, hash_password(PASSWORD, n=2**10), "2026-01-01T00:00:00+00:00"))
    raw.execute("INSERT INTO feed (course_family, audience_user_id, origin_device, kind, payload, created_at) "
                "VALUES ('fam', NULL, ?, 'thread', '{\"id\":\"t-1\"}', '2026-01-01T00:00:00+00:00')",
                (str(uuid.uuid4()),))
    raw.commit()
    raw.close()
    before = _rows(db_file)
    assert before["meta"] == [("schema_version", str(version))] and "alembic_version" not in before

    for command in (["serve", "--port", "0"], ["user", "list"]):
        refused = _new(data, *command, check=False)
        assert refused.returncode == 2, refused.stderr
        assert "needs upgrading" in refused.stderr and "lectern-hub migrate" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    assert _rows(db_file) == before  # refusing touched nothing

    out = _new(data, "migrate").stdout
    assert f"Upgraded the hub database from schema {version}" in out, out
    assert "up to date" in _new(data, "migrate").stdout
    after = _rows(db_file)
    from hub import db
    assert after["meta"] == [("schema_version", str(db.SCHEMA_VERSION))]
    assert after["alembic_version"] == [(db.head_revision(),)]
    for table, rows in before.items():
        if table == "meta":
            continue
        width = len(rows[0]) if rows else 0
        assert [r[:width] for r in after[table]] == rows, table  # new columns come last
    raw = sqlite3.connect(db_file)  # revision 0005: feed numbers are never given twice
    try:
        assert "AUTOINCREMENT" in raw.execute("SELECT sql FROM sqlite_master WHERE name = 'feed'").fetchone()[0]
        newest = raw.execute("SELECT max(seq) FROM feed").fetchone()[0]
        raw.execute("DELETE FROM feed WHERE seq = ?", (newest,))
        raw.execute("INSERT INTO feed (course_family, kind, payload, created_at) VALUES ('fam', 'thread', '{}', 'x')")
        assert raw.execute("SELECT max(seq) FROM feed").fetchone()[0] == newest + 1
        raw.rollback()
    finally:
        raw.close()

    h = kit.start_hub(data)
    try:
        r = kit.login(h, "alice", PASSWORD)
        assert r.status_code == 200, r.text
        assert "alice" in h.cli("user", "list").stdout
    finally:
        kit.stop_hub(h.proc)


def test_a_fresh_database_is_made_at_the_newest_revision(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from pg_cluster import shared_cluster

    from hub import db

    url = shared_cluster().new_database() if database_under_test() == "postgresql" else f"sqlite:///{tmp_path / 'h.db'}"
    database = db.Database(url)
    try:
        state = database.schema_state()
        assert state.current and state.revision == db.head_revision() and not state.newer
        # The revisions build exactly the schema the code uses: the hub's tables and the
        # staff console's (hub/console/store.py keeps its own MetaData).
        from sqlalchemy import MetaData

        from hub.console import store as console_store

        code = MetaData()
        for table in (*db.metadata.tables.values(), *console_store.metadata.tables.values()):
            table.to_metadata(code)
        with database.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), code) == []
        assert database.migrate() == []
    finally:
        database.close()


def test_a_database_from_a_newer_hub_is_refused(tmp_path):
    data = tmp_path / "data"
    _new(data, "user", "list")  # creates it
    raw = sqlite3.connect(data / "hub.sqlite3")
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    for command in (["migrate"], ["serve", "--port", "0"]):
        out = _new(data, *command, check=False)
        assert out.returncode in (1, 2) and "newer lectern-hub" in out.stderr, out.stderr
