"""`lectern-hub` administration commands, run while the shared hub is serving.

Exit statuses as for `lectern`: 2 with one line on stderr for bad input or a refused
operation, 1 for a failure inside the hub."""
from __future__ import annotations

import logging
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from sync.signing import generate_keypair

REPO = Path(__file__).resolve().parents[2]


def bad_input(r: subprocess.CompletedProcess, *words: str) -> bool:
    """Exit status 2 and exactly one line on stderr, naming the problem."""
    lines = r.stderr.strip().splitlines()
    ok = r.returncode == 2 and len(lines) == 1 and lines[0].startswith("lectern-hub")
    assert ok and all(w in lines[0] for w in words), (r.returncode, r.stderr[-2000:])
    return True


def test_publish_refuses_unsigned_and_untrusted_bundles(hub, publisher, tmp_path):
    unsigned = publisher.bundle(f"unsigned-{uuid.uuid4().hex[:6]}", signed=False)
    r = hub.cli("publish", unsigned, check=False)
    assert bad_input(r, "not signed")

    generate_keypair(tmp_path / "stranger.key")
    stranger = type(publisher)(key=tmp_path / "stranger.key", public_key=tmp_path / "stranger.key.pub",
                               workdir=tmp_path)
    untrusted = stranger.bundle(f"stranger-{uuid.uuid4().hex[:6]}")
    r = hub.cli("publish", untrusted, check=False)
    assert bad_input(r, "does not trust")
    assert bad_input(hub.cli("publish", tmp_path / "missing.lectern", check=False), "no file")
    (tmp_path / "garbage.lectern").write_bytes(b"not a zip at all")
    assert bad_input(hub.cli("publish", tmp_path / "garbage.lectern", check=False), "not a Lectern course")
    assert bad_input(hub.cli("publish", tmp_path, check=False))
    r = hub.cli("trust", tmp_path / "missing.pub", check=False)
    assert bad_input(r, "Cannot read")
    (tmp_path / "garbage.pub").write_text("not a key\n")
    assert bad_input(hub.cli("trust", tmp_path / "garbage.pub", check=False), "not a Lectern public key")

    with sqlite3.connect(hub.data_dir / "hub.sqlite3") as db:
        ids = {r[0] for r in db.execute("SELECT course_id FROM courses")}
    assert not any(i.startswith(("unsigned-", "stranger-")) for i in ids)


def test_publish_refuses_conflicting_versions(hub, publisher):
    cid = f"versions-{uuid.uuid4().hex[:6]}"
    hub.cli("publish", publisher.bundle(cid, version=2, family=cid))
    other_v2 = publisher.bundle(cid, version=2, family=cid)  # same version, new random media
    r = hub.cli("publish", other_v2, check=False)
    assert bad_input(r, "already published")
    r = hub.cli("publish", publisher.bundle(cid, version=1, family=cid), check=False)
    assert bad_input(r, "newer")
    r = hub.cli("publish", publisher.bundle(cid, version=3, family="elsewhere"), check=False)
    assert bad_input(r, "family")


def test_user_and_enrol_commands_check_their_input(hub, new_course):
    course = new_course()
    name = f"clerk-{uuid.uuid4().hex[:6]}"
    assert hub.cli("user", "add", name, "--password-stdin", input="long enough\n").returncode == 0
    r = hub.cli("user", "add", name.upper(), "--password-stdin", input="long enough\n", check=False)
    assert bad_input(r, "exists")  # names are case-insensitive
    r = hub.cli("user", "add", "bad name!", "--password-stdin", input="long enough\n", check=False)
    assert bad_input(r, "user name")
    r = hub.cli("user", "add", f"x{name}", "--password-stdin", input="short\n", check=False)
    assert bad_input(r, "at least")
    assert name in hub.cli("user", "list").stdout

    assert "Enrolled" in hub.cli("enrol", name, course.course_id).stdout
    assert "Already" in hub.cli("enrol", name, course.course_id).stdout
    r = hub.cli("enrol", "nobody-" + name, course.course_id, check=False)
    assert bad_input(r, "no user")
    r = hub.cli("enrol", name, "no-such-course", check=False)
    assert bad_input(r, "publish it first")
    r = hub.cli("completions", "no-such-course", check=False)
    assert bad_input(r, "no-such-course")
    r = hub.cli("user", "add", f"y{name}", input="", check=False)  # no terminal, no --password-stdin
    assert bad_input(r, "--password-stdin")


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
        assert fraction == max(min(1.0, (n + seq + i) / 100) for n in range(8) for seq in range(1, 6) for i in range(10))  # noqa: E501
    finally:
        kit.stop_hub(h.proc)
    assert "Traceback" not in h.log_text()


