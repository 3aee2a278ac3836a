"""The hub's own files are private (review #19, finding M): its SQLite database holds password
and token hashes, so it is created 0600 (its -wal and -shm follow it) and a new data folder
0700, whatever the umask; a database an older hub left readable by others is tightened when
opened. With X-Accel-Redirect and the blob folder inside the data folder, nginx must pass
through the data folder: it then keeps the umask's mode (docs/deploy.md)."""
from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path
from typing import Iterator

import pytest

from hub import db
from hub.context import Hub
from hub.settings import HubSettings
from hub.users import add_user


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_new_hub_database_and_its_log_are_private(tmp_path):
    settings = HubSettings(data_dir=tmp_path / "hub")
    hub = Hub.open(settings)
    try:
        add_user(hub.database, "erin", "correct horse battery")
        database = settings.data_dir / "hub.sqlite3"
        with hub.database.read():   # WAL mode: a reader keeps -wal and -shm there
            assert _mode(database) == 0o600
            for suffix in ("-wal", "-shm"):
                log_file = Path(f"{database}{suffix}")
                assert log_file.exists() and _mode(log_file) == 0o600, suffix
    finally:
        hub.close()
    assert _mode(settings.data_dir) == 0o700


def test_an_existing_data_folder_keeps_its_mode(tmp_path):
    (tmp_path / "hub").mkdir(mode=0o750)
    os.chmod(tmp_path / "hub", 0o750)
    Hub.open(HubSettings(data_dir=tmp_path / "hub")).close()
    assert _mode(tmp_path / "hub") == 0o750 and _mode(tmp_path / "hub" / "hub.sqlite3") == 0o600


def test_nginx_can_pass_through_the_data_folder_to_blobs_inside_it(tmp_path):
    inside = HubSettings(data_dir=tmp_path / "inside", accel_redirect="/_blobs/")
    assert db.data_dir_mode(inside) == 0o777        # the umask's mode: 0755 here
    Hub.open(inside).close()
    assert _mode(inside.data_dir) == 0o755 and _mode(inside.data_dir / "hub.sqlite3") == 0o600
    outside = HubSettings(data_dir=tmp_path / "outside", accel_redirect="/_blobs/",
                          blob_root=tmp_path / "shared-blobs")
    assert db.data_dir_mode(outside) == 0o700
    Hub.open(outside).close()
    assert _mode(outside.data_dir) == 0o700
    assert db.data_dir_mode(HubSettings(data_dir=tmp_path / "plain")) == 0o700


def test_a_world_readable_database_is_tightened_once(tmp_path, caplog):
    settings = HubSettings(data_dir=tmp_path / "hub")
    Hub.open(settings).close()
    database = settings.data_dir / "hub.sqlite3"
    os.chmod(database, 0o644)              # as hubs before this fix made it
    wal = Path(f"{database}-wal")
    wal.write_bytes(b"")
    os.chmod(wal, 0o644)
    with caplog.at_level(logging.WARNING, logger="hub.database_file"):
        hub = Hub.open(settings)
        try:
            assert _mode(database) == 0o600 and _mode(wal) == 0o600
        finally:
            hub.close()
        Hub.open(settings).close()
    said = [r.getMessage() for r in caplog.records if r.name == "hub.database_file"]
    assert len(said) == 2 and all("made it private" in line for line in said), said   # the file and its log, once


def test_the_cli_creates_a_private_database(tmp_path, monkeypatch, capsys):
    """The reviewer's proof (umask 022, `lectern-hub user add`)."""
    from hub.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO("pw-pw-pw-pw-pw\n"))
    assert main(["--data", str(tmp_path / "hub"), "user", "add", "alice", "--password-stdin"]) == 0
    assert "Created user alice." in capsys.readouterr().out
    assert _mode(tmp_path / "hub" / "hub.sqlite3") == 0o600
    assert _mode(tmp_path / "hub") == 0o700  # the folder too: its probe connection does not make it first
    assert main(["--data", str(tmp_path / "new"), "migrate"]) == 0
    assert _mode(tmp_path / "new") == 0o700
