"""Sync files against a real hub process (#20): a judge with no network saves her changes to a
signed file, court IT imports it with `lectern-hub sync-file import` and hands back the signed
reply, the judge loads it: the outbox empties, colleagues' posts and the certificate arrive,
exactly once; and every hostile file is refused with one line, changing nothing."""
from __future__ import annotations

import base64
import json
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from sync import sync_file as sf
from sync.bundle import TrustPolicy
from sync.cli import main as lectern
from sync.credentials import Credentials, load_credentials, save_credentials
from sync.forum import Forum
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.services import account, sync_files
from sync.signing import PrivateKey, PublicKey, load_public_key
from sync.store import LearnerStore
from sync.sync_engine import status

REQUIREMENTS = """
[requirements]
reply_to_colleague = true
criteria = "Everything, two posts and a reply to a colleague."

[[requirements.forum]]
discussions = ["f1"]
min_posts = 2
"""
RIGHT = {"q1a": ["a"], "q1b": ["a"], "q1c": ["a"]}


def one_line_refusal(r: Any, *words: str) -> str:
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1, (r.returncode, r.stderr)
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


def judge_pc(tmp_path: Path, name: str, course: Any, publisher: Any, hub: Any, learner: Any) -> DataPaths:
    """A judge's PC: the course from its signed bundle, signed in once while online."""
    paths = DataPaths(tmp_path / name).ensure()
    import_bundle(paths, course.bundle, TrustPolicy((load_public_key(publisher.public_key),)))
    account.sign_in(paths, hub.url, learner.username, learner.password, f"{name} PC")
    return paths


def round_trip(hub: Any, paths: DataPaths, tmp_path: Path, tag: str) -> sync_files.LoadedReply:
    out, reply = tmp_path / f"{tag}.lectern-sync", tmp_path / f"{tag}.lectern-reply"
    sync_files.export_file(paths, out)
    r = hub.cli("sync-file", "import", out, "--reply", reply)
    assert "accepted" in r.stdout, r.stdout
    return sync_files.import_reply(paths, reply)


def hub_count(admin: Any, sql: str, *params: Any) -> int:
    """Counted on the hub's own database (SQLite or PostgreSQL: LECTERN_TEST_DB)."""
    names = {f"p{i}": v for i, v in enumerate(params)}
    for name in names:
        sql = sql.replace("?", f":{name}", 1)
    with admin.database.read() as conn:
        return int(conn.execute(text(sql), names).scalar_one())


def user_id(admin: Any, username: str) -> int:
    return hub_count(admin, "SELECT id FROM users WHERE username = ?", username)


@pytest.fixture
def setup(hub, new_course, make_learner, publisher, tmp_path):
    course = new_course(tweak=lambda toml: toml + REQUIREMENTS)
    colleague, judge = make_learner(course.course_id), make_learner(course.course_id)
    thread = colleague.event("thread", course.course_id, item_id="f1", title="Sources", body="Protect them?")
    colleague.sync([thread, colleague.event("post", course.course_id, thread_id=thread["id"], body="I think so.")])
    paths = judge_pc(tmp_path, "judge", course, publisher, hub, judge)
    return course, colleague, judge, paths, thread