def _hub_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "lectern-hub"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "hub.cli"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, timeout=120,
                          cwd=REPO, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def test_bad_arguments_settings_and_paths_are_exit_2_with_one_line(tmp_path):
    """Each used to be a usage dump, a traceback or exit 1: now as `lectern` does."""
    data = tmp_path / "data"
    a_file = tmp_path / "a-file"
    a_file.write_text("not a directory")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        busy_port = taken.getsockname()[1]
        cases = [
            (("bogus",), {}, ["invalid choice"]),
            (("completions",), {}, ["required"]),
            (("user", "add"), {}, ["required"]),
            (("serve", "--port", "99999"), {}, ["--port", "out of range"]),
            (("serve", "--port", "http"), {}, ["--port", "not a number"]),
            (("serve", "--workers", "0"), {}, ["--workers"]),
            (("serve", "--header-timeout", "0"), {}, ["--header-timeout"]),
            (("serve", "--body-timeout", "nan"), {}, ["--body-timeout"]),
            (("serve", "--login-delay", "-1"), {}, ["--login-delay"]),
            (("serve", "--port", str(busy_port)), {}, ["Cannot listen"]),
            (("serve", "--port", "0", "--port-file", tmp_path / "no" / "such" / "port"), {}, ["port file"]),
            (("user", "list"), {"LECTERN_HUB_THREADS": "many"}, ["LECTERN_HUB_THREADS", "not a number"]),
            (("user", "list"), {"LECTERN_HUB_HEADER_TIMEOUT": "-5"}, ["LECTERN_HUB_HEADER_TIMEOUT"]),
            (("user", "list"), {"LECTERN_HUB_LOGIN_DELAY": "soon"}, ["LECTERN_HUB_LOGIN_DELAY"]),
            (("--db", "nonsense://x", "user", "list"), {}, ["Cannot open", "nonsense"]),
            (("--db", "not a url", "user", "list"), {}, ["not valid"]),
            (("--db", "sqlite:///", "user", "list"), {}, ["names no file"]),
            (("--db", f"sqlite:///{tmp_path}", "user", "list"), {}, ["Cannot open", "unable to open"]),
            (("--db", "postgresql+psycopg://court:s3cret@127.0.0.1:1/hub", "user", "list"), {}, ["Cannot open"]),
            (("enrol", "nobody", "no-course"), {}, ["nobody"]),
        ]
        for args, env, words in cases:
            r = _hub_cli("--data", data, *args, env=env)
            assert bad_input(r, *words), args
            assert "s3cret" not in r.stderr
    r = _hub_cli("--data", a_file, "user", "list")
    assert bad_input(r, "Cannot open", str(a_file))
    assert _hub_cli("--data", data, "user", "list").returncode == 0


def test_failures_inside_the_hub_are_exit_1(tmp_path, monkeypatch, capsys, caplog):
    """1 is kept for what is not the caller's fault: the database failing mid-command (one
    line), or a bug (with its traceback, for the report)."""
    from hub import cli
    from hub.errors import HubError, HubErrorKind

    def busy(_args, _settings):
        raise HubError(HubErrorKind.STORAGE, "The hub database is busy; try again in a moment.")

    monkeypatch.setattr(cli, "_run", busy)
    assert cli.main(["--data", str(tmp_path), "user", "list"]) == 1
    assert capsys.readouterr().err.strip() == "lectern-hub: error: The hub database is busy; try again in a moment."

    def bug(_args, _settings):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "_run", bug)
    with caplog.at_level(logging.ERROR, logger="hub"):
        assert cli.main(["--data", str(tmp_path), "user", "list"]) == 1
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
