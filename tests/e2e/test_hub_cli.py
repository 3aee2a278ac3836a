"""`lectern-hub` administration commands, run while the shared hub is serving."""
from __future__ import annotations

import sqlite3
import threading
import uuid

from sync.signing import generate_keypair


def test_publish_refuses_unsigned_and_untrusted_bundles(hub, publisher, tmp_path):
    unsigned = publisher.bundle(f"unsigned-{uuid.uuid4().hex[:6]}", signed=False)
    r = hub.cli("publish", unsigned, check=False)
    assert r.returncode == 1 and "not signed" in r.stderr and "Traceback" not in r.stderr

    generate_keypair(tmp_path / "stranger.key")
    stranger = type(publisher)(key=tmp_path / "stranger.key", public_key=tmp_path / "stranger.key.pub",
                               workdir=tmp_path)
    untrusted = stranger.bundle(f"stranger-{uuid.uuid4().hex[:6]}")
    r = hub.cli("publish", untrusted, check=False)
    assert r.returncode == 1 and "does not trust" in r.stderr
    assert hub.cli("publish", tmp_path / "missing.lectern", check=False).returncode == 1
    r = hub.cli("trust", tmp_path / "missing.pub", check=False)
    assert r.returncode == 1 and "Cannot read" in r.stderr

    with sqlite3.connect(hub.data_dir / "hub.sqlite3") as db:
        ids = {r[0] for r in db.execute("SELECT course_id FROM courses")}
    assert not any(i.startswith(("unsigned-", "stranger-")) for i in ids)


def test_publish_refuses_conflicting_versions(hub, publisher):
    cid = f"versions-{uuid.uuid4().hex[:6]}"
    hub.cli("publish", publisher.bundle(cid, version=2, family=cid))
    other_v2 = publisher.bundle(cid, version=2, family=cid)  # same version, new random media
    r = hub.cli("publish", other_v2, check=False)
    assert r.returncode == 1 and "already published" in r.stderr
    r = hub.cli("publish", publisher.bundle(cid, version=1, family=cid), check=False)
    assert r.returncode == 1 and "newer" in r.stderr
    r = hub.cli("publish", publisher.bundle(cid, version=3, family="elsewhere"), check=False)
    assert r.returncode == 1 and "family" in r.stderr


def test_user_and_enrol_commands_check_their_input(hub, new_course):
    course = new_course()
    name = f"clerk-{uuid.uuid4().hex[:6]}"
    assert hub.cli("user", "add", name, "--password-stdin", input="long enough\n").returncode == 0
    r = hub.cli("user", "add", name.upper(), "--password-stdin", input="long enough\n", check=False)
    assert r.returncode == 1 and "exists" in r.stderr  # names are case-insensitive
    r = hub.cli("user", "add", "bad name!", "--password-stdin", input="long enough\n", check=False)
    assert r.returncode == 1 and "user name" in r.stderr
    r = hub.cli("user", "add", f"x{name}", "--password-stdin", input="short\n", check=False)
    assert r.returncode == 1 and "at least" in r.stderr
    assert name in hub.cli("user", "list").stdout

    assert "Enrolled" in hub.cli("enrol", name, course.course_id).stdout
    assert "Already" in hub.cli("enrol", name, course.course_id).stdout
    r = hub.cli("enrol", "nobody-" + name, course.course_id, check=False)
    assert r.returncode == 1 and "no user" in r.stderr
    r = hub.cli("enrol", name, "no-such-course", check=False)
    assert r.returncode == 1 and "publish it first" in r.stderr
    r = hub.cli("completions", "no-such-course", check=False)
    assert r.returncode == 1


def test_passwords_and_tokens_are_stored_hashed(hub, new_course, make_learner):
    learner = make_learner(new_course().course_id)
    with sqlite3.connect(hub.data_dir / "hub.sqlite3") as db:
        (pw_hash,) = db.execute("SELECT password_hash FROM users WHERE username = ?", (learner.username,)).fetchone()
        hashes = [r[0] for r in db.execute("SELECT token_hash FROM tokens")]
    assert pw_hash.startswith("scrypt$") and learner.password not in pw_hash
    assert learner.token not in hashes and len(hashes) >= 1
    import hashlib
    assert hashlib.sha256(learner.token.encode()).hexdigest() in hashes


def test_commands_that_change_data_work_while_learners_sync(hub, publisher, new_course, make_learner):
    """SQLite in WAL mode with a busy timeout: CLI writers and the server share the file."""
    course = new_course()
    learner = make_learner(course.course_id)
    errors: list[str] = []
    acked = 0
    stop = threading.Event()

    def keep_syncing() -> None:
        nonlocal acked
        while not stop.is_set():
            events = [learner.event("progress", course.course_id, item_id="l1", fraction=0.01 * (i % 100),
                                    position=float(i)) for i in range(20)]
            r = learner.post("/sync", json={"device_id": learner.device_id, "events": events})
            if r.status_code != 200:
                errors.append(f"{r.status_code} {r.text[:200]}")
            else:
                acked += len(r.json()["acked"])

    worker = threading.Thread(target=keep_syncing)
    worker.start()
    try:
        name = f"busy-{uuid.uuid4().hex[:6]}"
        hub.cli("user", "add", name, "--password-stdin", input="long enough\n")
        hub.cli("enrol", name, course.course_id)
        hub.cli("publish", publisher.bundle(course.course_id, version=2, family=course.family))
        assert learner.username in hub.cli("completions", course.course_id).stdout
    finally:
        stop.set()
        worker.join(timeout=60)
    assert errors == []
    assert acked > 0
    assert "database is locked" not in hub.log_text()


def test_two_worker_processes_share_one_database(tmp_path, kit, publisher):
    """`serve --workers 2`: writers in two processes (and the CLI) take turns on SQLite."""
    from concurrent.futures import ThreadPoolExecutor

    import requests

    h = kit.start_hub(tmp_path / "hub", "--workers", "2")
    try:
        h.cli("trust", publisher.public_key)
        cid = f"workers-{uuid.uuid4().hex[:6]}"
        h.cli("publish", publisher.bundle(cid, family=cid))
        h.cli("user", "add", "clerk", "--password-stdin", "--enrol", cid, input=kit.password + "\n")
        token = kit.login(h, "clerk", kit.password).json()["token"]

        def push(n: int) -> list[str]:
            s = requests.Session()
            s.headers["Authorization"] = f"Bearer {token}"
            device = str(uuid.uuid4())
            acked = []
            for seq in range(1, 6):
                events = [{"id": str(uuid.uuid4()), "kind": "progress", "course_id": cid, "item_id": "l1",
                           "device_seq": seq * 10 + i, "fraction": min(1.0, (n + seq + i) / 100)} for i in range(10)]
                r = s.post(h.api + "/sync", json={"device_id": device, "events": events}, timeout=30)
                assert r.status_code == 200, r.text
                acked += [a["id"] for a in r.json()["acked"]]
            return acked

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(push, range(8)))
        assert sum(len(r) for r in results) == 8 * 5 * 10
        with sqlite3.connect(h.data_dir / "hub.sqlite3") as db:
            assert db.execute("SELECT count(*) FROM client_events").fetchone()[0] == 400
            (fraction,) = db.execute("SELECT fraction FROM progress").fetchone()
        assert fraction == max(min(1.0, (n + seq + i) / 100) for n in range(8) for seq in range(1, 6) for i in range(10))
    finally:
        kit.stop_hub(h.proc)
    assert "Traceback" not in h.log_text()
