"""hub.backup in one process (SQLite): what a backup holds, what a restore brings back, and
how a restored hub's cursors tell players to send again (hub.syncing, the learner's store).
The drill with real hubs and players, and on PostgreSQL, is tests/e2e/test_hub_backup.py."""
from __future__ import annotations

import json
import tarfile
import uuid
from pathlib import Path

import pytest
from course_factory import write_tiny_course

from hub import backup, db, syncing
from hub.auth import Principal
from hub.certificates import issuer
from hub.context import Hub
from hub.courses import publish_bundle, trust_key
from hub.errors import HubError, HubErrorKind
from hub.settings import HubSettings
from hub.users import add_user, enrol
from sync.bundle import build_bundle
from sync.protocol import SyncRequest
from sync.signing import generate_keypair


@pytest.fixture
def source(tmp_path: Path) -> HubSettings:
    """A hub with a published course (its blobs), a learner and an issuer key."""
    settings = HubSettings(data_dir=tmp_path / "hub")
    generate_keypair(tmp_path / "pub.key", comment="publisher")
    write_tiny_course(tmp_path / "course", course_id="bk-en")
    build_bundle(tmp_path / "course", tmp_path / "bk.lectern", sign_key=tmp_path / "pub.key")
    hub = Hub.open(settings)
    try:
        trust_key(hub.database, tmp_path / "pub.key.pub")
        publish_bundle(hub.database, hub.store, tmp_path / "bk.lectern")
        add_user(hub.database, "erin", "correct horse battery")
        enrol(hub.database, "erin", "bk-en")
        issuer(settings)
    finally:
        hub.close()
    return settings


def _blobs(settings: HubSettings) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in settings.blob_dir.glob("*/*") if p.is_file()}


def test_a_backup_restores_database_blobs_and_key(source, tmp_path):
    out = tmp_path / "hub.tar"
    made = backup.backup(source, out)
    assert made.database == "sqlite" and made.issuer_key and made.blobs == len(_blobs(source)) > 0
    assert made.summary().startswith("Backed up the hub (sqlite database at revision ")
    assert out.stat().st_mode & 0o077 == 0   # the issuer's private key and password hashes are in it
    with tarfile.open(out) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert names[-1] == "manifest.json" and names[0] == backup.SQLITE_MEMBER
    assert manifest["format"] == backup.FORMAT_VERSION and manifest["schema_revision"] == db.head_revision()
    assert set(manifest["members"]) == set(names) - {"manifest.json"}
    target = HubSettings(data_dir=tmp_path / "restored")
    done = backup.restore(target, out)
    assert done.blobs == made.blobs and done.issuer_key and not done.migrated
    assert _blobs(target) == _blobs(source)
    assert target.issuer_key_path.read_bytes() == source.issuer_key_path.read_bytes()
    assert target.issuer_key_path.stat().st_mode & 0o077 == 0
    hub = Hub.open(target)
    try:
        with hub.database.read() as conn:
            assert [r[0] for r in conn.execute(db.users.select().with_only_columns(db.users.c.username))] == ["erin"]
            assert backup.read_instance(conn) is not None   # the restored hub is a new instance
    finally:
        hub.close()
    original = db.Database(source.database_url, create=False)
    try:
        with original.read() as conn:
            assert backup.read_instance(conn) is None
    finally:
        original.close()


def test_a_shared_blob_folder_that_outlived_the_database_is_kept(source, tmp_path):
    """The database server was lost, the hub machines' shared blob folder was not: the
    restore fills in the database and leaves the blobs (no --force needed)."""
    out = tmp_path / "hub.tar"
    backup.backup(source, out)
    before = _blobs(source)
    target = HubSettings(data_dir=tmp_path / "new-machine", blob_root=source.blob_dir,
                         issuer_key_file=source.issuer_key_path)
    done = backup.restore(target, out)
    assert done.blobs == len(before) and _blobs(source) == before
    other = tmp_path / "other.key"
    other.write_bytes(b"another hub's key")
    with pytest.raises(HubError) as info:   # another issuer key is never silently replaced
        backup.restore(HubSettings(data_dir=tmp_path / "third", issuer_key_file=other), out)
    assert "another issuer key" in info.value.message and other.read_bytes() == b"another hub's key"