def test_a_judge_without_network_syncs_by_usb_and_earns_the_certificate(hub, admin, setup, tmp_path):
    course, colleague, judge, paths, their_thread = setup
    # Offline from here on: everything goes by file.
    with LearnerStore.open(paths.db) as store:
        for item in ("l1", "r1", "r2"):
            store.record_progress(course.course_id, item, completed=True)
        store.record_quiz_attempt(course.course_id, "q1", RIGHT)
        forum = Forum(store, judge.username)
        mine = forum.create_thread(course.course_id, "f1", "My case", "Written with no network.")
        forum.create_post(mine.id, "And a second thought.")
        waiting = store.pending_count()
    assert waiting >= 8

    first = round_trip(hub, paths, tmp_path, "first")
    assert (first.accepted, first.refused) == (waiting, 0)
    assert first.posts >= 2 and first.certificates == 0  # the colleague's thread and post arrived
    assert status(paths).pending == 0
    with LearnerStore.open(paths.db) as store:
        forum = Forum(store, judge.username)
        titles = {t.title for t in forum.threads(course.course_id, "f1")}
        assert titles == {"Sources", "My case"}
        forum.create_post(their_thread["id"], "I agree with you.")  # the reply to a colleague

    second = round_trip(hub, paths, tmp_path, "second")
    assert (second.accepted, second.refused, second.certificates) == (1, 0, 1)
    assert status(paths).pending == 0
    with LearnerStore.open(paths.db) as store:
        assert [c.family for c in store.certificates()] == [course.family]
    uid = user_id(admin, judge.username)
    assert hub_count(admin, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == waiting + 1
    assert hub_count(admin, "SELECT COUNT(*) FROM posts WHERE author_id = ?", uid) == 2
    assert hub_count(admin, "SELECT COUNT(*) FROM certificates WHERE user_id = ?", uid) == 1
    # The colleague, online, sees the judge's posts.
    events, _ = colleague.pull_all()
    assert "I agree with you." in {e["post"]["body"] for e in events if e["kind"] == "post"}


def test_the_same_files_twice_change_nothing(hub, admin, setup, tmp_path):
    course, _colleague, judge, paths, _thread = setup
    with LearnerStore.open(paths.db) as store:
        Forum(store, judge.username).create_thread(course.course_id, "f1", "Once", "Only once, please.")
        store.record_progress(course.course_id, "r1", completed=True)
    out, reply, again = tmp_path / "e.lectern-sync", tmp_path / "r.lectern-reply", tmp_path / "r2.lectern-reply"
    sync_files.export_file(paths, out)
    hub.cli("sync-file", "import", out, "--reply", reply)
    uid = user_id(admin, judge.username)
    counts = (hub_count(admin, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid),
              hub_count(admin, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid))
    r = hub.cli("sync-file", "import", out, "--reply", again)  # court IT imports it again
    assert "already here" in r.stdout
    assert (hub_count(admin, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid),
            hub_count(admin, "SELECT COUNT(*) FROM threads WHERE author_id = ?", uid)) == counts == (3, 1)
    # The judge loads the reply with the CLI, then once more: refused, nothing changes.
    root = ["--data-dir", str(paths.root)]
    assert lectern([*root, "sync-file", "import", str(reply)]) == 0
    with LearnerStore.open(paths.db) as store:
        before = (store.pending_count(), store.get_sync_state("cursor"),
                  len(Forum(store).threads(course.course_id, "f1")))
    assert before[0] == 0
    assert lectern([*root, "sync-file", "import", str(reply)]) == 2
    sync_files.import_reply(paths, again)  # the second reply: applied idempotently
    with LearnerStore.open(paths.db) as store:
        after = (store.pending_count(), store.get_sync_state("cursor"),
                 len(Forum(store).threads(course.course_id, "f1")))
    assert after == before


# --------------------------------------------------------------------------- hostile files


def exported(paths: DataPaths, tmp_path: Path, course: Any) -> bytes:
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
    out = tmp_path / "x.lectern-sync"
    sync_files.export_file(paths, out)
    return out.read_bytes()


def test_hostile_exports_are_refused_with_one_line(hub, admin, setup, tmp_path):
    course, _colleague, judge, paths, _thread = setup
    good = exported(paths, tmp_path, course)
    uid = user_id(admin, judge.username)
    before = hub_count(admin, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid)

    def refused(data: bytes, *words: str) -> None:
        f = tmp_path / f"bad-{uuid.uuid4().hex[:6]}.lectern-sync"
        f.write_bytes(data)
        one_line_refusal(hub.cli("sync-file", "import", f, "--reply", tmp_path / "no.reply", check=False), *words)
        assert not (tmp_path / "no.reply").exists()

    tampered = bytearray(good)
    tampered[sf.HEADER_BYTES + 5] ^= 0x01
    refused(bytes(tampered), "changed after it was signed")
    refused(good[:-10], "cut short")
    refused(good + b"\0", "cut short or has bytes added")
    refused(b"PK\x03\x04 a zip, not a sync file", "not a Lectern sync file")
    refused(b"", "not a Lectern sync file")
    # Signed by a key this hub never saw.
    stranger = PrivateKey(bytes(range(32)))
    doc = json.loads(zlib.decompress(sf.peek(good, sf.KIND_EXPORT).payload))
    doc["device_key_id"] = PublicKey.from_raw(stranger.public_raw).key_id
    refused(sf.seal(sf.KIND_EXPORT, stranger, json.dumps(doc).encode()), "device this course server does not know")
    # A reply where an export belongs.
    refused(sf.seal(sf.KIND_REPLY, stranger, b"{}"), "not a judge's sync file")
    # Huge: refused before it is read; a small file that inflates to too much, after its signature.
    huge = tmp_path / "huge.lectern-sync"
    with open(huge, "wb") as f:
        f.write(good[:sf.HEADER_BYTES])
        f.truncate(sf.MAX_FILE_BYTES + 1)
    one_line_refusal(hub.cli("sync-file", "import", huge, "--reply", tmp_path / "no.reply", check=False),
                     "too large")
    key = PrivateKey(base64.b64decode(load_credentials(paths).device_key))
    bomb = sf.HEADER_BYTES  # a payload of zeros far beyond the inflate bound, validly signed
    zeros = zlib.compress(b"0" * (sf.MAX_INFLATED_BYTES + 1024), 9)
    head = sf.peek(good, sf.KIND_EXPORT).signed[:bomb - 4] + len(zeros).to_bytes(4, "big")
    refused(head + zeros + key.sign(sf.SIGNING_CONTEXT + head + zeros), "too much")
    assert hub_count(admin, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == before
    # The genuine file still works; after a sign-out, its key no longer does.
    f = tmp_path / "good.lectern-sync"
    f.write_bytes(good)
    hub.cli("sync-file", "import", f, "--reply", tmp_path / "good.reply")
    account.sign_out(paths)
    refused(good, "sign in again")


def test_hostile_replies_are_refused_and_change_nothing(hub, setup, make_learner, publisher, tmp_path):
    course, _colleague, judge, paths, _thread = setup
    other = make_learner(course.course_id)
    other_pc = judge_pc(tmp_path, "other", course, publisher, hub, other)
    (tmp_path / "e").write_bytes(exported(paths, tmp_path, course))
    hub.cli("sync-file", "import", tmp_path / "e", "--reply", tmp_path / "r")
    reply = (tmp_path / "r").read_bytes()
    with LearnerStore.open(other_pc.db) as store:
        other_before = (store.pending_count(), store.get_sync_state("cursor"))

    def refused(target: DataPaths, data: bytes, *words: str) -> None:
        f = tmp_path / f"bad-{uuid.uuid4().hex[:6]}.lectern-reply"
        f.write_bytes(data)
        with pytest.raises(sf.SyncFileError) as info:
            sync_files.import_reply(target, f)
        assert all(w in info.value.message for w in words), info.value.message
        r = lectern(["--data-dir", str(target.root), "sync-file", "import", str(f)])
        assert r == 2

    refused(other_pc, reply, "meant for another learner")            # another judge's reply
    forged = PrivateKey(bytes(32))
    doc = json.loads(zlib.decompress(sf.peek(reply, sf.KIND_REPLY).payload))
    refused(paths, sf.seal(sf.KIND_REPLY, forged, json.dumps(doc).encode()), "another course server")
    spoofed = bytearray(sf.seal(sf.KIND_REPLY, forged, json.dumps(doc).encode()))
    spoofed[14 + 1:14 + 1 + 16] = sf.peek(reply, sf.KIND_REPLY).key_id.encode()  # claims the hub's key id
    refused(paths, bytes(spoofed), "changed after it was signed")
    tampered = bytearray(reply)
    tampered[len(reply) // 2] ^= 0x40
    refused(paths, bytes(tampered), "changed after it was signed")
    refused(paths, reply[: len(reply) // 2], "cut short")
    refused(paths, (tmp_path / "e").read_bytes(), "not a reply")
    with LearnerStore.open(other_pc.db) as store:
        assert (store.pending_count(), store.get_sync_state("cursor")) == other_before
    with LearnerStore.open(paths.db) as store:
        assert store.pending_count() == 2  # nothing was applied: r1's progress and completion wait
    sync_files.import_reply(paths, tmp_path / "r")
    with LearnerStore.open(paths.db) as store:
        assert store.pending_count() == 0


def test_a_sign_in_from_before_sync_files_is_told_to_sign_in_again(hub, setup, tmp_path, capsys):
    _course, _colleague, judge, paths, _thread = setup
    root = ["--data-dir", str(paths.root)]
    assert lectern([*root, "sync-file", "export", str(tmp_path / "ok.lectern-sync")]) == 0
    assert "Saved 0 changes" in capsys.readouterr().out
    creds = load_credentials(paths)
    save_credentials(paths, Credentials(creds.hub_url, creds.username, creds.token, creds.device_name))
    with pytest.raises(sf.SyncFileError) as info:
        sync_files.export_file(paths, tmp_path / "x")
    assert info.value.kind is sf.SyncFileErrorKind.NO_DEVICE_KEY and "sign in again" in info.value.message
    assert lectern([*root, "sync-file", "export", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sign in again once while online" in err[0], err
    assert not (tmp_path / "x").exists()
    # Signing in again (online) registers a key: the export works again.
    account.sign_in(paths, hub.url, judge.username, judge.password, "judge PC")
    assert lectern([*root, "sync-file", "export", str(tmp_path / "x")]) == 0


def test_a_whole_stick_at_once_with_reply_dir(hub, setup, make_learner, publisher, tmp_path):
    course, _colleague, judge, paths, _thread = setup
    other = make_learner(course.course_id)
    other_pc = judge_pc(tmp_path, "other", course, publisher, hub, other)
    stick = tmp_path / "stick"
    stick.mkdir()
    for name, pc in (("ana", paths), ("ben", other_pc)):
        with LearnerStore.open(pc.db) as store:
            store.record_progress(course.course_id, "r1", completed=True)
        sync_files.export_file(pc, stick / f"{name}.lectern-sync")
    (stick / "junk.lectern-sync").write_bytes(b"not a sync file at all")
    r = hub.cli("sync-file", "import", *sorted(stick.glob("*.lectern-sync")), "--reply-dir", stick / "replies",
                check=False)
    assert r.returncode == 2 and r.stderr.strip().splitlines() == [
        "lectern-hub: refused: junk.lectern-sync: This is not a Lectern sync file."], r.stderr
    assert judge.username in r.stdout and other.username in r.stdout
    assert sorted(p.name for p in (stick / "replies").iterdir()) == ["ana.lectern-reply", "ben.lectern-reply"]
    for name, pc in (("ana", paths), ("ben", other_pc)):
        assert sync_files.import_reply(pc, stick / "replies" / f"{name}.lectern-reply").accepted == 2
        assert status(pc).pending == 0


def test_a_hub_restored_from_a_backup_gets_again_what_it_acked(hub, admin, setup, tmp_path):
    """As a network sync does (LearnerStore.start_over_with_hub): a cursor the hub did not make
    means it may lack what it acked since; the reply says so, and the next file sends it again."""
    course, _colleague, judge, paths, _thread = setup
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
        first = store.pending_count()
    round_trip(hub, paths, tmp_path, "one")
    uid = user_id(admin, judge.username)
    events = hub_count(admin, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid)
    with LearnerStore.open(paths.db) as store:
        store.set_sync_state("cursor", base64.urlsafe_b64encode(b"not a cursor").decode().rstrip("="))
        store.record_progress(course.course_id, "r2", completed=True)
        second = store.pending_count()
    loaded = round_trip(hub, paths, tmp_path, "two")
    assert loaded.accepted == second
    assert status(paths).pending == first  # what the hub acked before goes again
    assert round_trip(hub, paths, tmp_path, "three").accepted == first
    assert status(paths).pending == 0
    assert hub_count(admin, "SELECT COUNT(*) FROM client_events WHERE user_id = ?", uid) == events + second


def test_an_older_reply_loaded_late_rolls_nothing_back(hub, setup, tmp_path):
    """Two replies made from the same cursor, loaded newest first (the older one found later
    on the stick): the older one's updates must not undo the newer ones (a role taken away
    coming back), and nothing a network sync brings later would correct it."""
    course, _colleague, judge, paths, _thread = setup
    family = course.family
    with LearnerStore.open(paths.db) as store:
        store.record_progress(course.course_id, "r1", completed=True)
    hub.cli("role", judge.username, "moderator", family)
    e1, r1 = tmp_path / "e1.lectern-sync", tmp_path / "r1.lectern-reply"
    e2, r2 = tmp_path / "e2.lectern-sync", tmp_path / "r2.lectern-reply"
    sync_files.export_file(paths, e1)
    hub.cli("sync-file", "import", e1, "--reply", r1)
    hub.cli("role", judge.username, "learner", family)  # staff takes the role away
    sync_files.export_file(paths, e2)  # the same cursor: r1 is not loaded yet
    hub.cli("sync-file", "import", e2, "--reply", r2)

    def role() -> str:
        with LearnerStore.open(paths.db) as store:
            return store.family_role(family)

    sync_files.import_reply(paths, r2)
    assert role() == "learner"
    late = sync_files.import_reply(paths, r1)
    assert role() == "learner" and late.accepted >= 1  # its acks still count
    with LearnerStore.open(paths.db) as store:
        assert store.pending_count() == 0