def test_a_backup_of_an_older_schema_is_migrated_on_restore(source, tmp_path):
    from alembic import command

    head = db.head_revision()
    older = db._script().get_revision(head).down_revision
    database = db.Database(source.database_url, create=False)
    try:
        with database.write() as conn:
            command.downgrade(db._alembic_config(conn), older)
    finally:
        database.close()
    out = tmp_path / "old.tar"
    assert backup.backup(source, out).revision == older
    target = HubSettings(data_dir=tmp_path / "restored")
    done = backup.restore(target, out)
    assert [step.split(":")[0] for step in done.migrated] == [f"revision {head}"]
    restored = db.Database(target.database_url, create=False)
    try:
        assert restored.schema_state().current
    finally:
        restored.close()


def test_a_missing_blob_writes_no_backup(source, tmp_path):
    victim = next(p for p in source.blob_dir.glob("*/*") if p.is_file())
    victim.unlink()
    out = tmp_path / "hub.tar"
    with pytest.raises(HubError) as info:
        backup.backup(source, out)
    assert info.value.kind is HubErrorKind.STORAGE and victim.name in info.value.message
    assert list(tmp_path.glob("*.tar")) == [] and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_damaged_blob_writes_no_backup(source, tmp_path):
    victim = next(p for p in source.blob_dir.glob("*/*") if p.is_file())
    victim.chmod(0o600)
    victim.write_bytes(b"not what its name says")
    with pytest.raises(HubError) as info:
        backup.backup(source, tmp_path / "hub.tar")
    assert "damaged" in info.value.message
    assert not (tmp_path / "hub.tar").exists()


def test_an_empty_hub_has_nothing_to_back_up(tmp_path):
    settings = HubSettings(data_dir=tmp_path / "none")
    with pytest.raises(HubError) as info:
        backup.backup(settings, tmp_path / "x.tar")
    assert "nothing to back up" in info.value.message
    assert not (tmp_path / "none" / "hub.sqlite3").exists()   # and none was created


def test_the_password_goes_by_environment_never_argv():
    from sqlalchemy.engine import make_url

    conninfo, env = backup._conninfo(make_url("postgresql+psycopg://hub:s3cr%27et@db.court:5433/lectern?sslmode=require"))
    assert "s3cr" not in conninfo and env["PGPASSWORD"] == "s3cr'et"
    assert conninfo == "host='db.court' port='5433' user='hub' dbname='lectern' sslmode='require'"
    # the other way libpq takes a password: the URL's query (review finding K)
    conninfo, env = backup._conninfo(make_url("postgresql://hub@db.court/lectern?password=s3cret&sslmode=require"))
    assert "s3cret" not in conninfo and "password" not in conninfo and env["PGPASSWORD"] == "s3cret"
    assert conninfo == "host='db.court' user='hub' dbname='lectern' sslmode='require'"
    conninfo, env = backup._conninfo(make_url("postgresql://hub:userinfo@db.court/lectern?password=query"))
    assert env["PGPASSWORD"] == "userinfo" and "query" not in conninfo


def test_an_sslpassword_is_refused_not_put_on_a_command_line():
    """libpq has no environment variable for the client key's passphrase (no PGSSLPASSWORD)."""
    from sqlalchemy.engine import make_url

    url = make_url("postgresql+psycopg://hub@/lectern?host=/run/postgresql&sslpassword=k3y")
    with pytest.raises(HubError) as info:
        backup._conninfo(url)
    assert info.value.kind is HubErrorKind.BAD_REQUEST and "sslpassword" in info.value.message
    assert "k3y" not in info.value.message


def _evil_twin(good: Path, evil: Path, change: str = backup.SQLITE_MEMBER) -> None:
    """`good` with an account 'mallory' added to its database (or `change`'s bytes altered),
    its manifest left as it was: the proof of review finding J."""
    import io
    import sqlite3

    from hub.auth import hash_password

    with tarfile.open(good) as src, tarfile.open(evil, "w", format=tarfile.PAX_FORMAT) as dst:
        for info in src:
            data = src.extractfile(info).read()
            if info.name == change == backup.SQLITE_MEMBER:
                scratch = evil.with_name("scratch.sqlite3")
                scratch.write_bytes(data)
                conn = sqlite3.connect(scratch)
                conn.execute("INSERT INTO users(username, password_hash, disabled, created_at) VALUES"
                             " ('mallory', ?, 0, '2026-01-01T00:00:00Z')", [hash_password("mallory")])
                conn.commit()
                conn.close()
                data = scratch.read_bytes()
                scratch.unlink()
            elif info.name == change:
                data = bytes([data[0] ^ 1]) + data[1:]
            info.size = len(data)
            dst.addfile(info, io.BytesIO(data))


def _tree(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))} if folder.exists() else {}


@pytest.mark.parametrize("change", ["database", "blob", "key"])
def test_a_backup_replaced_after_its_check_restores_nothing(source, tmp_path, change):
    """Review finding J: the CLI checks the backup (check_backup), then restores it; a file
    swapped in between must not be restored. The restore's own read compares every member
    with what was checked, and nothing of the target changes when one differs."""
    good, evil, file = tmp_path / "good.tar", tmp_path / "evil.tar", tmp_path / "backup.tar"
    backup.backup(source, good)
    with tarfile.open(good) as tar:
        names = tar.getnames()
    member = {"database": backup.SQLITE_MEMBER, "key": backup.KEY_MEMBER,
              "blob": next(n for n in names if n.startswith("blobs/"))}[change]
    _evil_twin(good, evil, member)
    with pytest.raises(HubError):                      # the twin, checked on its own, is refused
        backup.check_backup(HubSettings(data_dir=tmp_path / "x"), evil)

    # a new target: not even its data folder is left behind
    target = HubSettings(data_dir=tmp_path / "new" / "restored")
    file.write_bytes(good.read_bytes())
    checked = backup.check_backup(target, file)
    file.write_bytes(evil.read_bytes())                # swapped while the restore runs
    with pytest.raises(HubError) as info:
        backup.restore(target, file, checked=checked)
    assert info.value.kind is HubErrorKind.BAD_REQUEST
    assert f"({member} changed after it was checked); nothing was restored." in info.value.message
    assert not (tmp_path / "new").exists()

    # a hub replaced with --force: its database, blobs and key are as they were
    before = _tree(source.data_dir)
    file.write_bytes(good.read_bytes())
    checked = backup.check_backup(source, file)
    file.write_bytes(evil.read_bytes())
    with pytest.raises(HubError) as info:
        backup.restore(source, file, force=True, checked=checked)
    assert "changed after it was checked" in info.value.message
    assert _tree(source.data_dir) == before            # no temporary file left either

    # the genuine file, checked and restored in one go, still restores
    file.write_bytes(good.read_bytes())
    assert backup.restore(target, file, checked=backup.check_backup(target, file)).issuer_key
    database = db.Database(target.database_url, create=False)
    try:
        with database.read() as conn:
            assert [r[0] for r in conn.execute(db.users.select().with_only_columns(db.users.c.username))] == ["erin"]
    finally:
        database.close()


def test_a_restored_hub_is_private(source, tmp_path):
    """The restored database and key are 0600 and a new data folder 0700, whatever the umask."""
    import os

    out = tmp_path / "hub.tar"
    backup.backup(source, out)
    target = HubSettings(data_dir=tmp_path / "restored")
    old = os.umask(0o022)
    try:
        backup.restore(target, out)
    finally:
        os.umask(old)
    assert target.data_dir.stat().st_mode & 0o777 == 0o700
    for path in (target.data_dir / "hub.sqlite3", target.issuer_key_path):
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert not [p for p in target.data_dir.rglob(".*")]   # no temporary file or folder left


# --------------------------------------------------------------------------- restored hubs and players


def _sync(hub: Hub, cursor: str | None) -> str:
    with hub.database.read() as conn:
        user_id = conn.execute(db.users.select().with_only_columns(db.users.c.id)).scalar()
    who = Principal(user_id=user_id, username="erin", token_id=0)
    request = SyncRequest.model_validate({"device_id": str(uuid.uuid4()), "cursor": cursor})
    return syncing.sync(hub, who, request).cursor


def test_a_restored_hub_refuses_the_cursors_of_the_hub_it_replaces(source, tmp_path):
    hub = Hub.open(source)
    try:
        old_cursor = _sync(hub, None)
        assert syncing.cursor_instance(old_cursor) is None      # never restored: cursors as before
        assert _sync(hub, old_cursor)
    finally:
        hub.close()
    out = tmp_path / "hub.tar"
    backup.backup(source, out)
    target = HubSettings(data_dir=tmp_path / "restored")
    backup.restore(target, out)
    hub = Hub.open(target)
    try:
        with pytest.raises(HubError) as info:
            _sync(hub, old_cursor)
        assert info.value.kind is HubErrorKind.INVALID and info.value.fields == ["cursor"]
        assert "restored from a backup" in info.value.message and "cursor" in info.value.message
        fresh = _sync(hub, None)
        assert syncing.cursor_instance(fresh) is not None
        assert _sync(hub, fresh)                                   # its own cursors are fine
        with pytest.raises(HubError):                              # a cursor naming another instance
            _sync(hub, _foreign(fresh))
    finally:
        hub.close()


def _foreign(cursor: str) -> str:
    import base64
    doc = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    doc["h"] = str(uuid.uuid4())
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")


def test_the_player_sends_again_only_its_accounts_acked_events(tmp_path):
    from sync.store import CURSOR, LearnerStore
    from sync.store.base import stamp

    with LearnerStore.open(tmp_path / "learner.sqlite3") as store:
        with store.transaction() as conn:
            for i, sent_at in enumerate(["2026-01-01T00:00:00", "2026-03-01T00:00:00", None]):
                state = "pending" if sent_at is None else "sent"
                conn.execute("INSERT INTO outbox(id, kind, course_id, payload, created_at, state, sent_at)"
                             " VALUES (?, 'progress', 'c', '{}', ?, ?, ?)", [f"e{i}", stamp(), state, sent_at])
        store.set_sync_state(CURSOR, "abc")
        assert store.start_over_with_hub("2026-02-01T00:00:00") == 1   # e1 only: e0 was another account's
        assert [e.id for e in store.pending_events()] == ["e1", "e2"]
        assert store.get_sync_state(CURSOR) is None
        assert store.start_over_with_hub("") == 1                       # "": every acked event
        assert [e.id for e in store.pending_events()] == ["e0", "e1", "e2"]


def test_the_resend_floor_moves_with_the_device_id(tmp_path):
    from sync.store import LearnerStore
    from sync.sync_engine import RESEND_FROM, resend_from

    with LearnerStore.open(tmp_path / "learner.sqlite3") as store:
        device = store.device_id()
        assert resend_from(store, device) == ""            # first pass: every acked event is this account's
        assert store.get_sync_state(RESEND_FROM) == f"{device} "
        assert resend_from(store, device) == ""
        store.use_account("first")
        store.use_account("second")                          # another learner: a new device id
        floor = resend_from(store, store.device_id())
        assert floor > "2000" and resend_from(store, store.device_id()) == floor
